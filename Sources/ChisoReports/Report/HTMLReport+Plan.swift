import ChisoCore
import ChisoFormats

extension HTMLReport {
    /// What the plan part says in figures: the units that can reach their target, cheapest first, the ladder a
    /// growing budget climbs, and where the budget stands on it.
    private struct PlanFigures {
        /// The units that can reach their target (already there, or for a cost), cheapest first.
        var costed: [PlanTable.Unit]
        /// The units that cannot.
        var unreachable: [PlanTable.Unit]
        /// The units with a cost, in file order: the ladder's steps name them by position.
        var payable: [PlanTable.Unit]
        /// What a growing budget buys, cheapest first.
        var ladder: BudgetLadder
        /// The budget, if the file gives one or the report was given one.
        var budget: Double?
        /// How many steps the budget funds (0 without one).
        var fundedSteps: Int
        /// The units the file marks funded, when it has a `funded` column.
        var fileFunded: [PlanTable.Unit]?

        init(_ plan: PlanTable) {
            costed = plan.units.filter { $0.cost != nil && $0.reachable != false }.sorted {
                ($0.cost ?? 0, $0.id) < ($1.cost ?? 0, $1.id)
            }
            unreachable = plan.units.filter { $0.reachable == false }
            payable = plan.units.filter { ($0.cost ?? 0) > 0 && $0.reachable != false }
            let ladder = BudgetLadder(costs: payable.map(\.cost))
            self.ladder = ladder
            budget = plan.budget
            fundedSteps = plan.budget.map { ladder.funded(within: $0) } ?? 0
            fileFunded = plan.units.contains { $0.funded != nil } ? plan.units.filter { $0.funded == true } : nil
        }

        /// The units the ladder funds at the budget.
        var ladderFunded: [PlanTable.Unit] {
            ladder.steps.prefix(fundedSteps).map { payable[$0.unit] }
        }

        /// Whether the file's funded units are not the ladder's at the budget: its budget was shared another way.
        var otherAllocation: Bool {
            guard let fileFunded, budget != nil else { return false }
            return Set(fileFunded.map(\.id)) != Set(ladderFunded.map(\.id))
        }

        /// The units funded as the plan says: its own `funded` column, else the ladder at the budget.
        var funded: [PlanTable.Unit] { fileFunded ?? ladderFunded }

        /// What bringing every unit that can reach its target there costs.
        var total: Double { ladder.steps.last?.cumulative ?? 0 }
    }

    /// An amount in the report's numbers, with the currency after it.
    private func amount(_ value: Double) -> String {
        PlanPhrase.amount(value, currency: input.currency, numbers: words.numbers)
    }

    /// The plan: its budget and what it funds, each unit's cost to its target (cheapest first, bar chart), what a
    /// budget buys step by step, the units that cannot reach their target and why, and the criteria changed.
    mutating func writePlan() {
        guard let plan = input.plan else { return }
        html.element("p", text: words(.planDescription))
        let figures = PlanFigures(plan)
        if let budget = figures.budget {
            let funded = figures.funded
            html.element(
                "p",
                text: words(
                    PlanPhrase.budgetLine(
                        budget: budget, funded: funded.count, spent: funded.reduce(0) { $0 + ($1.cost ?? 0) },
                        currency: input.currency)))
        } else if let funded = figures.fileFunded, !funded.isEmpty {
            html.element(
                "p",
                text: "\(words(.fundedColumn)): \(words.numbers.integer(funded.count)) \(words(.unitsWord)), "
                    + "\(words(.totalCost).lowercasedFirst) " + amount(funded.reduce(0) { $0 + ($1.cost ?? 0) }) + ".")
        } else if !figures.ladder.steps.isEmpty {
            html.element(
                "p",
                text: words(
                    PlanPhrase.totalLine(
                        units: figures.ladder.steps.count, total: figures.total, currency: input.currency)))
        }
        if !plan.countsChanges { html.element("p", ["class": "note"], text: words(PlanPhrase.changesUnknownNote)) }
        if !figures.costed.isEmpty { writeCosts(figures.costed, countsChanges: plan.countsChanges) }
        writeLadder(figures)
        if !figures.unreachable.isEmpty { writeUnreachable(figures.unreachable) }
        if !plan.criteria.isEmpty {
            DataTable(
                caption: words(.changesColumn), header: [words(.criterionColumn), words(.unitsColumn)],
                rows: plan.criteria.map { [$0.id, words.numbers.integer($0.count)] }, numeric: [1]
            ).write(into: &html)
        }
    }

    /// A plan file's reasons (chiso plan's English) read back and said in the report's language; `nil` for none.
    private func reasons(_ text: String) -> (words: String, quoted: Bool) {
        let reasons = PlanReason.read(text)
        let quoted = reasons.contains { if case .quoted = $0 { true } else { false } }
        return (words(PlanReason.words(reasons, measures: scheme.measures, conditions: scheme.conditions)), quoted)
    }

    /// Each unit's cost to its target, cheapest first: a bar chart of those that cost something, and the table, with
    /// the notes of a plan (values costed from 0, not proved the cheapest) in words when any has some.
    private mutating func writeCosts(_ costed: [PlanTable.Unit], countsChanges: Bool) {
        let (labels, names) = (unitLabels, unitNames)
        let title = PlanPhrase.heading(words(.costColumn), currency: input.currency)
        // Units already at their target cost nothing and are left out of the chart (not of the table).
        let shown = costed.filter { ($0.cost ?? 0) > 0 }.prefix(40)
        let notes = costed.map { reasons($0.reason) }
        let hasNotes = costed.contains { !$0.reason.isEmpty }
        if notes.contains(where: \.quoted) { html.element("p", text: words(.reasonsQuoted)) }
        let unknown = countsChanges ? "" : words(PlanPhrase.changesUnknown)
        let numbers = words.numbers
        let changes = { (unit: PlanTable.Unit) -> String in unit.changes.map(numbers.integer) ?? unknown }
        let header =
            [
                words(.idColumn), words(.nameColumn), words(.targetColumn), title, words(.changesColumn),
                words(.fundedColumn),
            ] + (hasNotes ? [words(PlanPhrase.notesColumn)] : [])
        var rows: [[String]] = []
        for (unit, note) in zip(costed, notes) {
            let funded = unit.funded.map { $0 ? words(.yesWord) : words(.noWord) } ?? ""
            let cells = [
                unit.id, names[unit.id] ?? "", unit.target ?? "", words.numbers.decimal(unit.cost ?? 0), changes(unit),
                funded,
            ]
            rows.append(cells + (hasNotes ? [note.words] : []))
        }
        let bars = shown.map { unit -> BarChart.Bar in
            let cost = unit.cost ?? 0
            return BarChart.Bar(label: labels[unit.id] ?? unit.id, value: cost, text: words.numbers.decimal(cost))
        }
        let total = costed.reduce(0) { $0 + ($1.cost ?? 0) }
        let description =
            words(.costChartDescription) + " \(words.numbers.integer(costed.count)) \(words(.unitsWord)); "
            + "\(words(.totalCost)): \(amount(total))."
        ChartFigure(
            id: "chart-plan-costs", title: title, description: description, chart: BarChart(bars: bars),
            table: DataTable(caption: title, header: header, rows: rows, numeric: [3, 4])
        ).write(into: &html, numbers: words.numbers)
    }

    /// What a budget buys, step by step: one unit more funded at each, cheapest first, every step up to the budget
    /// and a few beyond it, the budget's step marked.
    private mutating func writeLadder(_ figures: PlanFigures) {
        html.element("h3", text: words(.budgetBuys))
        let ladder = figures.ladder
        guard !ladder.steps.isEmpty else {
            html.element("p", text: words(.budgetBuysNothing))
            return
        }
        html.element("p", text: words(PlanPhrase.ladderDescription))
        if figures.otherAllocation {
            let funded = figures.funded
            html.element(
                "p", ["class": "note"],
                text: words(
                    PlanPhrase.otherAllocation(
                        funded: funded.count, spent: funded.reduce(0) { $0 + ($1.cost ?? 0) },
                        currency: input.currency)))
        }
        if figures.budget == nil { html.element("p", ["class": "note"], text: words(PlanPhrase.noBudgetLadder)) }
        let shown = ladder.shownSteps(funded: figures.fundedSteps)
        if shown.thinned { html.element("p", ["class": "note"], text: words(PlanPhrase.ladderThinned)) }
        let names = unitNames
        let rows = shown.indices.map { index -> [String] in
            let step = ladder.steps[index]
            let unit = figures.payable[step.unit]
            var row = [
                words.numbers.integer(index + 1),
                [unit.id, names[unit.id] ?? ""].filter { !$0.isEmpty }.joined(
                    separator: " "), words.numbers.decimal(step.cost), words.numbers.decimal(step.cumulative),
            ]
            if let budget = figures.budget {
                row.append(
                    index + 1 < figures.fundedSteps
                        ? words(PlanPhrase.withinBudget)
                        : index + 1 == figures.fundedSteps
                            ? words(
                                PlanPhrase.budgetStep(
                                    budget: budget, left: budget - step.cumulative, currency: input.currency))
                            : words(PlanPhrase.beyondBudget(more: step.cumulative - budget, currency: input.currency)))
            }
            return row
        }
        DataTable(
            caption: words(.budgetBuys),
            header: [
                words(PlanPhrase.ladderStepColumn), words(PlanPhrase.ladderUnitColumn),
                PlanPhrase.heading(words(PlanPhrase.ladderCostColumn), currency: input.currency),
                PlanPhrase.heading(words(PlanPhrase.ladderCumulativeColumn), currency: input.currency),
            ] + (figures.budget == nil ? [] : [words(PlanPhrase.ladderBudgetColumn)]),
            rows: rows, numeric: [0, 2, 3]
        ).write(into: &html)
    }

    /// The units that cannot reach their target, and why, in the report's language.
    private mutating func writeUnreachable(_ unreachable: [PlanTable.Unit]) {
        let names = unitNames
        let said = unreachable.map { reasons($0.reason) }
        if said.contains(where: \.quoted) { html.element("p", text: words(.reasonsQuoted)) }
        DataTable(
            caption: "\(words(.reachableColumn)): \(words(.noWord))",
            header: [words(.idColumn), words(.nameColumn), words(.targetColumn), words(.reasonColumn)],
            rows: zip(unreachable, said).map { unit, reason in
                [unit.id, names[unit.id] ?? "", unit.target ?? "", reason.words]
            }
        ).write(into: &html)
    }

    /// The plan in one or two sentences for the leader's overview, in the report's language, with numbers as the
    /// report writes them and the currency: what the budget brings to the target and what more all would take, or
    /// without a budget what bringing every unit that can reach its target there costs; and how many cannot.
    /// `nil` without a plan.
    func planHeadline() -> String? {
        guard let plan = input.plan else { return nil }
        let figures = PlanFigures(plan)
        let alreadyThere = figures.costed.count - figures.ladder.steps.count
        let more = figures.budget.map { figures.ladder.shortfall(of: $0) } ?? figures.total
        return words(
            PlanPhrase.headline(
                budget: figures.budget, reaching: alreadyThere + figures.funded.count,
                reachable: figures.costed.count, more: more, unreachable: figures.unreachable.count,
                currency: input.currency))
    }
}
