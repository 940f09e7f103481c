import ChisoCore

/// A plan as `chiso plan` writes it: its summary CSV (`unit_id,current,target,reachable,total_cost,changes,reason`,
/// and `funded,budget` under a budget; files written before `changes` and `budget` are read too) or its changes CSV
/// (`unit_id,criterion,from,to,cost`, and `via` for districts).
public struct PlanTable: Sendable {
    /// One unit's plan.
    public struct Unit: Sendable {
        /// The unit's ID.
        public var id: String
        /// Its class now, as the plan names it (a level number or a tier name).
        public var current: String?
        /// The class planned for.
        public var target: String?
        /// Whether the target can be reached; `nil` when the file does not say.
        public var reachable: Bool?
        /// The plan's cost; `nil` when unreachable.
        public var cost: Double?
        /// How many changes the plan makes, when the file says: the changes CSV's rows of the unit, or the summary's
        /// `changes` column; `nil` for a summary written before it had one, or an unreachable target.
        public var changes: Int?
        /// Whether the budget funds the plan; `nil` without a budget.
        public var funded: Bool?
        /// Why the target cannot be reached.
        public var reason: String
    }

    /// One change of the changes CSV, as written: the criterion and the value it is changed to.
    public struct Change: Sendable {
        /// The criterion's column name.
        public var criterion: String
        /// The value planned, as the CSV writes it (`to`).
        public var to: String
        /// The subordinate unit whose value changes (a district plan's `via`), if any.
        public var via: String?
    }

    /// The units, in file order.
    public var units: [Unit]
    /// Each unit's changes, by unit ID, when the file lists changes with their `to` values; empty otherwise.
    public var changes: [String: [Change]] = [:]
    /// How many plans change each criterion, when the file lists changes; most first.
    public var criteria: [(id: String, count: Int)]
    /// The budget the plans share: the summary's `budget` column (`chiso plan --budget`), or one given beside the
    /// file; `nil` without one.
    public var budget: Double?
    /// Whether the file has a `changes` column or lists the changes, so that every reachable unit's count is known.
    public var countsChanges: Bool

    /// Creates a plan from its parts.
    public init(
        units: [Unit], criteria: [(id: String, count: Int)] = [], budget: Double? = nil, countsChanges: Bool = true
    ) {
        self.units = units
        self.criteria = criteria
        self.budget = budget
        self.countsChanges = countsChanges
    }

    /// Reads a plan CSV.
    ///
    /// - Throws: ``InputError`` (data) naming every cell that cannot be read, or the columns the file lacks.
    package static func read(_ records: [CSVRecord], file: String) throws(InputError) -> PlanTable {
        guard let header = records.first?.fields.map({ TextNormalization.key($0).lowercased() }) else {
            throw InputError(.data, file: file, ReadBackMessage.emptyPlan)
        }
        func column(_ name: String) -> Int? { header.firstIndex(of: name) }
        var problems: [Diagnostic] = []
        guard let unitColumn = column("unit_id") else {
            throw InputError(.data, file: file, ReadBackMessage.notAPlan)
        }
        // A row too short to hold its unit ID cannot be read; every such row is reported.
        let rows = records.dropFirst().filter { record in
            guard unitColumn < record.fields.count else {
                problems.append(
                    Diagnostic(
                        file: file, line: record.line, column: record.fields.count + 1, field: "unit_id", value: "",
                        ReadBackMessage.planRowEndsEarly(fields: header.count),
                        group: Diagnostic.Group("row ends early", summary: ReadBackMessage.Summary.rowsEndingEarly)))
                return false
            }
            return true
        }
        var units: [Unit] = []
        var criteria: [(id: String, count: Int)] = []
        var changes: [String: [Change]] = [:]
        var budget: Double?
        if let costColumn = column("total_cost") {
            units = rows.map { record in
                summaryUnit(
                    record, header: header, unitColumn: unitColumn, costColumn: costColumn, file: file,
                    problems: &problems)
            }
            budget = column("budget").flatMap { readBudget(rows, column: $0, file: file, problems: &problems) }
        } else if let costColumn = column("cost"), let criterionColumn = column("criterion") {
            (units, criteria, changes) = changedUnits(
                rows, columns: (unitColumn, criterionColumn, costColumn, column("to"), column("via")), file: file,
                problems: &problems)
        } else {
            throw InputError(.data, file: file, ReadBackMessage.notAPlan)
        }
        guard problems.isEmpty else { throw InputError(.data, problems) }
        var table = PlanTable(
            units: units, criteria: criteria, budget: budget,
            countsChanges: column("total_cost") == nil || column("changes") != nil)
        table.changes = changes
        return table
    }

    /// The budget of a summary's `budget` column: the one amount its rows hold (empty cells aside); a second amount is
    /// a problem.
    private static func readBudget(
        _ rows: [CSVRecord], column: Int, file: String, problems: inout [Diagnostic]
    ) -> Double? {
        var budget: (value: Double, text: String)?
        for record in rows {
            guard let value = number(record, column, "budget", file: file, problems: &problems) else { continue }
            guard let first = budget else {
                budget = (value, record.fields[column].trimmingCharacters(in: .whitespaces))
                continue
            }
            if value != first.value {
                problems.append(
                    Diagnostic(
                        file: file, line: record.line, column: column + 1, field: "budget",
                        value: record.fields[column], ReadBackMessage.twoBudgets(first: first.text)))
                return first.value
            }
        }
        return budget?.value
    }

    /// One unit's plan from a row of the summary CSV.
    private static func summaryUnit(
        _ record: CSVRecord, header: [String], unitColumn: Int, costColumn: Int, file: String,
        problems: inout [Diagnostic]
    ) -> Unit {
        func column(_ name: String) -> Int? { header.firstIndex(of: name) }
        let reachable = field(record, column("reachable")).map { $0 == "yes" }
        var changes: Int?
        if let index = column("changes"), let text = field(record, index)?.trimmingCharacters(in: .whitespaces),
            !text.isEmpty
        {
            if let count = Int(text), count >= 0 {
                changes = count
            } else {
                problems.append(
                    Diagnostic(
                        file: file, line: record.line, column: index + 1, field: "changes", value: text,
                        ReadBackMessage.notAChangeCount,
                        group: Diagnostic.Group(
                            "unreadable changes", summary: ReadBackMessage.Summary.unreadable("changes"))))
            }
        }
        return Unit(
            id: TextNormalization.key(record.fields[unitColumn]), current: field(record, column("current")),
            target: field(record, column("target")), reachable: reachable,
            cost: number(record, costColumn, "total_cost", file: file, problems: &problems), changes: changes,
            funded: field(record, column("funded")).flatMap { $0.isEmpty ? nil : $0 == "yes" },
            reason: field(record, column("reason")) ?? "")
    }

    /// The units' plans from the changes CSV, each unit's changes added up; and how many plans change each
    /// criterion, most first.
    private static func changedUnits(
        _ rows: [CSVRecord], columns: (unit: Int, criterion: Int, cost: Int, to: Int?, via: Int?), file: String,
        problems: inout [Diagnostic]
    ) -> ([Unit], [(id: String, count: Int)], [String: [Change]]) {
        var units: [Unit] = []
        var position: [String: Int] = [:]
        var counts: [String: Int] = [:]
        var changes: [String: [Change]] = [:]
        for record in rows {
            let id = TextNormalization.key(record.fields[columns.unit])
            let cost = number(record, columns.cost, "cost", file: file, problems: &problems) ?? 0
            if let criterion = field(record, columns.criterion) {
                counts[criterion, default: 0] += 1
                // The change itself, when the file says what the value becomes (the report's what-if applies it).
                if let to = field(record, columns.to) {
                    let via = field(record, columns.via).map(TextNormalization.key).flatMap { $0.isEmpty ? nil : $0 }
                    changes[id, default: []].append(
                        Change(criterion: TextNormalization.key(criterion), to: to, via: via))
                }
            }
            if let index = position[id] {
                units[index].cost = (units[index].cost ?? 0) + cost
                units[index].changes = (units[index].changes ?? 0) + 1
            } else {
                position[id] = units.count
                units.append(
                    Unit(
                        id: id, current: nil, target: nil, reachable: true, cost: cost, changes: 1, funded: nil,
                        reason: ""))
            }
        }
        return (
            units, counts.map { ($0.key, $0.value) }.sorted { ($0.count, $1.id) > ($1.count, $0.id) }, changes
        )
    }

    /// A cost cell, read as a cost file's amount; `nil` when empty or unreadable (the problem is added).
    private static func number(
        _ record: CSVRecord, _ index: Int, _ name: String, file: String, problems: inout [Diagnostic]
    ) -> Double? {
        guard index < record.fields.count else { return nil }
        let text = record.fields[index].trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { return nil }
        // Read as a cost file's amount: a decimal comma too, as Excel with Vietnamese settings saves the file.
        switch CellParser.amountOutcome(text) {
        case .value(let value): return value
        case .missing: return nil
        case .invalid(let expected):
            problems.append(
                Diagnostic(
                    file: file, line: record.line, column: index + 1, field: name, value: text,
                    ReadBackMessage.notACost(problem: expected),
                    group: Diagnostic.Group("unreadable \(name)", summary: ReadBackMessage.Summary.unreadable(name))))
            return nil
        }
    }

    /// A field of a row, `nil` when the file has no such column or the row ends before it.
    private static func field(_ record: CSVRecord, _ index: Int?) -> String? {
        guard let index, index < record.fields.count else { return nil }
        return record.fields[index]
    }
}
