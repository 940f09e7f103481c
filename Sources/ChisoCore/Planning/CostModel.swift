/// What it costs to raise a unit's values, as a planner fills it in a spreadsheet: per measure, a cost per unit of
/// the value as it is entered (one percentage point, one count, one point; for a 0–1 ratio, the whole range), a
/// one-off cost paid when the value changes at all, and the highest value reachable. A measure without a rate
/// cannot be changed.
public struct CostModel: Hashable, Sendable {
    /// The cost of changing one measure.
    public struct Rate: Hashable, Sendable {
        /// The cost of raising the value by one unit as it is entered.
        public var perUnit: Double
        /// The one-off cost paid when the value changes at all (for yes/no: deploying the system).
        public var fixed: Double
        /// The highest value reachable, if lower than the measure's natural maximum.
        public var maximum: Double?

        /// Creates a rate.
        public init(perUnit: Double = 0, fixed: Double = 0, maximum: Double? = nil) {
            self.perUnit = perUnit
            self.fixed = fixed
            self.maximum = maximum
        }
    }

    /// The rates for every unit, by measure index.
    public var defaults: [Int: Rate] {
        didSet { defaultList = Self.list(defaults) }
    }
    /// Rates for one unit that override the defaults, by unit ID and measure index.
    public var overrides: [String: [Int: Rate]]
    /// The defaults as a list by measure index, up to the highest measure with a rate.
    private var defaultList: [Rate?]

    /// Creates a cost model.
    public init(defaults: [Int: Rate] = [:], overrides: [String: [Int: Rate]] = [:]) {
        self.defaults = defaults
        self.overrides = overrides
        self.defaultList = Self.list(defaults)
    }

    private static func list(_ rates: [Int: Rate]) -> [Rate?] {
        guard let last = rates.keys.max(), last >= 0 else { return [] }
        return (0...last).map { rates[$0] }
    }

    /// The rate of a measure for a unit: its own, else the default; `nil` when the measure cannot be changed.
    public func rate(unit: String, measure: Int) -> Rate? {
        overrides[unit]?[measure] ?? defaults[measure]
    }

    /// The rates of a unit for measures `0..<count`, looked up once.
    func rates(unit: String, count: Int) -> [Rate?] {
        if let own = overrides[unit] { return (0..<count).map { own[$0] ?? defaults[$0] } }
        if defaultList.count == count { return defaultList }
        return (0..<count).map { $0 < defaultList.count ? defaultList[$0] : nil }
    }

    /// The cost of raising a measure from `current` (missing counts as 0) to `target`, or `nil` when the rate
    /// forbids it (no rate, or above the reachable maximum). Not raising it costs nothing.
    ///
    /// - Parameters:
    ///   - current: The value now; `nil` when missing.
    ///   - target: The value wanted.
    ///   - rate: The measure's rate, if any.
    /// - Returns: The cost, or `nil` when the change cannot be made.
    public static func cost(from current: Double?, to target: Double, rate: Rate?) -> Double? {
        let start = current.map { $0.isNaN ? 0 : $0 } ?? 0
        if let current, !current.isNaN, target <= current { return 0 }
        guard let rate else { return nil }
        if let maximum = rate.maximum, target > maximum + 1e-9 * max(1, abs(maximum)) { return nil }
        return rate.fixed + rate.perUnit * max(target - start, 0)
    }
}

/// A change to one value of a unit.
public struct PlannedChange: Hashable, Sendable {
    /// The measure changed, by index in the scheme's measures.
    public var measure: Int
    /// The value now; `nil` when missing (costed as 0 or "no").
    public var from: Double?
    /// The value to reach.
    public var to: Double
    /// What the change costs.
    public var cost: Double

    /// Creates a change.
    public init(measure: Int, from: Double?, to: Double, cost: Double) {
        self.measure = measure
        self.from = from
        self.to = to
        self.cost = cost
    }
}

/// The cheapest way found to bring a unit to a class, or why there is none.
public enum PlanOutcome: Hashable, Sendable {
    /// The unit already stands at the target or above: nothing to do.
    case alreadyThere(Int)
    /// The changes, their total cost, and the class they bring the unit to: the cheapest there is.
    case plan(changes: [PlannedChange], cost: Double, reaches: Int)
    /// Changes that reach the target, as in ``plan(changes:cost:reaches:)``, but not proved the cheapest: the best
    /// the planner found when every exact method it has passed its budget (a rare, very large knapsack-like point
    /// problem). A cheaper plan may exist; outputs must say so.
    case bestFound(changes: [PlannedChange], cost: Double, reaches: Int)
    /// No change the cost model allows reaches the target; the conditions that cannot be met, with why.
    case unreachable([Obstacle])

    /// Why a condition cannot be met.
    public struct Obstacle: Hashable, Sendable {
        /// What stands in the way.
        public enum Reason: Hashable, Sendable {
            /// A measure the requirement needs has no cost row: it cannot be changed.
            case noCost(measure: Int)
            /// A measure would have to pass the reachable maximum of its cost row.
            case capped(measure: Int, maximum: Double, needed: Double)
            /// The requirement depends on subordinate units, which this plan does not change.
            case subordinates
            /// No value of the measure meets the requirement at all.
            case impossible
        }

        /// The condition, by index in the scheme's conditions.
        public var condition: Int
        /// Why.
        public var reason: Reason

        /// Creates an obstacle.
        public init(condition: Int, reason: Reason) {
            self.condition = condition
            self.reason = reason
        }
    }

    /// The plan's total cost: 0 when the unit is already there, `nil` when unreachable.
    public var cost: Double? {
        switch self {
        case .alreadyThere: 0
        case .plan(_, let cost, _), .bestFound(_, let cost, _): cost
        case .unreachable: nil
        }
    }

    /// Whether the outcome is proved: false only for ``bestFound(changes:cost:reaches:)``.
    public var isProvedOptimal: Bool {
        if case .bestFound = self { return false }
        return true
    }

    /// The changes to make; empty when already there or unreachable.
    public var changes: [PlannedChange] {
        switch self {
        case .plan(let changes, _, _), .bestFound(let changes, _, _): changes
        case .alreadyThere, .unreachable: []
        }
    }
}

/// A scheme that can say the cheapest way to bring a unit to a class. Every scheme chiso ships conforms; the
/// conformance suite checks the planning invariants (a plan applied reaches what it promised, a unit at its target
/// needs nothing, raising a value never lowers a class, a cheaper cost model never gives a dearer plan).
public protocol PlanningScheme: ScoringScheme {
    /// The cheapest changes that bring a unit to `target` or above, exactly (an optimum, not a heuristic).
    ///
    /// - Parameters:
    ///   - assessment: The unit's values now.
    ///   - target: The class wanted, 1 for the lowest.
    ///   - costs: What changes cost.
    ///   - subordinates: The unit's subordinate units, which the plan does not change.
    /// - Returns: The plan, or why there is none.
    func cheapestPlan(
        for assessment: Assessment, target: Int, costs: CostModel, subordinates: ChildLevelSummary?
    ) -> PlanOutcome

    /// The cheapest plan for a unit whose standing rolls up its subordinate units (a district and its communes,
    /// which may use any planning scheme), with the changes to those units. A scheme that rolls nothing up
    /// inherits one that plans the unit alone, its subordinate units as they are.
    ///
    /// - Parameters:
    ///   - parent: The unit, by index in ``LinkedScoring/parents``.
    ///   - linked: The units and their subordinate units, scored; `linked.parentScheme` is this scheme.
    ///   - target: The class wanted.
    ///   - costs: What the unit's own changes cost.
    ///   - childCosts: What the subordinate units' changes cost.
    /// - Returns: The plan, or why there is none.
    func cheapestPlan(
        forParent parent: Int, in linked: LinkedScoring, target: Int, costs: CostModel, childCosts: CostModel
    ) -> RollUpPlan

    /// The cheapest plans to stand at exactly each class (index 0 for class 1), for a scheme whose rule lets a unit
    /// stand at a class without the ones below it, so that a roll-up plans each subordinate unit's classes once;
    /// `nil` (the inherited answer) when plans to a class or above are all the scheme gives.
    ///
    /// - Parameters:
    ///   - assessment: The unit's values now.
    ///   - now: The unit's result now.
    ///   - costs: What changes cost.
    /// - Returns: One plan or `nil` (unreachable, or at or below the unit's class) per class; or `nil`.
    func cheapestPlansToEachClass(
        for assessment: Assessment, now: UnitResult, costs: CostModel
    ) -> [(cost: Double, changes: [PlannedChange])?]?
}

extension PlanningScheme {
    /// Plans the unit alone, its subordinate units as they are.
    public func cheapestPlan(
        forParent parent: Int, in linked: LinkedScoring, target: Int, costs: CostModel, childCosts: CostModel
    ) -> RollUpPlan {
        linked.plannedAlone(self, parent: parent, target: target, costs: costs)
    }

    /// No plans to exactly each class: plans to a class or above only.
    public func cheapestPlansToEachClass(
        for assessment: Assessment, now: UnitResult, costs: CostModel
    ) -> [(cost: Double, changes: [PlannedChange])?]? { nil }
}

/// The conditions a plan cannot meet, with why.
public struct PlanningObstacles: Error, Hashable, Sendable {
    /// The obstacles.
    public var obstacles: [PlanOutcome.Obstacle]

    /// Creates obstacles.
    public init(obstacles: [PlanOutcome.Obstacle]) {
        self.obstacles = obstacles
    }
}
