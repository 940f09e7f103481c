/// How a unit's value stands against one requirement.
public enum CriterionStatus: UInt8, Hashable, Sendable, CaseIterable {
    /// The requirement does not apply ("Không áp dụng").
    case notApplicable = 0
    /// The value meets the requirement.
    case met = 1
    /// The value falls short of the requirement.
    case notMet = 2
    /// The value needed to decide is missing; the requirement counts as not met.
    case missing = 3

    /// Whether this status keeps a unit from the class the requirement belongs to.
    public var blocks: Bool { rawValue >= CriterionStatus.notMet.rawValue }

    /// The status of a disjunction: met as soon as one alternative is met (or does not apply), else missing if
    /// any alternative is missing (it might be met), else not met. Stops at the first alternative met.
    ///
    /// - Parameter alternatives: The statuses of the alternatives, evaluated lazily.
    public static func anyOf(_ alternatives: some Sequence<CriterionStatus>) -> CriterionStatus {
        var sawMissing = false
        for status in alternatives {
            switch status {
            case .met, .notApplicable: return .met
            case .missing: sawMissing = true
            case .notMet: break
            }
        }
        return sawMissing ? .missing : .notMet
    }
}

/// The status of one criterion at each of up to ten levels, packed into one word.
public struct LevelStatuses: Hashable, Sendable {
    private var bits: UInt32 = 0

    /// Creates statuses that are all ``CriterionStatus/notApplicable``.
    public init() {}

    /// Creates statuses from packed bits: 3 bits per level, level 1 lowest.
    init(bits: UInt32) {
        self.bits = bits
    }

    /// The status at a level, counted from 1.
    public subscript(level: Int) -> CriterionStatus {
        get {
            let raw = UInt8(truncatingIfNeeded: bits >> UInt32(3 * (level - 1))) & 0b111
            return CriterionStatus(rawValue: raw) ?? .notApplicable
        }
        set {
            let shift = UInt32(3 * (level - 1))
            bits = (bits & ~(0b111 << shift)) | (UInt32(newValue.rawValue) << shift)
        }
    }
}
