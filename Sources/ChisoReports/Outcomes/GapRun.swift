import ChisoCore
import ChisoFormats

/// How far each unit stands from a target class: for a level scheme, each criterion that must change, its value,
/// the value required and the gap, and for a district which communes must rise; for a point scheme, the deficit on
/// the total and on every floor, and the headroom each leaf still has. Built on the requirements as data.
public struct GapRun: Sendable {
    /// One line of a gap.
    public struct Line: Sendable, Hashable {
        /// What the line is about.
        public enum Kind: String, Sendable, Hashable {
            /// A criterion's value against the target's requirement.
            case requirement
            /// A point scheme's total against the tier's minimum.
            case total
            /// A node's points against a floor of the tier.
            case floor
            /// A leaf's points against its maximum: how many it can still gain.
            case headroom
            /// A subordinate unit that must rise for the roll-up (its level, the level needed).
            case subordinate
        }

        /// The unit.
        public var unit: String
        /// The target class, as plans show it.
        public var target: String
        /// The criterion, node, leaf or subordinate unit.
        public var criterion: String
        /// Its value now, as text in its own unit.
        public var current: String
        /// The value required, as text.
        public var required: String
        /// How much is missing, in the column's own unit (empty where not a number).
        public var gap: String
        /// What the line is about.
        public var kind: Kind

        /// Creates the value from its parts.
        package init(
            unit: String, target: String, criterion: String, current: String, required: String, gap: String, kind: Kind
        ) {
            self.unit = unit
            self.target = target
            self.criterion = criterion
            self.current = current
            self.required = required
            self.gap = gap
            self.kind = kind
        }
    }

    /// The lines, unit by unit.
    public var lines: [Line]
    /// The scoring job.
    public var scoring: ScoringRun
    /// The target as given, which outputs name.
    public var target = "next"

    /// Creates the value from its parts.
    package init(
        lines: [Line], scoring: ScoringRun, target: String = "next"
    ) {
        self.lines = lines
        self.target = target
        self.scoring = scoring
    }
}
