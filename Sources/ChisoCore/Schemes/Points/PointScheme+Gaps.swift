extension PointScheme: GapMeasuring {
    /// The gaps of a point result to a tier: the total against the tier's minimum, as the tier reads it (at the
    /// precision its classes are published at, strictly above where the tier says "above"), each node against its
    /// floor, and then the headroom every scored input leaf still has.
    ///
    /// - Parameters:
    ///   - result: A result of this scheme.
    ///   - target: The tier aimed at, 1 for the lowest.
    ///   - reached: Whether the unit already stands at the tier: then it meets its total and every floor, and only
    ///     its headroom is listed.
    /// - Returns: The gaps, or `nil` for a result without point detail.
    /// - Complexity: O(*n*) for *n* nodes.
    public func measuredGaps(of result: UnitResult, toClass target: Int, reached: Bool) -> [Gap]? {
        guard let detail = result.pointDetail else { return nil }
        let gap = { (index: Int, kind: Gap.Kind, shortfall: Gap.Shortfall) in
            Gap(unit: result.unit.id, target: target, subject: .condition(index), kind: kind, shortfall: shortfall)
        }
        var gaps: [Gap] = []
        for index in conditions.indices where !reached {
            let have = points(ofCondition: index, in: detail)
            guard let (need, inclusive) = least(ofCondition: index, forTier: target) else { continue }
            guard inclusive ? have < need - 1e-9 : have <= need + 1e-9 else { continue }
            let shortfall = Gap.Shortfall.value(current: have, least: need, inclusive: inclusive, measure: nil)
            gaps.append(gap(index, index == 0 ? .total : .floor, shortfall))
        }
        for (index, condition) in conditions.enumerated()
        where condition.tags.contains(.input) && !condition.tags.contains(.informationOnly) {
            let have = points(ofCondition: index, in: detail)
            let maximum = maximum(ofCondition: index)
            guard maximum - have > 1e-9 else { continue }
            gaps.append(gap(index, .headroom, .value(current: have, least: maximum, inclusive: true, measure: nil)))
        }
        return gaps
    }

    /// The points a condition earned: the total's, or node *i*'s for condition *i* + 1.
    private func points(ofCondition condition: Int, in detail: PointDetail) -> Double {
        condition == 0 ? detail.total : detail.nodePoints[condition - 1]
    }

    /// The least points a tier asks of a condition, and whether that least is enough; for the total, as the tier
    /// reads it (0.32495 is 0.3250 at a published precision of four places). `nil` where the tier asks nothing.
    private func least(ofCondition index: Int, forTier target: Int) -> (Double, Bool)? {
        if index == 0, tiers.indices.contains(target - 1) {
            let tier = tiers[target - 1]
            let least = leastFigure(meeting: tier)
            return (tier.basis == .points ? least.value : least.value * maximum(ofCondition: 0), least.inclusive)
        }
        switch requirement(of: index, forClass: target) {
        case .points(let least, let inclusive): return (least, inclusive)
        case .index(let least, let inclusive): return (least * maximum(ofCondition: 0), inclusive)
        default: return nil
        }
    }
}
