/// One property a scheme gives a condition or itself, beyond what every scheme has (IDs, names, parents,
/// requirements, classes): what `frameworks diff` compares besides those.
public enum SchemeProperty: Hashable, Sendable {
    /// What a property is, so that two schemes' properties are paired.
    public enum Name: Hashable, Sendable, CaseIterable {
        /// ``SchemeProperty/unit(_:)``.
        case unit
        /// ``SchemeProperty/maximum(_:counted:)``.
        case maximum
        /// ``SchemeProperty/rule(_:)``.
        case rule
        /// ``SchemeProperty/measure(_:)``.
        case measure
        /// ``SchemeProperty/informationOnly(_:)``.
        case informationOnly
        /// ``SchemeProperty/note(_:)``.
        case note
        /// ``SchemeProperty/precision(_:)``.
        case precision
        /// ``SchemeProperty/classPrecision(_:)``.
        case classPrecision
        /// ``SchemeProperty/unrankedBelowTiers(_:)``.
        case unrankedBelowTiers
    }

    /// How a node earns its points.
    public enum Scoring: Hashable, Sendable {
        /// Its input is shown but earns nothing.
        case informationOnly
        /// It earns nothing (a maximum of 0).
        case notScored
        /// The sum of its children's points.
        case sumOfChildren
        /// A leaf's rule (`nil` when it has none).
        case leaf(LeafRule?)
    }

    /// A criterion's unit of measurement, as its framework names it in Vietnamese.
    case unit(String)
    /// A node's maximum points (`nil` when unknown); `counted` is false for a node shown for information only.
    case maximum(Double?, counted: Bool)
    /// How a node earns its points.
    case rule(Scoring)
    /// The kind of value a leaf reads; `nil` for a node with children.
    case measure(MeasureKind?)
    /// Whether a node is shown for information only.
    case informationOnly(Bool)
    /// A node's note (empty when it has none).
    case note(String)
    /// A scheme's precision: the decimals of its index.
    case precision(Int)
    /// The decimals its classes are read at (`nil`: unrounded).
    case classPrecision(Int?)
    /// Whether units below the lowest class get no rank.
    case unrankedBelowTiers(Bool)

    /// What the property is.
    public var name: Name {
        switch self {
        case .unit: .unit
        case .maximum: .maximum
        case .rule: .rule
        case .measure: .measure
        case .informationOnly: .informationOnly
        case .note: .note
        case .precision: .precision
        case .classPrecision: .classPrecision
        case .unrankedBelowTiers: .unrankedBelowTiers
        }
    }
}

/// A scheme whose conditions, or which itself, has properties that `frameworks diff` compares.
///
/// Implementation guidance: list a condition's properties in a fixed order, the same for every condition of a kind;
/// return `nil` for a condition that stands for no criterion or node of the file (a point scheme's total).
public protocol PropertyDescribing: ScoringScheme {
    /// The properties of one condition, or `nil` for a condition the framework file does not define.
    ///
    /// - Parameter condition: An index into ``ScoringScheme/conditions``.
    func properties(ofCondition condition: Int) -> [SchemeProperty]?

    /// The scheme's own settings, as its framework file gives them.
    var settings: [SchemeProperty] { get }
}

extension PropertyDescribing {
    /// No settings unless the scheme has some.
    public var settings: [SchemeProperty] { [] }
}
