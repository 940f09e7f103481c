/// A worksheet read as the records of a table, as a CSV file reads: the header row first, then each row below it
/// that has a value, every record as wide as the header. A record's ``CSVRecord/line`` is the sheet's row and its
/// field *n* is column *n* (field 1 is column `A`), so that every problem the CSV path finds is located at the cell
/// Excel shows.
struct SheetTable {
    /// The records, header first.
    var records: [CSVRecord] = []
    /// Every problem found, placed on the sheet, notices about how it was read among them.
    var problems: [Diagnostic] = []

    /// How many rows from the top are searched for the header.
    static let headerSearchRows = 30

    /// Reads `worksheet`, sheet `sheet` of `book`.
    ///
    /// - Parameters:
    ///   - knownColumns: Column names the header may have, lowercased: the header is the row among the first
    ///     ``headerSearchRows`` that names the most of them (a title block above it is passed over, with a notice).
    /// - Complexity: O(*n*) in the number of cells.
    init(_ worksheet: XLSXWorksheet, of book: XLSXBook, file: String, sheet: String, knownColumns: Set<String>) {
        let cells = CellGrid(worksheet, book: book)
        guard let headerIndex = Self.headerRow(cells, known: knownColumns) else { return }
        let headerRow = worksheet.rows[headerIndex]
        let header = Self.header(headerRow, cells: cells, merged: worksheet.mergedRanges)
        let width = header.lastIndex { !$0.isEmpty }.map { $0 + 1 } ?? 0
        let firstRow = worksheet.rows.first { !$0.cells.isEmpty }?.index ?? headerRow.index
        if headerRow.index != firstRow {
            problems.append(
                Diagnostic(
                    .notice, file: file, line: headerRow.index,
                    WorkbookMessage.headerRow(row: headerRow.index, first: firstRow)))
        }
        records.append(CSVRecord(line: headerRow.index, fields: Array(header.prefix(width))))
        var reader = RowReader(file: file, header: Array(header.prefix(width)), cells: cells)
        var hiddenRows: [Int] = []
        for row in worksheet.rows[(headerIndex + 1)...] where !row.cells.isEmpty {
            let fields = reader.fields(of: row)
            if fields.allSatisfy(\.isEmpty) { continue }
            if row.isHidden { hiddenRows.append(row.index) }
            records.append(CSVRecord(line: row.index, fields: fields))
        }
        problems += reader.problems + (reader.firstDateAsYear.map { [$0] } ?? [])
        let mergedBelow = worksheet.mergedRanges.filter { $0.last.row > headerRow.index && $0.first.column <= width }
        if !mergedBelow.isEmpty {
            problems.append(
                Diagnostic(
                    .notice, file: file, line: mergedBelow[0].first.row, column: mergedBelow[0].first.column,
                    WorkbookMessage.mergedData(ranges: mergedBelow.map(\.description))))
        }
        let hiddenColumns = (0..<width).map { $0 + 1 }.filter(worksheet.isColumnHidden)
        if !hiddenRows.isEmpty || !hiddenColumns.isEmpty {
            let letters = hiddenColumns.map(CellReference.columnLetters)
            problems.append(
                Diagnostic(.notice, file: file, WorkbookMessage.hiddenCells(rows: hiddenRows, columns: letters)))
        }
        problems = problems.map { $0.placed(onSheet: sheet, of: file) }
    }

    /// Reads the rows below the header into fields, one per named column.
    private struct RowReader {
        let file: String
        let header: [String]
        let cells: CellGrid
        let yearColumns: Set<Int>
        var problems: [Diagnostic] = []
        var firstDateAsYear: Diagnostic?

        init(file: String, header: [String], cells: CellGrid) {
            self.file = file
            self.header = header
            self.cells = cells
            yearColumns = Set(
                header.indices.filter {
                    ["year", "năm", "nam"].contains(TextNormalization.key(header[$0]).lowercased())
                }
            )
        }

        /// The fields of `row`, as wide as the header; problems of its cells are kept in ``problems``.
        mutating func fields(of row: XLSXWorksheet.Row) -> [String] {
            var fields = Array(repeating: "", count: header.count)
            for cell in row.cells {
                let index = cell.column - 1
                let field = index < header.count && !header[index].isEmpty ? header[index] : nil
                switch cells.reading(cell) {
                case .text(let text) where field != nil: fields[index] = text
                case .text(let text) where !text.isEmpty: problems.append(outside(row.index, cell.column, text))
                case .text: break
                case .date(let date, _) where field == nil: problems.append(outside(row.index, cell.column, date))
                case .date(let date, let year):
                    let asYear = yearColumns.contains(index)
                    fields[index] = asYear ? String(year) : date
                    if asYear, firstDateAsYear == nil {
                        firstDateAsYear = Diagnostic(
                            .notice, file: file, line: row.index, column: cell.column, field: field, value: date,
                            WorkbookMessage.dateAsYear(column: field ?? "", date: date, year: year))
                    }
                case .problem(let message):
                    // The field stays empty: the row is spoiled by this error, which says all there is to say.
                    problems.append(
                        Diagnostic(
                            file: file, line: row.index, column: cell.column, field: field,
                            value: cell.value.isEmpty ? nil : cell.value, message, isRowProblem: true))
                }
            }
            return fields
        }

        /// A value outside the named columns, as a warning at its cell.
        private func outside(_ line: Int, _ column: Int, _ value: String) -> Diagnostic {
            Diagnostic(
                .warning, file: file, line: line, column: column, value: value, WorkbookMessage.valueOutsideHeader,
                group: Diagnostic.Group("value outside header", summary: WorkbookMessage.outsideHeaderRows))
        }
    }

    /// The position in the sheet's rows of the header: among the first rows with values, the one whose cells name
    /// the most known columns; with no known name anywhere, the first row with at least two values (a title is one
    /// merged cell), else the first row with a value.
    private static func headerRow(_ cells: CellGrid, known: Set<String>) -> Int? {
        let candidates = cells.worksheet.rows.indices.filter { !cells.worksheet.rows[$0].cells.isEmpty }
            .prefix(headerSearchRows)
        var best: (position: Int, score: Int)?
        for position in candidates {
            let score = cells.worksheet.rows[position].cells.count {
                guard case .text(let text) = cells.reading($0) else { return false }
                return known.contains(TextNormalization.key(text).lowercased())
            }
            if score > (best?.score ?? 0) { best = (position, score) }
        }
        if let best { return best.position }
        return candidates.first { cells.worksheet.rows[$0].cells.count >= 2 } ?? candidates.first
    }

    /// The header's names by column, from `A` to its last cell: a cell of the header row, or for an empty one that
    /// a merged range covers from above (a name merged down over two header rows), the range's first cell.
    private static func header(_ row: XLSXWorksheet.Row, cells: CellGrid, merged: [CellRange]) -> [String] {
        let covering = merged.filter { $0.first.row < row.index && $0.last.row >= row.index }
        let last = max(row.cells.last?.column ?? 0, covering.map(\.first.column).max() ?? 0)
        var names = Array(repeating: "", count: last)
        for cell in row.cells {
            if case .text(let text) = cells.reading(cell) { names[cell.column - 1] = text }
        }
        for range in covering {
            let column = range.first.column
            guard column <= last, names[column - 1].isEmpty, let cell = cells.worksheet.cell(at: range.first),
                case .text(let text) = cells.reading(cell)
            else { continue }
            names[column - 1] = text
        }
        return names
    }
}

/// A worksheet with what its cells need to be read as text; a class, so that reading a cell does not copy (and
/// retain) the worksheet and the book.
final class CellGrid {
    let worksheet: XLSXWorksheet
    let book: XLSXBook
    /// What each cell style shows numbers as, worked out once rather than for every cell.
    let formats: [NumberFormatKind]

    init(_ worksheet: XLSXWorksheet, book: XLSXBook) {
        self.worksheet = worksheet
        self.book = book
        formats = book.styles.cellFormatIDs.indices.map(book.styles.kind(ofStyle:))
    }

    /// The reading of `cell`.
    func reading(_ cell: XLSXWorksheet.Cell) -> CellText.Reading {
        CellText.reading(
            cell, strings: book.sharedStrings,
            format: formats.indices.contains(cell.style) ? formats[cell.style] : .number,
            date1904: book.workbook.usesDate1904)
    }
}
