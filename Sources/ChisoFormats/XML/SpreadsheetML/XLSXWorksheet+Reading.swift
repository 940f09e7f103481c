extension XLSXWorksheet {
    /// Reads a worksheet part. Cells and rows without `r` take the place after the previous one.
    ///
    /// - Throws: ``XMLError`` when the part is not well-formed, not `<worksheet>`, a reference is not a cell in
    ///   the sheet (or a cell's `r` is not in its row), a style or row number is not a whole number, or two cells
    ///   share a place.
    /// - Complexity: O(*n*) in the size of the part (O(*n* log *n*) if rows or cells are out of order).
    package init(parsing bytes: [UInt8]) throws(XMLError) {
        try self.init(parsing: bytes, plainCells: true)
    }

    /// Reads a worksheet part as ``init(parsing:)`` does.
    ///
    /// - Parameter plainCells: Whether cells of the plain form spreadsheet programs write are read straight from
    ///   the bytes (``XMLScanner/plainCell()``), which reads the same cells faster; `false` only to check that.
    /// - Throws: ``XMLError``, as ``init(parsing:)``.
    package init(parsing bytes: [UInt8], plainCells: Bool) throws(XMLError) {
        var scanner = try SpreadsheetPart.open(bytes, root: "worksheet")
        dimension = nil
        rows = []
        mergedRanges = []
        hiddenColumns = []
        var previousRow = 0
        while let event = try scanner.next() {
            guard case .start(let tag) = event else { continue }
            switch tag.localName {
            case "dimension": dimension = try Self.range(tag, in: scanner)
            case "col" where SpreadsheetPart.flag(tag["hidden"]):
                let first = try SpreadsheetPart.number("min", of: tag, in: scanner)
                let last = try SpreadsheetPart.number("max", of: tag, in: scanner)
                if first <= last { hiddenColumns.append(first...last) }
            case "row":
                let row = try Self.readRow(tag, after: previousRow, plainCells: plainCells, &scanner)
                previousRow = row.index
                if row.isHidden || !row.cells.isEmpty { rows.append(row) }
            case "mergeCell": mergedRanges.append(try Self.range(tag, in: scanner))
            case "extLst", "sheetViews", "headerFooter", "conditionalFormatting", "dataValidations":
                try scanner.skipElement()
            default: break
            }
        }
        try sortRows(scanner)
    }

    /// Reads the `<row>` just opened and its cells.
    private static func readRow(
        _ tag: XMLStartTag, after previous: Int, plainCells: Bool, _ scanner: inout XMLScanner
    ) throws(XMLError) -> Row {
        let index = try SpreadsheetPart.number("r", of: tag, in: scanner, default: previous + 1)
        guard (1...CellReference.maxRow).contains(index) else {
            throw scanner.error(.badNumber(attribute: "r", value: String(index)), at: scanner.eventOffset)
        }
        var row = Row(index: index, isHidden: SpreadsheetPart.flag(tag["hidden"]), cells: [])
        let outer = scanner.depth - 1
        var previousColumn = 0
        var sorted = true
        while true {
            if plainCells, let plain = scanner.plainCell() {
                let column = try Self.column(plain.reference, row: index, after: previousColumn, in: scanner)
                sorted = sorted && column > previousColumn
                previousColumn = column
                let style = try SpreadsheetPart.number("s", plain.style, in: scanner, default: 0)
                if let value = plain.value {
                    row.cells.append(
                        cell(column: column, kind: cellKind(plain.type), value: value, style: style, hasFormula: false))
                }
                continue
            }
            guard let event = try scanner.next() else { break }
            switch event {
            case .start(let cellTag) where cellTag.localName == "c":
                let column = try Self.column(cellTag["r"], row: index, after: previousColumn, in: scanner)
                sorted = sorted && column > previousColumn
                previousColumn = column
                if let cell = try readCell(cellTag, column: column, &scanner) { row.cells.append(cell) }
            case .end where scanner.depth == outer:
                if !sorted { try sortCells(&row, scanner) }
                return row
            default: break
            }
        }
        return row
    }

    /// The column of a `<c>` tag in row `row`: from its `r` attribute `reference`, or the one after `previous`.
    private static func column(_ reference: String?, row: Int, after previous: Int, in scanner: XMLScanner)
        throws(XMLError) -> Int
    {
        guard let text = reference else {
            guard previous < CellReference.maxColumn else {
                throw scanner.error(
                    .badCellReference(CellReference.columnLetters(previous + 1)), at: scanner.eventOffset)
            }
            return previous + 1
        }
        guard let reference = CellReference(text), reference.row == row else {
            throw scanner.error(.badCellReference(text), at: scanner.eventOffset)
        }
        return reference.column
    }

    /// Reads the `<c>` just opened: its value, inline string or formula's cached value; `nil` for a cell with
    /// neither value nor formula.
    private static func readCell(_ tag: XMLStartTag, column: Int, _ scanner: inout XMLScanner)
        throws(XMLError) -> Cell?
    {
        let kind = cellKind(tag["t"])
        let style = try SpreadsheetPart.number("s", of: tag, in: scanner, default: 0)
        var value: String?
        var hasFormula = false
        let outer = scanner.depth - 1
        while let event = try scanner.next() {
            switch event {
            case .start(let inner) where inner.localName == "v": value = try scanner.readText()
            case .start(let inner) where inner.localName == "is": value = try SpreadsheetPart.richText(&scanner)
            case .start(let inner):
                hasFormula = hasFormula || inner.localName == "f"
                try scanner.skipElement()
            case .end where scanner.depth == outer:
                guard value != nil || hasFormula else { return nil }
                return cell(column: column, kind: kind, value: value ?? "", style: style, hasFormula: hasFormula)
            default: break
            }
        }
        return nil
    }

    /// A cell read with `value` as written: text a person typed is normalised.
    private static func cell(column: Int, kind: CellKind, value: String, style: Int, hasFormula: Bool) -> Cell {
        let isText = kind == .formulaString || kind == .inlineString
        return Cell(
            column: column, kind: kind, value: isText ? SpreadsheetPart.userText(value) : value, style: style,
            hasFormula: hasFormula)
    }

    /// The kind of a cell's `t` attribute (`n` when absent or unknown).
    static func cellKind(_ type: String?) -> CellKind {
        switch type {
        case "s": .sharedString
        case "inlineStr": .inlineString
        case "str": .formulaString
        case "b": .boolean
        case "e": .error
        case "d": .date
        default: .number
        }
    }

    /// The range in a tag's `ref` attribute.
    private static func range(_ tag: XMLStartTag, in scanner: XMLScanner) throws(XMLError) -> CellRange {
        let text = try SpreadsheetPart.required("ref", of: tag, in: scanner)
        guard let range = CellRange(text) else { throw scanner.error(.badCellReference(text), at: scanner.eventOffset) }
        return range
    }

    /// Puts a row's cells in column order; two cells in one column are an error.
    private static func sortCells(_ row: inout Row, _ scanner: XMLScanner) throws(XMLError) {
        row.cells.sort { $0.column < $1.column }
        for (left, right) in zip(row.cells, row.cells.dropFirst()) where left.column == right.column {
            let reference = CellReference(row: row.index, column: left.column)
            throw scanner.error(.duplicateCell(reference.description), at: scanner.eventOffset)
        }
    }

    /// Puts the rows in order; a row given twice is an error at its first cell.
    private mutating func sortRows(_ scanner: XMLScanner) throws(XMLError) {
        if zip(rows, rows.dropFirst()).allSatisfy({ $0.index < $1.index }) { return }
        rows.sort { $0.index < $1.index }
        for (left, right) in zip(rows, rows.dropFirst()) where left.index == right.index {
            let column = right.cells.first?.column ?? 1
            let reference = CellReference(row: right.index, column: column)
            throw scanner.error(.duplicateCell(reference.description), at: scanner.eventOffset)
        }
    }
}
