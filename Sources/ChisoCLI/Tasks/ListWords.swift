import ChisoCore
import ChisoFormats

extension LocalizedText {
    /// The first `keep` of `items`, with how many more, in both languages: `A, B (+3 more)`, `A, B (+3 mục khác)`.
    static func abbreviated(_ items: [String], keep: Int) -> LocalizedText {
        guard items.count > keep else {
            return LocalizedText(vi: items.joined(separator: ", "), en: items.joined(separator: ", "))
        }
        let shown = items.prefix(keep).joined(separator: ", ")
        return LocalizedText(
            vi: shown + " (+\(items.count - keep) mục khác)", en: Plural.abbreviated(items, keep: keep))
    }
}
