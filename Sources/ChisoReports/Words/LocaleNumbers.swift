import ChisoCore
package import ChisoFormats

/// Numbers as a reader of the report's language expects them: `72,5%` and `10.600` in Vietnamese, `72.5%` and
/// `10,600` in English. Only the report formats numbers this way; tables, CSV and JSON stay locale-independent.
package struct LocaleNumbers: Sendable {
    /// The language whose conventions are followed.
    package var language: Language

    /// Creates a formatter for `language`.
    package init(_ language: Language) {
        self.language = language
    }

    private var decimalMark: Character { language == .vi ? "," : "." }
    private var groupMark: Character { language == .vi ? "." : "," }

    /// A whole number with thousands grouped: `10.600` (vi), `10,600` (en).
    package func integer(_ value: Int) -> String {
        localized(String(value))
    }

    /// `value` with at most `decimals` places, trailing zeros dropped: `0,62`, `72,5`, `100`.
    package func decimal(_ value: Double, decimals: Int = 2) -> String {
        var text = NumberText.fixed(value, decimals: decimals)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        if text == "-0" { text = "0" }
        return localized(text)
    }

    /// `value` always with `decimals` places: `0,4120` for an index published with four.
    package func fixed(_ value: Double, decimals: Int) -> String {
        localized(NumberText.fixed(value, decimals: decimals))
    }

    /// A share from 0 to 1 as a percentage with at most `decimals` places: `72,5%`.
    package func percent(share: Double, decimals: Int = 1) -> String {
        percent(share * 100, decimals: decimals)
    }

    /// A percentage from 0 to 100 as it is written: `72,5%`. A value strictly between 0 and 100 never reads as 0%
    /// or 100%: one that would round to either is written `<0,1%` or `>99,9%`, so that "all" and "none" are true.
    package func percent(_ value: Double, decimals: Int = 1) -> String {
        var step = 1.0
        for _ in 0..<max(decimals, 0) { step /= 10 }
        if value > 0, value < step / 2 { return "<" + decimal(step, decimals: decimals) + "%" }
        if value < 100, value >= 100 - step / 2 { return ">" + decimal(100 - step, decimals: decimals) + "%" }
        return decimal(value, decimals: decimals) + "%"
    }

    /// Machine text (`-1234.5`) with this language's marks (`-1.234,5`).
    private func localized(_ machine: String) -> String {
        var sign = ""
        var digits = Substring(machine)
        if digits.hasPrefix("-") {
            sign = "-"
            digits = digits.dropFirst()
        }
        let parts = digits.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let whole = Array(parts[0])
        var grouped = ""
        for (offset, digit) in whole.enumerated() {
            if offset > 0, (whole.count - offset) % 3 == 0 { grouped.append(groupMark) }
            grouped.append(digit)
        }
        guard parts.count > 1 else { return sign + grouped }
        return sign + grouped + String(decimalMark) + parts[1]
    }
}
