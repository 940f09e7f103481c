/// What one criterion asks for at one level of a threshold framework such as Decision 2361.
public indirect enum Requirement: Hashable, Sendable {
    /// The criterion does not apply at this level ("Không áp dụng").
    case notApplicable
    /// The measure is at least `threshold`: a percentage ("70%") or a count ("Tối thiểu 01 nhân sự").
    /// `measure` is the suffix of a second measure (`share`), or `nil` for the criterion's main measure.
    case atLeast(Double, measure: String? = nil)
    /// The answer is yes ("Có hệ thống").
    case yes(measure: String? = nil)
    /// At least one of the alternatives holds (commune `KTS.04` at level 5: 3 enterprises or 100% of them).
    case anyOf([Requirement])
    /// A share of the unit's subordinate units reach given levels (district `CHUNG.01`).
    case childLevels(ChildLevelRule)

    /// Whether the criterion applies at this level.
    public var applies: Bool {
        if case .notApplicable = self { return false }
        return true
    }

    /// Decides the requirement for one unit.
    ///
    /// - Parameters:
    ///   - value: The unit's value for a measure suffix (`nil` for the main measure); `nil` when missing.
    ///   - children: The unit's subordinate units, or `nil` when none were given to the scheme.
    /// - Returns: The status.
    public func status(value: (String?) -> Double?, children: ChildLevelSummary?) -> CriterionStatus {
        switch self {
        case .notApplicable:
            return .notApplicable
        case .atLeast(let threshold, let measure):
            guard let actual = value(measure) else { return .missing }
            return actual >= threshold ? .met : .notMet
        case .yes(let measure):
            guard let actual = value(measure) else { return .missing }
            return actual >= 1 ? .met : .notMet
        case .anyOf(let alternatives):
            return withoutActuallyEscaping(value) { value in
                .anyOf(alternatives.lazy.map { $0.status(value: value, children: children) })
            }
        case .childLevels(let rule):
            guard let children else { return .missing }
            return rule.isMet(by: children) ? .met : .notMet
        }
    }

    /// The suffixes of the second measures this requirement reads (`share`).
    public var secondMeasures: [String] {
        switch self {
        case .notApplicable, .childLevels: []
        case .atLeast(_, let measure), .yes(let measure): measure.map { [$0] } ?? []
        case .anyOf(let alternatives): alternatives.flatMap(\.secondMeasures)
        }
    }

    /// The smallest value of the main measure that meets this requirement, when one number decides it.
    public var mainThreshold: Double? {
        switch self {
        case .atLeast(let threshold, nil): threshold
        case .yes(nil): 1
        default: nil
        }
    }
}

/// The roll-up rule of district criterion `CHUNG.01` (Decision 2361, Phụ lục II): every subordinate unit at
/// `allAtLeast` or above, and, where given, at least `sharePercent`% of them at `shareLevel` or above.
public struct ChildLevelRule: Hashable, Sendable {
    /// The level every subordinate unit must reach.
    public var allAtLeast: Int
    /// The higher level a share of them must reach, if any.
    public var shareLevel: Int?
    /// The share, in percent, that must reach `shareLevel`.
    public var sharePercent: Double

    /// Creates a roll-up rule.
    public init(allAtLeast: Int, shareLevel: Int? = nil, sharePercent: Double = 0) {
        self.allAtLeast = allAtLeast
        self.shareLevel = shareLevel
        self.sharePercent = sharePercent
    }

    /// Whether the subordinate units meet the rule. A unit with no subordinate units does not.
    public func isMet(by children: ChildLevelSummary) -> Bool {
        let total = children.total
        guard total > 0, children.count(atLeast: allAtLeast) == total else { return false }
        guard let shareLevel else { return true }
        // Compare counts, not rounded shares: count × 100 ≥ percent × total.
        return Double(children.count(atLeast: shareLevel)) * 100 >= sharePercent * Double(total)
    }
}
