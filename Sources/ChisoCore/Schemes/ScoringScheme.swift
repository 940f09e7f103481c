/// A way of scoring units against a framework: threshold levels (Decision 2361), points and tiers (Decision
/// 3043, the DTI), or a province's own index.
///
/// Every scheme reads the same input, an ``Assessment`` per unit with one value per ``measures`` entry, and
/// returns the same result model, so that results of different schemes can be compared. The shared test suite
/// `ScoringSchemeConformanceTests` checks every conforming type for the invariants callers rely on: scoring is
/// independent of the order of units, raising a value never lowers a unit's standing, and the explanation agrees
/// with the outcome.
public protocol ScoringScheme: Sendable {
    /// The input columns this scheme reads, in the order of ``Assessment/values``.
    var measures: [Measure] { get }

    /// The classes a unit can reach, lowest first: levels 1…5, or tiers from the lowest to the highest.
    var classes: [LocalizedText] { get }

    /// Scores units.
    ///
    /// - Parameters:
    ///   - assessments: One assessment per unit; each has one value per measure, in the order of ``measures``.
    ///   - context: Results of subordinate units, for schemes that roll them up.
    /// - Returns: One result per assessment, in the same order.
    /// - Complexity: O(*n* × *m*), where *n* is the number of units and *m* the number of measures.
    func score(_ assessments: [Assessment], context: ScoringContext) -> [UnitResult]

    /// Explains one result of this scheme: each criterion's value against what each class asks of it, and the
    /// criteria or conditions that hold the unit back.
    ///
    /// - Parameter result: A result returned by ``score(_:context:)`` of this scheme.
    /// - Returns: The explanation.
    func explain(_ result: UnitResult) -> Explanation
}

/// What a scheme may need besides the units themselves.
public struct ScoringContext: Sendable {
    /// Levels reached by subordinate units, grouped by the identifier of the unit they belong to; `nil` when no
    /// subordinate units were given at all.
    public var childLevels: [String: ChildLevelSummary]?

    /// Creates a context.
    ///
    /// - Parameter childLevels: Levels of subordinate units by parent identifier, or `nil` when none were given.
    public init(childLevels: [String: ChildLevelSummary]? = nil) {
        self.childLevels = childLevels
    }
}
