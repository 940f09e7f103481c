package import ChisoCore

/// "Did you mean …?" after a message, in both languages: the one wording of every suggestion chiso makes, so that a
/// nearest name reads the same in every message ("có phải ý bạn là …?").
package enum Suggestion {
    /// Where the question stands.
    package enum Form: Sendable {
        /// `; did you mean X?`
        case clause
        /// ` (did you mean X?)`
        case parenthesized
    }

    /// The question for `near` in both languages, or empty text when there is none.
    package static func localized(_ near: String?, _ form: Form) -> LocalizedText {
        LocalizedText(vi: text(near, form, in: .vi), en: text(near, form, in: .en))
    }

    /// The question for `near` (already quoted as the message quotes names), or empty when there is none.
    package static func text(_ near: String?, _ form: Form, in language: Language) -> String {
        guard let near else { return "" }
        let question = language == .vi ? "có phải ý bạn là \(near)?" : "did you mean \(near)?"
        switch form {
        case .clause: return "; " + question
        case .parenthesized: return " (" + question + ")"
        }
    }
}
