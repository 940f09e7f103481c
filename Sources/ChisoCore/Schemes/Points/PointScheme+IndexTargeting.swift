extension PointScheme: IndexTargeting {
    /// The total maximum of the scored top-level nodes.
    public var indexMaximum: Double? { maximum }

    /// The scheme with two tiers on the index, and no floor: the points requirement on the total is the index
    /// times the maximum, which the point planner meets exactly.
    public func aiming(atIndex index: Double, names: (below: LocalizedText, reached: LocalizedText))
        -> (any PlanningScheme)?
    {
        guard let maximum, maximum > 0, index.isFinite, index >= 0, index <= 1 else { return nil }
        // The index as the framework publishes its classes, when the target is written at that precision: a unit
        // printed 0.3250 reaches a target of 0.325, as it reaches the band that starts there.
        let places = classPrecision.flatMap { places -> Int? in
            let scale = Self.powerOfTen(places)
            return (index * scale).rounded() == index * scale ? places : nil
        }
        return PointScheme(
            roots: roots, views: views,
            tiers: [
                Tier(name: names.below, minimum: 0, inclusive: true, basis: .index),
                Tier(name: names.reached, minimum: index, inclusive: true, basis: .index),
            ], precision: precision, classPrecision: places, belowTiers: belowTiers)
    }
}
