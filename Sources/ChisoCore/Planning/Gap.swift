/// How far one unit stands from a target class on one thing: a criterion's value against what the class asks, a
/// point scheme's total or floor against the tier, a leaf's headroom, or a subordinate unit that must rise for the
/// roll-up. Numbers and references only; the output layer words them.
public struct Gap: Sendable, Hashable {
    /// What the gap is about.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// A criterion's value against the target's requirement.
        case requirement
        /// A point scheme's total against the tier's minimum.
        case total
        /// A node's points against a floor of the tier.
        case floor
        /// A leaf's points against its maximum: how many it can still gain.
        case headroom
        /// A subordinate unit that must rise for the roll-up (its class, the class needed).
        case subordinate
    }

    /// What the gap refers to.
    public enum Subject: Sendable, Hashable {
        /// A condition of the scheme, by index into its `conditions`.
        case condition(Int)
        /// A subordinate unit, by its unit ID.
        case subordinate(String)
    }

    /// What stands between the unit and the target.
    public enum Shortfall: Sendable, Hashable {
        /// A value below the least the target asks: the value now (`nil` when missing), the least value, whether
        /// the least itself is enough (`false`: the value must be above it), and the measure the value is of, if
        /// the value is a measure's (not points).
        case value(current: Double?, least: Double, inclusive: Bool, measure: Int?)
        /// A requirement without a single least value (alternatives, several measures) that the value does not
        /// meet: the main measure's value now (`nil` when missing), the requirement, and the main measure.
        case unmet(current: Double?, requirement: ClassRequirement, measure: Int)
        /// A subordinate unit's class now against the class the roll-up needs of it.
        case subordinateClass(current: Int, needed: Int)
        /// The roll-up rule needs the subordinate units, and they were not given.
        case subordinatesNotGiven
        /// The roll-up rule is unmet and no subordinate unit can be named: how many the unit has, and how many of
        /// them could not be read.
        case subordinatesUnnamed(children: Int, unreadable: Int)
    }

    /// The unit's ID.
    public var unit: String
    /// The target class, 1 for the lowest, of the scheme the gap was measured on.
    public var target: Int
    /// What the gap refers to.
    public var subject: Subject
    /// What the gap is about.
    public var kind: Kind
    /// What stands between the unit and the target.
    public var shortfall: Shortfall

    /// Creates a gap.
    ///
    /// - Parameters:
    ///   - unit: The unit's ID.
    ///   - target: The target class.
    ///   - subject: What the gap refers to.
    ///   - kind: What the gap is about.
    ///   - shortfall: What stands between the unit and the target.
    public init(unit: String, target: Int, subject: Subject, kind: Kind, shortfall: Shortfall) {
        self.unit = unit
        self.target = target
        self.subject = subject
        self.kind = kind
        self.shortfall = shortfall
    }

    /// How much is missing, in the value's own unit (a missing value counts as 0); `nil` where the gap is not a
    /// number. For a subordinate unit, the classes it must rise.
    public var amount: Double? {
        switch shortfall {
        case .value(let current, let least, _, _): max(least - (current ?? 0), 0)
        case .subordinateClass(let current, let needed): Double(needed - current)
        case .unmet, .subordinatesNotGiven, .subordinatesUnnamed: nil
        }
    }
}
