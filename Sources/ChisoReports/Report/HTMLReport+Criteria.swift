import ChisoCore
import ChisoFormats

extension HTMLReport {
    /// Conditions by class: the share of units meeting each condition at each class (heat map), and the conditions
    /// that keep the most units from their next class, with counts (bar chart).
    mutating func writeCriteria() {
        let classes = scheme.classes.count
        let rows = criteriaRows
        let title = words(.heatMap)
        html.element("h3", text: title)
        html.element("p", text: words(.passRateNote))
        let columns = (1...classes).map { classHeading($0) }
        // One heat map per 40 conditions, so that each fits a printed page.
        for (chunk, start) in stride(from: 0, to: rows.count, by: 40).enumerated() {
            let slice = Array(rows[start..<min(start + 40, rows.count)])
            let values = slice.map { condition in (1...classes).map { tally.passRate(condition, class: $0) } }
            let tableRows = slice.map { condition in
                [scheme.conditions[condition].id, words(scheme.conditions[condition].name)]
                    + (1...classes).map { ordinal in
                        tally.passRate(condition, class: ordinal).map { words.numbers.percent(share: $0) } ?? "–"
                    }
            }
            ChartFigure(
                id: "chart-heatmap-\(chunk + 1)", title: title, description: words(.heatMapDescription),
                chart: HeatMap(
                    rows: slice.map { "\(scheme.conditions[$0].id) \(conditionName($0, length: 40))" },
                    columns: columns.map { SVG.shortened($0, to: 14) }, values: values, labelLength: 46),
                table: DataTable(
                    caption: title, header: [words(.idColumn), words(.criterionColumn)] + columns, rows: tableRows,
                    numeric: Set(2..<(2 + classes)))
            ).write(into: &html, numbers: words.numbers)
        }
        writeBlockers()
    }

    /// The conditions some class asks of some unit: the rows of the heat map. A part with one row (a point
    /// framework's total) is left out: the index's distribution shows it better.
    var criteriaRows: [Int] {
        let classes = scheme.classes.count
        guard classes > 0 else { return [] }
        return scheme.conditions.indices.filter { condition in
            (1...classes).contains { tally.passRate(condition, class: $0) != nil }
        }
    }

    private mutating func writeBlockers() {
        let noun = words(wording.classNoun)
        let title = words.pick(vi: "Điều gì cản trở \(noun) tiếp theo", en: "What blocks the next \(noun)")
        html.element("h3", text: title)
        guard !facts.blockers.isEmpty else {
            html.element("p", text: words(.blockersNone))
            return
        }
        writeBlockerChart(id: "chart-blockers", title: title, bars: 15, listsAll: true)
    }

    /// The conditions that keep the most units from their next class, named, as bars (the first `bars`) with the
    /// table of their counts: every blocking condition when `listsAll`, else those drawn.
    mutating func writeBlockerChart(id: String, title: String, bars: Int, listsAll: Bool) {
        let shown = Array(facts.blockers.prefix(bars))
        let total = Double(max(input.scoring.results.count, 1))
        let labels = Dictionary(
            uniqueKeysWithValues: shown.map {
                ($0.condition, "\(scheme.conditions[$0.condition].id) \(conditionName($0.condition, length: 56))")
            })
        ChartFigure(
            id: id, title: title,
            description: words(.blockersDescription) + " "
                + shown.prefix(5).map { "\(scheme.conditions[$0.condition].id): \(words.numbers.integer($0.units))" }
                .joined(separator: "; ") + ".",
            chart: BarChart(
                bars: shown.map {
                    BarChart.Bar(
                        label: labels[$0.condition] ?? "", value: Double($0.units),
                        text: words.numbers.integer($0.units))
                }, labelLength: 58),
            table: DataTable(
                caption: title,
                header: [words(.idColumn), words(.criterionColumn), words(.blockedUnitsColumn), words(.shareColumn)],
                rows: (listsAll ? facts.blockers : shown).map {
                    [
                        scheme.conditions[$0.condition].id, words(scheme.conditions[$0.condition].name),
                        words.numbers.integer($0.units), words.numbers.percent(share: Double($0.units) / total),
                    ]
                }, numeric: [2, 3])
        ).write(into: &html, numbers: words.numbers)
    }

    /// Subordinate units per unit (a district's communes by level, stacked bars) and the roll-up condition's status
    /// at each class.
    mutating func writeSubordinates() {
        let results = input.scoring.results
        let childScheme = input.scoring.linked?.childScheme
        let levels = (tally.subordinates.compactMap { $0?.counts.count }.max() ?? 1)
        let segments = (0..<levels).map { level in
            "\(words.classAbbreviation(level)) " + (childScheme.map { words($0.className(level)) } ?? "")
        }
        let title = words(.subordinateLevels)
        html.element("h3", text: title)
        for (chunk, start) in stride(from: 0, to: results.count, by: 40).enumerated() {
            let range = start..<min(start + 40, results.count)
            let rows = range.map { index in
                StackedBarChart.Row(
                    label: label(results[index].unit),
                    values: (0..<levels).map { level in
                        let counts = tally.subordinates[index]?.counts ?? []
                        return Double(level < counts.count ? counts[level] : 0)
                    })
            }
            let tableRows = range.map { index in
                let counts = tally.subordinates[index]?.counts ?? []
                return [results[index].unit.id, results[index].unit.name ?? ""]
                    + (0..<levels).map { words.numbers.integer($0 < counts.count ? counts[$0] : 0) }
                    + [words.numbers.integer(tally.subordinates[index]?.unreadable.count ?? 0)]
            }
            ChartFigure(
                id: "chart-subordinates-\(chunk + 1)", title: title, description: words(.subordinatesDescription),
                chart: StackedBarChart(
                    segments: segments, rows: rows, valueText: { value, numbers in numbers.decimal(value) }),
                table: DataTable(
                    caption: title,
                    header: [words(.idColumn), words(.nameColumn)] + segments
                        + [words(.unreadable)],
                    rows: tableRows, numeric: Set(2..<(3 + levels)))
            ).write(into: &html, numbers: words.numbers)
        }
        guard let rollUp = tally.rollUp else { return }
        writeRollUpStatuses(of: rollUp)
    }

    /// The roll-up condition's status for each unit at each class.
    private mutating func writeRollUpStatuses(of rollUp: Int) {
        let results = input.scoring.results
        let condition = scheme.conditions[rollUp]
        html.element("h3", text: "\(words(.rollUpStatus)) \(condition.id)")
        html.element("p", text: words(.rollUpDescription) + " " + words(condition.name))
        let classes = scheme.classes.count
        var table = DataTable(
            caption: "\(words(.rollUpStatus)) \(condition.id)",
            header: [words(.idColumn), words(.nameColumn), words(.valueColumn)]
                + (1...classes).map { classHeading($0) },
            rows: results.indices.map { index in
                let statuses = tally.rollUpStatuses[index]
                return [
                    results[index].unit.id, results[index].unit.name ?? "",
                    words.value(
                        .subordinates(tally.subordinates[index]), condition: condition, measures: scheme.measures),
                ]
                    + (1...classes).map { ordinal in
                        let status = ordinal - 1 < statuses.count ? statuses[ordinal - 1] : .notApplicable
                        let requirement = words.requirement(
                            scheme.requirement(of: rollUp, forClass: ordinal), measures: scheme.measures)
                        return status == .notApplicable ? "–" : "\(Self.mark(status)) \(requirement)"
                    }
            })
        table.links = results.map { unitLink($0.unit) }
        table.write(into: &html)
    }

    /// The mark for a status: `✓` met, `✗` not met, `–` not applicable, `?` missing.
    static func mark(_ status: CriterionStatus) -> String {
        switch status {
        case .met: "✓"
        case .notMet: "✗"
        case .notApplicable: "–"
        case .missing: "?"
        }
    }
}
