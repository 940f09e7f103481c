/// What a class asks of one condition, as data, for explanations, the planner and adapters alike.
public indirect enum ClassRequirement: Hashable, Sendable {
    /// The class asks nothing of the condition ("Không áp dụng", or no floor on the node).
    case notApplicable
    /// The measure at index `measure` of ``ScoringScheme/measures`` is at least `least` (a percentage, a count; yes
    /// is 1).
    case value(measure: Int, atLeast: Double)
    /// At least one of the alternatives holds (commune `KTS.04` at level 5: 3 enterprises, or 100% of them).
    case anyOf([ClassRequirement])
    /// The unit's subordinate units meet a roll-up rule (district `CHUNG.01`).
    case subordinates(ChildLevelRule)
    /// The condition's points (a total, a node) reach `least`; `inclusive` says whether `least` itself does.
    case points(atLeast: Double, inclusive: Bool)
    /// The condition's index (points over maximum, 0…1) reaches `least`; `inclusive` as for ``points(atLeast:inclusive:)``.
    case index(atLeast: Double, inclusive: Bool)

    /// Whether the class asks anything of the condition.
    public var applies: Bool {
        if case .notApplicable = self { return false }
        return true
    }

    /// The least value of one measure that meets this requirement on its own, when the other measures do not help:
    /// the threshold of a ``value(measure:atLeast:)`` on that measure, the lowest such threshold among the
    /// alternatives of ``anyOf(_:)``.
    ///
    /// - Parameter measure: An index into the scheme's measures.
    /// - Returns: The least value, or `nil` when no value of that measure alone meets the requirement.
    public func leastValue(of measure: Int) -> Double? {
        switch self {
        case .value(let index, let least): return index == measure ? least : nil
        case .anyOf(let alternatives): return alternatives.compactMap { $0.leastValue(of: measure) }.min()
        case .notApplicable, .subordinates, .points, .index: return nil
        }
    }

    /// The measures this requirement reads, in the order they appear.
    public var measures: [Int] {
        switch self {
        case .value(let measure, _): [measure]
        case .anyOf(let alternatives): alternatives.flatMap(\.measures)
        case .notApplicable, .subordinates, .points, .index: []
        }
    }
}
