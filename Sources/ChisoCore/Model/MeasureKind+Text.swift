extension MeasureKind {
    /// A value of this kind as text: `72.5%`, `3`, `yes`, `0.4123`; `missing` for `nil`.
    ///
    /// - Parameter value: The value, or `nil` when missing.
    /// - Returns: The text.
    public func text(for value: Double?) -> String {
        guard let value else { return "missing" }
        switch self {
        case .percent: return "\(NumberText.shortest(value))%"
        case .yesNo: return value >= 1 ? "yes" : "no"
        case .count, .points, .ratio, .number: return NumberText.shortest(value)
        }
    }
}
