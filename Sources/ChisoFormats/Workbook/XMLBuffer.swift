/// XML built piece by piece as UTF-8 bytes, with every text and attribute value escaped in one place.
///
/// Characters XML 1.0 cannot hold (control characters other than tab and line breaks, U+FFFE, U+FFFF) are written
/// as SpreadsheetML writes them in text, `_x0001_`, and a literal `_x0041_` in text has its underscore escaped
/// (`_x005F_x0041_`), so that text reads back exactly; in attribute values they become spaces.
struct XMLBuffer {
    /// The document so far.
    private(set) var bytes: [UInt8] = []

    /// Creates a buffer that starts with the XML declaration.
    init(reservingCapacity capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
        raw("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
    }

    /// Appends markup as it is.
    mutating func raw(_ markup: String) {
        bytes.append(contentsOf: markup.utf8)
    }

    /// Appends bytes of markup as they are.
    mutating func raw(bytes markup: [UInt8]) {
        bytes.append(contentsOf: markup)
    }

    /// Appends the decimal digits of a whole number.
    mutating func digits(_ number: Int) {
        if number < 0 {
            bytes.append(0x2D)
            digits(-number)
            return
        }
        if number >= 10 { digits(number / 10) }
        bytes.append(UInt8(0x30 + number % 10))
    }

    /// Appends a finite number as `WorksheetPart.number(_:)` writes it, without building a String for a whole one.
    mutating func number(_ value: Double) {
        if value == value.rounded(), abs(value) < 1e15 {
            digits(Int(value))
        } else {
            bytes.append(contentsOf: value.description.utf8)
        }
    }

    /// Appends `text` as element content, escaped.
    mutating func text(_ text: String) {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 != 0x26 && $0 != 0x3C && $0 != 0x3E && $0 != 0x5F && $0 < 0xEF }) {
            bytes.append(contentsOf: text.utf8)  // nothing to escape: no markup, no control, no `_`, no U+FFFx
            return
        }
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            switch scalar {
            case "&": raw("&amp;")
            case "<": raw("&lt;")
            case ">": raw("&gt;")
            case "_" where Self.startsEscape(scalars, at: index): raw("_x005F_")
            default:
                if Self.isAllowed(scalar) {
                    append(scalar)
                } else {
                    raw("_x" + Self.hex(scalar.value) + "_")
                }
            }
        }
    }

    /// Appends `value` escaped for an attribute in double quotes.
    mutating func attribute(_ value: String) {
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": raw("&amp;")
            case "<": raw("&lt;")
            case ">": raw("&gt;")
            case "\"": raw("&quot;")
            case "\n": raw("&#10;")
            case "\r": raw("&#13;")
            case "\t": raw("&#9;")
            default: if Self.isAllowed(scalar) { append(scalar) } else { raw(" ") }
            }
        }
    }

    /// ` name="value"`, the value escaped.
    mutating func attribute(_ name: String, _ value: String) {
        raw(" \(name)=\"")
        attribute(value)
        raw("\"")
    }

    private mutating func append(_ scalar: Unicode.Scalar) {
        if scalar.value < 0x80 {
            bytes.append(UInt8(scalar.value))
        } else {
            bytes.append(contentsOf: String(Character(scalar)).utf8)
        }
    }

    /// Whether XML 1.0 can hold `scalar` as it is.
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x20 { return value == 0x09 || value == 0x0A || value == 0x0D }
        return value != 0xFFFE && value != 0xFFFF
    }

    /// Whether the underscore at `index` starts `_xHHHH_`, which a reader would take for an escaped character.
    private static func startsEscape(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        guard index + 6 < scalars.count, scalars[index + 1] == "x", scalars[index + 6] == "_" else { return false }
        return scalars[(index + 2)...(index + 5)].allSatisfy { $0.properties.isASCIIHexDigit }
    }

    /// Four upper-case hexadecimal digits.
    private static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
