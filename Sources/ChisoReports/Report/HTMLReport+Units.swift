import ChisoCore
import ChisoFormats

extension HTMLReport {
    /// Unit by unit: a compact index of every unit, one line each (ID, name, class, index and rank where the scheme
    /// has them, the main blocker), linked to the units that have a section, then a section per unit with the
    /// explanation chiso gives (`chiso explain`), in words. Which units have a section is the report's
    /// ``ReportInput/selection`` (`--units`); when none has, a sentence over the index says how to get them. Each
    /// unit's section is handed on as it is written.
    mutating func writeUnits(flushingTo write: (String) throws(InputError) -> Void) throws(InputError) {
        let results = input.scoring.results
        html.element("h3", ["id": "unit-index"], text: words(.unitIndex))
        switch input.selection {
        case .named:
            html.element("p", text: words(UnitSectionWords.named))
        case .none:
            html.element("p", ["class": "note"], text: words(UnitSectionWords.none))
        case .automatic where input.unitsNamed:
            html.element("p", text: words(UnitSectionWords.named))
        case .automatic where input.explained.isEmpty && !results.isEmpty:
            let sentence = UnitSectionWords.tooMany(
                units: words.numbers.integer(results.count), limit: words.numbers.integer(HTMLReport.unitSectionLimit))
            html.element("p", ["class": "note"], text: words(sentence))
        case .automatic, .all:
            break
        }
        if !input.explained.isEmpty { html.element("p", text: words(.unitIndexNote)) }
        let ranked = !scheme.rankedFigures.isEmpty
        // A framework without classes (the DTI: an index and ranks only) has no class to show.
        let classed = !scheme.classes.isEmpty
        var header = [words(.idColumn), words(.nameColumn)]
        if classed { header.append(words(wording.classNoun).capitalizedFirst) }
        if ranked { header += [words(.indexColumn), words(.rankColumn)] }
        header.append(words(UnitSectionWords.mainBlockerColumn))
        var index = DataTable(
            caption: words(.unitIndex), header: header,
            rows: results.indices.map { position in
                let result = results[position]
                var row = [result.unit.id, result.unit.name ?? ""]
                if classed { row.append(className(result.standing.ordinal)) }
                if ranked {
                    row.append(
                        words.numbers.fixed(
                            scheme.value(of: .total, in: result) ?? 0, decimals: scheme.rankingPrecision))
                    row.append(input.scoring.ranks.rank(of: .total, unit: position).map(words.numbers.integer) ?? "")
                }
                // The first blocker in the framework's order, and how many more: the row stays one line.
                let blockers = ConditionWords.ids(result.blockers, in: scheme)
                row.append(
                    blockers.first.map {
                        UnitSectionWords.mainBlocker(
                            $0, more: blockers.count > 1 ? words.numbers.integer(blockers.count - 1) : nil)
                    } ?? "")
                return row
            }, numeric: ranked ? (classed ? [3, 4] : [2, 3]) : [])
        index.links = results.map { unitLink($0.unit) }
        index.className = "index"
        // A long name is cut with "…" on one line, whole in its tooltip.
        index.clipped = [1]
        index.write(into: &html)
        try write(html.take())
        for position in results.indices where input.explained.contains(results[position].unit.id) {
            writeUnit(position)
            try write(html.take())
        }
    }

    private mutating func writeUnit(_ position: Int) {
        let result = input.scoring.results[position]
        let explanation = scheme.explain(result, ranks: input.scoring.ranks.ranks(ofUnit: position))
        let anchor = HTML.anchor("unit", result.unit.id)
        html.open("article", ["class": "unit", "id": anchor, "aria-labelledby": "\(anchor)-heading"])
        html.element("h3", ["id": "\(anchor)-heading"], text: label(result.unit))
        html.open("p", ["class": "headline"])
        var separator = ""
        if !scheme.classes.isEmpty {
            let standing = scheme.className(result.standing.ordinal)
            html.element("strong", text: "\(words(wording.classNoun).capitalizedFirst): \(words(standing))")
            let other = standing.text(in: words.language == .vi ? .en : .vi)
            if other != words(standing) {
                html.raw(" ")
                html.element(
                    "span", ["class": "alt", "lang": words.language == .vi ? "en" : "vi"], text: "(\(other))")
            }
            separator = " · "
        }
        if case .total(let total, let maximum, let value)? = explanation.rows.first?.value {
            html.append(
                text: separator
                    + "\(words.points(total)) / \(words.points(maximum)) \(words(.points)) · \(words(.index)) "
                    + words.numbers.fixed(value, decimals: scheme.rankingPrecision))
        }
        if let rank = explanation.ranks[.total] {
            html.append(
                text: " · \(words(.rankColumn)) \(words.numbers.integer(rank))/"
                    + words.numbers.integer(rankedCount(.total, alongside: position)))
        }
        if let parent = result.unit.parentID { html.append(text: " · \(parent)") }
        html.close("p")
        if nodeFigures.count >= 2 {
            let (strengths, weaknesses) = strengthsAndWeaknesses(ofUnit: position)
            if !strengths.isEmpty {
                html.element(
                    "p",
                    text: "\(words(.strengthsColumn)): \(strengths.joined(separator: "; ")). "
                        + "\(words(.weaknessesColumn)): \(weaknesses.joined(separator: "; ")).")
            }
        }
        let sentences = wording.findings(explanation).map { words($0) }
        if !sentences.isEmpty {
            html.open("ul", ["class": "sentences"])
            for sentence in sentences { html.element("li", text: sentence) }
            html.close("ul")
        }
        writeExplanationTable(explanation, anchor: anchor)
        html.close("article")
    }

    private mutating func writeExplanationTable(_ explanation: Explanation, anchor: String) {
        let classes = scheme.classes.count
        html.open("table", ["class": "explanation"])
        html.element("caption", text: "\(label(explanation.unit)) — \(words(.explanationLegend))")
        html.open("thead")
        html.open("tr")
        html.element("th", ["scope": "col", "class": "mark"], text: "*")
        html.element("th", ["scope": "col"], text: words(.criterionColumn))
        html.element("th", ["scope": "col"], text: words(.nameColumn))
        html.element("th", ["scope": "col"], text: words(.valueColumn))
        for ordinal in 1...max(classes, 1) where classes > 0 {
            html.element("th", ["scope": "col"], text: classHeading(ordinal))
        }
        html.close("tr")
        html.close("thead")
        html.open("tbody")
        for row in explanation.rows {
            html.open("tr", ["class": row.isBinding ? "binding" : nil])
            html.element(
                "td", ["class": "mark", "title": row.isBinding ? words(.bindingColumn) : nil],
                text: row.isBinding ? "*" : "")
            html.element(
                "th", ["scope": "row", "class": row.depth > 0 ? "depth\(min(row.depth, 3))" : nil], text: row.id)
            html.element("td", text: words(row.name))
            let condition = scheme.conditions[row.condition]
            html.element(
                "td",
                text: words.value(
                    row.value, condition: condition, measures: scheme.measures, decimals: scheme.rankingPrecision))
            for cell in row.cells.prefix(classes) {
                let requirement = words.requirement(cell.requirement, measures: scheme.measures)
                let text =
                    cell.status == .notApplicable && requirement.isEmpty
                    ? "–" : "\(Self.mark(cell.status)) \(requirement)"
                html.element("td", ["class": Self.statusClass(cell.status)], text: text)
            }
            html.close("tr")
        }
        html.close("tbody")
        html.close("table")
    }

    private static func statusClass(_ status: CriterionStatus) -> String {
        switch status {
        case .met: "met"
        case .notMet: "notmet"
        case .notApplicable: "na"
        case .missing: "missing"
        }
    }
}
