extension PointScheme {
    /// What a tier asks of a condition, as data: the total's minimum (in points or as an index), or a floor on a
    /// node in points.
    ///
    /// - Parameters:
    ///   - condition: 0 for the total, *i* + 1 for node *i*.
    ///   - ordinal: A tier, 1 for the lowest.
    /// - Returns: The requirement; ``ClassRequirement/notApplicable`` for a node without a floor in that tier.
    public func requirement(of condition: Int, forClass ordinal: Int) -> ClassRequirement {
        guard ordinal >= 1, ordinal <= tiers.count else { return .notApplicable }
        let tier = tiers[ordinal - 1]
        if condition == 0 {
            return tier.basis == .points
                ? .points(atLeast: tier.minimum, inclusive: tier.inclusive)
                : .index(atLeast: tier.minimum, inclusive: tier.inclusive)
        }
        let node = condition - 1
        guard node >= 0, node < nodes.count,
            let floor = tier.floors.first(where: { nodeIndex($0.node) == node })
        else { return .notApplicable }
        return .points(atLeast: floor.fraction * nodeMaxima[node], inclusive: true)
    }

    /// The least input value of a leaf that earns at least `points`: the inverse of the leaf's rule.
    ///
    /// - Parameters:
    ///   - condition: A leaf's condition index (*i* + 1 for node *i*).
    ///   - points: The points wanted.
    /// - Returns: The least value, or `nil` for a condition that is not a scored leaf or points it cannot earn.
    public func leastValue(ofLeaf condition: Int, earning points: Double) -> Double? {
        let node = condition - 1
        guard node >= 0, node < nodes.count, let rule = nodes[node].node.rule, nodes[node].node.isScored,
            measureOfNode[node] != nil
        else { return nil }
        return rule.leastValue(earning: points, maximum: nodeMaxima[node])
    }

    /// The most points a condition can earn: the total's or a node's maximum; `nil` where the source does not give
    /// it.
    public func points(ofCondition condition: Int) -> Double? {
        unknownWeights.contains(condition) ? nil : maximum(ofCondition: condition)
    }

    /// The maximum points of a condition: the total's or a node's (0 when unknown).
    ///
    /// - Parameter condition: 0 for the total, *i* + 1 for node *i*.
    public func maximum(ofCondition condition: Int) -> Double {
        condition == 0 ? (maximum ?? 0) : (condition - 1 < nodeMaxima.count ? nodeMaxima[condition - 1] : 0)
    }
}
