/// An index definition: what it is, where it comes from, and the scheme that scores it.
public struct Framework: Equatable, Sendable {
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
    /// How units are scored: any scheme, behind the shared protocol.
    public var scheme: any ScoringScheme
    /// How outcomes sit on the common 0–1 scale, as the file declares it; `nil` when it does not (``scale`` then
    /// gives the standard one).
    public var commonScale: CommonScale?

    /// How outcomes sit on the common 0–1 scale: as declared, else the standard for the scheme.
    public var scale: CommonScale { commonScale ?? .standard(for: scheme) }

    /// Creates a framework.
    public init(
        id: String,
        name: LocalizedText,
        unitType: LocalizedText,
        provenance: Provenance,
        childFramework: String? = nil,
        scheme: any ScoringScheme,
        commonScale: CommonScale? = nil
    ) {
        self.id = id
        self.name = name
        self.unitType = unitType
        self.provenance = provenance
        self.childFramework = childFramework
        self.scheme = scheme
        self.commonScale = commonScale
    }

    /// Equal when the identity, provenance and scheme are equal.
    public static func == (lhs: Framework, rhs: Framework) -> Bool {
        lhs.id == rhs.id && lhs.name == rhs.name && lhs.unitType == rhs.unitType && lhs.provenance == rhs.provenance
            && lhs.childFramework == rhs.childFramework && lhs.scheme.isEqual(to: rhs.scheme)
            && lhs.commonScale == rhs.commonScale
    }

    /// The input columns the framework reads.
    public var measures: [Measure] { scheme.measures }
}
