public import ChisoCore
package import ChisoFormats

extension PointScheme: SchemeReporting {
    package var classWord: String { "tier" }

    package func planClassText(_ ordinal: Int) -> String { className(ordinal).vi }

    package var hasRegisteredClass: Bool { false }

    /// The column-name part of a ranked figure other than the total: the node's or the view's ID.
    private func figureID(_ figure: Figure) -> String {
        switch figure {
        case .total: "total"
        case .condition(let condition): conditions[condition].id
        case .view(let view): views[view].id
        }
    }

    private var nodeAndViewFigures: [Figure] { rankedFigures.filter { $0 != .total } }

    package func csvColumns() -> [String] {
        ["unit_id", "unit_name", "parent_id", "year", "score", "max_score", "index", "tier", "tier_en", "rank"]
            + nodeAndViewFigures.flatMap { ["index.\(figureID($0))", "rank.\(figureID($0))"] }
            + ["missing", "next_tier_blockers"]
    }

    private func detail(_ result: UnitResult) -> PointDetail {
        result.pointDetail
            ?? PointDetail(total: 0, maximum: maximum ?? 0, index: 0, nodePoints: [], viewIndices: [])
    }

    package func csvRow(_ result: UnitResult, ranks: [Figure: Int]) -> [String] {
        let points = detail(result)
        // A framework without tiers (DTI 2021–2023) places no unit in a tier: the tier columns stay empty.
        let tier = tiers.isEmpty ? LocalizedText(vi: "", en: "") : className(result.standing.ordinal)
        var row = [
            result.unit.id, result.unit.name ?? "", result.unit.parentID ?? "", result.unit.year.map(String.init) ?? "",
            ReportText.figure(points.total), ReportText.figure(points.maximum),
            NumberText.fixed(points.index, decimals: precision), tier.vi, tier.en,
            ranks[.total].map(String.init) ?? "",
        ]
        for figure in nodeAndViewFigures {
            row.append(NumberText.fixed(value(of: figure, in: result) ?? 0, decimals: precision))
            row.append(ranks[figure].map(String.init) ?? "")
        }
        row.append(ReportText.ids(result.missing, in: self).joined(separator: ";"))
        row.append(ReportText.ids(result.blockers, in: self).joined(separator: ";"))
        return row
    }

    package func tableColumns() -> (header: [String], rightAligned: Set<Int>) {
        (["unit_id", "unit_name", "score", "index", "rank", "tier", "missing", "next_tier_blockers"], [2, 3, 4, 6])
    }

    package func tableRow(_ result: UnitResult, ranks: [Figure: Int], language: Language) -> [String] {
        let points = detail(result)
        let tier = className(result.standing.ordinal)
        return [
            result.unit.id, result.unit.name ?? "",
            "\(ReportText.figure(points.total)) / \(ReportText.figure(points.maximum))",
            NumberText.fixed(points.index, decimals: precision), ranks[.total].map(String.init) ?? "",
            tiers.isEmpty ? "" : tier.text(in: language), String(result.missing.count),
            ReportText.ids(result.blockers, in: self).joined(separator: ", "),
        ]
    }

    package func summary(_ results: [UnitResult], language: Language) -> String {
        guard !tiers.isEmpty else { return "\(Plural.count(results.count, "unit")) ranked by total.\n" }
        var text = "\(Plural.count(results.count, "unit")) by tier:"
        for ordinal in stride(from: tiers.count, through: 0, by: -1) {
            let count = results.filter { $0.standing.ordinal == ordinal }.count
            text += " \(className(ordinal).text(in: language)): \(count)" + (ordinal == 0 ? "." : ";")
        }
        let unranked = results.filter { !isRanked($0) }.count
        if unranked > 0 {
            let lowest = className(1)
            text +=
                "\n\(Plural.count(unranked, "unit")) below \(lowest.vi) (\(lowest.en)) \(unranked == 1 ? "has" : "have") no "
                + "rank: the framework leaves units below its lowest tier unranked (\"unrankedBelowTiers\")."
        }
        return text + "\n"
    }

    package func jsonFramework(into object: inout JSONObjectBuilder) {
        object.add("max_score", maximum)
        object.add(
            "nodes",
            .objects(nodes.indices) { index, entry in
                let node = nodes[index]
                entry.add("id", node.node.id)
                entry.add("parent", node.parent.map { nodes[$0].node.id })
                entry.add("depth", node.depth)
                entry.add("max", PointScheme.effectiveMaximum(node.node))
                if measureOfNode[index] != nil { entry.add("column", node.node.id) }
                if !node.node.isScored { entry.add("scored", false) }
            }
        )
        object.add("views", strings: views.map(\.id))
        object.add(
            "tiers",
            .objects(tiers.indices) { position, entry in
                entry.add("ordinal", position + 1)
                entry.add("name", JSONNode.Value.localized(tiers[position].name))
                entry.add(
                    "requirements",
                    .array(
                        conditions.indices.compactMap { condition in
                            let requirement = requirement(of: condition, forClass: position + 1)
                            guard requirement.applies else { return nil }
                            var item = JSONObjectBuilder()
                            item.add("condition", conditions[condition].id)
                            item.add("requirement", ReportText.requirement(requirement, measures: measures))
                            return item.value
                        }
                    )
                )
            }
        )
    }

    package func writeJSON(_ result: UnitResult, ranks: [Figure: Int], into unit: inout CompactJSON) {
        let points = detail(result)
        unit.beginObject()
        unit.add("unit_id", result.unit.id)
        unit.add("unit_name", result.unit.name)
        unit.add("parent_id", result.unit.parentID)
        unit.add("year", result.unit.year)
        if let group = result.unit.group { unit.add("group", group) }
        unit.add("score", points.total)
        unit.add("max_score", points.maximum)
        unit.add("index", points.index)
        if result.standing.ordinal == 0 {
            unit.add("tier", nil as String?)
        } else {
            unit.add("tier", value: JSONNode.Value.localized(className(result.standing.ordinal)))
        }
        unit.add("tier_ordinal", result.standing.ordinal)
        unit.key("ranks")
        unit.beginObject()
        for figure in rankedFigures { unit.add(figureID(figure), ranks[figure]) }
        unit.endObject()
        unit.add("missing", strings: ReportText.ids(result.missing, in: self))
        unit.add("next_tier_blockers", strings: ReportText.ids(result.blockers, in: self))
        unit.key("points")
        unit.beginObject()
        for (index, entry) in nodes.enumerated() where entry.node.isScored && index < points.nodePoints.count {
            unit.add(entry.node.id, points.nodePoints[index])
        }
        unit.endObject()
        unit.addValues(result.values, measures: measures)
        unit.key("views")
        unit.beginObject()
        for (position, view) in views.enumerated() where position < points.viewIndices.count {
            unit.add(view.id, points.viewIndices[position])
        }
        unit.endObject()
        unit.endObject()
    }

    package func classHeading(_ ordinal: Int, language: Language) -> String { className(ordinal).text(in: language) }

    package func headline(_ explanation: Explanation) -> String {
        let name = className(explanation.standing.ordinal)
        var text = tiers.isEmpty ? "Score" : "Tier: \(name.vi) (\(name.en))"
        if case .total(let total, let maximum, let index)? = explanation.rows.first?.value {
            text += " — \(ReportText.figure(total)) of \(ReportText.figure(maximum)) points, index "
            text += NumberText.fixed(index, decimals: precision)
        }
        if let rank = explanation.ranks[.total] { text += ", rank \(rank)" }
        return text
    }

    package func valueText(_ row: Explanation.Row, in explanation: Explanation) -> String {
        if case .total(let total, let maximum, let index) = row.value {
            return "\(ReportText.figure(total)) / \(ReportText.figure(maximum)) (index "
                + "\(NumberText.fixed(index, decimals: precision)))"
        }
        return ReportText.value(row.value, condition: conditions[row.condition], measures: measures)
    }

    package func requirementText(_ requirement: ClassRequirement) -> String {
        requirement.applies ? ReportText.requirement(requirement, measures: measures) : ""
    }

    package func sentences(_ explanation: Explanation) -> [String] {
        explanation.findings.compactMap { finding in
            switch finding {
            case .nextClassNotReached(let next, let blockers):
                let tier = className(next)
                let reasons = blockers.map { reason(for: $0, tier: next, explanation: explanation) }
                return "\(tier.vi) (\(tier.en)) is not reached: \(reasons.joined(separator: "; "))."
            case .highestClassReached(let ordinal):
                return "\(className(ordinal).vi) is the highest tier."
            case .missingValues(let missing):
                return "Missing values score 0: \(ReportText.ids(missing, in: self).joined(separator: ", ")). "
                    + "Fill them in to score the unit fully."
            case .view(let position, let index):
                let rank = explanation.ranks[.view(position)].map { ", rank \($0)" } ?? ""
                return "View \(views[position].id) (\(views[position].name.en)): index "
                    + "\(NumberText.fixed(index, decimals: precision))\(rank)."
            case .noSubordinates, .unreadableSubordinates, .registered, .levelRule, .extendedShortfall:
                return nil
            }
        }
    }

    /// Why a condition keeps a unit from a tier: what the tier asks and what the unit has.
    private func reason(for condition: Int, tier ordinal: Int, explanation: Explanation) -> String {
        let requirement = requirement(of: condition, forClass: ordinal)
        let row = explanation.rows.first { $0.condition == condition }
        switch (requirement, row?.value) {
        case (.index, .total(_, _, let index)?):
            return "the total needs \(ReportText.requirement(requirement, measures: measures)) and has "
                + NumberText.fixed(index, decimals: precision)
        case (.points, .total(let total, _, _)?):
            return "the total needs \(ReportText.requirement(requirement, measures: measures)) and has "
                + ReportText.figure(total)
        default:
            let points: Double
            if case .points(let earned, _)? = row?.value { points = earned } else { points = 0 }
            return "\(conditions[condition].id) needs \(ReportText.requirement(requirement, measures: measures)) and "
                + "has \(ReportText.figure(points))"
        }
    }

    package var validationSummary: String { "\(nodes.count) nodes, \(measures.count) inputs" }

    package var listSummary: String {
        let total = maximum.map { "\(NumberText.shortest($0)) points" } ?? "points unknown"
        return "\(total), \(roots.count) top-level, \(tiers.count) tiers"
    }

    package func describe() -> String {
        var text = ""
        if let maximum {
            text +=
                "Maximum: \(NumberText.shortest(maximum)) points; index = total / "
                + "\(NumberText.shortest(maximum)), \(precision) decimals\n"
        }
        let unknown = ReportText.ids(unknownWeights, in: self)
        if !unknown.isEmpty {
            text +=
                "Points unknown for: \(unknown.joined(separator: ", ")). This framework cannot be scored until "
                + "they are given.\n"
        }
        // Best first, as the sources list tiers.
        for (position, tier) in tiers.enumerated().reversed() {
            let floors = tier.floors.map { "\($0.node) ≥\(NumberText.shortest($0.fraction * 100))%" }
            text +=
                "Tier \(tier.name.vi) (\(tier.name.en)): total "
                + ReportText.requirement(requirement(of: 0, forClass: position + 1), measures: measures)
            text += floors.isEmpty ? "\n" : ", and \(floors.joined(separator: ", ")) of their maxima\n"
        }
        if !tiers.isEmpty {
            text += "Below the lowest tier: \(className(0).vi) (\(className(0).en))"
            text += unrankedBelowTiers ? "; such units get no rank (the framework sets \"unrankedBelowTiers\")\n" : "\n"
            if let places = classPrecision {
                text +=
                    "Tiers are read on the \(tierFigureWords) rounded to \(places) decimals, the precision the "
                    + "sources publish classes at (the framework sets \"classPrecision\")\n"
            } else {
                text += "Tiers are read on the unrounded \(tierFigureWords); a figure is never rounded to fit a tier\n"
            }
        }
        for view in views {
            text += "View \(view.id) (\(view.name.en)): \(view.nodes.joined(separator: " + ")) over their maxima\n"
        }
        return text
    }

    /// "index", "total" or "total or index": the figures the tiers are read on, for ``describe()``.
    private var tierFigureWords: String {
        let bases = Set(tiers.map(\.basis))
        if bases == [.index] { return "index" }
        if bases == [.points] { return "total" }
        return "total or index"
    }

    package func show(_ framework: Framework, format: OutputFormat, language: Language) -> String {
        let header = ["id", "parent", "name_vi", "name_en", "max", "rule", "measure", "information_only", "note"]
        let rows = nodes.map { entry -> [String] in
            let node = entry.node
            let rule: String
            if node.isInformationOnly {
                rule = "information only"
            } else if !node.isScored {
                rule = "not scored (0 points)"
            } else {
                rule = node.children.isEmpty ? (node.rule.map(FrameworkReport.ruleText) ?? "") : "sum of children"
            }
            return [
                node.id, entry.parent.map { nodes[$0].node.id } ?? "", node.name.vi, node.name.en,
                node.isInformationOnly ? "-" : PointScheme.effectiveMaximum(node).map(NumberText.shortest) ?? "unknown",
                rule, node.children.isEmpty ? (node.kind ?? PointScheme.defaultKind(for: node.rule)).rawValue : "",
                node.isInformationOnly ? "yes" : "", node.note ?? "",
            ]
        }
        if format == .csv { return CSVWriter.document(header: header, rows: rows) }
        var shortRows: [[String]] = []
        for (entry, row) in zip(nodes, rows) {
            let indent = String(repeating: "  ", count: entry.depth)
            shortRows.append([indent + row[0], row[4], row[5], entry.node.name.text(in: language), row[8]])
            for part in entry.node.structure {
                shortRows.append([indent + "  ·", "-", "structure only", part.text(in: language), ""])
            }
        }
        let table = TextTable(header: ["id", "max", "rule", "name", "note"], rows: shortRows, rightAligned: [1])
        return FrameworkReport.describe(framework) + "\n" + (format == .markdown ? table.markdown() : table.plainText())
    }
}
