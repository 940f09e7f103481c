/// Hints for numbers written with thousands separators, as spreadsheets in many locales show them: `1.234,5`
/// (Vietnamese), `1,234.5` (English), `12.345`. Used only on the error path, never for a cell that reads well.
enum NumberHints {
    /// The number to write (`1234.5`) when `cell` looks like one written with thousands separators, else `nil`.
    ///
    /// - Parameters:
    ///   - cell: The cell, trimmed.
    ///   - whole: Whether a whole number is expected, so that one separator before three digits (`12.345`) is
    ///     read as a thousands separator too.
    static func thousands(_ cell: String, whole: Bool) -> String? {
        guard cell.utf8.count <= 40 else { return nil }
        return withoutThousands(cell, whole: whole)
    }

    /// Whether a whole-looking number may be thousands: one separator followed by exactly three digits (`1.000`).
    static func mayBeThousands(_ cell: String) -> Bool {
        let parts = groups(cell)
        return parts.count == 2 && parts[1].digits.count == 3 && (1...3).contains(parts[0].digits.count)
    }

    /// `cell` without its thousands separators, when it has the shape of a number grouped in threes: `1.234,5` →
    /// `1234.5`, `1,234,567` → `1234567`; `nil` otherwise.
    static func withoutThousands(_ cell: String, whole: Bool) -> String? {
        let parts = groups(cell)
        guard parts.count >= 2, (1...3).contains(parts[0].digits.count) else { return nil }
        let separators = parts.dropFirst().map(\.separator)
        let thousands = separators[0]
        // Every separator but a final, different one (the decimal separator) is the thousands separator.
        let last = separators.count - 1
        let hasDecimal = separators[last] != thousands
        let grouping = hasDecimal ? parts[1..<last + 1] : parts[1...]
        guard grouping.allSatisfy({ $0.separator == thousands && $0.digits.count == 3 }) else { return nil }
        if !hasDecimal, separators.count == 1, !whole { return nil }
        var plain = parts[0].sign + parts[0].digits + grouping.map(\.digits).joined()
        if hasDecimal { plain += "." + parts[last + 1].digits }
        return plain
    }

    private struct Group {
        var separator: Character
        var digits: String
        var sign = ""
    }

    /// The digit groups of `cell` and the separator before each; empty unless `cell` is digits and separators only.
    private static func groups(_ cell: String) -> [Group] {
        var parts = [Group(separator: " ", digits: "")]
        var text = Substring(cell)
        if let first = text.first, first == "-" || first == "+" {
            parts[0].sign = first == "-" ? "-" : ""
            text = text.dropFirst()
        }
        for character in text {
            if character.isASCII, character.isNumber {
                parts[parts.count - 1].digits.append(character)
            } else if character == "." || character == "," {
                parts.append(Group(separator: character, digits: ""))
            } else {
                return []
            }
        }
        return parts.allSatisfy({ !$0.digits.isEmpty }) ? parts : []
    }
}
