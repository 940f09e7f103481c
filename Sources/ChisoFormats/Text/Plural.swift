/// Counted nouns in messages: "1 unit", "2 units", "1 error".
package enum Plural {
    /// `count` and the noun in the right number; `plural` defaults to the noun with an "s".
    package static func count(_ count: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(count) \(count == 1 ? singular : plural ?? singular + "s")"
    }
}

extension Plural {
    /// A list shortened to its first `keep` items and a count of the rest.
    package static func abbreviated(_ items: [String], keep: Int) -> String {
        guard items.count > keep else { return items.joined(separator: ", ") }
        return items.prefix(keep).joined(separator: ", ") + " (+\(items.count - keep) more)"
    }
}
