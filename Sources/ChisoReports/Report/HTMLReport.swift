import ChisoCore
public import ChisoFormats

/// The self-contained HTML report: the scored units summarised and explained, with charts drawn as inline SVG, in
/// Vietnamese or English, laid out to print on A4.
///
/// Each part is written when its input is there: a summary; for schemes with classes, the share of units meeting
/// each condition at each class and what blocks the next class; for schemes that roll up subordinate units, their
/// levels per unit; for schemes that rank, the ranks and each unit's strengths and weaknesses; a comparison, a plan
/// and an uncertainty analysis when given; and a section per unit. What a part needs is read through the scheme's
/// protocol (classes, conditions, requirements, explanations, ranked figures), never by asking which scheme it is.
///
/// The document is handed to its destination part by part, so that a report on thousands of units is never held
/// in memory whole.
public struct HTMLReport {
    /// Units up to which every unit gets a section of its own when none is named.
    public static let unitSectionLimit = 200

    let input: ReportInput
    let words: Words
    let framework: Framework
    let scheme: any ScoringScheme
    let wording: any SchemeWording
    var html = HTMLBuffer()
    /// What every unit's explanation says, counted once for the parts that sum them up.
    var tally: ExplanationTally
    /// The few numbers the first page tells.
    let facts: OverviewFacts
    /// Per ranked figure, the number of units ranked in each group (`nil`: the units without a group): the "of
    /// how many" of a rank, since units are ranked within their group and some may be left unranked.
    let rankedCounts: [Figure: [String?: Int]]

    /// Writes a report.
    ///
    /// - Parameters:
    ///   - input: The scored units and the analyses beside them.
    ///   - language: The language of every fixed text, and of names where the framework gives both.
    ///   - write: Receives the document piece by piece.
    /// - Throws: What `write` throws.
    /// - Complexity: O(*n* × *m* × *k*) for *n* units, *m* conditions and *k* classes.
    public static func write(
        _ input: ReportInput, language: Language, to write: (String) throws(InputError) -> Void
    ) throws(InputError) {
        var report = HTMLReport(input: input, language: language)
        try report.writeDocument(to: write)
    }

    init(input: ReportInput, language: Language) {
        self.input = input
        words = Words(language)
        framework = input.scoring.framework
        scheme = framework.scheme
        wording = framework.wording
        tally = ExplanationTally(input.scoring)
        facts = OverviewFacts(input.scoring)
        var counts: [Figure: [String?: Int]] = [:]
        let run = input.scoring
        for figure in run.ranks.figures {
            for unit in run.results.indices where run.ranks.rank(of: figure, unit: unit) != nil {
                counts[figure, default: [:]][run.results[unit].unit.group, default: 0] += 1
            }
        }
        rankedCounts = counts
    }

    /// The number of units ranked on a figure alongside a unit: those of its group that the scheme ranks.
    func rankedCount(_ figure: Figure, alongside unit: Int) -> Int {
        guard unit >= 0, unit < input.scoring.results.count else { return 0 }
        return rankedCounts[figure]?[input.scoring.results[unit].unit.group] ?? 0
    }

    /// A part of the report; its raw value is its fragment identifier.
    enum Part: String, CaseIterable {
        case summary, criteria, subordinates, ranks, strengths, compare, plan, uncertainty, units
    }

    /// The parts this report has, in order: each present when its input is there.
    var parts: [Part] {
        Part.allCases.filter { part in
            switch part {
            case .summary, .units: true
            case .criteria: criteriaRows.count >= 2
            case .subordinates: tally.hasSubordinates
            case .ranks: !scheme.rankedFigures.isEmpty
            case .strengths: nodeFigures.count >= 2
            case .compare: input.comparison != nil
            case .plan: input.plan != nil
            case .uncertainty: input.uncertainty != nil
            }
        }
    }

    /// A part's heading.
    func heading(_ part: Part) -> String {
        switch part {
        case .summary: words(OverviewWords.keyPoints)
        case .criteria: words(.criteria) + " " + words(wording.classNoun)
        case .subordinates: words(.subordinates)
        case .ranks: words(.ranks)
        case .strengths: words(.strengths)
        case .compare: words(.compare)
        case .plan: words(.plan)
        case .uncertainty: words(.uncertainty)
        case .units: words(.units)
        }
    }

    /// The figures of the top-level nodes, the ones strengths and weaknesses are told from.
    var nodeFigures: [Figure] {
        scheme.rankedFigures.filter { if case .condition = $0 { true } else { false } }
    }

    private mutating func writeDocument(to write: (String) throws(InputError) -> Void) throws(InputError) {
        writeHead()
        try write(html.take())
        for part in parts {
            let id = part.rawValue
            html.open("section", ["id": id, "class": "part", "aria-labelledby": "\(id)-heading"])
            if let audience = audience(startingAt: part), part != .summary {
                html.element("p", ["class": "audience"], text: audience)
            }
            // The summary opens with the headline and writes its own heading below it.
            if part != .summary { html.element("h2", ["id": "\(id)-heading"], text: heading(part)) }
            switch part {
            case .summary: writeSummary()
            case .criteria: writeCriteria()
            case .subordinates: writeSubordinates()
            case .ranks: writeRanks()
            case .strengths: writeStrengths()
            case .compare: writeComparison()
            case .plan: writePlan()
            case .uncertainty: writeUncertainty()
            case .units: try writeUnits(flushingTo: write)
            }
            html.close("section")
            try write(html.take())
        }
        writeFoot()
        try write(html.take())
    }

    private mutating func writeHead() {
        let title = (input.title ?? words(.reportTitle)) + " — " + words(framework.name)
        html.raw("<!DOCTYPE html>\n")
        html.open("html", ["lang": words.language.rawValue])
        html.open("head")
        html.empty("meta", ["charset": "utf-8"])
        html.empty("meta", ["name": "viewport", "content": "width=device-width, initial-scale=1"])
        // Nothing may be fetched: no fonts, scripts, styles or images from anywhere; inline only.
        html.empty(
            "meta",
            [
                "http-equiv": "Content-Security-Policy",
                "content": "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
                    + "img-src data:; base-uri 'none'; form-action 'none'",
            ])
        html.empty("meta", ["name": "generator", "content": "chiso report"])
        html.element("title", text: title)
        html.open("style")
        html.raw(ReportStyle.css)
        html.close("style")
        html.close("head")
        html.open("body")
        html.open("main")
    }

    private mutating func writeFoot() {
        html.close("main")
        html.open("footer")
        html.element("p", text: "\(words(.madeWith)) · \(framework.id) · \(words(.generatedNote))")
        html.close("footer")
        html.open("script")
        html.raw(ReportStyle.script)
        html.close("script")
        html.close("body")
        html.close("html")
        html.raw("\n")
    }

    /// A unit's label in charts and tables: its ID, and its name when it has one.
    func label(_ unit: UnitInfo) -> String {
        unit.name.map { "\(unit.id) \($0)" } ?? unit.id
    }

    /// A class's name in the report's language.
    /// A class as a table heads its column, in the report's language.
    func classHeading(_ ordinal: Int) -> String {
        words(wording.classHeading(ordinal, style: words.style))
    }

    func className(_ ordinal: Int) -> String {
        words(scheme.className(ordinal))
    }

    /// A unit's row in a table, linked to its section when the report has one.
    func unitLink(_ unit: UnitInfo) -> String? {
        input.explained.contains(unit.id) ? "#" + HTML.anchor("unit", unit.id) : nil
    }
}
