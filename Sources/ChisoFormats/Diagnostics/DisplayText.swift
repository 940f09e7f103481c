/// Text from a user's file made safe to show in one line of a message: shortened, with control characters, NUL and
/// invisible characters written out, so that a 150 KB cell or an escape sequence never reaches a terminal as it is.
package enum DisplayText {
    /// The longest text shown, in Unicode scalars, before it is cut with "…".
    package static let limit = 60

    /// `text` with control characters escaped as in Swift (`\0`, `\t`, `\n`, `\r`, `\u{1B}`), invisible and
    /// direction-changing characters named (`<U+200B>`), and cut after `limit` scalars with "…".
    ///
    /// - Complexity: O(`limit`): the rest of a long text is not looked at.
    package static func visible(_ text: String, limit: Int = DisplayText.limit) -> String {
        var result = ""
        var count = 0
        for scalar in text.unicodeScalars {
            if count == limit {
                result += "…"
                return result
            }
            count += 1
            switch scalar.value {
            case 0x00: result += "\\0"
            case 0x09: result += "\\t"
            case 0x0A: result += "\\n"
            case 0x0D: result += "\\r"
            case 0x01...0x1F, 0x7F...0x9F: result += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            case 0xAD, 0x034F, 0x061C, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x180E, 0x200B...0x200F, 0x2028...0x202E,
                0x2060...0x206F, 0x3164, 0xFE00...0xFE0F, 0xFEFF, 0xFFA0, 0xFFF9...0xFFFB, 0xE0000...0xE007F:
                let hex = String(scalar.value, radix: 16, uppercase: true)
                result += "<U+\(String(repeating: "0", count: max(0, 4 - hex.count)))\(hex)>"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Prose shown in at most about `limit` scalars: ``visible(_:limit:)``, but a text that must be cut is cut at the
    /// last space within its final 20 scalars, so that no word is left in part (a part of a word can read as another
    /// word: "theo" cut to "the…").
    package static func shortened(_ text: String, limit: Int) -> String {
        let shown = visible(text, limit: limit)
        guard text.unicodeScalars.count > limit else { return shown }
        let body = shown.dropLast()
        guard let space = body.lastIndex(of: " "), body.distance(from: space, to: body.endIndex) <= 20 else {
            return shown
        }
        return body[..<space] + "…"
    }

    /// The first `limit` items joined with commas, then "and N more" ("và N mục khác") for the rest: `A, B, C and
    /// 12 more`.
    package static func list(_ items: [String], limit: Int = 5, in language: Language = .en) -> String {
        let shown = items.prefix(limit).map { visible($0) }.joined(separator: ", ")
        guard items.count > limit else { return shown }
        return switch language {
        case .vi: "\(shown) và \(items.count - limit) mục khác"
        case .en: "\(shown) and \(items.count - limit) more"
        }
    }
}
