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
            bytes, file: file, what: SideFileMessage.names("a cost file"),
            columns: [
                .init("unit_id"), .init("criterion", required: true), .init("per_point"), .init("fixed"),
                .init("max"),
            ])
        var problems = table.problems
        if table.positions[1] == nil { return (CostModel(), table.placed(problems)) }
        if table.positions[2] == nil, table.positions[3] == nil {
            problems.append(
                Diagnostic(
                    file: file, line: table.headerLine,
                    SideFileMessage.noCostColumn(columns: columns)))
            return (CostModel(), table.placed(problems))
        }
        let measureIndex = Dictionary(measures.enumerated().map { ($1.key, $0) }, uniquingKeysWith: { a, _ in a })
        let knownUnits = Set(units)
        var model = CostModel()
        var seen: [String: Int] = [:]
        var elsewhere: [(line: Int, unit: String)] = []
        for row in table.rows {
            let unit = row[0]
            let key = row[1]
            guard let measure = measureIndex[key] else {
                problems.append(problem(row, 1, unknownCriterion(key, among: measures), file: file))
                continue
            }
            if let first = seen["\(unit)\u{0}\(key)"] {
                problems.append(
                    problem(
                        row, 1,
                        SideFileMessage.costedTwice(key: key, unit: unit.isEmpty ? nil : unit, first: first), file: file
                    ))
            }
            seen["\(unit)\u{0}\(key)"] = row.line
            let rate = readRate(
                row, key: key, measure: measures[measure], emptyCostColumn: table.positions[2] == nil ? 3 : 2,
                file: file, problems: &problems)
            if !unit.isEmpty, !knownUnits.contains(unit) {
                elsewhere.append((row.line, unit))
                continue
            }
            guard let rate else { continue }
            if unit.isEmpty {
                model.defaults[measure] = rate
            } else {
                model.overrides[unit, default: [:]][measure] = rate
            }
        }
        if let warning = elsewhereWarning(elsewhere, units: units, file: file) { problems.append(warning) }
        return (model, table.placed(problems))
    }

    /// Why a row's criterion is not one of the framework's columns, with the nearest column.
    private static func unknownCriterion(_ key: String, among measures: [Measure]) -> SideFileMessage {
        .unknownCriterion(isEmpty: key.isEmpty, near: NearestMatch.suggestion(for: key, among: measures.map(\.key)))
    }

    /// A problem of one row's field.
    private static func problem(_ row: SideTable.Row, _ column: Int, _ message: some DiagnosticMessage, file: String)
        -> Diagnostic
    {
        Diagnostic(
            file: file, line: row.line, column: row.columns[column], field: columns[column], value: row[column],
            message, isRowProblem: true)
    }

    /// A row's costs and maximum; `nil` when one of them cannot be read or both costs are empty (each problem is
    /// added to `problems`).
    private static func readRate(
        _ row: SideTable.Row, key: String, measure: Measure, emptyCostColumn: Int, file: String,
        problems: inout [Diagnostic]
    ) -> CostModel.Rate? {
        var readable = true
        func amount(_ column: Int) -> Double? {
            switch CellParser.amountOutcome(row[column]) {
            case .value(let value): return value
            case .missing: return nil
            case .invalid(let expected):
                problems.append(problem(row, column, expected, file: file))
                readable = false
                return nil
            }
        }
        let perUnit = amount(2)
        let fixed = amount(3)
        if row[2].isEmpty, row[3].isEmpty {
            problems.append(
                problem(
                    row, emptyCostColumn,
                    SideFileMessage.noCost(key: key), file: file))
            readable = false
        }
        var maximum: Double?
        switch CellParser.sideCellOutcome(row[4], as: measure) {
        case .value(let value): maximum = value
        case .missing: break
        case .invalid(let expected):
            problems.append(problem(row, 4, expected, file: file))
            readable = false
        }
        guard readable else { return nil }
        return CostModel.Rate(perUnit: perUnit ?? 0, fixed: fixed ?? 0, maximum: maximum)
    }

    /// The warning about rows for units the data file does not hold, passed over; `nil` when there are none.
    private static func elsewhereWarning(_ elsewhere: [(line: Int, unit: String)], units: [String], file: String)
        -> Diagnostic?
    {
        guard !elsewhere.isEmpty else { return nil }
        let names = Array(Set(elsewhere.map(\.unit))).sorted()
        let near = names.count == 1 ? NearestMatch.suggestion(for: names[0], among: units) : nil
        return Diagnostic(
            .warning, file: file, line: elsewhere[0].line, field: "unit_id",
            SideFileMessage.unitsElsewhere(rows: elsewhere.count, units: names, near: near))
    }
}
