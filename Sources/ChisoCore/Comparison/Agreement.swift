/// Agreement between two ordinal ratings of the same units: the confusion table and Cohen's weighted κ.
public struct Agreement: Hashable, Sendable {
    /// Counts of units by class on side A (rows) and side B (columns), classes 0…*k*.
    public var table: [[Int]]

    /// The table of the paired classes, over classes `0...classCount`.
    ///
    /// - Parameters:
    ///   - pairs: Each unit's class on both sides.
    ///   - classCount: The highest class (a Decision 2361 level: 5).
    public init(pairs: [(Int, Int)], classCount: Int) {
        let size = max(classCount, 0) + 1
        var table = Array(repeating: Array(repeating: 0, count: size), count: size)
        for (a, b) in pairs where a >= 0 && a < size && b >= 0 && b < size { table[a][b] += 1 }
        self.table = table
    }

    /// How disagreements are weighted.
    public enum Weights: String, Hashable, Sendable, CaseIterable {
        /// |*i* − *j*| / *k*.
        case linear
        /// (*i* − *j*)² / *k*².
        case quadratic
    }

    /// Cohen's weighted κ: 1 − Σ *w* *O* / Σ *w* *E*, with *E* the counts expected from the margins.
    ///
    /// - Returns: `nil` with no units, or when the margins leave no room for disagreement (every unit in one class
    ///   on both sides), where κ is undefined.
    public func kappa(_ weights: Weights) -> Double? {
        let size = table.count
        guard size > 1 else { return nil }
        let rows = table.map { $0.reduce(0, +) }
        let columns = (0..<size).map { column in table.reduce(0) { $0 + $1[column] } }
        let total = Double(rows.reduce(0, +))
        guard total > 0 else { return nil }
        var observed = 0.0
        var expected = 0.0
        let span = Double(size - 1)
        for i in 0..<size {
            for j in 0..<size {
                let distance = Double(abs(i - j)) / span
                let weight = weights == .linear ? distance : distance * distance
                observed += weight * Double(table[i][j])
                expected += weight * Double(rows[i]) * Double(columns[j]) / total
            }
        }
        guard expected > 1e-12 else { return nil }
        return 1 - observed / expected
    }

    /// The share of units in the same class on both sides.
    public var exactShare: Double? {
        let total = table.joined().reduce(0, +)
        guard total > 0 else { return nil }
        return Double(table.indices.reduce(0) { $0 + table[$1][$1] }) / Double(total)
    }
}
