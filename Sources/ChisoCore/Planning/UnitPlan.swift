/// One unit's plan to a target class: the class it stands at, the class wanted, the cheapest plan or why there is
/// none, and for a district plan its communes' changes; under a budget, whether the plan is funded.
public struct UnitPlan: Sendable {
    /// The unit.
    public var unit: UnitInfo
    /// The class it stands at now.
    public var current: Int
    /// The class wanted.
    public var target: Int
    /// The plan, or why there is none.
    public var outcome: PlanOutcome
    /// The measures whose value was missing and that the plan changes (costed from 0 or "no").
    public var missingChanged: [Int]
    /// For a district plan, the communes' changes: commune ID and its changes, in file order.
    public var subordinateChanges: [(unit: String, changes: [PlannedChange])] = []
    /// Under a budget: whether the allocation funds this plan; `nil` without a budget.
    public var funded: Bool?

    /// The whole cost, the communes' changes included; `nil` when unreachable.
    public var totalCost: Double? {
        outcome.cost.map { own in own + subordinateChanges.flatMap(\.changes).reduce(0) { $0 + $1.cost } }
    }

    /// Creates a plan.
    ///
    /// - Parameters:
    ///   - unit: The unit.
    ///   - current: The class it stands at now.
    ///   - target: The class wanted.
    ///   - outcome: The plan, or why there is none.
    ///   - missingChanged: The measures whose value was missing and that the plan changes.
    ///   - subordinateChanges: For a district plan, the communes' changes.
    ///   - funded: Under a budget, whether the plan is funded.
    public init(
        unit: UnitInfo, current: Int, target: Int, outcome: PlanOutcome, missingChanged: [Int],
        subordinateChanges: [(unit: String, changes: [PlannedChange])] = [], funded: Bool? = nil
    ) {
        self.unit = unit
        self.current = current
        self.target = target
        self.outcome = outcome
        self.missingChanged = missingChanged
        self.subordinateChanges = subordinateChanges
        self.funded = funded
    }
}
