public import ChisoCore
public import ChisoFormats

/// One planning job from files: score the units, read the cost file, and find for each unit the cheapest plan to
/// its target class.
public struct PlanRun: Sendable {
    /// One unit's plan.
    public typealias UnitPlan = ChisoCore.UnitPlan

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
