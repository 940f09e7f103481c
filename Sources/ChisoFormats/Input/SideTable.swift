package import ChisoCore

/// A side file of a command — a cost file, a scenario — read with the checks a data file gets: its header names
/// columns the file may have (in any case, NFC, trimmed), an unknown or misspelt column is an error with the nearest
/// name, a column named twice is an error, a required column must be there, and a row whose number of fields differs
/// from the header's is an error (a decimal comma in an unquoted field splits it), never dropped in silence.
package struct SideTable {
    /// A column the file may have.
    package struct Column {
        /// Its name, lowercase.
        package var name: String
        /// Other names it may go by (a plan's `to` for a scenario's `value`), lowercase.
        package var aliases: [String] = []
        /// Whether the file must have it.
        package var isRequired = false
        /// Whether it is known but not read (a plan's `cost` in a scenario), so that it is neither unknown nor used.
        package var isIgnored = false

        package init(_ name: String, aliases: [String] = [], required: Bool = false, ignored: Bool = false) {
            self.name = name
            self.aliases = aliases
            self.isRequired = required
            self.isIgnored = ignored
        }
    }

    /// One row: its line and its fields by declared column (`nil` where the file has no such column).
    package struct Row {
        package var line: Int
        /// Fields by declared column, NFC and trimmed.
        package var fields: [String?]
        /// The field numbers, from 1, of the declared columns in the file.
        package var columns: [Int?]

        /// The field of column `index`, empty when the file has no such column.
        package subscript(_ index: Int) -> String { fields[index] ?? "" }
    }

    /// The rows that line up with the header, blank rows left out.
    package var rows: [Row] = []
    /// Every problem found, notices about how the file was read among them.
    package var problems: [Diagnostic] = []
    /// The field number, from 1, of each declared column in the file.
    package var positions: [Int?] = []
    /// The header's line.
    package var headerLine = 1
    /// The file read, and its sheet when it is a workbook.
    package var source: (file: String, sheet: String?) = ("", nil)

    /// `diagnostics` with those about this file placed on its sheet when it is a workbook (problems found after
    /// reading, at a row's line and column).
    package func placed(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.map { $0.placed(onSheet: source.sheet, of: source.file) }
    }

    /// Whether any problem is an error.
    package var hasErrors: Bool { problems.contains { $0.severity == .error } }

    /// Reads a side file.
    ///
    /// - Parameters:
    ///   - bytes: The file's contents.
    ///   - file: Its name, for messages.
    ///   - what: What the file is, for messages ("a cost file", "tệp chi phí").
    ///   - columns: The columns it may have.
    package init(_ bytes: [UInt8], file: String, what: LocalizedText, columns: [Column]) {
        let known = columns.filter { !$0.isIgnored }.map(\.name)
        let source = TableReader.read(
            bytes, file: file, knownColumns: Set(columns.flatMap { [$0.name] + $0.aliases }))
        let (records, csvProblems) = (source.records, source.problems)
        self.source = (file, source.sheet)
        defer { problems = source.placed(problems) }
        problems = csvProblems
        positions = Array(repeating: nil, count: columns.count)
        if csvProblems.contains(where: { $0.severity == .error && !$0.isRowProblem }) { return }
        guard let header = records.first else {
            problems.append(
                Diagnostic(file: file, SideFileMessage.empty(what: what, columns: known)))
            return
        }
        headerLine = header.line
        let unnamed = readHeader(header, file: file, what: what, columns: columns)
        for (column, position) in zip(columns, positions) where column.isRequired && position == nil {
            problems.append(
                Diagnostic(
                    file: file, line: header.line, field: column.name,
                    SideFileMessage.missingColumn(name: column.name, what: what, columns: known)))
        }
        readRows(records, header: header, unnamed: unnamed, file: file, columns: columns)
    }

    /// Reads a side file whose name its caller gives in English only ("a cost file"): see
    /// ``SideFileMessage/names(_:)``.
    package init(_ bytes: [UInt8], file: String, what: String, columns: [Column]) {
        self.init(bytes, file: file, what: SideFileMessage.names(what), columns: columns)
    }

    /// Finds each column's position in the header; returns the positions of the fields without a name.
    private mutating func readHeader(_ header: CSVRecord, file: String, what: LocalizedText, columns: [Column])
        -> [Int]
    {
        let known = columns.filter { !$0.isIgnored }.map(\.name)
        var unnamed: [Int] = []
        for (index, raw) in header.fields.enumerated() {
            let name = TextNormalization.key(raw).lowercased()
            if name.isEmpty {
                unnamed.append(index)
                continue
            }
            guard let column = columns.firstIndex(where: { $0.name == name || $0.aliases.contains(name) }) else {
                let names = columns.flatMap { [$0.name] + $0.aliases }
                let near =
                    NearestMatch.suggestion(for: name, among: names)
                    ?? names.first(where: { name.hasPrefix($0) || $0.hasPrefix(name) })
                problems.append(
                    Diagnostic(
                        file: file, line: header.line, column: index + 1, value: raw,
                        SideFileMessage.unknownColumn(near: near, what: what, columns: known)))
                continue
            }
            if let first = positions[column] {
                problems.append(
                    Diagnostic(
                        file: file, line: header.line, column: index + 1, value: raw,
                        SideFileMessage.namedTwice(name: columns[column].name, first: first + 1)))
                continue
            }
            positions[column] = index
        }
        return unnamed
    }

    /// Reads the rows after the header.
    private mutating func readRows(
        _ records: [CSVRecord], header: CSVRecord, unnamed: [Int], file: String, columns: [Column]
    ) {
        let width = header.fields.count
        let isBlank = { (fields: [String]) in fields.allSatisfy { TextNormalization.key($0).isEmpty } }
        // Empty fields beyond the header are dropped only when the file is padded — its header ends with columns
        // without a name (Excel's used range), or every row has the same number of fields beyond it; in one row they
        // are the trace of a separator too many, an unquoted decimal comma.
        let widths = Set(records.dropFirst().filter { !isBlank($0.fields) }.map(\.fields.count))
        let padded =
            header.fields.last.map { TextNormalization.key($0).isEmpty } == true
            || (widths.count == 1 && (widths.first ?? 0) > width)
        let headerKeys = header.fields.map { TextNormalization.key($0).lowercased() }
        for record in records.dropFirst() {
            if isBlank(record.fields) { continue }
            // The header again, as when two files are joined: passed over, as a data file's is.
            if record.fields.map({ TextNormalization.key($0).lowercased() }) == headerKeys {
                problems.append(
                    Diagnostic(
                        .notice, file: file, line: record.line,
                        SideFileMessage.headerAgain))
                continue
            }
            readRow(record, header: header, padded: padded, unnamed: unnamed, file: file, columns: columns)
        }
    }

    /// Reads one row: padding dropped or added, its width and its fields without a name checked.
    private mutating func readRow(
        _ record: CSVRecord, header: CSVRecord, padded: Bool, unnamed: [Int], file: String, columns: [Column]
    ) {
        let width = header.fields.count
        var fields = record.fields
        while padded, fields.count > width, TextNormalization.key(fields[fields.count - 1]).isEmpty {
            fields.removeLast()
        }
        // A row that stops before trailing columns without a name (Excel pads only its first lines) is complete.
        let named = (header.fields.lastIndex { !TextNormalization.key($0).isEmpty } ?? -1) + 1
        if fields.count < width, fields.count >= named {
            fields += Array(repeating: "", count: width - fields.count)
        }
        guard fields.count == width else {
            problems.append(
                Diagnostic(
                    file: file, line: record.line,
                    SideFileMessage.fieldCount(fields: fields.count, expected: width), isRowProblem: true))
            return
        }
        for index in unnamed where !TextNormalization.key(fields[index]).isEmpty {
            problems.append(
                Diagnostic(
                    file: file, line: record.line, column: index + 1, value: fields[index],
                    SideFileMessage.valueWithoutColumn, isRowProblem: true))
        }
        rows.append(
            Row(
                line: record.line,
                fields: positions.enumerated().map { column, position in
                    position.map { columns[column].isIgnored ? fields[$0] : TextNormalization.key(fields[$0]) }
                },
                columns: positions.map { $0.map { $0 + 1 } }))
    }
}
