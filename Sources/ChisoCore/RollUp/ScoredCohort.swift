/// A cohort of units scored together: the framework, one result per unit, their ranks, and, when subordinate units
/// were rolled up, the linked scoring of both; what every output of a scoring is made from.
public struct ScoredCohort: Sendable {
    /// The framework used.
    public var framework: Framework
    /// One result per unit, in input order.
    public var results: [UnitResult]
    /// The ranks of the units among those scored, by position in ``results``.
    public var ranks: CohortRanks
    /// The subordinate units and their parents scored together, when subordinate units were given.
    public var linked: LinkedScoring?
    /// Why the values scored are an approximation of the framework's own quantities (a crosswalk's reason); `nil`
    /// when they are its own. Every output then says so.
    public var approximation: String?

    /// Creates a cohort from its parts.
    ///
    /// - Parameters:
    ///   - framework: The framework used.
    ///   - results: One result per unit.
    ///   - ranks: The units' ranks, by position in `results`.
    ///   - linked: The linked scoring, when subordinate units were given.
    ///   - approximation: Why the values are an approximation, if they are.
    public init(
        framework: Framework, results: [UnitResult], ranks: CohortRanks, linked: LinkedScoring? = nil,
        approximation: String? = nil
    ) {
        self.framework = framework
        self.results = results
        self.ranks = ranks
        self.linked = linked
        self.approximation = approximation
    }
}
