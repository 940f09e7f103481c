public import ChisoCore
import ChisoFormats

/// A what-if: the units scored as they are, then again with some values changed — one unit's values given on the
/// command line, or a scenario file of many (a plan's CSV is one) — and, for districts scored with their communes,
/// communes' values too, which can lift their district through the roll-up.
public struct WhatIfRun: Sendable {
    /// One change asked for.
    public struct Change: Sendable {
        /// The unit changed: for a district plan's commune change, the district.
        public var unit: String
        /// The column changed.
        public var criterion: String
        /// The new value as written.
        public var value: String
        /// The subordinate unit changed (a district plan's `via`: the commune whose value changes), if any.
        public var via: String?
        /// The line of the scenario file, if the change comes from one.
        public var line: Int?
        /// The framework its row names (a plan's `framework` column), if any.
        public var framework: String?

        /// Creates a change.
        public init(unit: String, criterion: String, value: String, via: String? = nil, line: Int? = nil) {
            self.unit = unit
            self.criterion = criterion
            self.value = value
            self.via = via
            self.line = line
        }

        /// Creates a change read from a file that names its framework.
        package init(unit: String, criterion: String, value: String, via: String?, line: Int, framework: String?) {
            self.init(unit: unit, criterion: criterion, value: value, via: via, line: line)
            self.framework = framework.flatMap { $0.isEmpty ? nil : $0 }
        }
    }

    /// One unit whose result changed, or that a change was asked for.
    public struct Difference: Sendable {
        /// The unit.
        public var unit: UnitInfo
        /// Whether it is a subordinate unit (a commune of a district run).
        public var isSubordinate: Bool
        /// The result before the changes.
        public var before: UnitResult
        /// The result after the changes.
        public var after: UnitResult
        /// The ranks before the changes (point schemes), by figure.
        public var rankBefore: [Figure: Int]
        /// The ranks after the changes (point schemes), by figure.
        public var rankAfter: [Figure: Int]

        /// Creates the value from its parts.
        package init(
            unit: UnitInfo, isSubordinate: Bool, before: UnitResult, after: UnitResult, rankBefore: [Figure: Int],
            rankAfter: [Figure: Int]
        ) {
            self.unit = unit
            self.isSubordinate = isSubordinate
            self.before = before
            self.after = after
            self.rankBefore = rankBefore
            self.rankAfter = rankAfter
        }
    }

    /// The scoring job before the changes.
    public var scoring: ScoringRun
    /// The units changed or affected, parents first then subordinate units, in file order.
    public var differences: [Difference]

    /// Creates the value from its parts.
    package init(
        scoring: ScoringRun, differences: [Difference]
    ) {
        self.scoring = scoring
        self.differences = differences
    }
}
