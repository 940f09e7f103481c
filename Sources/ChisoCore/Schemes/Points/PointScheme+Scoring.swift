extension PointScheme: ScoringScheme {
    /// Scores one unit: points per node, total and index, view indices, the tier reached, and what keeps the unit
    /// from the next tier. Ranks depend on the cohort: see ``ScoringScheme/rank(_:)``.
    ///
    /// A node whose maximum is unknown earns no points; callers must refuse to score while ``unknownWeights`` is not
    /// empty rather than publish such totals.
    ///
    /// - Complexity: O(*m* + *t* × *f*) for *m* nodes, *t* tiers and *f* floors.
    public func score(_ assessment: Assessment, subordinates: ChildLevelSummary?) -> UnitResult {
        var points = [Double](repeating: 0, count: nodes.count)
        var missing: [Int] = []
        for (index, entry) in nodes.enumerated() {
            guard let slot = measureOfNode[index], let rule = entry.node.rule, entry.node.isScored else { continue }
            guard slot < assessment.values.count, let value = assessment.values[slot] else {
                missing.append(index + 1)
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
        let detail = PointDetail(
            total: total,
            maximum: maximum,
            index: maximum > 0 ? total / maximum : 0,
            nodePoints: points,
            viewIndices: viewNodes.map { viewIndex(of: $0, points: points) }
        )
        // The highest tier whose conditions the unit meets, as the sources list tiers best first.
        var ordinal = 0
        for candidate in stride(from: tiers.count, through: 1, by: -1)
        where failedConditions(tiers[candidate - 1], detail).isEmpty {
            ordinal = candidate
            break
        }
        let blockers = ordinal < tiers.count ? failedConditions(tiers[ordinal], detail) : []
        return UnitResult(
            unit: assessment.unit,
            standing: Standing(ordinal: ordinal),
            values: assessment.values,
            missing: missing,
            blockers: blockers,
            detail: detail
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

    /// Whether a unit meets a tier's minimum on the total, read at ``classPrecision`` where the framework declares it.
    func meetsMinimum(_ tier: Tier, _ result: PointDetail) -> Bool {
        let value = classFigure(tier.basis == .points ? result.total : result.index)
        // Compare at a precision finer than any published figure, so that 90.0 computed as 89.99999999 counts.
        let difference = value - tier.minimum
        let tolerance = 1e-9 * max(1, abs(tier.minimum))
        return tier.inclusive ? difference >= -tolerance : difference > tolerance
    }

    /// A figure as tiers read it: rounded half away from zero to ``classPrecision`` (as ``Ranking`` and the
    /// printed figures round), or as it is when the framework declares no class precision.
    func classFigure(_ value: Double) -> Double {
        guard let places = classPrecision, value.isFinite else { return value }
        let scale = Self.powerOfTen(places)
        return (value * scale).rounded(.toNearestOrAwayFromZero) / scale
    }

    /// 10 to the power `places` (0…9).
    package static func powerOfTen(_ places: Int) -> Double {
        var scale = 1.0
        for _ in 0..<min(max(places, 0), 9) { scale *= 10 }
        return scale
    }

    /// Whether a node meets a floor.
    func meetsFloor(_ floor: Tier.Floor, _ result: PointDetail) -> Bool {
        guard let index = nodeIndex(floor.node) else { return false }
        let required = floor.fraction * nodeMaxima[index]
        return result.nodePoints[index] >= required - 1e-9 * max(1, required)
    }

    /// The conditions of a tier a unit fails, as condition indices: 0 for the total, then floor nodes in tree order.
    func failedConditions(_ tier: Tier, _ result: PointDetail) -> [Int] {
        var failed: [Int] = []
        if !meetsMinimum(tier, result) { failed.append(0) }
        var floors: [Int] = []
        for floor in tier.floors where !meetsFloor(floor, result) {
            floors.append((nodeIndex(floor.node) ?? nodes.count) + 1)
        }
        return failed + floors.sorted()
    }

    /// The figures ranked: the total index, each scored top-level node's index, then each view's index.
    public var rankedFigures: [Figure] {
        var figures: [Figure] = [.total]
        for (index, entry) in nodes.enumerated() where entry.parent == nil && entry.node.isScored {
            figures.append(.condition(index + 1))
        }
        return figures + views.indices.map { .view($0) }
    }

    /// The index of a ranked figure: the total's, a node's points over its maximum, or a view's.
    public func value(of figure: Figure, in result: UnitResult) -> Double? {
        guard let detail = result.pointDetail else { return nil }
        switch figure {
        case .total: return detail.index
        case .condition(let condition):
            let node = condition - 1
            guard node >= 0, node < detail.nodePoints.count else { return nil }
            return nodeMaxima[node] > 0 ? detail.nodePoints[node] / nodeMaxima[node] : 0
        case .view(let view):
            return view >= 0 && view < detail.viewIndices.count ? detail.viewIndices[view] : nil
        }
    }

    /// Decimal places of the published index.
    public var rankingPrecision: Int { precision }

    /// Whether a unit takes part in the ranking: every unit, unless the framework leaves units below the lowest
    /// tier unranked (``unrankedBelowTiers``).
    public func isRanked(_ result: UnitResult) -> Bool {
        !(unrankedBelowTiers && !tiers.isEmpty && result.standing.ordinal == 0)
    }

    /// Made-up values around a random quality, for samples and tests.
    public func syntheticValues(missingRate: Double, using random: inout SplitMix64) -> [Double?] {
        let quality = Double.random(in: 0.3...1, using: &random)
        return measures.map { measure -> Double? in
            Double.random(in: 0..<1, using: &random) < missingRate
                ? nil : SyntheticUnits.value(measure, quality: quality, using: &random)
        }
    }
}
