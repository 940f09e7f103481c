public import ChisoCore

/// Reads one cell of an assessment file as a value of a measure's kind.
public enum CellParser {
    /// The result of reading a cell.
    public enum Reading: Hashable, Sendable {
        /// A value.
        case value(Double)
        /// The cell is empty, `NA`, `N/A` or `-`: the value is missing.
        case missing
        /// The cell cannot be read; the message says what was expected.
        case invalid(String)
    }

    /// Reads a cell.
    ///
    /// - percentages: percentage points 0–100, with or without `%`, with a decimal point or a decimal comma;
    /// - yes/no: `có`/`không` in any case, with or without diacritics, `yes`/`no`, `true`/`false`, `1`/`0`;
    /// - counts: whole numbers of 0 or more;
    /// - ratios: 0–1; points: 0 to the measure's maximum.
    ///
    /// Surrounding spaces are ignored.
    ///
    /// - Parameters:
    ///   - text: The cell as written.
    ///   - measure: The measure it holds.
    /// - Returns: The reading.
    public static func read(_ text: String, as measure: Measure) -> Reading {
        let cell = trimmed(text)
        if isMissing(cell) { return .missing }
        let value: Double?
        switch measure.kind {
        case .yesNo:
            value = yesNo(cell)
        case .percent:
            var number = Substring(cell)
            if number.last == "%" { number = Substring(trimmed(String(number.dropLast()))) }
            value = decimal(number)
        case .count:
            value = cell.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } && cell.utf8.count <= 15 ? Double(cell) : nil
            if value == nil, let number = decimal(Substring(cell)), number >= 0 {
                return .invalid("expected \(measure.kind.expectation); \(cell) is not a whole number")
            }
        case .ratio, .points, .number:
            value = decimal(Substring(cell))
        }
        guard let value else { return .invalid("expected \(measure.kind.expectation)") }
        if let range = measure.validRange, !range.contains(value) {
            return .invalid("out of range; expected \(measure.kind.expectation)\(rangeNote(measure))")
        }
        return .value(value)
    }

    private static func rangeNote(_ measure: Measure) -> String {
        guard measure.kind == .points, let maximum = measure.maximum else { return "" }
        return " from 0 to \(NumberText.shortest(maximum))"
    }

    /// Whether a trimmed cell stands for a missing value: empty, `NA`, `N/A` or `-` (any case).
    public static func isMissing(_ cell: String) -> Bool {
        switch cell.lowercased() {
        case "", "na", "n/a", "-": true
        default: false
        }
    }

    private static let yesWords: Set<String> = ["có", "co", "yes", "true", "1"]
    private static let noWords: Set<String> = ["không", "khong", "no", "false", "0"]

    private static func yesNo(_ cell: String) -> Double? {
        let word = cell.lowercased()
        if yesWords.contains(word) { return 1 }
        if noWords.contains(word) { return 0 }
        return nil
    }

    /// A plain decimal number: optional sign, digits, at most one decimal point or decimal comma.
    static func decimal(_ text: Substring) -> Double? {
        var normalized = ""
        var digits = 0
        var separators = 0
        for (offset, scalar) in text.unicodeScalars.enumerated() {
            switch scalar {
            case "0"..."9":
                digits += 1
                normalized.unicodeScalars.append(scalar)
            case ".", ",":
                separators += 1
                normalized.append(".")
            case "-" where offset == 0, "+" where offset == 0:
                normalized.unicodeScalars.append(scalar)
            default:
                return nil
            }
        }
        guard digits > 0, separators <= 1 else { return nil }
        return Double(normalized)
    }

    private static func trimmed(_ text: String) -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\u{A0}" }
        guard let first = text.firstIndex(where: { !isSpace($0) }), let last = text.lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(text[first...last])
    }
}
