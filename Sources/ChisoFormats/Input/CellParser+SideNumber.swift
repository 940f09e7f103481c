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
        sideNumberOutcome(text).reading
    }

    /// Reads a number as ``sideNumber(_:)`` does, with the problem typed.
    package static func sideNumberOutcome(_ text: String) -> Outcome {
        let cell = TextNormalization.key(text)
        if cell.isEmpty { return .missing }
        let unsigned = cell.hasPrefix("-") || cell.hasPrefix("+") ? String(cell.dropFirst()) : cell
        if NumberHints.mayBeThousands(cell), !unsigned.hasPrefix("0"),
            let plain = NumberHints.withoutThousands(cell, whole: true),
            case .value(let decimal) = outcome(cell, kind: .number, maximum: nil)
        {
            return .invalid(.ambiguousThousands(cell: cell, plain: plain, decimal: NumberText.shortest(decimal)))
        }
        switch outcome(cell, kind: .number, maximum: nil) {
        case .value(let value) where value.magnitude <= sideNumberLimit: return .value(value)
        case .value: return .invalid(.tooLarge(cell: cell))
        case .missing: return .invalid(.notANumber(cell: cell))
        case .invalid(let problem): return .invalid(problem)
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
        amountOutcome(text, positive: positive).reading
    }

    /// Reads an amount as ``amount(_:positive:)`` does, with the problem typed.
    package static func amountOutcome(_ text: String, positive: Bool = false) -> Outcome {
        let cell = TextNormalization.key(text)
        switch sideNumberOutcome(text) {
        case .value(let value) where value < 0 || (positive && value == 0):
            return .invalid(.notAnAmount(positive: positive, cell: cell, plain: nil))
        case .invalid(let problem) where problem.isExpectation:
            return .invalid(
                .notAnAmount(positive: positive, cell: cell, plain: NumberHints.thousands(cell, whole: false)))
        case let outcome: return outcome
        }
    }

    /// Reads a value given outside a data file — `whatif --set`, a scenario, a cost file's `max` — as a data cell of
    /// `measure` is read, and refuses a fraction for a percentage (`0,65`, which would be read as 0.65%) unless it is
    /// written with `%`, as the data reader refuses one among percentage points.
    package static func sideCell(_ text: String, as measure: Measure) -> Reading {
        sideCellOutcome(text, as: measure).reading
    }

    /// Reads a value as ``sideCell(_:as:)`` does, with the problem typed.
    package static func sideCellOutcome(_ text: String, as measure: Measure) -> Outcome {
        let reading = outcome(text, as: measure)
        guard measure.kind == .percent, case .value(let value) = reading, value > 0, value < 1 else { return reading }
        let cell = TextNormalization.key(text)
        guard !cell.contains("%"), !cell.lowercased().contains("e") else { return reading }
        return .invalid(.fractionForPercentage(cell: cell, value: value, points: (value * 1e11).rounded() / 1e9))
    }
}
