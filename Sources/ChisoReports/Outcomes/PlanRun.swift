public import ChisoCore
public import ChisoFormats

/// One planning job from files: score the units, read the cost file, and find for each unit the cheapest plan to
/// its target class.
public struct PlanRun: Sendable {
    /// One unit's plan.
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

        /// Creates the value from its parts.
        package init(
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

    /// The scoring job the plans start from.
    public var scoring: ScoringRun
    /// One plan per unit planned, in file order.
    public var plans: [UnitPlan]
    /// Warnings about the cost file.
    public var warnings: [Diagnostic]
    /// The budget, if the plans share one.
    public var budget: Double?
    /// The scheme whose classes the plans' `current` and `target` name: the framework's, or for an index target
    /// (`--target 0.70`) two classes, below the index and at or above it.
    public var targetScheme: any ScoringScheme
    /// The parameters that made the plans (target, unit, budget, objective), as outputs name them.
    public var parameters: [(name: String, value: String)] = []
    /// What the funded plans spend.
    public var spent: Double {
        plans.filter { $0.funded ?? true }.compactMap(\.totalCost).reduce(0, +)
    }

    /// What a budget maximises across units.
    public enum Objective: String, Sendable, CaseIterable {
        /// The number of units brought to the target.
        case unitsAtTarget = "units-at-target"
        /// The classes gained, summed over units.
        case levelsGained = "levels-gained"
    }

    /// Creates the value from its parts.
    package init(
        scoring: ScoringRun, plans: [UnitPlan], warnings: [Diagnostic], budget: Double? = nil,
        targetScheme: any ScoringScheme, parameters: [(name: String, value: String)] = []
    ) {
        self.scoring = scoring
        self.plans = plans
        self.warnings = warnings
        self.budget = budget
        self.targetScheme = targetScheme
        self.parameters = parameters
    }
}
