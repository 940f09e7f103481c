extension PointScheme: ScoringScheme {
    /// Scores units: points per node, total and index, view indices, the tier reached, what keeps each unit from
    /// the next tier, and competition ranks among the units given.
    ///
    /// A node whose maximum is unknown earns no points; callers should refuse to score while
    /// ``unknownMaxima`` is not empty rather than publish such totals.
    ///
    /// - Complexity: O(*n* × *m* + *n* log *n* × *k*) for *n* units, *m* nodes and *k* ranked figures.
    public func score(_ assessments: [Assessment], context: ScoringContext) -> [UnitResult] {
        var results = assessments.map(score)
        rank(&results)
        return results
    }

    private func score(_ assessment: Assessment) -> UnitResult {
        var points = [Double](repeating: 0, count: nodes.count)
        var missing: [String] = []
        for (index, entry) in nodes.enumerated() {
            guard let slot = measureOfNode[index], let rule = entry.node.rule else { continue }
            let value = slot < assessment.values.count ? assessment.values[slot] : nil
            guard entry.node.isScored else { continue }
            guard let value else {
                missing.append(entry.node.id)
                continue
            }
            points[index] = rule.points(for: value, maximum: entry.node.maximum ?? 0)
        }
        // Children follow their parent in `nodes`: walking backwards adds each subtree into its parent.
        for index in nodes.indices.reversed() {
            guard let parent = nodes[index].parent, nodes[index].node.isScored else { continue }
            points[parent] += points[index]
        }
        var total = 0.0
        for (index, entry) in nodes.enumerated() where entry.parent == nil && entry.node.isScored {
            total += points[index]
        }
        let maximum = self.maximum ?? 0
        let viewIndices = viewNodes.map { viewIndex(of: $0, points: points) }
        let result = PointResult(
            total: total,
            maximum: maximum,
            index: maximum > 0 ? total / maximum : 0,
            nodePoints: points,
            viewIndices: viewIndices
        )
        var ordinal = 0
        for (position, tier) in tiers.enumerated() where failedConditions(tier, result).isEmpty {
            ordinal = tiers.count - position
            break
        }
        let blockers = ordinal < tiers.count ? failedConditions(tiers[tiers.count - ordinal - 1], result) : []
        return UnitResult(
            unit: assessment.unit,
            standing: Standing(ordinal: ordinal),
            values: assessment.values,
            statuses: [],
            missing: missing,
            blockers: blockers,
            points: result
        )
    }

    /// The index of a view: the points of its nodes over their maxima.
    func viewIndex(of nodeIndices: [Int], points: [Double]) -> Double {
        var sum = 0.0
        var maximum = 0.0
        for index in nodeIndices {
            sum += points[index]
            maximum += nodeMaxima[index]
        }
        return maximum > 0 ? sum / maximum : 0
    }

    /// Whether a unit meets a tier's minimum on the total.
    func meetsMinimum(_ tier: Tier, _ result: PointResult) -> Bool {
        let value = tier.basis == .points ? result.total : result.index
        // Compare at a precision finer than any published figure, so that 90.0 computed as 89.99999999 counts.
        let difference = value - tier.minimum
        let tolerance = 1e-9 * max(1, abs(tier.minimum))
        return tier.inclusive ? difference >= -tolerance : difference > tolerance
    }

    /// Whether a node meets a floor.
    func meetsFloor(_ floor: Tier.Floor, _ result: PointResult) -> Bool {
        guard let index = nodeIndex(floor.node) else { return false }
        let required = floor.fraction * nodeMaxima[index]
        return result.nodePoints[index] >= required - 1e-9 * max(1, required)
    }

    /// The conditions of a tier a unit fails: `total`, then the IDs of floor nodes in tree order.
    func failedConditions(_ tier: Tier, _ result: PointResult) -> [String] {
        var failed: [String] = []
        if !meetsMinimum(tier, result) { failed.append("total") }
        // In tree order, as explanations list nodes.
        let floors = tier.floors.filter { !meetsFloor($0, result) }.map(\.node)
        failed += floors.sorted { (nodeIndex($0) ?? Int.max) < (nodeIndex($1) ?? Int.max) }
        return failed
    }

    /// The IDs ranked besides `total`: scored top-level nodes, then views.
    public var rankedIDs: [String] {
        roots.filter(\.isScored).map(\.id) + views.map(\.id)
    }

    private func rank(_ results: inout [UnitResult]) {
        guard !results.isEmpty else { return }
        var figures: [(String, [Double])] = [("total", results.map { $0.points?.index ?? 0 })]
        for (index, entry) in nodes.enumerated() where entry.parent == nil && entry.node.isScored {
            let maximum = nodeMaxima[index]
            figures.append(
                (entry.node.id, results.map { maximum > 0 ? ($0.points?.nodePoints[index] ?? 0) / maximum : 0 }))
        }
        for (position, view) in views.enumerated() {
            figures.append((view.id, results.map { $0.points?.viewIndices[position] ?? 0 }))
        }
        let ranks = figures.map { Ranking.competition($0.1, decimals: precision) }
        for unit in results.indices {
            var byID = [String: Int](minimumCapacity: figures.count)
            for (figure, (id, _)) in figures.enumerated() { byID[id] = ranks[figure][unit] }
            results[unit].points?.ranks = byID
        }
    }
}
