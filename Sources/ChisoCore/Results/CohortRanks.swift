/// A figure that a scheme ranks units on. Keys with meaning are types: a node called `total` is
/// `.condition(i)`, never confused with `.total`.
public enum Figure: Hashable, Sendable {
    /// The scheme's overall figure (a point scheme's index).
    case total
    /// The figure of a condition, by its index in ``ScoringScheme/conditions`` (a top-level node's index).
    case condition(Int)
    /// The figure of a view, by its index in the scheme's views (a DTI pillar).
    case view(Int)
}

/// Ranks of a cohort of units, computed apart from each unit's result so that one unit can be rescored and the
/// cohort re-ranked cheaply.
public struct CohortRanks: Hashable, Sendable {
    /// The figures ranked, in the scheme's order.
    public let figures: [Figure]
    /// `ranks[f][u]` is the rank of unit `u` (its position in the scored results) on `figures[f]`, from 1; 0 for a
    /// unit the scheme does not rank.
    public let ranks: [[Int]]

    /// Creates ranks.
    ///
    /// - Parameters:
    ///   - figures: The figures ranked.
    ///   - ranks: One array per figure, with one rank per unit.
    public init(figures: [Figure], ranks: [[Int]]) {
        self.figures = figures
        self.ranks = ranks
    }

    /// No ranks: a scheme that does not rank.
    public static let none = CohortRanks(figures: [], ranks: [])

    /// The rank of a unit on a figure, or `nil` when the figure is not ranked or the unit takes no part.
    ///
    /// - Parameters:
    ///   - figure: The figure.
    ///   - unit: The unit's position among the ranked results.
    /// - Complexity: O(*k*) in the number of figures.
    public func rank(of figure: Figure, unit: Int) -> Int? {
        guard let position = figures.firstIndex(of: figure), unit >= 0, unit < ranks[position].count,
            ranks[position][unit] > 0
        else {
            return nil
        }
        return ranks[position][unit]
    }

    /// Every rank of one unit, by figure.
    ///
    /// - Parameter unit: The unit's position among the ranked results.
    /// - Complexity: O(*k*) in the number of figures.
    public func ranks(ofUnit unit: Int) -> [Figure: Int] {
        var result: [Figure: Int] = [:]
        for (position, figure) in figures.enumerated()
        where unit >= 0 && unit < ranks[position].count && ranks[position][unit] > 0 {
            result[figure] = ranks[position][unit]
        }
        return result
    }
}
