/// Locale-independent number text for tables and files: `72.5`, `100`, `0.4123`.
package enum NumberText {
    /// The shortest text that reads back as `value`, without a trailing `.0`.
    ///
    /// - Parameter value: The number.
    /// - Returns: `72.5` for 72.5, `100` for 100.0.
    package static func shortest(_ value: Double) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value < 0 ? "-inf" : "inf") }
        if value == value.rounded(), abs(value) < 1e15 {
            return String(Int64(value))
        }
        return "\(value)"
    }

    /// `value` rounded half away from zero to `decimals` places, always written with that many places.
    ///
    /// - Parameters:
    ///   - value: The number.
    ///   - decimals: Places after the decimal point, 0 to 9.
    /// - Returns: `0.4124` for 0.41235 with 4 places.
    package static func fixed(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return shortest(value) }
        let places = min(max(decimals, 0), 9)
        var scale: Int64 = 1
        for _ in 0..<places { scale *= 10 }
        let scaled = (abs(value) * Double(scale)).rounded(.toNearestOrAwayFromZero)
        guard scaled < 9e17 else { return shortest(value) }
        let units = Int64(scaled)
        let sign = value < 0 && units != 0 ? "-" : ""
        let whole = units / scale
        guard places > 0 else { return "\(sign)\(whole)" }
        let fraction = String(units % scale)
        return "\(sign)\(whole).\(String(repeating: "0", count: places - fraction.count))\(fraction)"
    }
}
