import ChisoCore
import ChisoFormats
import Foundation

extension HTMLReport {
    /// The leader's part, on its own first pages whatever the number of units: the headline (title, organisation,
    /// assessment year, framework and decision, date made), the key points as sentences with their numbers, the
    /// contents, then the charts that support the points, with names beside IDs.
    mutating func writeSummary() {
        writeHeadline()
        html.element("h2", ["id": "summary-heading"], text: heading(.summary))
        html.open("ul", ["class": "key-points"])
        for point in keyPoints { html.element("li", text: point) }
        html.close("ul")
        writeContents()
        if !scheme.classes.isEmpty { writeClassDistribution() }
        writeTopBlockers()
        if input.scoring.results.contains(where: { $0.detail.commonIndex != nil }) { writeIndexDistribution() }
        writeComponents()
    }

    /// The title block and the facts of the assessment: who made it, for which year, on which framework and
    /// decision, on how many units, from which files, and when.
    private mutating func writeHeadline() {
        let (words, framework, input) = (self.words, self.framework, self.input)
        let provenance = framework.provenance
        html.open("header", ["class": "masthead"])
        html.element("p", ["class": "kicker"], text: input.organisation ?? words(.reportTitle))
        html.element("h1", text: input.title ?? words(framework.name))
        let other = framework.name.text(in: words.language == .vi ? .en : .vi)
        if input.title == nil, other != words(framework.name) {
            html.element("p", ["class": "alt", "lang": words.language == .vi ? "en" : "vi"], text: other)
        }
        if let approximation = input.scoring.approximation {
            // Above everything: no value, tier or rank below is the framework's own.
            html.element(
                "p", ["class": "note approximation", "role": "note"],
                text: words(ApproximationNotice.sentence(approximation)))
        }
        html.close("header")
        html.open("dl", ["class": "facts"])
        if let organisation = input.organisation {
            Self.fact(words(OverviewWords.organisation), into: &html) { $0.append(text: organisation) }
        }
        if let year = assessmentYear {
            Self.fact(words(OverviewWords.year), into: &html) { $0.append(text: year) }
        }
        Self.fact(words(.framework), into: &html) { html in
            html.append(text: words(framework.name))
            if input.title != nil, other != words(framework.name) {
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
        if let made = input.made {
            Self.fact(words(OverviewWords.made), into: &html) { $0.append(text: Self.date(made, words: words)) }
        }
        html.close("dl")
    }

    /// The assessment year: as given (`--year`), else the year every unit shares; `nil` when the units do not
    /// share one.
    var assessmentYear: String? {
        if let year = input.year { return year }
        let years = Set(input.scoring.results.map(\.unit.year))
        guard years.count == 1, let year = years.first ?? nil else { return nil }
        return String(year)
    }

    /// The contents, grouped by who each part is for.
    private mutating func writeContents() {
        html.open("nav", ["class": "toc", "aria-label": words(.contents)])
        html.element("p", ["class": "toc-title"], text: words(.contents))
        html.open("ol")
        for part in parts {
            html.open("li")
            if let audience = audience(startingAt: part) {
                html.element("span", ["class": "audience"], text: audience + ": ")
            }
            html.element("a", ["href": "#\(part.rawValue)"], text: heading(part))
            html.close("li")
        }
        html.close("ol")
        html.close("nav")
    }

    /// Who a part is for, when it starts a group of parts: the leader's summary, the planner's analyses, the units.
    func audience(startingAt part: Part) -> String? {
        let present = parts
        switch part {
        case .summary: return words(OverviewWords.forLeaders)
        case .units: return words(OverviewWords.forUnits)
        default:
            return present.first(where: { $0 != .summary && $0 != .units }) == part
                ? words(OverviewWords.forPlanners) : nil
        }
    }

    private static func fact(_ term: String, into html: inout HTMLBuffer, _ body: (inout HTMLBuffer) -> Void) {
        html.element("dt", text: term)
        html.open("dd")
        body(&html)
        html.close("dd")
    }

    /// An ISO date (or date and time) as its readers write it: `31/12/2024` in Vietnamese, `31 December 2024` in
    /// English.
    static func date(_ iso: String, words: Words) -> String {
        let parts = iso.prefix(10).split(separator: "-")
        guard parts.count == 3, let month = Int(parts[1]), (1...12).contains(month) else { return iso }
        if words.language == .vi { return "\(parts[2])/\(parts[1])/\(parts[0])" }
        let months = [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December",
        ]
        return "\(Int(parts[2]) ?? 0) \(months[month - 1]) \(parts[0])"
    }

    /// A condition's short name for a sentence or a chart label: its name cut after a whole word before `length`
    /// characters, with "…".
    func conditionName(_ condition: Int, length: Int = 72) -> String {
        let name = words(scheme.conditions[condition].name)
        guard name.count > length else { return name }
        let cut = name.prefix(length - 1)
        let word = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        return word.trimmingCharacters(in: CharacterSet(charactersIn: " ,;:-–")) + "…"
    }

    private mutating func writeClassDistribution() {
        let noun = words(wording.classNoun)
        let classes = scheme.classes.count
        let counts = facts.classCounts
        let total = max(input.scoring.results.count, 1)
        // The class below the lowest is shown only when a unit sits there: "Không xếp hạng 0" says nothing.
        let shown = counts.indices.filter { $0 > 0 || counts[$0] > 0 }
        let title = "\(words(.classDistribution)) \(noun)"
        html.element("h3", text: title)
        let bars = shown.map { ordinal in
            BarChart.Bar(
                label: className(ordinal), value: Double(counts[ordinal]),
                text: "\(words.numbers.integer(counts[ordinal])) "
                    + "(\(words.numbers.percent(share: Double(counts[ordinal]) / Double(total))))",
                colour: Palette.ordered(ordinal, of: classes + 1))
        }
        let table = DataTable(
            caption: title, header: [noun.capitalizedFirst, words(.unitsColumn), words(.shareColumn)],
            rows: shown.map { ordinal in
                [
                    className(ordinal), words.numbers.integer(counts[ordinal]),
                    words.numbers.percent(share: Double(counts[ordinal]) / Double(total)),
                ]
            }, numeric: [1, 2])
        let summary = shown.map { "\(className($0)): \(words.numbers.integer(counts[$0]))" }
        ChartFigure(
            id: "chart-classes", title: title,
            description: "\(words(.classDistributionDescription)) \(noun). " + summary.joined(separator: "; ") + ".",
            chart: BarChart(bars: bars), table: table
        ).write(into: &html, numbers: words.numbers)
    }

    /// The ten conditions that keep the most units from their next class, named; the full list is in the
    /// criteria part.
    private mutating func writeTopBlockers() {
        guard !scheme.classes.isEmpty, showsBlockers else { return }
        let title = words(OverviewWords.topBlockersTitle(noun: wording.classNoun))
        html.element("h3", text: title)
        writeBlockerChart(id: "chart-top-blockers", title: title, bars: 10, listsAll: false)
        if facts.blockers.count > 10, parts.contains(.criteria) {
            html.element("p", text: words(OverviewWords.moreBlockers(part: heading(.criteria))))
        }
    }

    /// Whether the blocking conditions say something: more than the total alone (a point framework's tiers are
    /// blocked by its total, which the index chart shows better).
    var showsBlockers: Bool {
        facts.blockers.contains { !scheme.conditions[$0.condition].tags.contains(.total) }
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
        // The table lists the bins from the lowest to the highest that holds a unit, as a short table beside the
        // chart rather than twenty rows of zeros.
        let filled = counts.indices.filter { counts[$0] > 0 }
        let bins = (filled.first ?? 0)...(filled.last ?? 0)
        let rows = bins.map { bin in
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

    /// The top-level nodes by the mean share of their maximum reached, strongest first.
    private mutating func writeComponents() {
        let components = facts.components
        guard components.count >= 2 else { return }
        let title = words(OverviewWords.componentsTitle)
        html.element("h3", text: title)
        let (words, wording) = (self.words, self.wording)
        let name = { (figure: Figure) in words(wording.figureName(figure)) }
        ChartFigure(
            id: "chart-components", title: title,
            description: words(OverviewWords.componentsDescription) + " "
                + components.map { "\(name($0.figure)): \(words.numbers.percent(share: $0.mean))" }
                .joined(separator: "; ") + ".",
            chart: BarChart(
                bars: components.map {
                    BarChart.Bar(
                        label: name($0.figure), value: $0.mean, text: words.numbers.percent(share: $0.mean))
                }, labelLength: 58),
            table: DataTable(
                caption: title,
                header: [words(OverviewWords.componentColumn), words(OverviewWords.meanShareColumn)],
                rows: components.map { [name($0.figure), words.numbers.percent(share: $0.mean)] }, numeric: [1])
        ).write(into: &html, numbers: words.numbers)
    }
}
