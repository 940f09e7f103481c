/// What a scheme adds to a unit's result: a level scheme's statuses per criterion and level, a point scheme's points.
///
/// Each scheme reads its own detail back with `as?`; code outside the scheme uses the scheme's protocol instead.
public protocol ResultDetail: Sendable {
    /// Whether this detail equals another, of any type.
    func isEqual(to other: any ResultDetail) -> Bool

    /// The unit's index from 0 to 1 (points over the maximum), for a scheme that computes one; `nil` otherwise.
    var commonIndex: Double? { get }

    /// The unit's score in the scheme's own unit (a point scheme's total points), for a scheme that computes one;
    /// `nil` otherwise.
    var score: Double? { get }

    /// The classes of the subordinate units rolled up into the unit's result, for a scheme that rolls any up;
    /// `nil` otherwise.
    var subordinates: ChildLevelSummary? { get }
}

extension ResultDetail {
    /// No index, unless the detail gives one.
    public var commonIndex: Double? { nil }

    /// No score, unless the detail gives one.
    public var score: Double? { nil }

    /// No subordinate units, unless the detail rolls some up.
    public var subordinates: ChildLevelSummary? { nil }
}

extension ResultDetail where Self: Equatable {
    /// Equal when `other` is of the same type and equal.
    public func isEqual(to other: any ResultDetail) -> Bool {
        (other as? Self) == self
    }
}

/// The result of scoring one unit, in a form shared by every scheme.
public struct UnitResult: Equatable, Sendable {
    /// The unit scored.
    public var unit: UnitInfo
    /// The class reached.
    public var standing: Standing
    /// The input values, one per measure of the scheme, as in the unit's ``Assessment``.
    public var values: [Double?]
    /// Indices in ``ScoringScheme/conditions`` of the conditions whose value is missing where it is needed, in order.
    public var missing: [Int]
    /// Indices in ``ScoringScheme/conditions`` of the conditions that keep the unit from the next class, in order;
    /// empty at the top class.
    public var blockers: [Int]
    /// What the scheme adds: statuses per class, points, a roll-up summary.
    public var detail: any ResultDetail

    /// Creates a result.
    public init(
        unit: UnitInfo,
        standing: Standing,
        values: [Double?],
        missing: [Int],
        blockers: [Int],
        detail: any ResultDetail
    ) {
        self.unit = unit
        self.standing = standing
        self.values = values
        self.missing = missing
        self.blockers = blockers
        self.detail = detail
    }

    /// Whether the unit reached the class it registered for; `nil` when it registered none.
    public var meetsRegistered: Bool? {
        unit.registeredLevel.map { standing.ordinal >= $0 }
    }

    /// Equal when every field is equal, the detail included.
    public static func == (lhs: UnitResult, rhs: UnitResult) -> Bool {
        lhs.unit == rhs.unit && lhs.standing == rhs.standing && lhs.values == rhs.values
            && lhs.missing == rhs.missing && lhs.blockers == rhs.blockers && lhs.detail.isEqual(to: rhs.detail)
    }
}
