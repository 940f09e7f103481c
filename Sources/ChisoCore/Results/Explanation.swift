/// Why a unit has its result: each criterion's value against what each class asks of it, and what binds.
public struct Explanation: Hashable, Sendable {
    /// One criterion's line in an explanation.
    public struct Row: Hashable, Sendable {
        /// The criterion's ID.
        public var id: String
        /// The criterion's name.
        public var name: LocalizedText
        /// The unit's value as text (`72.5%`, `yes`, `missing`, `9 of 12 communes ≥L3`).
        public var value: String
        /// For each class from the lowest: the requirement as text and the unit's status against it.
        public var cells: [Cell]
        /// Whether this criterion keeps the unit from the next class.
        public var isBinding: Bool

        /// Creates a row.
        public init(id: String, name: LocalizedText, value: String, cells: [Cell], isBinding: Bool) {
            self.id = id
            self.name = name
            self.value = value
            self.cells = cells
            self.isBinding = isBinding
        }
    }

    /// A requirement and the unit's status against it.
    public struct Cell: Hashable, Sendable {
        /// The requirement in short form (`≥70%`).
        public var requirement: String
        /// The unit's status.
        public var status: CriterionStatus

        /// Creates a cell.
        public init(requirement: String, status: CriterionStatus) {
            self.requirement = requirement
            self.status = status
        }
    }

    /// The unit explained.
    public var unit: UnitInfo
    /// The class reached.
    public var standing: Standing
    /// The name of the class reached.
    public var standingName: LocalizedText
    /// The names of the classes, from the lowest.
    public var classes: [LocalizedText]
    /// One row per criterion.
    public var rows: [Row]
    /// Sentences on what holds the unit back and why, in English.
    public var notes: [String]
    /// One line saying what the unit reached: `Level 2 — Kết nối (Connecting)`, or a tier with points and rank.
    public var headline: String

    /// Creates an explanation.
    public init(
        unit: UnitInfo,
        standing: Standing,
        standingName: LocalizedText,
        classes: [LocalizedText],
        rows: [Row],
        notes: [String],
        headline: String
    ) {
        self.unit = unit
        self.standing = standing
        self.standingName = standingName
        self.classes = classes
        self.rows = rows
        self.notes = notes
        self.headline = headline
    }

    /// The IDs of the criteria that keep the unit from the next class.
    public var binding: [String] { rows.filter(\.isBinding).map(\.id) }
}
