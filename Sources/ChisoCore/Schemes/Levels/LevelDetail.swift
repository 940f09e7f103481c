/// What a level scheme adds to a unit's result: each criterion's status at each level, and the subordinate units
/// rolled up, if any.
public struct LevelDetail: ResultDetail, Hashable {
    /// Per criterion of the scheme, in its order: the status at each level.
    public var statuses: [LevelStatuses]
    /// Levels of the subordinate units rolled up into this unit's result, if the scheme rolls any up.
    public var subordinates: ChildLevelSummary?

    /// Creates a detail.
    public init(statuses: [LevelStatuses], subordinates: ChildLevelSummary? = nil) {
        self.statuses = statuses
        self.subordinates = subordinates
    }
}

extension UnitResult {
    /// The level scheme's detail of this result, if a level scheme produced it.
    package var levelDetail: LevelDetail? { detail as? LevelDetail }
}
