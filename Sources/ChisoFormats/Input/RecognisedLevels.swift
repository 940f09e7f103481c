public import ChisoCore

/// Reads a list of recognised levels of subordinate units — CSV `unit_id,parent_id,level`, the levels a district's
/// People's Committee recognised its communes at ("đạt chuẩn", Decision 2361 `CHUNG.01`) — into one summary per
/// parent.
public enum RecognisedLevels {
    /// Reads the file.
    ///
    /// - Parameters:
    ///   - bytes: The file's contents.
    ///   - file: Its name, for messages.
    ///   - maximumLevel: The highest level there is.
    ///   - parents: The unit IDs of the parents, to check `parent_id`.
    /// - Returns: The summaries by parent ID, and every problem found.
    public static func read(_ bytes: [UInt8], file: String, maximumLevel: Int, parents: [String])
        -> ([String: ChildLevelSummary], [Diagnostic])
    {
        let source = TableReader.read(bytes, file: file, knownColumns: ["unit_id", "parent_id", "level"])
        let (records, csvProblems) = (source.records, source.problems)
        var problems = csvProblems
        guard let header = records.first else {
            return (
                [:], source.placed(problems + [Diagnostic(file: file, SideFileMessage.emptyLevels)])
            )
        }
        let names = header.fields.map(TextNormalization.key)
        guard
            let (idColumn, parentColumn, levelColumn) = columns(
                of: names, header: header, file: file, problems: &problems)
        else { return ([:], source.placed(problems)) }
        let known = Set(parents)
        var summaries: [String: ChildLevelSummary] = [:]
        var seen: [String: Int] = [:]
        for record in records.dropFirst() where record.fields.count == names.count {
            let fields = record.fields
            func problem(_ column: Int, _ field: String, _ message: some DiagnosticMessage) {
                problems.append(
                    Diagnostic(
                        file: file, line: record.line, column: column + 1, field: field, value: fields[column],
                        message, isRowProblem: true))
            }
            let id = TextNormalization.key(fields[idColumn])
            let parent = TextNormalization.key(fields[parentColumn])
            if id.isEmpty { problem(idColumn, "unit_id", AssessmentMessage.emptyUnitID) }
            if let first = seen[id], !id.isEmpty {
                problem(idColumn, "unit_id", SideFileMessage.duplicateUnitID(first: first))
            }
            seen[id] = record.line
            if !known.contains(parent) {
                let near = NearestMatch.suggestion(for: parent, among: parents)
                problem(parentColumn, "parent_id", SideFileMessage.unknownParent(near: near))
            }
            guard let level = CellParser.wholeNumber(TextNormalization.key(fields[levelColumn])),
                (0...maximumLevel).contains(level)
            else {
                problem(levelColumn, "level", SideFileMessage.level(maximum: maximumLevel))
                continue
            }
            summaries[parent, default: ChildLevelSummary(maximumLevel: maximumLevel)].add(level)
        }
        for record in records.dropFirst() where record.fields.count != names.count {
            problems.append(
                Diagnostic(
                    file: file, line: record.line,
                    SideFileMessage.levelsFieldCount(fields: record.fields.count, expected: names.count),
                    isRowProblem: true))
        }
        for key in summaries.keys { summaries[key]?.isRecognised = true }
        return (summaries, source.placed(problems))
    }

    /// The positions of `unit_id`, `parent_id` and `level` in the header; `nil` when one is missing (each missing
    /// column is a problem).
    private static func columns(of names: [String], header: CSVRecord, file: String, problems: inout [Diagnostic])
        -> (id: Int, parent: Int, level: Int)?
    {
        let columns = ["unit_id", "parent_id", "level"].map { names.firstIndex(of: $0) }
        for (name, column) in zip(["unit_id", "parent_id", "level"], columns) where column == nil {
            problems.append(
                Diagnostic(
                    file: file, line: header.line, field: name,
                    SideFileMessage.missingLevelsColumn(name: name)))
        }
        guard let idColumn = columns[0], let parentColumn = columns[1], let levelColumn = columns[2] else { return nil }
        return (idColumn, parentColumn, levelColumn)
    }
}
