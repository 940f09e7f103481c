import ChisoCore

extension CellParser {
    /// The largest magnitude a number in a side file may have: beyond it, sums of such numbers lose whole units
    /// and soon overflow to infinity.
    package static let sideNumberLimit = 1e15

    /// Reads a number written in a side file or an option (a weight, a factor, a threshold) with the same rules as
    /// a data cell: a decimal point or a decimal comma, an optional sign and exponent; hexadecimal, `inf`, `NaN`
    /// and text are refused, and so is a number that may be thousands written with a separator (`500.000`, which
    /// Vietnamese Excel writes for five hundred thousand), with the hint a data cell gets.
    ///
    /// - Parameter text: The number as written; surrounding spaces are ignored.
    /// - Returns: The value, `.missing` for an empty cell, or `.invalid` with what was expected.
    package static func sideNumber(_ text: String) -> Reading {
        let cell = text.trimmingCharacters(in: .whitespaces)
        if cell.isEmpty { return .missing }
        if NumberHints.mayBeThousands(cell), let plain = NumberHints.withoutThousands(cell, whole: true) {
            let decimal = cell.replacingOccurrences(of: ",", with: ".")
            return .invalid(
                "\(cell) may be \(plain) written with a thousands separator, or \(decimal) with trailing zeros: write "
                    + "\(plain), or \(NumberText.shortest(Double(decimal) ?? 0))")
        }
        switch read(cell, kind: .number, maximum: nil) {
        case .value(let value) where value.magnitude <= sideNumberLimit: return .value(value)
        case .value: return .invalid("\(cell) is too large; expected a number of at most 10^15")
        case .missing: return .invalid("expected a number, found \(DisplayText.visible(cell))")
        case .invalid(let message): return .invalid(message)
        }
    }
}
