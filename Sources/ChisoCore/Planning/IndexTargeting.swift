/// A scheme whose units have an index (a total over a maximum, 0…1), so that a plan or a gap may aim at an index
/// instead of a class — the only aim a framework without tiers (the provincial DTI) offers.
///
/// Implementation guidance: return the same scheme (same measures, same conditions, same scoring) with its classes
/// replaced by two, "below the index" (every unit) and "at or above it", so that every planner and every gap of
/// the scheme works on the index target unchanged, and exactly.
public protocol IndexTargeting: PlanningScheme {
    /// The largest total a unit can earn, the index's denominator; `nil` when it is unknown.
    var indexMaximum: Double? { get }

    /// The scheme with two classes: 1, below `index` (any unit), and 2, an index of at least `index`.
    ///
    /// - Parameters:
    ///   - index: The index aimed at, 0…1.
    ///   - names: The names of the two classes, as reports show them.
    /// - Returns: The scheme, or `nil` when the scheme computes no index (its maximum is unknown or 0).
    func aiming(atIndex index: Double, names: (below: LocalizedText, reached: LocalizedText)) -> (any PlanningScheme)?
}
