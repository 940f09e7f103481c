import ChisoCore

/// Reads one sheet of an `.xlsx` workbook as a table: opens the workbook, chooses the sheet (`--sheet`, else the
/// first, with a notice when there are several), and turns every failure of the archive or its parts into a
/// diagnostic.
enum WorkbookTable {
    /// The table on sheet `sheet` (the first when `nil`) of the workbook `bytes`.
    static func read(_ bytes: [UInt8], file: String, knownColumns: Set<String>, sheet: String?) -> TableReader.Table {
        func failed(_ diagnostics: [Diagnostic], sheet: String? = nil) -> TableReader.Table {
            TableReader.Table(records: [], problems: diagnostics, file: file, sheet: sheet)
        }
        let book: XLSXBook
        do { book = try XLSXBook(bytes) } catch { return failed([diagnostic(error, file: file)]) }
        let names = book.workbook.sheets.map(\.name)
        guard !names.isEmpty else { return failed([Diagnostic(file: file, WorkbookMessage.noSheets)]) }
        var problems: [Diagnostic] = []
        let index: Int
        if let sheet {
            guard let found = position(of: sheet, in: names) else {
                let near = NearestMatch.suggestion(for: sheet, among: names)
                return failed([
                    Diagnostic(file: file, WorkbookMessage.unknownSheet(name: sheet, sheets: names, near: near))
                ])
            }
            index = found
        } else {
            index = 0
            if names.count > 1 {
                problems.append(
                    Diagnostic(.notice, file: file, WorkbookMessage.firstSheetRead(name: names[0], sheets: names)))
            }
        }
        let worksheet: XLSXWorksheet
        do { worksheet = try book.worksheet(at: index) } catch {
            return failed([diagnostic(error, file: file)], sheet: names[index])
        }
        let table = SheetTable(worksheet, of: book, file: file, sheet: names[index], knownColumns: knownColumns)
        return TableReader.Table(
            records: table.records,
            problems: problems.map { $0.placed(onSheet: names[index], of: file) } + table.problems,
            file: file, sheet: names[index])
    }

    /// The position of the sheet named `name` in `names`: the same name in NFC, else the only one equal to it
    /// regardless of case and surrounding spaces.
    static func position(of name: String, in names: [String]) -> Int? {
        let key = TextNormalization.key(name)
        if let exact = names.firstIndex(of: key) { return exact }
        let loose = names.indices.filter { TextNormalization.key(names[$0]).lowercased() == key.lowercased() }
        return loose.count == 1 ? loose[0] : nil
    }

    /// The diagnostic of a workbook that cannot be opened or read.
    static func diagnostic(_ failure: XLSXBook.Failure, file: String) -> Diagnostic {
        switch failure {
        case .zip(.notZip(.compoundFile)): Diagnostic(file: file, WorkbookMessage.legacyWorkbook)
        case .zip(let error): Diagnostic(file: file, ZipMessage(error))
        case .xml(let part, let error): error.diagnostic(file: "\(file)/\(part)")
        case .notWorkbook(let part): Diagnostic(file: file, WorkbookMessage.notWorkbook(part: part))
        case .openDocument: Diagnostic(file: file, WorkbookMessage.openDocument)
        }
    }
}
