/// The kind of value a criterion is measured in, which decides how a cell of input is read.
public enum MeasureKind: String, Hashable, Sendable, CaseIterable {
    /// Percentage points, 0 to 100.
    case percent
    /// A non-negative whole number.
    case count
    /// Yes or no, held as 1 or 0.
    case yesNo
    /// Points, from 0 to a node's maximum.
    case points
    /// A ratio from 0 to 1.
    case ratio
    /// A number without a fixed range.
    case number
    /// One answer among listed categories, held as the category's position from 0 (fewest points first).
    case choice
}

/// One input column a scheme reads: a criterion's main measure, or a second measure such as `KTS.04.share`.
public struct Measure: Hashable, Sendable {
    /// The column name in assessment files: the criterion ID, or `ID.suffix` for a second measure.
    public var key: String
    /// The criterion this measure belongs to.
    public var criterionID: String
    /// The suffix of a second measure (`share`), or `nil` for the criterion's main measure.
    public var suffix: String?
    /// How values are read and checked.
    public var kind: MeasureKind
    /// The largest value allowed, where the kind does not fix it (a node's maximum points).
    public var maximum: Double?
    /// The answers of a ``MeasureKind/choice`` measure, in the order of their values (0, 1, …); empty otherwise.
    public var categories: [MeasureCategory] = []
    /// Whether the criterion may not apply to a unit ("nếu có"): then its value is ``notApplicableValue``.
    public var isConditional: Bool

    /// The value that says a conditional criterion does not apply to this unit (a cell `KAD`, or a denominator of
    /// 0): NaN, which no threshold meets or fails; schemes give the criterion the status not applicable.
    public static let notApplicableValue = Double.nan

    /// Creates a measure; its key is `criterionID` or `criterionID.suffix`.
    public init(
        criterionID: String, suffix: String? = nil, kind: MeasureKind, maximum: Double? = nil,
        isConditional: Bool = false
    ) {
        self.key = suffix.map { "\(criterionID).\($0)" } ?? criterionID
        self.criterionID = criterionID
        self.suffix = suffix
        self.kind = kind
        self.maximum = maximum
        self.isConditional = isConditional
    }

    /// The range of valid values, or `nil` where any number is valid.
    public var validRange: ClosedRange<Double>? { kind.validRange(maximum: maximum) }
}

extension MeasureKind {
    /// The range of valid values of this kind, or `nil` where any number is valid.
    ///
    /// - Parameter maximum: The largest value allowed, for kinds that do not fix it (points).
    public func validRange(maximum: Double?) -> ClosedRange<Double>? {
        switch self {
        case .percent: 0...100
        case .count: 0...Double.greatestFiniteMagnitude
        case .yesNo: 0...1
        case .ratio: 0...1
        case .points: 0...(maximum ?? Double.greatestFiniteMagnitude)
        case .number: nil
        case .choice: 0...(maximum ?? 0)
        }
    }
}

/// One answer of a categorical measure: the token data files use, and its name.
public struct MeasureCategory: Hashable, Sendable {
    /// The token data files use (`bi-thu`), compared loosely (case, diacritics, NFC).
    public var value: String
    /// The answer's name (`Trưởng ban là Bí thư/Chủ tịch`), also accepted in data.
    public var name: LocalizedText

    /// Creates a category.
    public init(value: String, name: LocalizedText) {
        self.value = value
        self.name = name
    }
}
