package import ChisoCore

/// A CSV that maps old names to new ones, one row each: compare's `--id-map` (IDs to join on) and regroup's unit
/// maps (old units into new ones). The old column is `from`, `old_unit`, `old_id` or `old_province`; the new one
/// `to`, `new_unit` or `new_id`. Every problem is reported at once: a missing column, a row with one side empty,
/// an old name mapped to two new ones.
package enum RenameMap {
    /// One row: the names as written (NFC, trimmed), and the row's line.
    package struct Row {
        package var line: Int
        package var old: String
        package var new: String
    }

    package static let oldColumns = ["from", "old_unit", "old_id", "old_province"]
    package static let newColumns = ["to", "new_unit", "new_id"]

    /// Reads the rows of a map.
    ///
    /// - Parameters:
    ///   - text: The file's contents.
    ///   - file: Its name, for messages.
    ///   - what: What the map is called in messages ("ID map", "unit map").
    ///   - key: How two old names are told equal (exactly, or ignoring case).
    /// - Returns: The rows, each old name once.
    package static func read(_ text: String, file: String, what: String, key: (String) -> String) throws(InputError)
        -> [Row]
    {
        try read(text, file: file, what: SideFileMessage.names(what), key: key)
    }

    /// Reads the rows of a map named in both languages (`what`); see ``read(_:file:what:key:)``.
    package static func read(
        _ text: String, file: String, what: LocalizedText, key: (String) -> String
    ) throws(InputError) -> [Row] {
        try read(bytes: Array(text.utf8), file: file, what: what, key: key)
    }

    /// Reads the rows of a map in a CSV file or a workbook's first sheet (`bytes`), named in both languages
    /// (`what`); see ``read(_:file:what:key:)``.
    package static func read(
        bytes: [UInt8], file: String, what: LocalizedText, key: (String) -> String
    ) throws(InputError) -> [Row] {
        let source = TableReader.read(bytes, file: file, knownColumns: Set(oldColumns + newColumns))
        do { return try rows(source, file: file, what: what, key: key) } catch { throw source.placed(error) }
    }

    /// The rows of the table `source`.
    private static func rows(
        _ source: TableReader.Table, file: String, what: LocalizedText, key: (String) -> String
    ) throws(InputError) -> [Row] {
        let (records, problems) = (source.records, source.problems)
        var errors = problems.filter { $0.severity == .error }
        guard errors.isEmpty, let header = records.first else {
            throw InputError(
                .data, errors.isEmpty ? [Diagnostic(file: file, SideFileMessage.emptyMap(what: what))] : errors)
        }
        let names = header.fields.map { TextNormalization.key($0).lowercased() }
        guard let old = names.firstIndex(where: oldColumns.contains),
            let new = names.firstIndex(where: newColumns.contains)
        else {
            throw InputError(
                .data, file: file,
                SideFileMessage.mapColumns(what: what, old: oldColumns, new: newColumns, found: header.fields))
        }
        var rows: [Row] = []
        var seen: [String: String] = [:]
        for record in records.dropFirst() {
            let from = TextNormalization.key(record.fields.count > old ? record.fields[old] : "")
            let to = TextNormalization.key(record.fields.count > new ? record.fields[new] : "")
            guard !from.isEmpty, !to.isEmpty else {
                errors.append(
                    Diagnostic(
                        file: file, line: record.line, SideFileMessage.incompleteMapRow(what: what))
                )
                continue
            }
            if let earlier = seen[key(from)] {
                if earlier != to {
                    errors.append(
                        Diagnostic(
                            file: file, line: record.line, column: old + 1, value: from,
                            SideFileMessage.mappedTwice(earlier: earlier, later: to)))
                }
                continue
            }
            seen[key(from)] = to
            rows.append(Row(line: record.line, old: from, new: to))
        }
        guard errors.isEmpty else { throw InputError(.data, errors) }
        return rows
    }
}
