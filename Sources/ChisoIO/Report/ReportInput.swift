import ChisoCore

/// What a report is made of: the scored units, and the analyses given beside them.
public struct ReportInput: Sendable {
    /// The scored units.
    public var run: ScoringRun
    /// The assessment file, as given.
    public var dataFile: String
    /// The subordinate units' file, if given.
    public var childrenFile: String?
    /// The comparison of the data with other sides (`--compare`), if any.
    public var comparison: CompareRun?
    /// The plan read from `chiso plan`'s CSV (`--plan`), if any.
    public var plan: PlanTable?
    /// The uncertainty read from `chiso uncertainty`'s CSV (`--uncertainty`), if any.
    public var uncertainty: UncertaintyTable?
    /// The IDs of the units that get a section of their own.
    public var explained: Set<String>
    /// Whether those units were named (`--unit`) rather than all units taken.
    public var unitsNamed: Bool

    /// Creates an input.
    public init(
        run: ScoringRun, dataFile: String, childrenFile: String? = nil, comparison: CompareRun? = nil,
        plan: PlanTable? = nil, uncertainty: UncertaintyTable? = nil, explained: Set<String>, unitsNamed: Bool
    ) {
        self.run = run
        self.dataFile = dataFile
        self.childrenFile = childrenFile
        self.comparison = comparison
        self.plan = plan
        self.uncertainty = uncertainty
        self.explained = explained
        self.unitsNamed = unitsNamed
    }
}

/// A plan as `chiso plan` writes it: its summary CSV (`unit_id,current,target,reachable,total_cost,reason`, and
/// `funded` under a budget) or its changes CSV (`unit_id,criterion,from,to,cost`, and `via` for districts).
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
        /// How many changes the plan makes, when the file lists them.
        public var changes: Int?
        /// Whether the budget funds the plan; `nil` without a budget.
        public var funded: Bool?
        /// Why the target cannot be reached.
        public var reason: String
    }

    /// The units, in file order.
    public var units: [Unit]
    /// How many plans change each criterion, when the file lists changes; most first.
    public var criteria: [(id: String, count: Int)]

    /// Reads a plan CSV.
    ///
    /// - Throws: ``InputError`` (data) naming every cell that cannot be read, or the columns the file lacks.
    static func read(_ records: [CSVRecord], file: String) throws(InputError) -> PlanTable {
        guard let header = records.first?.fields.map({ TextNormalization.key($0).lowercased() }) else {
            throw InputError(.data, file: file, message: "the file is empty; give the CSV of chiso plan")
        }
        func column(_ name: String) -> Int? { header.firstIndex(of: name) }
        var problems: [Diagnostic] = []
        func number(_ record: CSVRecord, _ index: Int, _ name: String) -> Double? {
            guard index < record.fields.count else { return nil }
            let text = record.fields[index].trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty else { return nil }
            // Read as a cost file's amount: a decimal comma too, as Excel with Vietnamese settings saves the file.
            switch CellParser.amount(text) {
            case .value(let value): return value
            case .missing: return nil
            case .invalid(let expected):
                problems.append(
                    Diagnostic(
                        file: file, line: record.line, column: index + 1, field: name, value: text,
                        message: "not a cost: \(expected), as chiso plan writes it",
                        group: Diagnostic.Group("unreadable \(name)", summary: "rows whose \(name) cannot be read")))
                return nil
            }
        }
        func field(_ record: CSVRecord, _ index: Int?) -> String? {
            guard let index, index < record.fields.count else { return nil }
            return record.fields[index]
        }
        guard let unitColumn = column("unit_id") else {
            throw InputError(.data, file: file, message: Self.shapeMessage)
        }
        // A row too short to hold its unit ID cannot be read; every such row is reported.
        let rows = records.dropFirst().filter { record in
            guard unitColumn < record.fields.count else {
                problems.append(
                    Diagnostic(
                        file: file, line: record.line, column: record.fields.count + 1, field: "unit_id", value: "",
                        message: "the row ends before its unit_id; expected \(header.count) fields, as chiso plan "
                            + "writes them",
                        group: Diagnostic.Group("row ends early", summary: "rows that end early")))
                return false
            }
            return true
        }
        var units: [Unit] = []
        var criteria: [(id: String, count: Int)] = []
        if let costColumn = column("total_cost") {
            for record in rows {
                let reachable = field(record, column("reachable")).map { $0 == "yes" }
                units.append(
                    Unit(
                        id: TextNormalization.key(record.fields[unitColumn]), current: field(record, column("current")),
                        target: field(record, column("target")), reachable: reachable,
                        cost: number(record, costColumn, "total_cost"), changes: nil,
                        funded: field(record, column("funded")).flatMap { $0.isEmpty ? nil : $0 == "yes" },
                        reason: field(record, column("reason")) ?? ""))
            }
        } else if let costColumn = column("cost"), let criterionColumn = column("criterion") {
            var position: [String: Int] = [:]
            var counts: [String: Int] = [:]
            for record in rows {
                let id = TextNormalization.key(record.fields[unitColumn])
                let cost = number(record, costColumn, "cost") ?? 0
                if let criterion = field(record, criterionColumn) { counts[criterion, default: 0] += 1 }
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
            criteria = counts.map { ($0.key, $0.value) }.sorted { ($0.count, $1.id) > ($1.count, $0.id) }
        } else {
            throw InputError(.data, file: file, message: Self.shapeMessage)
        }
        guard problems.isEmpty else { throw InputError(.data, problems) }
        return PlanTable(units: units, criteria: criteria)
    }

    private static let shapeMessage =
        "not a plan: expected the CSV of chiso plan, with the columns unit_id,current,target,reachable,total_cost,"
        + "reason (--format csv --summary) or unit_id,criterion,from,to,cost (--format csv)"
}

/// The uncertainty of each unit as `chiso uncertainty --format csv` writes it (`unit_id,statistic,value`).
public struct UncertaintyTable: Sendable {
    /// One unit's statistics.
    public struct Unit: Sendable {
        /// The unit's ID.
        public var id: String
        /// The class it stands at as scored.
        public var nominalClass: Int?
        /// Its rank as scored.
        public var nominalRank: Double?
        /// The 5th and 95th percentiles of its rank over the runs.
        public var rankLow: Double?
        /// The 95th percentile.
        public var rankHigh: Double?
        /// The share of runs at each class, from class 0 (none reached) up.
        public var classProbabilities: [Double]
    }

    /// The units, in file order.
    public var units: [Unit]

    /// Reads the tidy CSV.
    ///
    /// - Parameters:
    ///   - records: The file's records, header first.
    ///   - file: The file's name, for diagnostics.
    ///   - classes: The number of classes of the report's framework: a class beyond it cannot be the framework's.
    /// - Throws: ``InputError`` (data) naming every value that cannot be read, or the columns the file lacks.
    static func read(_ records: [CSVRecord], file: String, classes: Int) throws(InputError) -> UncertaintyTable {
        let header = records.first?.fields.map { TextNormalization.key($0).lowercased() } ?? []
        guard let unitColumn = header.firstIndex(of: "unit_id"),
            let statisticColumn = header.firstIndex(of: "statistic"),
            let valueColumn = header.firstIndex(of: "value")
        else {
            throw InputError(
                .data, file: file,
                message: "not an uncertainty output: expected the CSV of chiso uncertainty --format csv, with the "
                    + "columns unit_id,statistic,value")
        }
        var units: [Unit] = []
        var position: [String: Int] = [:]
        var problems: [Diagnostic] = []
        let needed = max(unitColumn, statisticColumn, valueColumn) + 1
        for record in records.dropFirst() {
            guard record.fields.count >= needed else {
                problems.append(
                    Diagnostic(
                        file: file, line: record.line, column: record.fields.count + 1, field: "value", value: "",
                        message: "the row ends early; expected \(needed) fields (unit_id,statistic,value), as chiso "
                            + "uncertainty writes them",
                        group: Diagnostic.Group("row ends early", summary: "rows that end early")))
                continue
            }
            let id = TextNormalization.key(record.fields[unitColumn])
            let statistic = record.fields[statisticColumn]
            let text = record.fields[valueColumn].trimmingCharacters(in: .whitespaces)
            let index: Int
            if let known = position[id] {
                index = known
            } else {
                index = units.count
                position[id] = index
                units.append(
                    Unit(
                        id: id, nominalClass: nil, nominalRank: nil, rankLow: nil, rankHigh: nil,
                        classProbabilities: []))
            }
            let wanted =
                ["nominal_class", "nominal_rank", "rank_p05", "rank_p95"].contains(statistic)
                || statistic.hasPrefix("p_class_")
            guard wanted else { continue }
            // A unit its framework does not rank has no rank, nor an interval (ranks empty, as written).
            if text.isEmpty, ["nominal_rank", "rank_p05", "rank_p95"].contains(statistic) { continue }
            // Read as a side file's number: a decimal comma too, as Excel with Vietnamese settings saves the file.
            guard case .value(let value) = CellParser.sideNumber(text) else {
                problems.append(
                    Diagnostic(
                        file: file, line: record.line, column: valueColumn + 1, field: statistic, value: text,
                        message: "not a number, as chiso uncertainty writes it",
                        group: Diagnostic.Group("unreadable value", summary: "rows whose value cannot be read")))
                continue
            }
            switch statistic {
            case "nominal_class":
                // A class is a whole number from 0 (none reached) to the framework's number of classes.
                guard let ordinal = Int(exactly: value), (0...max(classes, 0)).contains(ordinal) else {
                    problems.append(
                        Diagnostic(
                            file: file, line: record.line, column: valueColumn + 1, field: statistic, value: text,
                            message: "not a class of this framework; expected a whole number from 0 (no class "
                                + "reached) to \(classes) — was the file made with another framework?",
                            group: Diagnostic.Group("no such class", summary: "rows with a class not of this framework")
                        ))
                    continue
                }
                units[index].nominalClass = ordinal
            case "nominal_rank": units[index].nominalRank = value
            case "rank_p05": units[index].rankLow = value
            case "rank_p95": units[index].rankHigh = value
            default:
                guard let ordinal = Int(statistic.dropFirst("p_class_".count)), (0...max(classes, 0)).contains(ordinal)
                else {
                    problems.append(
                        Diagnostic(
                            file: file, line: record.line, column: statisticColumn + 1, field: "statistic",
                            value: statistic,
                            message: "not a class of this framework; expected p_class_0 to p_class_\(classes) — "
                                + "was the file made with another framework?",
                            group: Diagnostic.Group(
                                "no such p_class", summary: "rows with a class not of this framework")))
                    continue
                }
                guard (0...1).contains(value) else {
                    problems.append(
                        Diagnostic(
                            file: file, line: record.line, column: valueColumn + 1, field: statistic, value: text,
                            message: "not a probability; expected a share from 0 to 1, as chiso uncertainty writes it",
                            group: Diagnostic.Group("not a probability", summary: "rows whose share is not from 0 to 1")
                        ))
                    continue
                }
                var probabilities = units[index].classProbabilities
                if probabilities.count <= ordinal {
                    probabilities += Array(repeating: 0, count: ordinal + 1 - probabilities.count)
                }
                probabilities[ordinal] = value
                units[index].classProbabilities = probabilities
            }
        }
        guard problems.isEmpty else { throw InputError(.data, problems) }
        return UncertaintyTable(units: units)
    }
}
