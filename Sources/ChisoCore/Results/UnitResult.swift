/// The result of scoring one unit, in a form shared by every scheme.
public struct UnitResult: Hashable, Sendable {
    /// The unit scored.
    public var unit: UnitInfo
    /// The class reached.
    public var standing: Standing
    /// The input values, one per measure of the scheme, as in the unit's ``Assessment``.
    public var values: [Double?]
    /// Per criterion of the scheme, in its order: the status at each level.
    public var statuses: [LevelStatuses]
    /// IDs of criteria whose value is missing where it is needed.
    public var missing: [String]
    /// IDs of the criteria (or conditions) that keep the unit from the next class; empty at the top class.
    public var blockers: [String]
    /// Levels of the subordinate units rolled up into this unit's result, if the scheme rolls any up.
    public var children: ChildLevelSummary?
    /// Points, index and ranks, for point schemes.
    public var points: PointResult?

    /// Creates a result.
    public init(
        unit: UnitInfo,
        standing: Standing,
        values: [Double?],
        statuses: [LevelStatuses],
        missing: [String],
        blockers: [String],
        children: ChildLevelSummary? = nil,
        points: PointResult? = nil
    ) {
        self.unit = unit
        self.standing = standing
        self.values = values
        self.statuses = statuses
        self.missing = missing
        self.blockers = blockers
        self.children = children
        self.points = points
    }

    /// Whether the unit reached the level it registered for; `nil` when it registered none.
    public var meetsRegistered: Bool? {
        unit.registeredLevel.map { standing.ordinal >= $0 }
    }
}
