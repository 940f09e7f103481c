public import ChisoCore

/// What reading a table from an Excel workbook finds wrong with it, or worth telling about how it was read, in both
/// languages. Problems of the archive itself are ``ZipMessage``s, of its XML parts ``XMLMessage``s.
public enum WorkbookMessage: DiagnosticMessage, Hashable {
    /// An old binary Excel workbook (`.xls`, an OLE2 compound file without encryption).
    case legacyWorkbook
    /// A workbook saved with a password (Excel encrypts it into an OLE2 compound file).
    case encryptedWorkbook
    /// An OpenDocument spreadsheet (`.ods`, LibreOffice's own format).
    case openDocument
    /// A ZIP archive that is not an Excel workbook (a `.docx`, a zipped folder); `part` is what it lacks.
    case notWorkbook(part: String)
    /// A workbook without sheets.
    case noSheets
    /// No sheet `name`; the workbook has `sheets`, `near` is the nearest name.
    case unknownSheet(name: String, sheets: [String], near: String?)
    /// `--sheet` names sheet `name`, but the file is a CSV file, which has no sheets.
    case sheetOfCSV(name: String)
    /// The first of several sheets was read; `sheets` are all of them in tab order.
    case firstSheetRead(name: String, sheets: [String])
    /// The header was taken from row `row`, not the first row with values (`first`): rows above it are a title.
    case headerRow(row: Int, first: Int)
    /// Rows `rows` and columns `columns` (letters) are hidden in the sheet, and read like the others.
    case hiddenCells(rows: [Int], columns: [String])
    /// Merged ranges `ranges` lie below the header: each holds its value in its first cell only.
    case mergedData(ranges: [String])
    /// A formula cell without a stored result (openpyxl and other libraries write formulas without computing them).
    case formulaWithoutValue
    /// A cell that holds the error `value` (`#DIV/0!`, `#N/A`).
    case errorValue(String)
    /// A number cell whose stored value is not a number.
    case badNumber
    /// A text cell pointing at shared string `index`, which the workbook does not have.
    case missingSharedString(index: String)
    /// A date cell whose serial number is no date (negative, past year 9999, or Excel's 29 February 1900).
    case badDate
    /// Date cells in the year column `column`, read as their years (the first: `date` read as `year`).
    case dateAsYear(column: String, date: String, year: Int)
    /// A value in a column whose header is empty or lies past the header's last name; it is not read.
    case valueOutsideHeader

    /// Repeats of a value outside the header, summed up.
    static let outsideHeaderRows = LocalizedText(
        vi: "ô có giá trị ngoài các cột có tên", en: "cells with a value outside the named columns")

    /// One example of every case.
    public static var examples: [Self] {
        [
            .legacyWorkbook, .encryptedWorkbook, .openDocument, .notWorkbook(part: "xl/workbook.xml"), .noSheets,
            .unknownSheet(name: "Du lieu", sheets: ["Dữ liệu", "Hướng dẫn"], near: "Dữ liệu"),
            .unknownSheet(name: "Tong", sheets: ["Sheet1"], near: nil), .sheetOfCSV(name: "Dữ liệu"),
            .firstSheetRead(name: "Dữ liệu", sheets: ["Dữ liệu", "Hướng dẫn", "Nguồn"]), .headerRow(row: 4, first: 1),
            .hiddenCells(rows: [5, 9], columns: ["C"]), .hiddenCells(rows: [5], columns: []),
            .hiddenCells(rows: [], columns: ["C", "F"]), .mergedData(ranges: ["C5:C9", "D5:D9"]), .formulaWithoutValue,
            .errorValue("#DIV/0!"), .badNumber,
            .missingSharedString(index: "120"), .badDate, .dateAsYear(column: "year", date: "2024-05-01", year: 2024),
            .valueOutsideHeader,
        ]
    }

    /// The stable code of the case.
    public var code: String {
        switch self {
        case .legacyWorkbook: "xlsx.legacy-xls"
        case .encryptedWorkbook: "xlsx.encrypted"
        case .openDocument: "xlsx.ods"
        case .notWorkbook: "xlsx.not-workbook"
        case .noSheets: "xlsx.no-sheets"
        case .unknownSheet: "xlsx.unknown-sheet"
        case .sheetOfCSV: "xlsx.sheet-of-csv"
        case .firstSheetRead: "xlsx.first-sheet"
        case .headerRow: "xlsx.header-row"
        case .hiddenCells: "xlsx.hidden"
        case .mergedData: "xlsx.merged-data"
        case .formulaWithoutValue: "xlsx.formula-without-value"
        case .errorValue: "xlsx.error-value"
        case .badNumber: "xlsx.bad-number"
        case .missingSharedString: "xlsx.missing-shared-string"
        case .badDate: "xlsx.bad-date"
        case .dateAsYear: "xlsx.date-as-year"
        case .valueOutsideHeader: "xlsx.value-outside-header"
        }
    }
}
