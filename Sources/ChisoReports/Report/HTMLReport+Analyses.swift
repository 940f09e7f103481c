import ChisoCore
import ChisoFormats

extension HTMLReport {
    /// The labels of the run's units by ID, for the analyses' charts, which carry IDs only.
    private var unitLabels: [String: String] {
        Dictionary(input.scoring.results.map { ($0.unit.id, label($0.unit)) }, uniquingKeysWith: { first, _ in first })
    }

    /// The names of the run's units by ID, for the analyses' tables.
    private var unitNames: [String: String] {
        Dictionary(
            input.scoring.results.map { ($0.unit.id, $0.unit.name ?? "") }, uniquingKeysWith: { first, _ in first })
    }

    /// The comparison: agreement statistics for every pair of sides, and for the first side against each other a
    /// slope chart of the rank shifts with the units that moved most.
    mutating func writeComparison() {
        guard let comparison = input.comparison else { return }
        let words = self.words
        html.element("p", text: words(.compareDescription))
        if comparison.pairs.contains(where: { $0.ranksWithinGroups || $0.unrankedA > 0 || $0.unrankedB > 0 }) {
            html.element("p", text: words(.compareRanksNote))
        }
        for side in comparison.sides where side.source != input.dataFile {
            guard let approximation = side.approximation else { continue }
            html.element(
                "p", ["class": "note approximation", "role": "note"],
                text: "\(side.results.name): " + words(ApproximationNotice.sentence(approximation)))
        }
        writeStatistics(of: comparison)
        for (position, pair) in comparison.pairs.enumerated() where pair.a == comparison.pairs.first?.a {
            writeRankShifts(pair, position: position)
        }
    }

    /// The agreement statistics of every pair of sides, one row per pair.
    private mutating func writeStatistics(of comparison: CohortComparison) {
        let words = self.words
        let optional = { (value: Double?, decimals: Int) -> String in
            value.map { words.numbers.fixed($0, decimals: decimals) } ?? "–"
        }
        let statistics = DataTable(
            caption: words(.compare),
            header: [
                words(.pairColumn), words(.sharedColumn), words(.onlyAColumn), words(.onlyBColumn), words(.spearman),
                words(.kendall), words(.kappaLinear), words(.kappaQuadratic), words(.exactAgreement),
                words(.topOverlap),
            ],
            rows: comparison.pairs.map { pair in
                [
                    "\(pair.a) → \(pair.b)", words.numbers.integer(pair.matches.count),
                    words.numbers.integer(pair.onlyA.count), words.numbers.integer(pair.onlyB.count),
                    pair.spearman.map { "\(words.numbers.fixed($0.value, decimals: 3)) (p \(pValue($0.pValue)))" }
                        ?? "–",
                    pair.kendall.map { "\(words.numbers.fixed($0.value, decimals: 3)) (p \(pValue($0.pValue)))" }
                        ?? "–",
                    optional(pair.agreement?.kappa(.linear), 3), optional(pair.agreement?.kappa(.quadratic), 3),
                    pair.agreement?.exactShare.map { words.numbers.percent(share: $0) } ?? "–",
                    pair.topOverlap.map { "\(words.numbers.percent(share: $0)) (k = \(pair.top ?? 0))" } ?? "–",
                ]
            }, numeric: [1, 2, 3])
        statistics.write(into: &html)
    }

    /// A slope chart of one pair's rank shifts, with the units that moved most.
    private mutating func writeRankShifts(_ pair: PairComparison, position: Int) {
        let words = self.words
        let names = unitNames
        let title = "\(words(.rankShiftColumn)): \(pair.a) → \(pair.b)"
        html.element("h3", text: title)
        // Units ranked on both sides (in the same group when ranked within groups); an unranked unit has no
        // place to move from or to.
        let shifted = pair.matches.compactMap { match in
            match.rankShift.flatMap { shift in
                match.a.rank.flatMap { a in match.b.rank.map { (match: match, shift: shift, a: a, b: $0) } }
            }
        }
        let labels = unitLabels
        let units = shifted.map {
            SlopeChart.Unit(label: labels[$0.match.a.unitID] ?? $0.match.a.unitID, left: $0.a, right: $0.b)
        }
        let movers = shifted.filter { $0.shift != 0 }.sorted {
            (abs($0.shift), $1.match.a.unitID) > (abs($1.shift), $0.match.a.unitID)
        }
        let up = movers.filter { $0.shift > 0 }.prefix(10)
        let down = movers.filter { $0.shift < 0 }.prefix(10)
        let rows = (Array(up) + Array(down)).map { item in
            [
                item.match.a.unitID, names[item.match.a.unitID] ?? "", words.numbers.integer(item.a),
                words.numbers.integer(item.b), (item.shift > 0 ? "+" : "") + words.numbers.integer(item.shift),
            ]
        }
        let summary =
            "\(words(.movedUp)): "
            + (up.first.map { "\($0.match.a.unitID) +\(words.numbers.integer($0.shift))" } ?? words(.none))
            + "; \(words(.movedDown)): "
            + (down.first.map { "\($0.match.a.unitID) \(words.numbers.integer($0.shift))" } ?? words(.none))
            + "."
        ChartFigure(
            id: "chart-slope-\(position + 1)", title: title, description: words(.slopeDescription) + " " + summary,
            chart: SlopeChart(sides: (pair.a, pair.b), units: units),
            table: DataTable(
                caption: "\(words(.movedUp)) · \(words(.movedDown))",
                header: [
                    words(.idColumn), words(.nameColumn), "\(words(.rankColumn)) \(pair.a)",
                    "\(words(.rankColumn)) \(pair.b)", words(.rankShiftColumn),
                ], rows: rows, numeric: [2, 3, 4])
        ).write(into: &html, numbers: words.numbers)
    }

    private func pValue(_ value: Double) -> String {
        value < 0.001 ? "< " + words.numbers.decimal(0.001, decimals: 3) : words.numbers.fixed(value, decimals: 3)
    }

    /// The plan: each unit's cost to its target (cheapest first, bar chart), and what a budget buys: how many units
    /// reach their target as the budget grows, or, under a budget, the units it funds.
    mutating func writePlan() {
        guard let plan = input.plan else { return }
        html.element("p", text: words(.planDescription))
        let names = unitNames
        let costed = plan.units.filter { $0.cost != nil && $0.reachable != false }.sorted {
            ($0.cost ?? 0, $0.id) < ($1.cost ?? 0, $1.id)
        }
        let unreachable = plan.units.filter { $0.reachable == false }
        let title = words(.costColumn)
        if !costed.isEmpty { writeCosts(costed, title: title) }
        writeBudget(costed, funded: plan.units.filter { $0.funded == true })
        if !unreachable.isEmpty {
            // The file's reasons (chiso plan's English) read back and said in the report's language; a reason that
            // cannot be read back is quoted, and the report says so.
            let reasons = unreachable.map { PlanReason.read($0.reason) }
            let quoted = reasons.contains { $0.contains { if case .quoted = $0 { true } else { false } } }
            if quoted { html.element("p", text: words(.reasonsQuoted)) }
            let measures = framework.scheme.measures
            DataTable(
                caption: "\(words(.reachableColumn)): \(words(.noWord))",
                header: [words(.idColumn), words(.nameColumn), words(.targetColumn), words(.reasonColumn)],
                rows: zip(unreachable, reasons).map { unit, reasons in
                    [
                        unit.id, names[unit.id] ?? "", unit.target ?? "",
                        words(PlanReason.words(reasons, measures: measures)),
                    ]
                }
            ).write(into: &html)
        }
        if !plan.criteria.isEmpty {
            DataTable(
                caption: words(.changesColumn), header: [words(.criterionColumn), words(.unitsColumn)],
                rows: plan.criteria.map { [$0.id, words.numbers.integer($0.count)] }, numeric: [1]
            ).write(into: &html)
        }
    }

    /// Each unit's cost to its target, cheapest first: a bar chart of those that cost something, and the table.
    private mutating func writeCosts(_ costed: [PlanTable.Unit], title: String) {
        let (labels, names) = (unitLabels, unitNames)
        // Units already at their target cost nothing and are left out of the chart (not of the table).
        let shown = costed.filter { ($0.cost ?? 0) > 0 }.prefix(40)
        ChartFigure(
            id: "chart-plan-costs", title: title,
            description: words(.costChartDescription) + " "
                + "\(words.numbers.integer(costed.count)) \(words(.unitsWord)); \(words(.totalCost)): "
                + words.numbers.decimal(costed.reduce(0) { $0 + ($1.cost ?? 0) }) + ".",
            chart: BarChart(
                bars: shown.map {
                    BarChart.Bar(
                        label: labels[$0.id] ?? $0.id, value: $0.cost ?? 0,
                        text: words.numbers.decimal($0.cost ?? 0))
                }),
            table: DataTable(
                caption: title,
                header: [
                    words(.idColumn), words(.nameColumn), words(.targetColumn), words(.costColumn),
                    words(.changesColumn), words(.fundedColumn),
                ],
                rows: costed.map { unit in
                    [
                        unit.id, names[unit.id] ?? "", unit.target ?? "", words.numbers.decimal(unit.cost ?? 0),
                        unit.changes.map(words.numbers.integer) ?? "",
                        unit.funded.map { $0 ? words(.yesWord) : words(.noWord) } ?? "",
                    ]
                }, numeric: [3, 4])
        ).write(into: &html, numbers: words.numbers)
    }

    /// What a budget buys: how many units reach their target as it grows, and the units a given budget funds.
    private mutating func writeBudget(_ costed: [PlanTable.Unit], funded: [PlanTable.Unit]) {
        html.element("h3", text: words(.budgetBuys))
        var spent = 0.0
        var steps: [[String]] = []
        let marks = Set([1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000, costed.count])
        for (count, unit) in costed.enumerated() {
            spent += unit.cost ?? 0
            if marks.contains(count + 1) {
                steps.append([words.numbers.integer(count + 1), words.numbers.decimal(spent)])
            }
        }
        if !funded.isEmpty {
            html.element(
                "p",
                text: "\(words(.fundedColumn)): \(words.numbers.integer(funded.count)) \(words(.unitsWord)), "
                    + "\(words(.totalCost).lowercasedFirst) "
                    + words.numbers.decimal(funded.reduce(0) { $0 + ($1.cost ?? 0) }) + ".")
        }
        if steps.isEmpty {
            html.element("p", text: words(.budgetBuysNothing))
        } else {
            DataTable(
                caption: words(.budgetBuys), header: [words(.unitsColumn), words(.totalCost)], rows: steps,
                numeric: [0, 1]
            ).write(into: &html)
        }
    }

    /// The uncertainty: each unit's rank and its 90% interval (dot and whisker) and the probability of each class
    /// (stacked bars), the least sure units first.
    mutating func writeUncertainty() {
        guard let uncertainty = input.uncertainty else { return }
        html.element("p", text: words(.uncertaintyDescription))
        writeRankIntervals(uncertainty)
        writeClassProbabilities(uncertainty)
    }

    /// Each ranked unit's rank and its 90% interval, as a dot and whisker chart and a table.
    private mutating func writeRankIntervals(_ uncertainty: UncertaintyTable) {
        let (labels, names) = (unitLabels, unitNames)
        let ranked = uncertainty.units.filter { $0.nominalRank != nil }.sorted {
            ($0.nominalRank ?? 0, $0.id) < ($1.nominalRank ?? 0, $1.id)
        }
        if !ranked.isEmpty {
            let shown = Array(ranked.prefix(60))
            let worst = ranked.map { max($0.rankHigh ?? 0, $0.nominalRank ?? 0) }.max() ?? 1
            let title = words(.intervalColumn)
            var description = words(.rankIntervalDescription)
            if ranked.count > shown.count {
                description += " \(words.numbers.integer(shown.count)) / \(words.numbers.integer(ranked.count))."
            }
            ChartFigure(
                id: "chart-rank-intervals", title: title, description: description,
                chart: DotWhiskerChart(
                    rows: shown.map {
                        DotWhiskerChart.Row(
                            label: labels[$0.id] ?? $0.id, point: $0.nominalRank ?? 0,
                            low: $0.rankLow ?? $0.nominalRank ?? 0, high: $0.rankHigh ?? $0.nominalRank ?? 0)
                    }, domain: 1...max(worst, 2)),
                table: DataTable(
                    caption: title,
                    header: [words(.idColumn), words(.nameColumn), words(.nominalRankColumn), words(.intervalColumn)],
                    rows: ranked.map { unit in
                        [
                            unit.id, names[unit.id] ?? "", words.numbers.decimal(unit.nominalRank ?? 0),
                            unit.rankLow.flatMap { low in
                                unit.rankHigh.map { "\(words.numbers.decimal(low))–\(words.numbers.decimal($0))" }
                            } ?? "–",
                        ]
                    }, numeric: [2, 3])
            ).write(into: &html, numbers: words.numbers)
        }
    }

    /// The probability of each class (stacked bars), the least sure units first.
    private mutating func writeClassProbabilities(_ uncertainty: UncertaintyTable) {
        let (labels, names) = (unitLabels, unitNames)
        let classes = uncertainty.units.map(\.classProbabilities.count).max() ?? 0
        guard classes > 1 else { return }
        // The least sure first: the lowest probability of the class the unit has as scored.
        let sure = { (unit: UncertaintyTable.Unit) -> Double in
            let nominal = unit.nominalClass ?? 0
            return nominal < unit.classProbabilities.count ? unit.classProbabilities[nominal] : 0
        }
        let order = uncertainty.units.sorted { (sure($0), $0.id) < (sure($1), $1.id) }
        let title = words(.classProbabilities)
        let segments = (0..<classes).map { className($0) }
        ChartFigure(
            id: "chart-class-probabilities", title: title,
            description: words(.classProbabilitiesDescription)
                + " \(words.numbers.integer(min(order.count, 40))) / \(words.numbers.integer(order.count)).",
            chart: StackedBarChart(
                segments: segments,
                rows: order.prefix(40).map { unit in
                    StackedBarChart.Row(
                        label: labels[unit.id] ?? unit.id,
                        values: (0..<classes).map {
                            $0 < unit.classProbabilities.count ? unit.classProbabilities[$0] : 0
                        })
                }, normalised: true, valueText: { value, numbers in numbers.percent(share: value, decimals: 0) }),
            table: DataTable(
                caption: title,
                header: [words(.idColumn), words(.nameColumn), words(wording.classNoun).capitalizedFirst]
                    + segments,
                rows: order.map { unit in
                    [unit.id, names[unit.id] ?? "", unit.nominalClass.map(className) ?? ""]
                        + (0..<classes).map {
                            words.numbers.percent(
                                share: $0 < unit.classProbabilities.count ? unit.classProbabilities[$0] : 0)
                        }
                }, numeric: Set(3..<(3 + classes)))
        ).write(into: &html, numbers: words.numbers)
    }
}

extension String {
    /// The text with its first letter in lower case.
    var lowercasedFirst: String {
        guard let first else { return self }
        return first.lowercased() + dropFirst()
    }
}
