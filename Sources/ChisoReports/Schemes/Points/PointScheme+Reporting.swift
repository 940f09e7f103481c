public import ChisoCore
package import ChisoFormats

extension PointScheme: SchemeReporting {
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

    package func csvColumns() -> [ScoreColumn] {
        let scheme = self
        // A framework without tiers (DTI 2021–2023) places no unit in a tier: the tier columns stay empty.
        let tier: @Sendable (UnitResult) -> LocalizedText = { result in
            scheme.tiers.isEmpty ? LocalizedText(vi: "", en: "") : scheme.className(result.standing.ordinal)
        }
        var columns =
            ScoreColumn.unitInFile + [
                ScoreColumn("score") { Numerals.plain.points(scheme.detail($0).total) },
                ScoreColumn("max_score") { Numerals.plain.points(scheme.detail($0).maximum) },
                ScoreColumn("index") { NumberText.fixed(scheme.detail($0).index, decimals: scheme.precision) },
                ScoreColumn("tier") { tier($0).vi }, ScoreColumn("tier_en") { tier($0).en },
                ScoreColumn("rank") { _, ranks, _ in ranks[.total].map(String.init) ?? "" },
            ]
        for figure in nodeAndViewFigures {
            columns.append(
                ScoreColumn("index.\(figureID(figure))") {
                    NumberText.fixed(scheme.value(of: figure, in: $0) ?? 0, decimals: scheme.precision)
                })
            columns.append(
                ScoreColumn("rank.\(figureID(figure))") { _, ranks, _ in ranks[figure].map(String.init) ?? "" })
        }
        return columns + [
            .ids("missing", of: scheme, separator: ";") { $0.missing },
            .ids("next_tier_blockers", of: scheme, separator: ";") { $0.blockers },
        ]
    }

    private func detail(_ result: UnitResult) -> PointDetail {
        result.pointDetail
            ?? PointDetail(total: 0, maximum: maximum ?? 0, index: 0, nodePoints: [], viewIndices: [])
    }

    package func tableColumns() -> [ScoreColumn] {
        let scheme = self
        return ScoreColumn.unit + [
            ScoreColumn("score", heading: LocalizedText(vi: "Điểm", en: "score"), rightAligned: true) {
                result, _, language in
                let (points, numbers) = (scheme.detail(result), Numerals.text(language))
                return "\(numbers.points(points.total)) / \(numbers.points(points.maximum))"
            },
            ScoreColumn("index", heading: LocalizedText(vi: "Chỉ số", en: "index"), rightAligned: true) {
                result, _, language in
                Numerals.text(language).fixed(scheme.detail(result).index, decimals: scheme.precision)
            },
            ScoreColumn("rank", heading: LocalizedText(vi: "Thứ hạng", en: "rank"), rightAligned: true) {
                _, ranks, _ in ranks[.total].map(String.init) ?? ""
            },
            ScoreColumn("tier", heading: LocalizedText(vi: "Xếp loại", en: "tier")) { result, _, language in
                scheme.tiers.isEmpty ? "" : scheme.className(result.standing.ordinal).text(in: language)
            },
            .missingCount,
            ScoreColumn(
                "next_tier_blockers",
                heading: LocalizedText(vi: "Cản trở lên xếp loại tiếp theo", en: "next_tier_blockers")
            ) { result, _, _ in ConditionWords.ids(result.blockers, in: scheme).joined(separator: ", ") },
        ]
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
                            item.add(
                                "requirement",
                                ConditionWords.requirement(requirement, measures: measures, style: .plain).en)
                            return item.value
                        }
                    )
                )
            }
        )
    }

    /// Points as the CSV writes them (at most two decimals), as the number JSON writes: the CSV's text reads back as
    /// exactly this number, so the two outputs hold the same values and JSON carries no float noise
    /// (`621.4100000000001`).
    private func shownPoints(_ points: Double) -> Double {
        Double(Numerals.plain.points(points)) ?? points
    }

    /// An index as the CSV writes it (``PointScheme/precision`` decimals), as the number JSON writes.
    private func shownIndex(_ index: Double) -> Double {
        Double(NumberText.fixed(index, decimals: precision)) ?? index
    }

    package func writeJSON(_ result: UnitResult, ranks: [Figure: Int], into unit: inout CompactJSON) {
        let points = detail(result)
        unit.beginObject()
        unit.add("unit_id", result.unit.id)
        unit.add("unit_name", result.unit.name)
        unit.add("parent_id", result.unit.parentID)
        unit.add("year", result.unit.year)
        if let group = result.unit.group { unit.add("group", group) }
        unit.add("score", shownPoints(points.total))
        unit.add("max_score", shownPoints(points.maximum))
        unit.add("index", shownIndex(points.index))
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
        unit.add("missing", strings: ConditionWords.ids(result.missing, in: self))
        unit.add("next_tier_blockers", strings: ConditionWords.ids(result.blockers, in: self))
        unit.key("points")
        unit.beginObject()
        for (index, entry) in nodes.enumerated() where entry.node.isScored && index < points.nodePoints.count {
            unit.add(entry.node.id, shownPoints(points.nodePoints[index]))
        }
        unit.endObject()
        unit.addValues(result.values, measures: measures)
        unit.key("views")
        unit.beginObject()
        for (position, view) in views.enumerated() where position < points.viewIndices.count {
            unit.add(view.id, shownIndex(points.viewIndices[position]))
        }
        unit.endObject()
        unit.endObject()
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
        let say = { (words: FrameworkWords) in words.text.text(in: language) }
        let numbers = Numerals.text(language)
        var shortRows: [[String]] = []
        for (entry, row) in zip(nodes, rows) {
            let indent = String(repeating: "  ", count: entry.depth)
            let node = entry.node
            let maximum =
                node.isInformationOnly ? "-" : PointScheme.effectiveMaximum(node).map(numbers.points) ?? say(.unknown)
            shortRows.append([
                indent + row[0], maximum, FrameworkWords.nodeRule(node).text(in: language),
                node.name.text(in: language), row[8],
            ])
            for part in node.structure {
                shortRows.append([indent + "  ·", "-", say(.structureOnly), part.text(in: language), ""])
            }
        }
        let table = TextTable(
            header: [say(.idColumn), say(.maximumColumn), say(.ruleColumn), say(.nameColumn), say(.noteColumn)],
            rows: shortRows, rightAligned: [1])
        return FrameworkReport.describe(framework, language: language) + "\n"
            + (format == .markdown ? table.markdown() : table.plainText())
    }
}
