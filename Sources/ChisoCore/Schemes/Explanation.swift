/// Why a unit has its result, as numbers and structure: each condition's value against what each class asks of it,
/// and what holds the unit back. The output layer turns it into words, in Vietnamese or English.
public struct Explanation: Sendable {
    /// One condition's line in an explanation.
    public struct Row: Hashable, Sendable {
        /// The condition's index in ``ScoringScheme/conditions``.
        public var condition: Int
        /// The condition's ID.
        public var id: String
        /// The condition's name.
        public var name: LocalizedText
        /// How deep the condition lies in the scheme's tree: 0 at the top.
        public var depth: Int
        /// The unit's value for the condition.
        public var value: Value
        /// For each class from the lowest: what it asks of the condition and the unit's status against it.
        public var cells: [Cell]
        /// Whether this condition keeps the unit from the next class.
        public var isBinding: Bool

        /// Creates a row.
        public init(
            condition: Int, id: String, name: LocalizedText, depth: Int, value: Value, cells: [Cell], isBinding: Bool
        ) {
            self.condition = condition
            self.id = id
            self.name = name
            self.depth = depth
            self.value = value
            self.cells = cells
            self.isBinding = isBinding
        }
    }

    /// A unit's value for one condition.
    public enum Value: Hashable, Sendable {
        /// The values of the condition's measures, main measure first (`nil` where missing).
        case measures([Double?])
        /// The levels of the unit's subordinate units; `nil` when none were given to the scheme.
        case subordinates(ChildLevelSummary?)
        /// Points earned out of a maximum (`nil` when the sources leave the maximum unknown).
        case points(Double, maximum: Double?)
        /// A point scheme's total: points, maximum and index.
        case total(Double, maximum: Double, index: Double)
        /// A scored leaf whose input is missing: it earns 0 of its maximum.
        case missingPoints(maximum: Double?)
        /// An information-only condition, with its input if it reads one.
        case informationOnly(Double?)
    }

    /// What a class asks of a condition and the unit's status against it.
    public struct Cell: Hashable, Sendable {
        /// The requirement, as data.
        public var requirement: ClassRequirement
        /// The unit's status.
        public var status: CriterionStatus

        /// Creates a cell.
        public init(requirement: ClassRequirement, status: CriterionStatus) {
            self.requirement = requirement
            self.status = status
        }
    }

    /// Something an explanation says besides its rows.
    public enum Finding: Hashable, Sendable {
        /// The next class (its ordinal) is not reached; these conditions (indices) hold the unit back.
        case nextClassNotReached(Int, blockers: [Int])
        /// The unit stands at the highest class (its ordinal).
        case highestClassReached(Int)
        /// These conditions (indices) have missing values.
        case missingValues([Int])
        /// Subordinate units were given, but none belongs to this unit, so the roll-up condition is not met.
        case noSubordinates
        /// These subordinate units (IDs) exist but could not be read, so the roll-up condition is missing.
        case unreadableSubordinates([String])
        /// The unit registered for a class and reached it or not.
        case registered(Int, reached: Bool)
        /// A view's index (view position, index 0…1).
        case view(Int, index: Double)
        /// The level rule that decided the level.
        case levelRule(LevelRule)
        /// The next level (its ordinal) needs more of its extended criteria: how many are met, apply, are needed.
        case extendedShortfall(Int, met: Int, applicable: Int, needed: Int)
    }

    /// The unit explained.
    public var unit: UnitInfo
    /// The class reached.
    public var standing: Standing
    /// One row per condition, in the scheme's order.
    public var rows: [Row]
    /// What else there is to say, in order.
    public var findings: [Finding]
    /// The unit's ranks among its cohort, if it was ranked.
    public var ranks: [Figure: Int]

    /// Creates an explanation.
    public init(unit: UnitInfo, standing: Standing, rows: [Row], findings: [Finding], ranks: [Figure: Int] = [:]) {
        self.unit = unit
        self.standing = standing
        self.rows = rows
        self.findings = findings
        self.ranks = ranks
    }

    /// The indices of the conditions that keep the unit from the next class.
    public var binding: [Int] { rows.filter(\.isBinding).map(\.condition) }
}
