package import ChisoCore

extension CellParser {
    /// The largest magnitude a number in a side file or an option may have: 10¹⁵, a thousand trillion đồng, beyond
    /// which sums of such numbers lose whole units and soon overflow to infinity.
    package static let sideNumberLimit = 1e15

    /// Reads a number written in a side file or an option (a weight, a factor, a threshold) with the same rules as
    /// a data cell: a decimal point or a decimal comma, an optional sign and exponent; hexadecimal, `inf`, `NaN`
    /// and text are refused, and so is a number that may be thousands written with a separator (`500.000`, which
    /// Vietnamese Excel writes for five hundred thousand; `1,500`: one separator, three digits after it, the first
    /// group not 0) with both readings, and a number grouped in thousands (`1.234.567`) with the number to write.
    ///
    /// - Parameter text: The number as written; surrounding spaces are ignored.
    /// - Returns: The value, `.missing` for an empty cell, or `.invalid` with what was expected.
    package static func sideNumber(_ text: String) -> Reading {
        let cell = TextNormalization.key(text)
        if cell.isEmpty { return .missing }
        let unsigned = cell.hasPrefix("-") || cell.hasPrefix("+") ? String(cell.dropFirst()) : cell
        if NumberHints.mayBeThousands(cell), !unsigned.hasPrefix("0"),
            let plain = NumberHints.withoutThousands(cell, whole: true),
            case .value(let decimal) = read(cell, kind: .number, maximum: nil)
        {
            let short = NumberText.shortest(decimal)
            return .invalid(
                "\(cell) may be \(plain) written with a thousands separator, or \(short) with a decimal separator: "
                    + "write \(plain), or \(short), without trailing zeros")
        }
        switch read(cell, kind: .number, maximum: nil) {
        case .value(let value) where value.magnitude <= sideNumberLimit: return .value(value)
        case .value: return .invalid("\(cell) is too large; expected a number of at most 1000000000000000 (10^15)")
        case .missing: return .invalid("expected a number, found \(DisplayText.visible(cell))")
        case .invalid(let message): return .invalid(message)
        }
    }

    /// Reads an amount of a side file or an option — a cost, a budget — as ``sideNumber(_:)`` reads a number, and
    /// refuses a negative one (and 0 when `positive`).
    ///
    /// - Parameters:
    ///   - text: The text as written.
    ///   - positive: Whether 0 is refused too.
    /// - Returns: The amount, `.missing` for an empty cell, or what was expected.
    package static func amount(_ text: String, positive: Bool = false) -> Reading {
        let expected = positive ? "a number above 0" : "a number of 0 or more"
        switch sideNumber(text) {
        case .value(let value) where value < 0 || (positive && value == 0): return .invalid("expected \(expected)")
        case .invalid(let message) where message.hasPrefix("expected"):
            return .invalid("expected \(expected)" + NumberHints.thousands(TextNormalization.key(text), whole: false))
        case let reading: return reading
        }
    }

    /// Reads a value given outside a data file — `whatif --set`, a scenario, a cost file's `max` — as a data cell of
    /// `measure` is read, and refuses a fraction for a percentage (`0,65`, which would be read as 0.65%) unless it is
    /// written with `%`, as the data reader refuses one among percentage points.
    package static func sideCell(_ text: String, as measure: Measure) -> Reading {
        let reading = read(text, as: measure)
        guard measure.kind == .percent, case .value(let value) = reading, value > 0, value < 1 else { return reading }
        let cell = TextNormalization.key(text)
        guard !cell.contains("%"), !cell.lowercased().contains("e") else { return reading }
        let points = NumberText.shortest((value * 1e11).rounded() / 1e9)
        return .invalid(
            "a fraction for a percentage: \(cell) would be read as \(NumberText.shortest(value))%. Write \(points) if "
                + "\(points)% is meant, or \(cell)% if a share under 1% is meant")
    }
}
