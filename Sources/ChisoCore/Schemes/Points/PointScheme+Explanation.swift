extension PointScheme {
    /// Explains a result of this scheme: the total and each node's points against their maxima, what each tier asks
    /// of them, and which condition — the total or a floor — holds the unit back.
    ///
    /// - Parameter result: A result returned by ``score(_:context:)`` of this scheme.
    /// - Returns: The explanation; the first row is the total.
    /// - Complexity: O(*m* × *t*) for *m* nodes and *t* tiers.
    public func explain(_ result: UnitResult) -> Explanation {
        let points = result.points ?? PointResult(total: 0, maximum: 0, index: 0, nodePoints: [], viewIndices: [])
        let blockers = Set(result.blockers)
        let lowestFirst = Array(tiers.reversed())
        let totalCells = lowestFirst.map { tier in
            Explanation.Cell(requirement: minimumText(tier), status: meetsMinimum(tier, points) ? .met : .notMet)
        }
        var rows = [
            Explanation.Row(
                id: "total",
                name: LocalizedText(vi: "Tổng điểm", en: "Total"),
                value:
                    "\(figure(points.total)) / \(figure(points.maximum)) (index \(NumberText.fixed(points.index, decimals: precision)))",
                cells: totalCells,
                isBinding: blockers.contains("total")
            )
        ]
        for (index, entry) in nodes.enumerated() {
            let node = entry.node
            let indent = String(repeating: "  ", count: entry.depth)
            let value: String
            if node.isInformationOnly || !node.isScored {
                let input = measureOfNode[index].flatMap {
                    result.values.indices.contains($0) ? result.values[$0] : nil
                }
                value = "information only" + (input.map { ": \(NumberText.shortest($0))" } ?? "")
            } else if let slot = measureOfNode[index], slot < result.values.count, result.values[slot] == nil {
                value = "missing (0 / \(figure(Self.effectiveMaximum(node) ?? 0)))"
            } else {
                let maximum = Self.effectiveMaximum(node).map(figure) ?? "unknown"
                let nodePoints = index < points.nodePoints.count ? points.nodePoints[index] : 0
                value = "\(figure(nodePoints)) / \(maximum)"
            }
            let cells = lowestFirst.map { tier -> Explanation.Cell in
                guard let floor = tier.floors.first(where: { $0.node == node.id }) else {
                    return Explanation.Cell(requirement: "", status: .notApplicable)
                }
                let required = floor.fraction * (Self.effectiveMaximum(node) ?? 0)
                let status: CriterionStatus =
                    measureOfNode[index].map { result.values.indices.contains($0) && result.values[$0] == nil } == true
                    ? .missing : (meetsFloor(floor, points) ? .met : .notMet)
                return Explanation.Cell(requirement: "≥\(figure(required))", status: status)
            }
            rows.append(
                Explanation.Row(
                    id: indent + node.id,
                    name: node.name,
                    value: value,
                    cells: cells,
                    isBinding: blockers.contains(node.id)
                )
            )
        }
        return Explanation(
            unit: result.unit,
            standing: result.standing,
            standingName: className(result.standing.ordinal),
            classes: classes,
            rows: rows,
            notes: notes(result, points: points),
            headline: headline(result, points: points)
        )
    }

    private func figure(_ value: Double) -> String {
        NumberText.shortest((value * 100).rounded() / 100)
    }

    /// A tier's minimum as text: `≥90` points or `>0.4` index.
    public func minimumText(_ tier: Tier) -> String {
        "\(tier.inclusive ? "≥" : ">")\(NumberText.shortest(tier.minimum))\(tier.basis == .index ? " index" : "")"
    }

    private func headline(_ result: UnitResult, points: PointResult) -> String {
        let name = className(result.standing.ordinal)
        var text = tiers.isEmpty ? "Score" : "Tier: \(name.vi) (\(name.en))"
        text += " — \(figure(points.total)) of \(figure(points.maximum)) points, index "
        text += NumberText.fixed(points.index, decimals: precision)
        if let rank = points.ranks["total"] { text += ", rank \(rank)" }
        return text
    }

    private func notes(_ result: UnitResult, points: PointResult) -> [String] {
        var notes: [String] = []
        let ordinal = result.standing.ordinal
        if ordinal < tiers.count {
            let next = tiers[tiers.count - ordinal - 1]
            var reasons: [String] = []
            for condition in result.blockers {
                if condition == "total" {
                    let value =
                        next.basis == .points
                        ? figure(points.total) : NumberText.fixed(points.index, decimals: precision)
                    reasons.append("the total needs \(minimumText(next)) and has \(value)")
                } else if let floor = next.floors.first(where: { $0.node == condition }),
                    let index = nodeIndex(condition)
                {
                    let required = floor.fraction * (Self.effectiveMaximum(nodes[index].node) ?? 0)
                    reasons.append(
                        "\(condition) needs ≥\(figure(required)) and has \(figure(points.nodePoints[index]))")
                }
            }
            notes.append("\(next.name.vi) (\(next.name.en)) is not reached: \(reasons.joined(separator: "; ")).")
        } else if !tiers.isEmpty {
            notes.append("\(className(ordinal).vi) is the highest tier.")
        }
        if !result.missing.isEmpty {
            notes.append(
                "Missing values score 0: \(result.missing.joined(separator: ", ")). Fill them in to score the unit fully."
            )
        }
        for (position, view) in views.enumerated() where position < points.viewIndices.count {
            let rank = points.ranks[view.id].map { ", rank \($0)" } ?? ""
            notes.append(
                "View \(view.id) (\(view.name.en)): index \(NumberText.fixed(points.viewIndices[position], decimals: precision))\(rank)."
            )
        }
        return notes
    }
}
