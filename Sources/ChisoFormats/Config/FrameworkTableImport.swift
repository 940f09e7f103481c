package import ChisoCore

/// Reads a framework table (``FrameworkTable``) into a framework file and the framework it describes: the annex
/// read into an outline, the scheme's reader for the table's kind (level columns or points), the `Thông tin`
/// rows for the identity and provenance, and the framework file decoded again by ``FrameworkDecoder``, so that
/// every check `chiso frameworks validate` makes is made — its problems placed back on the table's rows.
package enum FrameworkTableImport {
    /// What an import gives.
    package struct Outcome: Sendable {
        /// The framework, when the table has no error.
        package var framework: Framework?
        /// The framework file (JSON with comments: where each object was read, the decision's text, the
        /// suggestions to confirm); empty when no file could be made.
        package var text: String
        /// Every problem, notice and suggestion, placed on the table's sheet, row and column.
        package var problems: [Diagnostic]
    }

    /// The header names the annex's columns are known by, which choose a CSV file's separator.
    static var knownColumns: Set<String> { Set(AnnexColumn.names.map(\.0) + ["mức 1", "mức 2", "mức 3"]) }

    /// Reads the table file `bytes` (a workbook or a CSV file), named `file` in messages.
    ///
    /// - Complexity: O(*n*) in the size of the file.
    package static func read(_ bytes: [UInt8], file: String) -> Outcome {
        var problems = FrameworkTableProblems(file: file)
        guard let (main, parts) = split(bytes, file: file, problems: &problems) else {
            return Outcome(framework: nil, text: "", problems: problems.list)
        }
        return assemble(main: main, parts: parts, file: file, problems: problems)
    }

    /// The annex's rows and the other parts of the file, or `nil` (with the problem reported) when the file
    /// cannot be read or has no annex.
    static func split(_ bytes: [UInt8], file: String, problems: inout FrameworkTableProblems) -> (
        FrameworkTableRows, [FrameworkTablePart: FrameworkTableRows]
    )? {
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0x50, 0x4B, 0x05, 0x06]) {
            let (sheets, sheetProblems) = WorkbookSheets.read(bytes, file: file)
            problems.add(sheetProblems)
            var parts: [FrameworkTablePart: FrameworkTableRows] = [:]
            var candidates: [FrameworkTableRows] = []
            for sheet in sheets {
                problems.add(sheet.problems)
                let rows = FrameworkTableRows(records: sheet.records, sheet: sheet.name)
                if let part = FrameworkTablePart(title: sheet.name), parts[part] == nil {
                    parts[part] = rows
                } else if sheet.records.contains(where: AnnexTable.isHeader) {
                    candidates.append(rows)
                } else if sheet.isVisible, !sheet.records.isEmpty {
                    problems.add(
                        FrameworkTableMessage.sheetNotRead(parts: FrameworkTablePart.allCases.map(\.title)),
                        sheet: sheet.name, line: nil, column: nil, .notice)
                }
            }
            if parts[.main] == nil, let first = candidates.first { parts[.main] = first }
            guard let main = parts.removeValue(forKey: .main) else {
                guard !sheetProblems.contains(where: { $0.severity == .error }) else { return nil }
                problems.add(FrameworkTableMessage.noAnnexSheet, sheet: nil, line: nil, column: nil)
                return nil
            }
            return (main, parts)
        }
        let table = TableReader.read(bytes, file: file, knownColumns: knownColumns)
        // A title block and the parts make rows of unlike widths: only problems that spoil the file count.
        let fatal = table.problems.filter { $0.severity == .error && !$0.isRowProblem }
        problems.add(table.problems.filter { $0.severity != .error })
        guard fatal.isEmpty else {
            problems.add(fatal)
            return nil
        }
        if let notCSV = table.problems.first(where: { $0.severity == .error && table.records.isEmpty }) {
            problems.add([notCSV])
            return nil
        }
        var parts: [FrameworkTablePart: FrameworkTableRows] = [:]
        var current = FrameworkTablePart.main
        var records: [CSVRecord] = []
        for record in table.records {
            if let first = record.fields.first, let part = FrameworkTablePart(marker: first) {
                if parts[current] == nil { parts[current] = FrameworkTableRows(records: records, sheet: nil) }
                (current, records) = (part, [])
            } else {
                records.append(record)
            }
        }
        if parts[current] == nil { parts[current] = FrameworkTableRows(records: records, sheet: nil) }
        guard let main = parts.removeValue(forKey: .main) else { return nil }
        return (main, parts)
    }

    /// The framework the annex `main` and the `parts` describe.
    static func assemble(
        main: FrameworkTableRows, parts: [FrameworkTablePart: FrameworkTableRows], file: String,
        problems start: FrameworkTableProblems
    ) -> Outcome {
        var problems = start
        let table = AnnexTable.read(main.records, file: file, sheet: main.sheet)
        problems.add(table.problems)
        guard table.headerLine != nil else { return Outcome(framework: nil, text: "", problems: problems.list) }
        let info = FrameworkTableInfo(parts[.info])
        if !table.columns.values.contains(.englishName) {
            problems.add(
                FrameworkTableMessage.noEnglishNames, sheet: main.sheet, line: table.headerLine, column: nil, .notice)
        }
        guard let format = SchemeFormat.registered.first(where: { $0.table?.fits(table) == true }),
            let tableFormat = format.table
        else {
            problems.add(FrameworkTableMessage.noSchemeFits, sheet: main.sheet, line: table.headerLine, column: nil)
            return Outcome(framework: nil, text: "", problems: problems.list)
        }
        let input = FrameworkTableInput(file: file, table: table, sheet: main.sheet, parts: parts, info: info)
        let common = FrameworkTableCommon.read(info, table: table, main: main, file: file, problems: &problems)
        guard let read = tableFormat.read(input, &problems), !problems.hasErrors else {
            return Outcome(framework: nil, text: "", problems: problems.list)
        }
        var root = common.members(scheme: format.name)
        for member in read.members.members { root.add(member.key, member.value.value) }
        let file = FrameworkTableText(root: root.value, comments: read.comments, heading: common.heading)
        let text = file.text
        do {
            let (framework, warnings) = try FrameworkDecoder.decode(text, file: problems.file)
            problems.add(file.placing(warnings, rows: table.rows, sheet: main.sheet))
            return Outcome(framework: framework, text: text, problems: problems.list)
        } catch {
            problems.add(file.placing(error.diagnostics, rows: table.rows, sheet: main.sheet))
            return Outcome(framework: nil, text: text, problems: problems.list)
        }
    }
}
