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
        let (records, csvProblems) = CSVReader.read(bytes, file: file, knownColumns: ["unit_id", "parent_id", "level"])
        var problems = csvProblems
        guard let header = records.first else {
            return (
                [:], problems + [Diagnostic(file: file, message: "the file is empty; expected unit_id,parent_id,level")]
            )
        }
        let names = header.fields.map(TextNormalization.key)
        guard
            let (idColumn, parentColumn, levelColumn) = columns(
                of: names, header: header, file: file, problems: &problems)
        else { return ([:], problems) }
        let known = Set(parents)
        var summaries: [String: ChildLevelSummary] = [:]
        var seen: [String: Int] = [:]
        for record in records.dropFirst() where record.fields.count == names.count {
            let fields = record.fields
            func problem(_ column: Int, _ field: String, _ message: String) {
                problems.append(
                    Diagnostic(
                        file: file, line: record.line, column: column + 1, field: field, value: fields[column],
                        message: message, isRowProblem: true))
            }
            let id = TextNormalization.key(fields[idColumn])
            let parent = TextNormalization.key(fields[parentColumn])
            if id.isEmpty { problem(idColumn, "unit_id", "empty unit_id; every row needs one") }
            if let first = seen[id], !id.isEmpty {
                problem(idColumn, "unit_id", "duplicate unit_id; line \(first) has it already")
            }
            seen[id] = record.line
            if !known.contains(parent) {
                var message = "parent_id matches no unit_id of the scored file"
                if let near = NearestMatch.suggestion(for: parent, among: parents) {
                    message += "; did you mean \(near)?"
                }
                problem(parentColumn, "parent_id", message)
            }
            guard let level = CellParser.wholeNumber(TextNormalization.key(fields[levelColumn])),
                (0...maximumLevel).contains(level)
            else {
                problem(levelColumn, "level", "expected a recognised level, a whole number from 0 to \(maximumLevel)")
                continue
            }
            summaries[parent, default: ChildLevelSummary(maximumLevel: maximumLevel)].add(level)
        }
        for record in records.dropFirst() where record.fields.count != names.count {
            problems.append(
                Diagnostic(
                    file: file, line: record.line,
                    message: "the row has \(record.fields.count) fields but the header has \(names.count)",
                    isRowProblem: true))
        }
        for key in summaries.keys { summaries[key]?.isRecognised = true }
        return (summaries, problems)
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
                    message: "no \(name) column; a list of recognised levels has the columns unit_id,parent_id,level"))
        }
        guard let idColumn = columns[0], let parentColumn = columns[1], let levelColumn = columns[2] else { return nil }
        return (idColumn, parentColumn, levelColumn)
    }
}
