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

    /// The smallest value of the main measure that meets this requirement, when one number decides it.
    public var mainThreshold: Double? {
        switch self {
        case .atLeast(let threshold, nil): threshold
        case .yes(nil): 1
        default: nil
        }
    }
}
