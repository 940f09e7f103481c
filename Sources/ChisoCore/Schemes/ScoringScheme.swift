/// A way of scoring units against a framework: threshold levels (Decision 2361), points and tiers (Decision
/// 3043, the DTI), or a province's own index. This protocol is the plug-in point of the core: everything outside a
/// scheme — pipelines, outputs, roll-ups, and the planner, adapters and uncertainty analyses built on them — holds an
/// `any ScoringScheme` and never asks which scheme it is.
///
/// Every scheme reads the same input, an ``Assessment`` per unit with one value per ``measures`` entry, checks a list
/// of ``conditions`` against each of its ``classes``, and returns the same result model (``UnitResult``), so that
/// results of different schemes can be compared.
///
/// ## Implementation guidance
///
/// - ``conditions`` lists everything a unit is checked on, in the order explanations show them: a level scheme's
///   criteria; a point scheme's total and then its nodes in tree order. Results and explanations refer to conditions
///   by their index in this array, never by ID, so that an ID such as `total` cannot collide with anything.
/// - ``classes`` are listed lowest first. Convert once, where a file lists them otherwise (tiers best first).
/// - ``score(_:subordinates:)`` must be a pure function of the assessment and the subordinate summary: independent of
///   other units, so that a caller can rescore one unit after a change. Anything that depends on the cohort (ranks)
///   belongs in ``rank(_:)``.
/// - Raising any value must never lower the standing, and the explanation must agree with the result: the
///   conditions marked binding are exactly the result's ``UnitResult/blockers``.
/// - ``requirement(of:forClass:)`` states as data what each class asks of each condition; scoring a unit whose value
///   is exactly the least value a requirement names must meet it, and any lower value must not.
/// - Conform, then run the shared conformance suite (`SchemeConformance`, product `ChisoSchemeConformance`) over the
///   new scheme: it checks order independence, monotonicity, explanations consistent with outcomes, requirement
///   inverses, lean outcomes, uncertainty without noise, and plans.
public protocol ScoringScheme: Sendable {
    /// The input columns this scheme reads, in the order of ``Assessment/values``.
    var measures: [Measure] { get }

    /// What a unit is checked on, in the order explanations list them.
    var conditions: [Condition] { get }

    /// The classes a unit can reach, lowest first: levels 1…5, or tiers from the lowest to the highest.
    var classes: [LocalizedText] { get }

    /// The name of a standing: a class's name, or what ordinal 0 (no class reached) is called.
    ///
    /// - Parameter ordinal: 0 for no class, 1 for the lowest class, and so on.
    func className(_ ordinal: Int) -> LocalizedText

    /// Whether some condition rolls up the classes of subordinate units (district `CHUNG.01`).
    var rollsUpChildren: Bool { get }

    /// The conditions whose weight the sources leave unknown; a scheme with any cannot score without inventing
    /// weights, and callers must refuse to score it.
    var unknownWeights: [Int] { get }

    /// The figures ranked among a cohort of units, if the scheme ranks (point schemes); empty otherwise.
    var rankedFigures: [Figure] { get }

    /// Decimal places at which figures are compared when ranking (the published precision).
    var rankingPrecision: Int { get }

    /// Whether a unit takes part in the ranking of its cohort; a unit that does not gets no rank on any figure
    /// (Decision 3043/QĐ-UBND leaves units below its lowest tier unranked).
    ///
    /// - Parameter result: A result of this scheme.
    func isRanked(_ result: UnitResult) -> Bool

    /// Scores one unit.
    ///
    /// - Parameters:
    ///   - assessment: The unit's values, one per measure in the order of ``measures``.
    ///   - subordinates: The classes reached by the unit's subordinate units, or `nil` when none were given at all.
    /// - Returns: The unit's result.
    /// - Complexity: O(*m*) in the number of measures and conditions, times the number of classes.
    func score(_ assessment: Assessment, subordinates: ChildLevelSummary?) -> UnitResult

    /// What a Monte Carlo run reads of one unit — its class, ranked value and index, and its binding conditions —
    /// without the detail ``score(_:subordinates:)`` keeps. It must agree with `score` exactly; schemes with a
    /// faster way to reach the class alone implement it, others inherit one that scores and reads the result.
    ///
    /// - Parameters:
    ///   - assessment: The unit's values.
    ///   - subordinates: The classes reached by the unit's subordinate units, or `nil`.
    ///   - blockers: Receives the indices of the binding conditions, appended in order.
    /// - Returns: The unit's class, the value of its first ranked figure and its common index.
    func outcome(of assessment: Assessment, subordinates: ChildLevelSummary?, blockers: inout [Int]) -> UnitOutcome

    /// The value of a ranked figure in a result: an index from 0 to 1 for point schemes.
    ///
    /// - Parameters:
    ///   - figure: One of ``rankedFigures``.
    ///   - result: A result of this scheme.
    /// - Returns: The value, or `nil` when the figure does not exist in this scheme.
    func value(of figure: Figure, in result: UnitResult) -> Double?

    /// What a class asks of a condition, as data: thresholds on measures, alternatives, a roll-up rule, or points.
    ///
    /// - Parameters:
    ///   - condition: An index into ``conditions``.
    ///   - ordinal: A class, 1 for the lowest.
    /// - Returns: The requirement; ``ClassRequirement/notApplicable`` where the class asks nothing of the condition.
    func requirement(of condition: Int, forClass ordinal: Int) -> ClassRequirement

    /// Explains one result: each condition's value against what each class asks of it, and what holds the unit back.
    ///
    /// - Parameters:
    ///   - result: A result returned by ``score(_:subordinates:)`` of this scheme.
    ///   - ranks: The unit's ranks among its cohort, if the caller ranked it.
    /// - Returns: The explanation, as numbers and structure; words are made by the output layer.
    func explain(_ result: UnitResult, ranks: [Figure: Int]) -> Explanation

    /// Values for a made-up unit, for samples, tests and benchmarks; nothing here describes a real place.
    ///
    /// - Parameters:
    ///   - missingRate: The chance that any one value is left missing.
    ///   - random: The source of randomness.
    /// - Returns: One value per measure.
    func syntheticValues(missingRate: Double, using random: inout SplitMix64) -> [Double?]

    /// Whether this scheme is the same as another: same type, same definition.
    func isEqual(to other: any ScoringScheme) -> Bool

    /// The most points a condition can earn, for a scheme of points (`nil` for a level scheme's criteria, and
    /// where the source does not give them).
    func points(ofCondition condition: Int) -> Double?
}

extension ScoringScheme where Self: Equatable {
    /// Equal when `other` is of the same type and equal.
    public func isEqual(to other: any ScoringScheme) -> Bool {
        (other as? Self) == self
    }
}

/// A unit's outcome as a Monte Carlo run reads it: see ``ScoringScheme/outcome(of:subordinates:blockers:)``.
public struct UnitOutcome: Hashable, Sendable {
    /// The class reached (standing ordinal).
    public var ordinal: Int
    /// The value of the scheme's first ranked figure, if it ranks any.
    public var rankedValue: Double?
    /// The index on a common 0–1 scale, where the scheme computes one.
    public var index: Double?
    /// Whether the unit takes part in the ranking of its cohort (``ScoringScheme/isRanked(_:)``).
    public var isRanked: Bool

    /// Creates an outcome.
    public init(ordinal: Int, rankedValue: Double?, index: Double?, isRanked: Bool = true) {
        self.ordinal = ordinal
        self.rankedValue = rankedValue
        self.index = index
        self.isRanked = isRanked
    }
}

extension ScoringScheme {
    /// Scores the unit and reads its result.
    public func outcome(of assessment: Assessment, subordinates: ChildLevelSummary?, blockers: inout [Int])
        -> UnitOutcome
    {
        scoredOutcome(of: assessment, subordinates: subordinates, blockers: &blockers)
    }

    /// The outcome read from a full ``score(_:subordinates:)``: what every scheme's `outcome` must agree with.
    public func scoredOutcome(of assessment: Assessment, subordinates: ChildLevelSummary?, blockers: inout [Int])
        -> UnitOutcome
    {
        let result = score(assessment, subordinates: subordinates)
        blockers.append(contentsOf: result.blockers)
        return UnitOutcome(
            ordinal: result.standing.ordinal, rankedValue: rankedFigures.first.map { value(of: $0, in: result) ?? 0 },
            index: result.detail.commonIndex, isRanked: isRanked(result))
    }

    /// Schemes roll up no subordinate units unless they say so.
    public var rollsUpChildren: Bool { false }

    /// Schemes know every weight unless they say otherwise.
    public var unknownWeights: [Int] { [] }

    /// No points unless the scheme has them.
    public func points(ofCondition condition: Int) -> Double? { nil }

    /// Schemes rank nothing unless they say so.
    public var rankedFigures: [Figure] { [] }

    /// Two decimal places unless the scheme says otherwise.
    public var rankingPrecision: Int { 2 }

    /// Every unit is ranked unless the scheme says otherwise.
    public func isRanked(_ result: UnitResult) -> Bool { true }

    /// No figures unless the scheme has some.
    public func value(of figure: Figure, in result: UnitResult) -> Double? { nil }

    /// The name of a class by ordinal, or "below the lowest class" for 0.
    public func className(_ ordinal: Int) -> LocalizedText {
        guard ordinal >= 1, ordinal <= classes.count else {
            return LocalizedText(vi: "Không xếp loại", en: "Below the lowest class")
        }
        return classes[ordinal - 1]
    }

    /// Scores units, each independently of the others.
    ///
    /// - Parameters:
    ///   - assessments: One assessment per unit.
    ///   - subordinates: Summaries of subordinate units by the parent's unit ID, or `nil` when none were given; a
    ///     unit missing from a non-nil dictionary has no subordinate units.
    /// - Returns: One result per assessment, in the same order.
    /// - Complexity: O(*n* × *m*) for *n* units and *m* measures.
    public func score(_ assessments: [Assessment], subordinates: [String: ChildLevelSummary]? = nil) -> [UnitResult] {
        assessments.map { assessment in
            let summary = subordinates.map { $0[assessment.unit.id] ?? ChildLevelSummary(maximumLevel: 0) }
            return score(assessment, subordinates: summary)
        }
    }

    /// Ranks a cohort of results on every figure of ``rankedFigures``, with standard competition ranks at
    /// ``rankingPrecision``. Units that name a group (``UnitInfo/group``) are ranked among their own group only;
    /// units without one are ranked together. A unit the scheme does not rank (``isRanked(_:)``) takes no part and
    /// gets no rank.
    ///
    /// - Parameter results: The cohort, in any order.
    /// - Returns: The ranks, by figure and by position in `results`.
    /// - Complexity: O(*k* × *n* log *n*) for *k* figures and *n* units.
    public func rank(_ results: [UnitResult]) -> CohortRanks {
        let figures = rankedFigures
        var members: [String?: [Int]] = [:]
        for (position, result) in results.enumerated() where isRanked(result) {
            members[result.unit.group, default: []].append(position)
        }
        var ranks = figures.map { _ in [Int](repeating: 0, count: results.count) }
        for positions in members.values {
            for (figure, key) in figures.enumerated() {
                let values = positions.map { value(of: key, in: results[$0]) ?? 0 }
                for (offset, rank) in Ranking.competition(values, decimals: rankingPrecision).enumerated() {
                    ranks[figure][positions[offset]] = rank
                }
            }
        }
        return CohortRanks(figures: figures, ranks: ranks)
    }

    /// The index of a condition by ID, the first if several share it.
    public func conditionIndex(_ id: String) -> Int? {
        conditions.firstIndex { $0.id == id }
    }
}
