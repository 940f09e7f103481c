/// A named group of criteria, such as Chính quyền số (digital government).
public struct CriterionGroup: Hashable, Sendable {
    /// The group's ID, the prefix of its criteria IDs (`CQS`).
    public var id: String
    /// The group's name.
    public var name: LocalizedText

    /// Creates a group.
    public init(id: String, name: LocalizedText) {
        self.id = id
        self.name = name
    }
}

/// A second value a criterion reads besides its main measure, such as the share of enterprises (`KTS.04.share`).
public struct SecondMeasure: Hashable, Sendable {
    /// The suffix of the column name (`share` in `KTS.04.share`).
    public var suffix: String
    /// How its values are read.
    public var kind: MeasureKind
    /// What it measures.
    public var name: LocalizedText

    /// Creates a second measure.
    public init(suffix: String, kind: MeasureKind, name: LocalizedText) {
        self.suffix = suffix
        self.kind = kind
        self.name = name
    }
}

/// What a criterion asks at one level: the machine-readable rule and the source's own wording.
public struct LevelRequirement: Hashable, Sendable {
    /// The rule the scheme applies.
    public var rule: Requirement
    /// The requirement as the source document words it ("Tối thiểu 01 nhân sự").
    public var text: String

    /// Creates a requirement.
    public init(rule: Requirement, text: String) {
        self.rule = rule
        self.text = text
    }
}

/// One criterion of a threshold framework, with what it asks at each level.
public struct LevelCriterion: Hashable, Sendable {
    /// The criterion's ID, a public contract used as a column name (`CQS.01`).
    public var id: String
    /// The ID of the group it belongs to.
    public var group: String
    /// The criterion's name.
    public var name: LocalizedText
    /// The unit of measurement as the source gives it ("%", "Hệ thống"); not to be confused with an administrative
    /// unit.
    public var measurementUnit: LocalizedText
    /// How the main measure is read; `nil` when the criterion reads no column (a roll-up of subordinate units).
    public var kind: MeasureKind?
    /// Further values the criterion reads.
    public var secondMeasures: [SecondMeasure]
    /// What the criterion asks at each level, from level 1 up.
    public var requirements: [LevelRequirement]
    /// How the value is established and from which source.
    public var method: String
    /// The legal basis of the criterion.
    public var legalBasis: String
    /// Why the criterion may not apply to a unit ("nếu có"), if it is conditional; a conditional criterion accepts
    /// `KAD` (không áp dụng) in data and is then left out of the unit's assessment.
    public var conditional: String?
    /// Whether the criterion is extended rather than mandatory: a level then needs only a share of its extended
    /// criteria (``LevelScheme/extendedMinimum``), not each of them (Yên Bái 2024: "100% tiêu chí bắt buộc và tối
    /// thiểu 30% tiêu chí mở rộng").
    public var isExtended: Bool
    /// The ID of its theme in the shared vocabulary (``Theme/vocabulary``), if the framework gives one.
    public var theme: String?

    /// Creates a criterion.
    public init(
        id: String,
        group: String,
        name: LocalizedText,
        measurementUnit: LocalizedText,
        kind: MeasureKind?,
        secondMeasures: [SecondMeasure] = [],
        requirements: [LevelRequirement],
        method: String = "",
        legalBasis: String = "",
        conditional: String? = nil,
        isExtended: Bool = false,
        theme: String? = nil
    ) {
        self.id = id
        self.group = group
        self.name = name
        self.measurementUnit = measurementUnit
        self.kind = kind
        self.secondMeasures = secondMeasures
        self.requirements = requirements
        self.method = method
        self.legalBasis = legalBasis
        self.conditional = conditional
        self.isExtended = isExtended
        self.theme = theme
    }
}
