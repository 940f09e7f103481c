/// The plans of a cohort: one per unit planned, the scheme whose classes they name, and the budget they share.
public struct CohortPlan: Sendable {
    /// One plan per unit planned, in input order.
    public var plans: [UnitPlan]
    /// The scheme whose classes the plans' `current` and `target` name: the framework's, or for an index target
    /// one with two classes, below the index and at or above it.
    public var scheme: any ScoringScheme
    /// The budget, if the plans share one.
    public var budget: Double?

    /// What the funded plans spend (every reachable plan without a budget).
    ///
    /// - Complexity: O(*n*) for *n* plans.
    public var spent: Double {
        plans.filter { $0.funded ?? true }.compactMap(\.totalCost).reduce(0, +)
    }

    /// Creates the value from its parts.
    ///
    /// - Parameters:
    ///   - plans: One plan per unit.
    ///   - scheme: The scheme whose classes the plans name.
    ///   - budget: The budget, if any.
    public init(plans: [UnitPlan], scheme: any ScoringScheme, budget: Double? = nil) {
        self.plans = plans
        self.scheme = scheme
        self.budget = budget
    }
}
