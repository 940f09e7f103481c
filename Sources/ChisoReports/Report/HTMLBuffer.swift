import ChisoFormats

/// HTML (and inline SVG) built piece by piece, with every text and attribute value escaped in one place.
///
/// The report hands the buffer's text to its destination section by section (``take()``), so that a report on
/// thousands of units is never held in memory whole.
package struct HTMLBuffer: Sendable {
    /// The markup written since the last ``take()``.
    package private(set) var text = ""

    /// Creates an empty buffer.
    package init() {}

    /// Opens an element: `<tag name="value" …>`. Attributes whose value is `nil` are left out.
    ///
    /// - Parameters:
    ///   - tag: The element's name, from this module (never from data).
    ///   - attributes: Names and values; values are escaped.
    package mutating func open(_ tag: String, _ attributes: KeyValuePairs<String, String?> = [:]) {
        text += "<" + tag
        for (name, value) in attributes {
            guard let value else { continue }
            text += " \(name)=\"\(HTML.escape(value))\""
        }
        text += ">"
    }

    /// Closes an element: `</tag>`.
    package mutating func close(_ tag: String) {
        text += "</\(tag)>"
    }

    /// An element with text content: `<tag …>text</tag>`, the text escaped.
    package mutating func element(
        _ tag: String, _ attributes: KeyValuePairs<String, String?> = [:], text content: String
    ) {
        open(tag, attributes)
        text += HTML.escape(content)
        close(tag)
    }

    /// An element without content, as SVG writes it: `<tag …/>`.
    package mutating func empty(_ tag: String, _ attributes: KeyValuePairs<String, String?> = [:]) {
        open(tag, attributes)
        text.removeLast()
        text += "/>"
    }

    /// Text content, escaped.
    package mutating func append(text content: String) {
        text += HTML.escape(content)
    }

    /// Markup made by this module (a style sheet, a script, a line break), written as it is.
    package mutating func raw(_ markup: String) {
        text += markup
    }

    /// The markup written so far; the buffer is empty afterwards.
    package mutating func take() -> String {
        defer { text = "" }
        return text
    }
}

/// Escaping for HTML text and attribute values.
package enum HTML {
    /// Text with `&`, `<`, `>`, `"` and `'` written as character references, safe in content and in a quoted
    /// attribute value.
    ///
    /// - Complexity: O(*n*) in the length of the text.
    package static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 38 || $0 == 60 || $0 == 62 || $0 == 34 || $0 == 39 }) else {
            return text
        }
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count + 16)
        for character in text.unicodeScalars {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.unicodeScalars.append(character)
            }
        }
        return escaped
    }

    /// A fragment identifier made from a unit ID or a name: ASCII letters, digits and `-` kept, anything else written
    /// as `_`, its code point in hex and `_`, so that different IDs never share an anchor.
    package static func anchor(_ prefix: String, _ id: String) -> String {
        var anchor = prefix + "-"
        for scalar in id.unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-" {
                anchor.unicodeScalars.append(scalar)
            } else {
                anchor += "_" + String(scalar.value, radix: 16) + "_"
            }
        }
        return anchor
    }
}
