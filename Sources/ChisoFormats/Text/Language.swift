package import ChisoCore

/// The language a person reads chiso in: the names a framework gives — criteria, nodes, levels, tiers — where a table
/// has room for one, and every sentence, heading and message.
///
/// Vietnamese is the language of the decisions and of the data; the English names are chiso's translations. CSV and
/// JSON always carry both.
public enum Language: String, Hashable, Sendable, CaseIterable {
    /// Vietnamese, the sources' own words.
    case vi
    /// English, chiso's translation.
    case en
}

extension LocalizedText {
    /// The text in `language`.
    package func text(in language: Language) -> String {
        switch language {
        case .vi: vi
        case .en: en
        }
    }
}
