/// Where a framework comes from: the legal document that defines it, and what that document leaves unknown.
public struct Provenance: Hashable, Sendable {
    /// The document number, e.g. `2361/QĐ-BTTTT`.
    public var decision: String
    /// The date of issue as written in ISO 8601 (`2024-12-31`).
    public var date: String
    /// The issuing body, in Vietnamese and English.
    public var issuer: LocalizedText
    /// The document's title.
    public var title: LocalizedText
    /// The part of the document the framework transcribes, e.g. `Phụ lục I`.
    public var part: String?
    /// Plain statements about the transcription: choices made, and facts the sources do not give.
    public var notes: [String]

    /// Creates a provenance record.
    public init(
        decision: String,
        date: String,
        issuer: LocalizedText,
        title: LocalizedText,
        part: String? = nil,
        notes: [String] = []
    ) {
        self.decision = decision
        self.date = date
        self.issuer = issuer
        self.title = title
        self.part = part
        self.notes = notes
    }
}
