/// Reads a table — an assessment, a cost file, a map, a scenario — from a CSV file or an Excel workbook, chosen by
/// the file's content rather than its name: a ZIP archive is read as an `.xlsx` workbook, an OLE2 compound file (an
/// old `.xls` or an encrypted workbook) and an OpenDocument spreadsheet are refused with how to save them as
/// `.xlsx`, anything else is CSV as ``CSVReader`` reads it.
///
/// A workbook's records are its sheet's rows: ``CSVRecord/line`` is the row number and field *n* is column *n*
/// (field 1 is column `A`), so that the CSV path's every check applies and its problems, placed on the sheet with
/// ``Table/placed(_:)``, read as Excel names cells: `xa.xlsx[Dữ liệu]!C14`.
public enum TableReader {
    /// A table as read: its records, header first, the problems found, and the sheet read when it is a workbook.
    public struct Table: Sendable {
        /// The records, header first (the header a workbook's title block stands above, when it has one).
        public var records: [CSVRecord]
        /// Every problem found, notices about how the file was read among them.
        public var problems: [Diagnostic]
        /// The file's name, for messages.
        public var file: String
        /// The sheet read, when the file is a workbook.
        public var sheet: String?

        /// `diagnostics` with those about this file placed on its sheet, so that they read `xa.xlsx[Sheet1]!C14`;
        /// unchanged for a CSV file.
        public func placed(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
            guard let sheet else { return diagnostics }
            return diagnostics.map { $0.placed(onSheet: sheet, of: file) }
        }

        /// `error` with its problems about this file placed on its sheet.
        public func placed(_ error: InputError) -> InputError {
            InputError(error.kind, placed(error.diagnostics))
        }
    }

    /// Reads the table in `bytes`.
    ///
    /// - Parameters:
    ///   - bytes: The file's contents.
    ///   - file: The file's name, for messages.
    ///   - knownColumns: Column names the header may have, lowercased: they choose a CSV file's separator and a
    ///     sheet's header row.
    ///   - sheet: The workbook sheet to read (`--sheet`); the first sheet when `nil`. Ignored for a CSV file.
    /// - Returns: The records and every problem found, as ``CSVReader/read(_:file:knownColumns:)`` returns them; a
    ///   problem with `isRowProblem` spoils only its record, any other error the whole file (no records then).
    /// - Complexity: O(*n*) in the size of the file.
    public static func read(_ bytes: [UInt8], file: String, knownColumns: Set<String> = [], sheet: String? = nil)
        -> Table
    {
        if bytes.starts(with: ZipReader.compoundFileSignature) {
            let message: WorkbookMessage = isEncrypted(bytes) ? .encryptedWorkbook : .legacyWorkbook
            return Table(records: [], problems: [Diagnostic(file: file, message)], file: file)
        }
        guard bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0x50, 0x4B, 0x05, 0x06]) else {
            let (records, problems) = CSVReader.read(bytes, file: file, knownColumns: knownColumns)
            let notice = sheet.map { Diagnostic(.notice, file: file, WorkbookMessage.sheetOfCSV(name: $0)) }
            return Table(records: records, problems: (notice.map { [$0] } ?? []) + problems, file: file)
        }
        return WorkbookTable.read(bytes, file: file, knownColumns: knownColumns, sheet: sheet)
    }

    /// Whether an OLE2 compound file holds an encrypted Office document: it has an `EncryptionInfo` stream (its
    /// name is written in UTF-16 in the directory).
    static func isEncrypted(_ bytes: [UInt8]) -> Bool {
        let name = Array("EncryptionInfo".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        guard bytes.count >= name.count else { return false }
        var start = 0
        while let found = bytes[start...].firstIndex(of: name[0]), found + name.count <= bytes.count {
            if bytes[found..<found + name.count].elementsEqual(name) { return true }
            start = found + 1
        }
        return false
    }
}
