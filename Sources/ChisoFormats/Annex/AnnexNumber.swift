/// The number in the `STT` cell of an annex row, which places the row in the outline.
public enum AnnexNumber: Hashable, Sendable {
    /// A group in Roman numerals (`I`, `II.`): its value.
    case group(Int)
    /// An indicator numbered `1`, `1.2`, `1.2.3` (a trailing dot allowed): the parts.
    case path([Int])
    /// An item `a)`, `b.` under the numbered row above: its place in the alphabet, from 1.
    case item(Int)

    /// The number written in `text` (white space inside it, such as a line break a paste put there, ignored),
    /// or `nil` when it cannot be read.
    public init?(_ text: String) {
        var value = String(AnnexText.oneLine(text).filter { !$0.isWhitespace })
        if value.hasSuffix(".") || value.hasSuffix(")") {
            let close = value.removeLast()
            if close == ")", value.hasPrefix("(") { value.removeFirst() }
        }
        guard !value.isEmpty else { return nil }
        if let roman = Self.roman(value) {
            self = .group(roman)
        } else if value.count == 1, let letter = value.first, letter.isASCII, letter.isLowercase,
            let ascii = letter.asciiValue
        {
            self = .item(Int(ascii - UInt8(ascii: "a")) + 1)
        } else {
            let parts = value.split(separator: ".", omittingEmptySubsequences: false)
            let numbers = parts.compactMap { part in
                part.allSatisfy { $0.isASCII && $0.isNumber } && part.count <= 4 ? Int(part) : nil
            }
            guard numbers.count == parts.count, !numbers.contains(0) else { return nil }
            self = .path(numbers)
        }
    }

    /// The value of `text` in upper-case Roman numerals (`I` to `XXXIX`), or `nil`.
    static func roman(_ text: String) -> Int? {
        let values: [Character: Int] = ["I": 1, "V": 5, "X": 10]
        var total = 0
        var previous = 0
        for character in text.reversed() {
            guard let value = values[character] else { return nil }
            total += value < previous ? -value : value
            previous = max(previous, value)
        }
        guard total > 0, total < 40, romanText(total) == text else { return nil }
        return total
    }

    /// `value` (1 to 39) in Roman numerals.
    static func romanText(_ value: Int) -> String {
        let tens = String(repeating: "X", count: value / 10)
        let units = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"][value % 10]
        return tens + units
    }

    /// The number as the outline writes it: `I`, `1.2`, `a`.
    public var text: String {
        switch self {
        case .group(let value): Self.romanText(value)
        case .path(let parts): parts.map(String.init).joined(separator: ".")
        case .item(let place): String(Character(Unicode.Scalar(UInt8(ascii: "a") + UInt8(place - 1))))
        }
    }

    /// The last part, whose run among siblings is checked for gaps.
    var last: Int {
        switch self {
        case .group(let value): value
        case .path(let parts): parts.last ?? 0
        case .item(let place): place
        }
    }
}
