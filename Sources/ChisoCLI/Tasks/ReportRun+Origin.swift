import ChisoCore
import ChisoFormats
import ChisoReports

/// Checks that the analyses a report reads beside its data were made from that data: a plan or an uncertainty
/// analysis of other data with the same framework and unit IDs would pass for an analysis of the report's units —
/// a unit shown with a cost to reach a target it already holds.
extension ReportRun {
    /// How many mismatches are shown before the rest are summed up.
    package static let mismatchesShown = 5

    /// Refuses a plan whose starting point is not the data's: a change row's `from` must be the data's value of that
    /// unit and criterion (of the commune named in `via` for a district's plan), and a summary row's `current` the
    /// unit's class as `chiso plan` names it.
    ///
    /// - Complexity: O(*r* + *u*) for *r* rows and *u* units.
    static func checkPlanOrigin(
        _ records: [CSVRecord], file: String, scoring: ScoringRun, data: String, children: String?
    ) throws(InputError) {
        guard let header = records.first?.fields.map({ TextNormalization.key($0).lowercased() }),
            let unitColumn = header.firstIndex(of: "unit_id")
        else { return }
        let origin = PlanOrigin(file: file, scoring: scoring, data: data, children: children, unitColumn: unitColumn)
        var problems: [Diagnostic] = []
        if let currentColumn = header.firstIndex(of: "current") {
            problems = origin.summaryMismatches(
                records, current: currentColumn, target: header.firstIndex(of: "target"))
        } else if let fromColumn = header.firstIndex(of: "from"),
            let criterionColumn = header.firstIndex(of: "criterion")
        {
            problems = origin.changeMismatches(
                records, from: fromColumn, criterion: criterionColumn, via: header.firstIndex(of: "via"))
        }
        guard problems.isEmpty else { throw InputError(.data, problems) }
    }

    /// A plan's rows checked against the data scored here: each mismatch one row problem.
    private struct PlanOrigin {
        /// The plan's file.
        var file: String
        /// The data scored here.
        var scoring: ScoringRun
        /// The data's file.
        var data: String
        /// The subordinate units' file, if given.
        var children: String?
        /// The plan's `unit_id` column.
        var unitColumn: Int
        /// The scored units, by ID.
        var results: [String: UnitResult]

        init(file: String, scoring: ScoringRun, data: String, children: String?, unitColumn: Int) {
            self.file = file
            self.scoring = scoring
            self.data = data
            self.children = children
            self.unitColumn = unitColumn
            results = Dictionary(scoring.results.map { ($0.unit.id, $0) }, uniquingKeysWith: { first, _ in first })
        }

        /// The cell of `record` in `column`, normalised; `nil` when there is no such column or cell.
        func cell(_ record: CSVRecord, _ column: Int?) -> String? {
            guard let column, column < record.fields.count else { return nil }
            return TextNormalization.key(record.fields[column])
        }

        /// The problem of a cell that is not what the data holds (`held`, in `source`, the data by default).
        func mismatch(
            _ record: CSVRecord, column: Int, field: String, held: String, what: ReportMessage.PlanCell,
            in source: String? = nil
        ) -> Diagnostic {
            Diagnostic(
                file: file, line: record.line, column: column + 1, field: field,
                value: cell(record, column) ?? "",
                ReportMessage.planFromOtherData(
                    cell: what, source: source ?? data, held: held.isEmpty ? nil : held, data: data, children: source),
                group: Diagnostic.Group(
                    "plan from other data", shown: mismatchesShown,
                    summary: ReportMessage.planRows(field: field, data: data)))
        }

        /// The summary rows whose `current` class is not the unit's class as scored here.
        func summaryMismatches(_ records: [CSVRecord], current currentColumn: Int, target targetColumn: Int?)
            -> [Diagnostic]
        {
            var problems: [Diagnostic] = []
            for record in records.dropFirst() {
                guard let id = cell(record, unitColumn), let result = results[id],
                    let written = cell(record, currentColumn)
                else { continue }
                let held = currentClass(of: result, target: cell(record, targetColumn) ?? "", scoring: scoring)
                if TextNormalization.folded(written) != TextNormalization.folded(held) {
                    problems.append(
                        mismatch(
                            record, column: currentColumn, field: "current", held: held, what: .currentClass(unit: id)))
                }
            }
            return problems
        }

        /// The change rows whose `from` is not the data's value of that unit and criterion (of the commune named
        /// in `via`, for a district's plan).
        func changeMismatches(
            _ records: [CSVRecord], from fromColumn: Int, criterion criterionColumn: Int, via viaColumn: Int?
        )
            -> [Diagnostic]
        {
            let communes = Dictionary(
                (scoring.linked?.children ?? []).map { ($0.unit.id, $0) }, uniquingKeysWith: { first, _ in first })
            var problems: [Diagnostic] = []
            for record in records.dropFirst() {
                guard let id = cell(record, unitColumn), let criterion = cell(record, criterionColumn),
                    let written = cell(record, fromColumn)
                else { continue }
                let via = cell(record, viaColumn) ?? ""
                let values: [Double?]
                let measures: [Measure]
                if via.isEmpty {
                    guard let result = results[id] else { continue }
                    values = result.values
                    measures = scoring.framework.scheme.measures
                } else {
                    guard let child = communes[via], let linked = scoring.linked else { continue }
                    values = child.values
                    measures = linked.childScheme.measures
                }
                guard let position = measures.firstIndex(where: { $0.key == criterion }), position < values.count
                else { continue }
                let measure = measures[position]
                let value = values[position]
                // A criterion that does not apply to the unit is never planned; nothing to meet.
                if let value, value.isNaN { continue }
                if !sameValue(written, value, measure: measure) {
                    problems.append(
                        mismatch(
                            record, column: fromColumn, field: "from",
                            held: PlanReport.answerText(value, measure: measure),
                            what: .from(unit: id, via: via.isEmpty ? nil : via, criterion: criterion),
                            in: via.isEmpty ? nil : children))
                }
            }
            return problems
        }
    }

    /// Refuses an uncertainty analysis whose nominal result is not the data's: each unit's `nominal_class` must be
    /// its class as scored here, its `nominal_rank`, when written, its rank, and its `index_nominal` its index to
    /// the four decimals written.
    static func checkUncertaintyOrigin(
        _ records: [CSVRecord], file: String, scoring: ScoringRun, data: String
    ) throws(InputError) {
        guard let header = records.first?.fields.map({ TextNormalization.key($0).lowercased() }),
            let unitColumn = header.firstIndex(of: "unit_id"), let statisticColumn = header.firstIndex(of: "statistic"),
            let valueColumn = header.firstIndex(of: "value")
        else { return }
        let entries = CompareRun.outcomes(of: scoring)
        var position: [String: Int] = [:]
        for (index, result) in scoring.results.enumerated() where position[result.unit.id] == nil {
            position[result.unit.id] = index
        }
        var problems: [Diagnostic] = []
        for record in records.dropFirst() where record.fields.count > max(unitColumn, statisticColumn, valueColumn) {
            let id = TextNormalization.key(record.fields[unitColumn])
            let statistic = TextNormalization.key(record.fields[statisticColumn])
            let written = TextNormalization.key(record.fields[valueColumn])
            guard let index = position[id] else { continue }
            // The nominal class and rank as written, whole numbers; the nominal index to four decimals.
            let held: Double?
            let tolerance: Double
            switch statistic {
            case "nominal_class": (held, tolerance) = (Double(scoring.results[index].standing.ordinal), 0)
            case "nominal_rank": (held, tolerance) = (entries[index].rank.map(Double.init), 0)
            case "index_nominal":
                guard let common = scoring.results[index].detail.commonIndex else { continue }
                (held, tolerance) = (common, 0.5e-4 + 1e-9)
            default: continue
            }
            let reading = CellParser.sideNumber(written)
            let same =
                switch reading {
                case .value(let value): held.map { ($0 - value).magnitude <= tolerance } ?? false
                case .missing: held == nil
                case .invalid: true  // reported by the reader
                }
            guard !same else { continue }
            let heldText = held.map { tolerance > 0 ? NumberText.fixed($0, decimals: 4) : NumberText.shortest($0) }
            let what: ReportMessage.Nominal = ["nominal_class": .class, "nominal_rank": .rank][statistic] ?? .index
            problems.append(
                Diagnostic(
                    file: file, line: record.line, column: valueColumn + 1, field: statistic, value: written,
                    ReportMessage.uncertaintyFromOtherData(unit: id, nominal: what, data: data, held: heldText),
                    group: Diagnostic.Group(
                        "uncertainty from other data", shown: mismatchesShown,
                        summary: ReportMessage.uncertaintyRows(data: data))))
        }
        guard problems.isEmpty else { throw InputError(.data, problems) }
    }

    /// A unit's class as a plan's summary names it: the framework's class, or for an index target (`chỉ số ≥ 0.7`)
    /// whether its index reaches the target.
    private static func currentClass(of result: UnitResult, target: String, scoring: ScoringRun) -> String {
        let indexPrefix = "chỉ số ≥ "
        if target.hasPrefix(indexPrefix),
            let aim = try? PlanTarget.read(
                String(target.dropFirst(indexPrefix.count)), framework: scoring.framework, file: "")
        {
            return PlanReport.classText(aim.standing(of: result), scheme: aim.scheme)
        }
        return PlanReport.classText(result.standing.ordinal, scheme: scoring.framework.scheme)
    }

    /// Whether a plan's `from` cell is the data's value: an answer by its value, a number as a cell reads, empty for
    /// a missing value; numbers as the plan writes them, to six decimals.
    private static func sameValue(_ written: String, _ value: Double?, measure: Measure) -> Bool {
        let reading =
            measure.kind == .choice
            ? CellParser.choice(written, categories: measure.categories)
            : CellParser.read(written, kind: .number, maximum: nil)
        switch reading {
        case .missing: return value == nil
        case .invalid: return false
        case .value(let read):
            guard let value else { return false }
            if measure.kind == .choice { return read == value.rounded() }
            return (read - value).magnitude <= 1e-6 * max(1, value.magnitude)
        }
    }
}
