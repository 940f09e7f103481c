/// A cell's place on a sheet as Excel shows it: column letters and row number, `C14`.
package struct CellReference: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The row, from 1.
    package var row: Int
    /// The column, from 1 (`A` is 1).
    package var column: Int

    /// The last row of an Excel sheet, 1 048 576.
    package static let maxRow = 1_048_576
    /// The last column of an Excel sheet, 16 384 (`XFD`).
    package static let maxColumn = 16_384

    /// Creates a reference to `row` and `column`, both from 1.
    package init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }

    /// Parses `C14` (letters in either case, then digits without a sign or leading zero), within Excel's sheet
    /// size; `nil` for anything else (absolute `$C$14` references included).
    ///
    /// - Complexity: O(*n*) in the length of `text`.
    package init?(_ text: some StringProtocol) {
        let utf8 = text.utf8
        let letterCount = utf8.prefix { ($0 | 0x20) >= UInt8(ascii: "a") && ($0 | 0x20) <= UInt8(ascii: "z") }.count
        guard letterCount > 0, letterCount <= 3, let column = Self.columnNumber(text.prefix(letterCount)) else {
            return nil
        }
        let digits = utf8.dropFirst(letterCount)
        guard let first = digits.first, first != UInt8(ascii: "0"), digits.count <= 7 else { return nil }
        var row = 0
        for byte in digits {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            row = row * 10 + Int(byte - UInt8(ascii: "0"))
        }
        guard row <= Self.maxRow else { return nil }
        self.init(row: row, column: column)
    }

    /// `C14`.
    package var description: String { Self.columnLetters(column) + String(row) }

    /// The cell's place in a workbook as messages show it: `xa.xlsx[Dữ liệu]!C14`.
    package func location(file: String, sheet: String) -> String { "\(file)[\(sheet)]!\(self)" }

    /// Row-major order: by row, then by column.
    package static func < (lhs: Self, rhs: Self) -> Bool { (lhs.row, lhs.column) < (rhs.row, rhs.column) }

    /// Excel's letters for `column` (from 1): `A`…`Z`, `AA`…`XFD`; empty for a column below 1.
    ///
    /// - Complexity: O(log *column*).
    package static func columnLetters(_ column: Int) -> String { Diagnostic.columnLetters(column) }

    /// The column (from 1) of Excel's letters, in either case: 1 for `A`, 16 384 for `XFD`; `nil` for anything
    /// else or a column past `XFD`.
    ///
    /// - Complexity: O(*n*) in the length of `letters`.
    package static func columnNumber(_ letters: some StringProtocol) -> Int? {
        guard !letters.isEmpty, letters.utf8.count <= 3 else { return nil }
        var column = 0
        for byte in letters.utf8 {
            let lower = byte | 0x20
            guard lower >= UInt8(ascii: "a"), lower <= UInt8(ascii: "z") else { return nil }
            column = column * 26 + Int(lower - UInt8(ascii: "a")) + 1
        }
        return column <= maxColumn ? column : nil
    }
}

/// A rectangle of cells, `A1:F1`, from its top-left to its bottom-right cell.
package struct CellRange: Hashable, Sendable, CustomStringConvertible {
    /// The top-left cell.
    package var first: CellReference
    /// The bottom-right cell.
    package var last: CellReference

    /// Creates the range from `first` to `last`, whichever corners they are.
    package init(_ first: CellReference, _ last: CellReference) {
        self.first = CellReference(row: min(first.row, last.row), column: min(first.column, last.column))
        self.last = CellReference(row: max(first.row, last.row), column: max(first.column, last.column))
    }

    /// Parses `A1:F1`, or `A1` for one cell; `nil` for anything else.
    package init?(_ text: some StringProtocol) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count <= 2, let first = CellReference(parts[0]) else { return nil }
        guard parts.count == 2 else {
            self.init(first, first)
            return
        }
        guard let last = CellReference(parts[1]) else { return nil }
        self.init(first, last)
    }

    /// Whether `cell` lies in the range.
    package func contains(_ cell: CellReference) -> Bool {
        (first.row...last.row).contains(cell.row) && (first.column...last.column).contains(cell.column)
    }

    /// `A1:F1`, or `A1` for one cell.
    package var description: String { first == last ? "\(first)" : "\(first):\(last)" }
}
