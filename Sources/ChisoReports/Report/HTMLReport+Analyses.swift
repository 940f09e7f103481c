import ChisoCore
import ChisoFormats

extension HTMLReport {
    /// The labels of the run's units by ID, for the analyses' charts, which carry IDs only.
    var unitLabels: [String: String] {
        Dictionary(input.scoring.results.map { ($0.unit.id, label($0.unit)) }, uniquingKeysWith: { first, _ in first })
    }

    /// The names of the run's units by ID, for the analyses' tables.
    var unitNames: [String: String] {
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
