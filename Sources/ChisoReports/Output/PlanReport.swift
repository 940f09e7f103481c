public import ChisoCore
public import ChisoFormats

/// Renders plans: a table for a terminal, tidy CSV (one row per change, or one per unit with `summary`), or JSON.
public enum PlanReport {
    /// The columns of `plan --format csv`: one row per change.
    public static let changeColumns = ["unit_id", "criterion", "from", "to", "cost"]
    /// The columns of `plan --format csv --summary`: one row per unit (and `funded,budget` under a budget).
    public static let summaryColumns = [
        "unit_id", "current", "target", "reachable", "total_cost", "changes", "reason",
    ]

    /// What the plans are rendered from.
    private struct Input {
        var plan: CohortPlan
        var scoring: ScoredCohort
        var parameters: [(name: String, value: String)]
        var plans: [UnitPlan] { plan.plans }
        var budget: Double? { plan.budget }
        var spent: Double { plan.spent }
        var targetScheme: any ScoringScheme { plan.scheme }
        var framework: Framework { scoring.framework }
        var approximation: String? { scoring.approximation }
    }

    /// Renders plans.
    ///
    /// - Parameters:
    ///   - plan: The plans.
    ///   - scoring: The cohort the plans start from.
    ///   - parameters: The parameters that made the plans (target, unit, budget, objective), as outputs name them.
    ///   - format: The output format.
    ///   - summary: For CSV, one row per unit instead of one per change.
    ///   - language: The language of the table and markdown: headings, classes, reasons, sentences and numbers. CSV
    ///     and JSON are the same in both.
    /// - Returns: The text.
    public static func render(
        _ plan: CohortPlan, scoring: ScoredCohort, parameters: [(name: String, value: String)], format: OutputFormat,
        summary: Bool = false, language: Language = .vi
    ) -> String {
        let run = Input(plan: plan, scoring: scoring, parameters: parameters)
        let scheme = run.targetScheme
        let origin = OutputOrigin(run.framework, parameters: run.parameters, approximation: run.approximation)
        switch format {
        case .csv:
            if summary {
                // Under a budget, whether it funds each plan, and the budget itself on every row (as the framework
                // is), so that a reader of the file alone (`report --plan`) knows what was shared.
                let budget = run.budget.map { [money($0)] } ?? []
                return origin.csv(
                    header: summaryColumns + (budget.isEmpty ? [] : ["funded", "budget"]),
                    rows: run.plans.map { plan in
                        summaryRow(plan, scheme: scheme)
                            + (budget.isEmpty ? [] : [plan.funded.map { $0 ? "yes" : "no" } ?? ""] + budget)
                    })
            }
            // A plan the search could not prove the cheapest is marked on each of its rows, in a `proved` column
            // that only such a run has.
            let marked = run.plans.contains { !$0.outcome.isProvedOptimal }
            let proved = { (plan: UnitPlan) in marked ? [plan.outcome.isProvedOptimal ? "yes" : "no"] : [] }
            if let childScheme = run.scoring.linked?.childScheme,
                run.plans.contains(where: { !$0.subordinateChanges.isEmpty })
            {
                return origin.csv(
                    header: changeColumns + ["via"] + (marked ? ["proved"] : []),
                    rows: districtRows(run, childScheme: childScheme, proved: proved))
            }
            return origin.csv(
                header: changeColumns + (marked ? ["proved"] : []),
                rows: run.plans.flatMap { plan in changeRows(plan, scheme: scheme).map { $0 + proved(plan) } })
        case .json:
            return JSONWriter.write(json(run, scheme: scheme))
        case .table, .markdown:
            return table(run, scheme: scheme, markdown: format == .markdown, language: language)
                + (run.approximation.map { ApproximationNotice.sentence($0).text(in: language) + "\n" } ?? "")
        }
    }

    /// A class as plans show it: a level number, or a tier's name.
    package static func classText(_ ordinal: Int, scheme: any ScoringScheme) -> String {
        Framework.wording(of: scheme).planClass(ordinal).vi
    }

    static func money(_ value: Double) -> String {
        Numerals.plain.points(value)
    }

    static func valueText(_ value: Double?) -> String {
        value.map(Numerals.plain.planned) ?? ""
    }

    /// A value as data files write it: an answer by its value, a number as ``valueText(_:)`` writes it.
    package static func answerText(_ value: Double?, measure: Measure) -> String {
        guard let value, measure.kind == .choice, measure.categories.indices.contains(Int(value.rounded())) else {
            return valueText(value)
        }
        return measure.categories[Int(value.rounded())].value
    }

    /// A planned value as `whatif` reads it back and meets the plan with: an answer by its value (`2-3 lần`, not
    /// its position), and a number to six decimals rounded away from where it starts, so that a value just above a
    /// threshold stays above it (a third of a point is written 0.333334, not 0.333333); a number that six decimals
    /// do not hold exactly is rounded so, never below what the plan needs.
    static func plannedValue(_ value: Double, from: Double?, measure: Measure) -> String {
        if measure.kind == .choice { return answerText(value, measure: measure) }
        let scaled = value * 1_000_000
        let rises = value >= (from ?? 0)
        let text =
            scaled == scaled.rounded() || !scaled.isFinite
            ? valueText(value) : NumberText.shortest((rises ? scaled.rounded(.up) : scaled.rounded(.down)) / 1_000_000)
        // A percentage under 1 with its sign, so that it is not taken for a fraction when read back.
        return measure.kind == .percent && value > 0 && value < 1 ? text + "%" : text
    }

    /// District plans: a commune's change names the commune in `via`.
    private static func districtRows(
        _ run: Input, childScheme: any ScoringScheme, proved: (UnitPlan) -> [String]
    ) -> [[String]] {
        let scheme = run.framework.scheme
        var rows: [[String]] = []
        for plan in run.plans {
            rows += changeRows(plan, scheme: scheme).map { $0 + [""] + proved(plan) }
            for (commune, changes) in plan.subordinateChanges {
                for change in changes {
                    let measure = childScheme.measures[change.measure]
                    rows.append(
                        [
                            plan.unit.id, measure.key, answerText(change.from, measure: measure),
                            plannedValue(change.to, from: change.from, measure: measure), money(change.cost), commune,
                        ] + proved(plan))
                }
            }
        }
        return rows
    }

    private static func changeRows(_ plan: UnitPlan, scheme: any ScoringScheme) -> [[String]] {
        // Under a budget, only the plans it funds.
        guard plan.funded ?? true else { return [] }
        return plan.outcome.changes.map { change in
            [
                plan.unit.id, scheme.measures[change.measure].key,
                answerText(change.from, measure: scheme.measures[change.measure]),
                plannedValue(change.to, from: change.from, measure: scheme.measures[change.measure]),
                money(change.cost),
            ]
        }
    }

    private static func summaryRow(_ plan: UnitPlan, scheme: any ScoringScheme) -> [String] {
        [
            plan.unit.id, classText(plan.current, scheme: scheme), classText(plan.target, scheme: scheme),
            plan.outcome.cost == nil ? "no" : "yes", plan.totalCost.map(money) ?? "",
            plan.outcome.cost == nil ? "" : String(changeCount(plan)), reason(plan, scheme: scheme),
        ]
    }

    /// How many changes a plan makes: as many as its rows in the changes CSV (its communes' too, for a district).
    static func changeCount(_ plan: UnitPlan) -> Int {
        plan.outcome.changes.count + plan.subordinateChanges.reduce(0) { $0 + $1.changes.count }
    }

    /// What a plan says when the planner could not prove it the cheapest.
    package static let unprovedNote = PlanWords.unproved.en

    /// Why a unit cannot reach its target, or what a reader should know about its plan, as the CSV and JSON write
    /// it (in English, read back by `report`).
    static func reason(_ plan: UnitPlan, scheme: any ScoringScheme) -> String {
        PlanReason.record(PlanReason.reasons(of: plan, scheme: scheme))
    }

    private static func table(_ run: Input, scheme: any ScoringScheme, markdown: Bool, language: Language) -> String {
        let say = { (text: LocalizedText) in text.text(in: language) }
        let shownClass = { (ordinal: Int) in
            PlanWords.className(Framework.wording(of: scheme).planClass(ordinal), in: language)
        }
        let rows = run.plans.map { plan -> [String] in
            let changes = plan.outcome.changes.map { change -> String in
                // The values as the CSV writes them, so that one typed back from the table reaches the target too.
                let measure = scheme.measures[change.measure]
                let from = answerText(change.from, measure: measure)
                return "\(measure.key) \(from.isEmpty ? say(PlanWords.noFigure) : from)→"
                    + plannedValue(change.to, from: change.from, measure: measure)
            }
            var text = PlanWords.abbreviated(changes, keep: 4, in: language)
            if !plan.subordinateChanges.isEmpty {
                let communes = plan.subordinateChanges.map(\.unit)
                let count = plan.subordinateChanges.flatMap(\.changes).count
                text +=
                    (text.isEmpty ? "" : "; ")
                    + say(
                        PlanWords.subordinateChanges(
                            count, in: ConditionWords.abbreviated(communes, keep: 3).text(in: language)))
            }
            return [
                plan.unit.id, plan.unit.name ?? "", shownClass(plan.current), shownClass(plan.target),
                plan.totalCost.map(Numerals.text(language).points) ?? say(PlanWords.unreachable),
                plan.outcome.cost == nil
                    ? say(PlanWords.reason(plan, scheme: scheme))
                    : say(PlanWords.changesNote(funded: plan.funded, proved: plan.outcome.isProvedOptimal)) + text,
            ]
        }
        let table = TextTable(header: PlanWords.columns.map(say), rows: rows, rightAligned: [4])
        let reachable = run.plans.filter { $0.outcome.cost != nil }
        let total = reachable.compactMap(\.totalCost).reduce(0, +)
        var text = markdown ? table.markdown() : table.plainText()
        if let budget = run.budget {
            let funded = run.plans.filter { $0.funded == true }
            let units = funded.map { TextTable.cellText($0.unit.id) }
            text += "\n" + say(PlanWords.budget(budget, funded: units, spent: run.spent)) + "\n"
        }
        let unproved = reachable.filter { !$0.outcome.isProvedOptimal }.count
        text +=
            "\n"
            + say(
                PlanWords.summary(units: run.plans.count, reachable: reachable.count, total: total, unproved: unproved))
            + "\n"
        return text
    }

    private static func json(_ run: Input, scheme: any ScoringScheme) -> JSONNode.Value {
        var root = JSONObjectBuilder()
        root.add("framework", ResultReport.frameworkHeader(run.framework, file: nil).value)
        root.add(
            "made_by",
            OutputOrigin(run.framework, parameters: run.parameters, approximation: run.approximation)
                .json)
        root.add(
            "plans",
            .objects(run.plans) { plan, entry in
                entry.add("unit_id", plan.unit.id)
                entry.add("current", classText(plan.current, scheme: scheme))
                entry.add("target", classText(plan.target, scheme: scheme))
                entry.add("reachable", plan.outcome.cost != nil)
                entry.add("total_cost", plan.totalCost)
                entry.add("reason", reason(plan, scheme: scheme))
                entry.add(
                    "changes",
                    .objects(plan.outcome.changes) { change, object in
                        object.add("criterion", scheme.measures[change.measure].key)
                        object.add("from", change.from)
                        object.add("to", change.to)
                        object.add("cost", change.cost)
                    })
            })
        root.add("total_cost", run.plans.compactMap(\.totalCost).reduce(0, +))
        if let budget = run.budget {
            root.add("budget", budget)
            root.add("spent", run.spent)
            root.add("unspent", budget - run.spent)
        }
        root.add("optimal", run.plans.allSatisfy { $0.outcome.isProvedOptimal })
        return root.value
    }
}
