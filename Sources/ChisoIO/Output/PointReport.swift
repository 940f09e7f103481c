import ChisoCore

/// Renders results of point schemes.
enum PointReport {
    static func figure(_ value: Double) -> String {
        NumberText.shortest((value * 100).rounded() / 100)
    }

    static func columns(_ scheme: PointScheme) -> [String] {
        ["unit_id", "unit_name", "parent_id", "year", "score", "max_score", "index", "tier", "tier_en", "rank"]
            + scheme.rankedIDs.flatMap { ["index.\($0)", "rank.\($0)"] } + ["missing", "next_tier_blockers"]
    }

    /// The index of a ranked figure (a top-level node or a view) in a result.
    static func index(of id: String, in result: PointResult, scheme: PointScheme) -> Double {
        if let view = scheme.views.firstIndex(where: { $0.id == id }) { return result.viewIndices[view] }
        guard let node = scheme.nodeIndex(id), let maximum = PointScheme.effectiveMaximum(scheme.nodes[node].node),
            maximum > 0
        else { return 0 }
        return result.nodePoints[node] / maximum
    }

    static func render(_ results: [UnitResult], framework: Framework, scheme: PointScheme, format: OutputFormat)
        -> String
    {
        switch format {
        case .csv: return CSVWriter.document(header: columns(scheme), rows: results.map { csvRow($0, scheme: scheme) })
        case .json: return JSONWriter.write(json(results, framework: framework, scheme: scheme))
        case .table: return table(results, scheme: scheme).plainText() + "\n" + summary(results, scheme: scheme)
        case .markdown: return table(results, scheme: scheme).markdown() + "\n" + summary(results, scheme: scheme)
        }
    }

    private static func csvRow(_ result: UnitResult, scheme: PointScheme) -> [String] {
        let points = result.points ?? PointResult(total: 0, maximum: 0, index: 0, nodePoints: [], viewIndices: [])
        let tier = scheme.className(result.standing.ordinal)
        var row = [
            result.unit.id, result.unit.name ?? "", result.unit.parentID ?? "", result.unit.year.map(String.init) ?? "",
            figure(points.total), figure(points.maximum), NumberText.fixed(points.index, decimals: scheme.precision),
            tier.vi, tier.en, points.ranks["total"].map(String.init) ?? "",
        ]
        for id in scheme.rankedIDs {
            row.append(NumberText.fixed(index(of: id, in: points, scheme: scheme), decimals: scheme.precision))
            row.append(points.ranks[id].map(String.init) ?? "")
        }
        row.append(result.missing.joined(separator: ";"))
        row.append(result.blockers.joined(separator: ";"))
        return row
    }

    private static func table(_ results: [UnitResult], scheme: PointScheme) -> TextTable {
        let header = ["unit_id", "unit_name", "score", "index", "rank", "tier", "missing", "next_tier_blockers"]
        let rows = results.map { result -> [String] in
            let points = result.points ?? PointResult(total: 0, maximum: 0, index: 0, nodePoints: [], viewIndices: [])
            let tier = scheme.className(result.standing.ordinal)
            return [
                result.unit.id, result.unit.name ?? "", "\(figure(points.total)) / \(figure(points.maximum))",
                NumberText.fixed(points.index, decimals: scheme.precision),
                points.ranks["total"].map(String.init) ?? "",
                scheme.tiers.isEmpty ? "" : "\(tier.vi) (\(tier.en))", String(result.missing.count),
                result.blockers.joined(separator: ", "),
            ]
        }
        return TextTable(header: header, rows: rows, rightAligned: [2, 3, 4, 6])
    }

    private static func summary(_ results: [UnitResult], scheme: PointScheme) -> String {
        guard !scheme.tiers.isEmpty else { return "\(results.count) units ranked by total.\n" }
        var text = "\(results.count) units by tier:"
        for ordinal in stride(from: scheme.tiers.count, through: 0, by: -1) {
            let count = results.filter { $0.standing.ordinal == ordinal }.count
            text += " \(scheme.className(ordinal).vi): \(count)" + (ordinal == 0 ? "." : ";")
        }
        return text + "\n"
    }

    private static func json(_ results: [UnitResult], framework: Framework, scheme: PointScheme) -> JSONNode.Value {
        var root = JSONObjectBuilder()
        root.add("framework", ResultReport.frameworkHeader(framework))
        let units = results.map { result -> JSONNode.Value in
            let points = result.points ?? PointResult(total: 0, maximum: 0, index: 0, nodePoints: [], viewIndices: [])
            var unit = JSONObjectBuilder()
            unit.add("unit_id", result.unit.id)
            unit.add("unit_name", result.unit.name)
            unit.add("parent_id", result.unit.parentID)
            unit.add("year", result.unit.year)
            unit.add("score", points.total)
            unit.add("max_score", points.maximum)
            unit.add("index", points.index)
            unit.add(
                "tier",
                result.standing.ordinal == 0 ? .null : ResultReport.localized(scheme.className(result.standing.ordinal))
            )
            unit.add("tier_ordinal", result.standing.ordinal)
            var ranks = JSONObjectBuilder()
            for id in ["total"] + scheme.rankedIDs { ranks.add(id, points.ranks[id]) }
            unit.add("ranks", ranks.value)
            unit.add("missing", strings: result.missing)
            unit.add("next_tier_blockers", strings: result.blockers)
            var nodes: [JSONNode.Value] = []
            for (index, entry) in scheme.nodes.enumerated() {
                var node = JSONObjectBuilder()
                node.add("id", entry.node.id)
                node.add("points", entry.node.isScored ? points.nodePoints[index] : nil)
                node.add("max", PointScheme.effectiveMaximum(entry.node))
                if let slot = scheme.measures.firstIndex(where: { $0.key == entry.node.id }), slot < result.values.count
                {
                    node.add("value", result.values[slot])
                }
                if entry.node.isInformationOnly { node.add("information_only", true) }
                nodes.append(node.value)
            }
            unit.add("nodes", .array(nodes))
            var views = JSONObjectBuilder()
            for (position, view) in scheme.views.enumerated() { views.add(view.id, points.viewIndices[position]) }
            unit.add("views", views.value)
            return unit.value
        }
        root.add("units", .array(units))
        return root.value
    }
}
