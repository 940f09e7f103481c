public import ChisoCore

/// Reads a cost file, as a planner fills it in a spreadsheet: CSV `unit_id,criterion,per_point,fixed,max`.
///
/// - `criterion` is a column of the framework's data files (`CQS.01`, `KTS.04.share`, a leaf ID);
/// - `per_point` is the cost of raising the value by one unit as it is entered, `fixed` a one-off cost paid when the
///   value changes at all, both 0 when empty;
/// - `max` is the highest value reachable (empty: the column's natural maximum; for yes/no, `0` means it cannot be
///   changed);
/// - an empty `unit_id` is the default for every unit; a row with a `unit_id` overrides it for that unit.
///
/// A criterion with no row cannot be changed. Every problem is reported at once, with line and column.
public enum CostFile {
    /// The columns of a cost file, in order.
    public static let columns = ["unit_id", "criterion", "per_point", "fixed", "max"]

    /// Reads a cost file.
    ///
    /// - Parameters:
    ///   - bytes: The file's contents.
    ///   - file: Its name, for messages.
    ///   - measures: The framework's input columns.
    ///   - units: The unit IDs of the data file, to check `unit_id`.
    /// - Returns: The cost model and every problem found.
    public static func read(_ bytes: [UInt8], file: String, measures: [Measure], units: [String])
        -> (CostModel, [Diagnostic])
    {
        let (records, csvProblems) = CSVReader.read(bytes, file: file)
        var problems = csvProblems
        guard let header = records.first else {
            let columns = Self.columns.joined(separator: ",")
            return (CostModel(), problems + [Diagnostic(file: file, message: "the file is empty; expected \(columns)")])
        }
        let names = header.fields.map(TextNormalization.key)
        let positions = columns.map { names.firstIndex(of: $0) }
        for (name, position) in zip(columns, positions) where position == nil && name != "unit_id" && name != "max" {
            problems.append(
                Diagnostic(
                    file: file, line: header.line, field: name,
                    message: "no \(name) column; a cost file has the columns \(columns.joined(separator: ","))"))
        }
        guard let criterionColumn = positions[1] else { return (CostModel(), problems) }
        let measureIndex = Dictionary(measures.enumerated().map { ($1.key, $0) }, uniquingKeysWith: { a, _ in a })
        let knownUnits = Set(units)
        var model = CostModel()
        var seen: [String: Int] = [:]
        for record in records.dropFirst() {
            let fields = record.fields
            guard fields.count == names.count else {
                problems.append(
                    Diagnostic(
                        file: file, line: record.line,
                        message: "the row has \(fields.count) fields but the header has \(names.count)",
                        isRowProblem: true))
                continue
            }
            func problem(_ column: Int, _ message: String) {
                problems.append(
                    Diagnostic(
                        file: file, line: record.line, column: column + 1, field: names[column],
                        value: fields[column], message: message, isRowProblem: true))
            }
            let unit = positions[0].map { TextNormalization.key(fields[$0]) } ?? ""
            if let column = positions[0], !unit.isEmpty, !knownUnits.contains(unit) {
                var message = "unit_id matches no unit of the data file"
                if let near = NearestMatch.suggestion(for: unit, among: units) { message += "; did you mean \(near)?" }
                problem(column, message)
            }
            let key = TextNormalization.key(fields[criterionColumn])
            guard let measure = measureIndex[key] else {
                var message = "unknown criterion"
                if let near = NearestMatch.suggestion(for: key, among: measures.map(\.key)) {
                    message += "; did you mean \(near)?"
                }
                problem(criterionColumn, message)
                continue
            }
            if let first = seen["\(unit)\u{0}\(key)"] {
                problem(
                    criterionColumn,
                    "\(key) is costed twice for \(unit.isEmpty ? "every unit" : unit); line \(first) has it already")
            }
            seen["\(unit)\u{0}\(key)"] = record.line
            func number(_ position: Int?, _ name: String) -> Double?? {
                guard let position else { return .some(nil) }
                let text = TextNormalization.key(fields[position])
                if text.isEmpty { return .some(nil) }
                guard let value = Double(text.replacingOccurrences(of: ",", with: ".")), value.isFinite, value >= 0
                else {
                    problem(position, "expected a number of 0 or more")
                    return nil
                }
                return .some(value)
            }
            guard let perUnit = number(positions[2], "per_point"), let fixed = number(positions[3], "fixed"),
                let maximum = number(positions[4], "max")
            else { continue }
            let rate = CostModel.Rate(perUnit: perUnit ?? 0, fixed: fixed ?? 0, maximum: maximum)
            if unit.isEmpty {
                model.defaults[measure] = rate
            } else {
                model.overrides[unit, default: [:]][measure] = rate
            }
        }
        return (model, problems)
    }
}
