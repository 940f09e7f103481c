/// A worksheet part (`xl/worksheets/sheetN.xml`) as a compact model: the rows that have values, each cell's raw
/// value, type and style, and the sheet's merged ranges, hidden rows and columns and declared dimension.
package struct XLSXWorksheet: Hashable, Sendable {
    /// A cell's type (`t`), which says how to read its raw value.
    package enum CellKind: Hashable, Sendable {
        /// `s`: the value is an index into the shared strings.
        case sharedString
        /// `inlineStr`: the value is the text of `<is>`, in NFC.
        case inlineString
        /// `str`: the value is the text a formula gave, in NFC.
        case formulaString
        /// `b`: the value is `1` or `0`.
        case boolean
        /// `e`: the value is an error such as `#DIV/0!`.
        case error
        /// `n` or no `t`: the value is a number as written (`0.725`, `45413`, `1E-3`).
        case number
        /// `d`: the value is an ISO 8601 date and time.
        case date
    }

    /// A cell with a value or a formula.
    package struct Cell: Hashable, Sendable {
        /// The column, from 1.
        package var column: Int
        /// How to read ``value``.
        package var kind: CellKind
        /// The raw value: `<v>`'s text (for a formula, the value it had when last saved; `""` if none was saved),
        /// or the inline string.
        package var value: String
        /// The cell style index (`s`) into ``XLSXStyles/cellFormatIDs``; 0 when absent.
        package var style: Int
        /// Whether the cell has a formula (which is never read; ``value`` is its cached result).
        package var hasFormula: Bool
    }

    /// A row with its cells in column order.
    package struct Row: Hashable, Sendable {
        /// The row number, from 1.
        package var index: Int
        /// Whether the row is hidden (`hidden="1"`).
        package var isHidden: Bool
        /// The cells that have a value or formula, in column order (cells with only a style are left out).
        package var cells: [Cell]
    }

    /// The range the sheet declares it uses (`<dimension ref>`), if it does; not checked against the cells.
    package var dimension: CellRange?
    /// The rows that have cells or are hidden, in row order.
    package var rows: [Row]
    /// The merged ranges (`<mergeCells>`), in document order; a merged range's value is in its first cell.
    package var mergedRanges: [CellRange]
    /// The hidden columns (`<col min max hidden="1">`), as ranges of column numbers in document order.
    package var hiddenColumns: [ClosedRange<Int>]

    /// The cell at `reference`, if it has a value or formula.
    ///
    /// - Complexity: O(log *r* + log *c*) in the number of rows and of cells in the row.
    package func cell(at reference: CellReference) -> Cell? {
        guard let row = Self.search(rows, for: reference.row, by: \.index) else { return nil }
        return Self.search(rows[row].cells, for: reference.column, by: \.column).map { rows[row].cells[$0] }
    }

    /// Whether row `index` is hidden.
    ///
    /// - Complexity: O(log *r*) in the number of rows.
    package func isRowHidden(_ index: Int) -> Bool {
        Self.search(rows, for: index, by: \.index).map { rows[$0].isHidden } ?? false
    }

    /// Whether column `column` is hidden.
    ///
    /// - Complexity: O(*h*) in the number of hidden column ranges.
    package func isColumnHidden(_ column: Int) -> Bool { hiddenColumns.contains { $0.contains(column) } }

    /// The position of the element of sorted `elements` whose `key` is `target`.
    static func search<Element>(_ elements: [Element], for target: Int, by key: KeyPath<Element, Int>) -> Int? {
        var low = 0
        var high = elements.count
        while low < high {
            let middle = (low + high) / 2
            let value = elements[middle][keyPath: key]
            if value == target { return middle }
            if value < target { low = middle + 1 } else { high = middle }
        }
        return nil
    }
}
