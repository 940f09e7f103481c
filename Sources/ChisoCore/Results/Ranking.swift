/// Ranks of values among units.
public enum Ranking {
    /// Standard competition ranks ("1224"): higher values rank first, equal values share a rank and the next rank
    /// skips. Values are compared after rounding half away from zero to `decimals` places, as published figures are.
    ///
    /// - Parameters:
    ///   - values: One value per unit.
    ///   - decimals: The precision values are compared at.
    /// - Returns: One rank per value, from 1.
    /// - Complexity: O(*n* log *n*).
    public static func competition(_ values: [Double], decimals: Int) -> [Int] {
        var scale = 1.0
        for _ in 0..<min(max(decimals, 0), 12) { scale *= 10 }
        let keys = values.map { ($0 * scale).rounded(.toNearestOrAwayFromZero) }
        let order = keys.indices.sorted { keys[$0] > keys[$1] }
        var ranks = Array(repeating: 0, count: values.count)
        for (position, index) in order.enumerated() {
            if position > 0, keys[order[position - 1]] == keys[index] {
                ranks[index] = ranks[order[position - 1]]
            } else {
                ranks[index] = position + 1
            }
        }
        return ranks
    }
}
