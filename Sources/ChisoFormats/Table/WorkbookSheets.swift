/// Every sheet of a workbook as the rows it shows, for reading filled forms: each row with a value is a record whose
/// field *n* is column *n* (from `A` to the row's last cell), its cells read as the table reader reads them (shared
/// strings, numbers, percentages, dates, cached results of formulas).
package enum WorkbookSheets {
    /// One sheet's rows.
    package struct Sheet: Sendable {
        /// The sheet's name.
        package var name: String
        /// Whether the sheet is shown (hidden and very hidden sheets are read too).
        package var isVisible: Bool
        /// The rows with a value, top down.
        package var records: [CSVRecord]
        /// Problems of its cells (a formula without a stored result, an error value), placed on the sheet.
        package var problems: [Diagnostic]
    }

    /// The sheets of the workbook `bytes`, or the problems that keep it from being read.
    ///
    /// - Complexity: O(*n*) in the size of the workbook.
    package static func read(_ bytes: [UInt8], file: String) -> (sheets: [Sheet], problems: [Diagnostic]) {
        let book: XLSXBook
        do { book = try XLSXBook(bytes) } catch { return ([], [WorkbookTable.diagnostic(error, file: file)]) }
        var sheets: [Sheet] = []
        for (index, entry) in book.workbook.sheets.enumerated() {
            let worksheet: XLSXWorksheet
            do { worksheet = try book.worksheet(at: index) } catch {
                return ([], [WorkbookTable.diagnostic(error, file: file).placed(onSheet: entry.name, of: file)])
            }
            let cells = CellGrid(worksheet, book: book)
            var sheet = Sheet(name: entry.name, isVisible: entry.visibility == .visible, records: [], problems: [])
            for row in worksheet.rows where !row.cells.isEmpty {
                var fields = Array(repeating: "", count: row.cells.last?.column ?? 0)
                for cell in row.cells {
                    switch cells.reading(cell) {
                    case .text(let text): fields[cell.column - 1] = text
                    case .date(let date, _): fields[cell.column - 1] = date
                    case .problem(let message):
                        sheet.problems.append(
                            Diagnostic(
                                file: file, line: row.index, column: cell.column,
                                value: cell.value.isEmpty ? nil : cell.value, message
                            ).placed(onSheet: entry.name, of: file))
                    }
                }
                if fields.contains(where: { !$0.isEmpty }) {
                    sheet.records.append(CSVRecord(line: row.index, fields: fields))
                }
            }
            sheets.append(sheet)
        }
        return (sheets, [])
    }
}
