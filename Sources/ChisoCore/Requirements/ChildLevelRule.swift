/// The roll-up rule of district criterion `CHUNG.01` (Decision 2361, Phụ lục II): every subordinate unit at
/// `allAtLeast` or above, and, where given, at least `sharePercent`% of them at `shareLevel` or above.
public struct ChildLevelRule: Hashable, Sendable {
    /// The level every subordinate unit must reach.
    public var allAtLeast: Int
    /// The higher level a share of them must reach, if any.
    public var shareLevel: Int?
    /// The share, in percent, that must reach `shareLevel`.
    public var sharePercent: Double

    /// Creates a roll-up rule.
    public init(allAtLeast: Int, shareLevel: Int? = nil, sharePercent: Double = 0) {
        self.allAtLeast = allAtLeast
        self.shareLevel = shareLevel
        self.sharePercent = sharePercent
    }

    /// The status of the rule for a unit's subordinate units. A unit with no subordinate units does not meet it.
    /// When some subordinate units could not be read, the rule is not met if those that could be read already fail
    /// it whatever the others' levels, and missing otherwise: an unreadable unit never silently counts as passing or
    /// vanishes from the count.
    ///
    /// - Parameter children: The subordinate units' levels.
    /// - Returns: ``CriterionStatus/met``, ``CriterionStatus/notMet`` or ``CriterionStatus/missing``.
    public func status(of children: ChildLevelSummary) -> CriterionStatus {
        let known = children.total
        let unreadable = children.unreadable.count
        guard known + unreadable > 0 else { return .notMet }
        if children.count(atLeast: allAtLeast) < known { return .notMet }
        if unreadable > 0 {
            // Even if every unreadable unit reached shareLevel, could the share be met? If not, it is not met.
            if let shareLevel {
                let best = Double(children.count(atLeast: shareLevel) + unreadable) * 100
                if best < sharePercent * Double(known + unreadable) { return .notMet }
            }
            return .missing
        }
        guard let shareLevel else { return .met }
        // Compare counts, not rounded shares: count × 100 ≥ percent × total.
        return Double(children.count(atLeast: shareLevel)) * 100 >= sharePercent * Double(known) ? .met : .notMet
    }
}
