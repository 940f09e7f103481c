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
                let data = sheets.first { $0.isVisible && isData($0.records) }
                problems.add(
                    data == nil ? FrameworkTableMessage.noAnnexSheet : .dataFile, sheet: data?.name, line: nil,
                    column: nil)
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
        // The rows before the first marker are the annex's, unless a `[Khung]` marker starts it further down.
        var sections: [(part: FrameworkTablePart, line: Int, records: [CSVRecord])] = [(.main, 1, [])]
        for record in table.records {
            if let first = record.fields.first, let part = FrameworkTablePart(marker: first) {
                sections.append((part, record.line, []))
            } else {
                sections[sections.count - 1].records.append(record)
            }
        }
        var parts: [FrameworkTablePart: FrameworkTableRows] = [:]
        var firstLines: [FrameworkTablePart: Int] = [:]
        for section in sections where section.records.contains(where: { !isBlank($0) }) {
            if let firstLine = firstLines[section.part] {
                problems.add(
                    FrameworkTableMessage.partRepeated(part: section.part.title, firstLine: firstLine), sheet: nil,
                    line: section.line, column: 1)
                continue
            }
            parts[section.part] = FrameworkTableRows(records: section.records, sheet: nil)
            firstLines[section.part] = section.line
        }
        let main = parts.removeValue(forKey: .main) ?? FrameworkTableRows(records: [], sheet: nil)
        return (main, parts)
    }

    /// Whether `record` has no cell with text.
    static func isBlank(_ record: CSVRecord) -> Bool { !record.fields.contains { !AnnexText.oneLine($0).isEmpty } }

    /// Whether `records` without an annex header are assessment data: their first row that is not blank names a
    /// `unit_id` column.
    static func isData(_ records: [CSVRecord]) -> Bool {
        let first = records.first { !isBlank($0) }
        return first?.fields.contains { AnnexText.headerKey($0) == "unit_id" } == true
    }

    /// The framework the annex `main` and the `parts` describe.
    static func assemble(
        main: FrameworkTableRows, parts: [FrameworkTablePart: FrameworkTableRows], file: String,
        problems start: FrameworkTableProblems
    ) -> Outcome {
        var problems = start
        let table = AnnexTable.read(main.records, file: file, sheet: main.sheet)
        guard table.headerLine != nil else {
            if isData(main.records) {
                problems.add(FrameworkTableMessage.dataFile, sheet: main.sheet, line: nil, column: nil)
            } else {
                problems.add(table.problems)
            }
            return Outcome(framework: nil, text: "", problems: problems.list)
        }
        problems.add(table.problems)
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
        // A problem of a node goes on its row; one of a `Thông tin` setting (`id`, `commonScale`) on its row.
        let place = { (diagnostics: [Diagnostic]) in
            file.placing(diagnostics, rows: table.rows, sheet: main.sheet).map { placing($0, on: info) }
        }
        do {
            let (framework, warnings) = try FrameworkDecoder.decode(text, file: problems.file)
            problems.add(place(warnings))
            if let reuse = FrameworkCatalog.builtInIDWarning(framework, file: problems.file, text: "") {
                problems.add(place([reuse]))
            }
            return Outcome(framework: framework, text: text, problems: problems.list)
        } catch {
            problems.add(place(error.diagnostics))
            return Outcome(framework: nil, text: text, problems: problems.list)
        }
    }

    /// `diagnostic` placed on the `Thông tin` row its framework-file path (its field) was read from, when it has
    /// no row yet and `info` has that row.
    static func placing(_ diagnostic: Diagnostic, on info: FrameworkTableInfo) -> Diagnostic {
        guard diagnostic.line == nil, let path = diagnostic.field,
            let label = FrameworkTableCommon.label(forPath: path), let entry = info.entry(label)
        else { return diagnostic }
        var placed = diagnostic
        placed.line = entry.line
        placed.column = 2
        return placed.placed(onSheet: info.sheet, of: placed.file)
    }
}
