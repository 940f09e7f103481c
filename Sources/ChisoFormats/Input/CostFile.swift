public import ChisoCore

/// Reads a cost file, as a planner fills it in a spreadsheet: CSV `unit_id,criterion,per_point,fixed,max`.
///
/// - `criterion` is a column of the framework's data files (`CQS.01`, `KTS.04.share`, a leaf ID);
/// - `per_point` is the cost of raising the value by one unit as it is entered, `fixed` a one-off cost paid when the
///   value changes at all; one of them must be given (write 0 for a change that costs nothing), and an empty one is
///   0. Both are read as amounts (``CellParser/amount(_:positive:)``): `1500` or `1,5`, never `1.500`, which may be
///   thousands;
/// - `max` is the highest value reachable, read as the criterion's data cell is (empty: the column's natural maximum;
///   for yes/no, `0` or `không` means it cannot be changed);
/// - an empty `unit_id` is the default for every unit; a row with a `unit_id` overrides it for that unit. A row for a
///   unit that the data file does not hold is reported and passed over, as one cost sheet often serves a whole
///   province.
///
/// A criterion with no row cannot be changed. The header is checked like a data file's (any case; an unknown or
/// misspelt column is an error), and every problem is reported at once, with line and column.
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
        let table = SideTable(
            bytes, file: file, what: "a cost file",
            columns: [
                .init("unit_id"), .init("criterion", required: true), .init("per_point"), .init("fixed"),
                .init("max"),
            ])
        var problems = table.problems
        if table.positions[1] == nil { return (CostModel(), problems) }
        if table.positions[2] == nil, table.positions[3] == nil {
            problems.append(
                Diagnostic(
                    file: file, line: table.headerLine,
                    message:
                        "no per_point or fixed column; a cost file has the columns \(columns.joined(separator: ","))"
                ))
            return (CostModel(), problems)
        }
        let measureIndex = Dictionary(measures.enumerated().map { ($1.key, $0) }, uniquingKeysWith: { a, _ in a })
        let knownUnits = Set(units)
        var model = CostModel()
        var seen: [String: Int] = [:]
        var elsewhere: [(line: Int, unit: String)] = []
        for row in table.rows {
            func problem(_ column: Int, _ message: String) {
                problems.append(
                    Diagnostic(
                        file: file, line: row.line, column: row.columns[column], field: columns[column],
                        value: row[column], message: message, isRowProblem: true))
            }
            let unit = row[0]
            let key = row[1]
            guard let measure = measureIndex[key] else {
                var message = key.isEmpty ? "the criterion is empty" : "unknown criterion"
                if let near = NearestMatch.suggestion(for: key, among: measures.map(\.key)) {
                    message += "; did you mean \(near)?"
                }
                problem(1, message)
                continue
            }
            if let first = seen["\(unit)\u{0}\(key)"] {
                problem(
                    1, "\(key) is costed twice for \(unit.isEmpty ? "every unit" : unit); line \(first) has it already")
            }
            seen["\(unit)\u{0}\(key)"] = row.line
            var readable = true
            func amount(_ column: Int) -> Double? {
                switch CellParser.amount(row[column]) {
                case .value(let value): return value
                case .missing: return nil
                case .invalid(let expected):
                    problem(column, expected)
                    readable = false
                    return nil
                }
            }
            let perUnit = amount(2)
            let fixed = amount(3)
            if row[2].isEmpty, row[3].isEmpty {
                problem(
                    table.positions[2] == nil ? 3 : 2,
                    "no cost: per_point and fixed are both empty; write 0 if changing \(key) costs nothing, or remove "
                        + "the row if it cannot change")
                readable = false
            }
            var maximum: Double?
            switch CellParser.sideCell(row[4], as: measures[measure]) {
            case .value(let value): maximum = value
            case .missing: break
            case .invalid(let expected):
                problem(4, expected)
                readable = false
            }
            if !unit.isEmpty, !knownUnits.contains(unit) {
                elsewhere.append((row.line, unit))
                continue
            }
            guard readable else { continue }
            let rate = CostModel.Rate(perUnit: perUnit ?? 0, fixed: fixed ?? 0, maximum: maximum)
            if unit.isEmpty {
                model.defaults[measure] = rate
            } else {
                model.overrides[unit, default: [:]][measure] = rate
            }
        }
        if !elsewhere.isEmpty {
            let names = Array(Set(elsewhere.map(\.unit))).sorted()
            var message =
                "\(Plural.count(elsewhere.count, "row")) for \(Plural.count(names.count, "unit")) that the data file "
                + "does not hold, passed over: \(Plural.abbreviated(names, keep: 5))"
            if names.count == 1, let near = NearestMatch.suggestion(for: names[0], among: units) {
                message += "; did you mean \(near)?"
            }
            problems.append(
                Diagnostic(.warning, file: file, line: elsewhere[0].line, field: "unit_id", message: message))
        }
        return (model, problems)
    }
}
