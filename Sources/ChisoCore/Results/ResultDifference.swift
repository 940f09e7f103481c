/// How one unit's result differs between two scorings of the same cohort (a what-if): its class, score and ranks
/// before and after.
public struct ResultDifference: Sendable {
    /// The unit.
    public var unit: UnitInfo
    /// Whether it is a subordinate unit (a commune of a district).
    public var isSubordinate: Bool
    /// Its result before.
    public var before: UnitResult
    /// Its result after.
    public var after: UnitResult
    /// Its ranks before, by figure.
    public var rankBefore: [Figure: Int]
    /// Its ranks after, by figure.
    public var rankAfter: [Figure: Int]

    /// Creates the value from its parts.
    ///
    /// - Parameters:
    ///   - unit: The unit.
    ///   - isSubordinate: Whether it is a subordinate unit.
    ///   - before: Its result before.
    ///   - after: Its result after.
    ///   - rankBefore: Its ranks before.
    ///   - rankAfter: Its ranks after.
    public init(
        unit: UnitInfo, isSubordinate: Bool, before: UnitResult, after: UnitResult, rankBefore: [Figure: Int],
        rankAfter: [Figure: Int]
    ) {
        self.unit = unit
        self.isSubordinate = isSubordinate
        self.before = before
        self.after = after
        self.rankBefore = rankBefore
        self.rankAfter = rankAfter
    }
}
