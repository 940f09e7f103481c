/// A scheme whose weights can vary: the points of its nodes, for weight noise in uncertainty and sensitivity
/// analysis (COINr's "noisy weights"). Every point scheme conforms.
public protocol WeightedScheme: ScoringScheme {
    /// How deep the tree of weighted nodes goes: depths `0..<weightDepth` can be varied.
    var weightDepth: Int { get }

    /// The nodes at a depth whose weight can vary, as condition indices.
    func weightedConditions(atDepth depth: Int) -> [Int]

    /// The scheme with some weights multiplied, then renormalised so that every parent keeps its maximum (and the
    /// framework its total): siblings share their parent's points in the new proportions, and each node's subtree
    /// scales with it.
    ///
    /// - Parameter factors: A factor per condition index (1 where absent).
    /// - Returns: The scheme, and the factor by which values of each measure must be multiplied where the input is
    ///   itself in points (a `points` leaf whose maximum moved).
    func reweighted(_ factors: [Int: Double]) -> (scheme: Self, valueFactors: [Int: Double])
}
