import ChisoCore
import ChisoFormats

extension HTMLReport {
    /// The summary: the framework and its legal source, the number of units, the units by class (bar chart) and,
    /// where the scheme computes an index, its distribution with the class thresholds (histogram).
    mutating func writeSummary() {
        let (words, framework, input) = (self.words, self.framework, self.input)
        let provenance = framework.provenance
        html.open("dl", ["class": "facts"])
        Self.fact(words(.framework), into: &html) { html in
            html.append(text: words(framework.name))
            let other = framework.name.text(in: words.language == .vi ? .en : .vi)
            if other != words(framework.name) {
                html.raw(" ")
                html.element("span", ["class": "alt", "lang": words.language == .vi ? "en" : "vi"], text: "(\(other))")
            }
            html.raw(" ")
            html.element("code", text: framework.id)
        }
        Self.fact(words(.legalSource), into: &html) { html in
            var parts = ["\(words(.decision)) \(provenance.decision)"]
            if !provenance.date.isEmpty { parts.append(Self.date(provenance.date, words: words)) }
            let issuer = words(provenance.issuer)
            if !issuer.isEmpty { parts.append(issuer) }
            html.append(text: parts.joined(separator: ", "))
            let title = words(provenance.title)
            if !title.isEmpty {
                html.raw("<br>")
                html.element("cite", text: title)
            }
            if let part = provenance.part, !part.isEmpty {
                html.raw("<br>")
                html.append(text: "\(words(.documentPart)): \(part)")
            }
        }
        Self.fact(words(.unitCount), into: &html) { html in
            html.append(text: words.numbers.integer(input.scoring.results.count))
        }
        Self.fact(words(.dataFile), into: &html) { html in html.element("code", text: input.dataFile) }
        if let children = input.childrenFile {
            Self.fact(words(.subordinateFile), into: &html) { html in html.element("code", text: children) }
        }
        html.close("dl")
        if !scheme.classes.isEmpty { writeClassDistribution() }
        if input.scoring.results.contains(where: { $0.detail.commonIndex != nil }) { writeIndexDistribution() }
    }

    private static func fact(_ term: String, into html: inout HTMLBuffer, _ body: (inout HTMLBuffer) -> Void) {
        html.element("dt", text: term)
        html.open("dd")
        body(&html)
        html.close("dd")
    }

    /// An ISO date as its readers write it: `31/12/2024` in Vietnamese, `31 December 2024` in English.
    static func date(_ iso: String, words: Words) -> String {
        let parts = iso.split(separator: "-")
        guard parts.count == 3, let month = Int(parts[1]), (1...12).contains(month) else { return iso }
        if words.language == .vi { return "\(parts[2])/\(parts[1])/\(parts[0])" }
        let months = [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December",
        ]
        return "\(Int(parts[2]) ?? 0) \(months[month - 1]) \(parts[0])"
    }

    private mutating func writeClassDistribution() {
        let noun = words(wording.classNoun)
        let classes = scheme.classes.count
        var counts = Array(repeating: 0, count: classes + 1)
        for result in input.scoring.results { counts[min(max(result.standing.ordinal, 0), classes)] += 1 }
        let total = max(input.scoring.results.count, 1)
        let title = "\(words(.classDistribution)) \(noun)"
        html.element("h3", text: title)
        let bars = counts.indices.map { ordinal in
            BarChart.Bar(
                label: className(ordinal), value: Double(counts[ordinal]),
                text: "\(words.numbers.integer(counts[ordinal])) "
                    + "(\(words.numbers.percent(share: Double(counts[ordinal]) / Double(total))))",
                colour: Palette.ordered(ordinal, of: classes + 1))
        }
        let table = DataTable(
            caption: title, header: [noun.capitalizedFirst, words(.unitsColumn), words(.shareColumn)],
            rows: counts.indices.map { ordinal in
                [
                    className(ordinal), words.numbers.integer(counts[ordinal]),
                    words.numbers.percent(share: Double(counts[ordinal]) / Double(total)),
                ]
            }, numeric: [1, 2])
        let summary = counts.indices.map { "\(className($0)): \(words.numbers.integer(counts[$0]))" }
        ChartFigure(
            id: "chart-classes", title: title,
            description: "\(words(.classDistributionDescription)) \(noun). " + summary.joined(separator: "; ") + ".",
            chart: BarChart(bars: bars), table: table
        ).write(into: &html, numbers: words.numbers)
    }

    /// The thresholds of the classes on the index, from what each class asks of the total.
    var indexThresholds: [(ordinal: Int, index: Double)] {
        guard let total = scheme.conditions.firstIndex(where: { $0.tags.contains(.total) }) else { return [] }
        let maximum = scheme.points(ofCondition: total) ?? 0
        return scheme.classes.indices.compactMap { offset in
            switch scheme.requirement(of: total, forClass: offset + 1) {
            case .index(let least, _): (offset + 1, least)
            case .points(let least, _) where maximum > 0: (offset + 1, least / maximum)
            default: nil
            }
        }
    }

    private mutating func writeIndexDistribution() {
        let values = input.scoring.results.compactMap(\.detail.commonIndex)
        let counts = Histogram.bin(values, bins: 20)
        let thresholds = indexThresholds
        let lines = thresholds.map { Histogram.Line(value: $0.index, label: className($0.ordinal)) }
        let title = words(.indexDistribution)
        html.element("h3", text: title)
        var description = words(.indexDistributionDescription)
        if !thresholds.isEmpty {
            description +=
                " "
                + thresholds.map { "\(className($0.ordinal)) ≥ \(words.numbers.decimal($0.index, decimals: 4))" }
                .joined(separator: "; ") + "."
        }
        let rows = counts.indices.map { bin in
            [
                "\(words.numbers.decimal(Double(bin) / 20))–\(words.numbers.decimal(Double(bin + 1) / 20))",
                words.numbers.integer(counts[bin]),
            ]
        }
        ChartFigure(
            id: "chart-index", title: title, description: description, chart: Histogram(counts: counts, lines: lines),
            table: DataTable(
                caption: title, header: [words(.binColumn), words(.unitsColumn)], rows: rows, numeric: [1])
        ).write(into: &html, numbers: words.numbers)
    }
}
