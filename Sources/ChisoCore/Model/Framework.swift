/// An index definition: what it is, where it comes from, and the scheme that scores it.
public struct Framework: Hashable, Sendable {
    /// The scoring scheme of a framework.
    public enum Scheme: Hashable, Sendable {
        /// Threshold levels, as in Decision 2361/QĐ-BTTTT.
        case levels(LevelScheme)
        /// Points and tiers, as in Decision 3043/QĐ-UBND and the DTI.
        case points(PointScheme)
    }

    /// The framework's ID, e.g. `vn-2361-commune`.
    public var id: String
    /// The framework's name.
    public var name: LocalizedText
    /// The kind of unit it assesses (`commune`, `district`, `province`).
    public var unitType: LocalizedText
    /// The legal source and notes on the transcription.
    public var provenance: Provenance
    /// The ID of the framework that scores this framework's subordinate units, if it rolls them up.
    public var childFramework: String?
    /// How units are scored.
    public var scheme: Scheme

    /// Creates a framework.
    public init(
        id: String,
        name: LocalizedText,
        unitType: LocalizedText,
        provenance: Provenance,
        childFramework: String? = nil,
        scheme: Scheme
    ) {
        self.id = id
        self.name = name
        self.unitType = unitType
        self.provenance = provenance
        self.childFramework = childFramework
        self.scheme = scheme
    }

    /// The scheme behind the shared scoring interface.
    public var scoring: any ScoringScheme {
        switch scheme {
        case .levels(let scheme): scheme
        case .points(let scheme): scheme
        }
    }

    /// The input columns the framework reads.
    public var measures: [Measure] { scoring.measures }
}
