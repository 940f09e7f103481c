/// A piece of text in Vietnamese, the language of the source documents, with an English translation beside it.
public struct LocalizedText: Hashable, Sendable {
    /// The Vietnamese text, as in the source document.
    public var vi: String
    /// The English translation.
    public var en: String

    /// Creates a text from its Vietnamese original and English translation.
    public init(vi: String, en: String) {
        self.vi = vi
        self.en = en
    }
}
