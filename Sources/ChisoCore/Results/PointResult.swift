/// Points, index and ranks of one unit under a point scheme.
public struct PointResult: Hashable, Sendable {
    /// The total points of the scored top-level nodes.
    public var total: Double
    /// The total maximum.
    public var maximum: Double
    /// `total / maximum`, 0…1 (the published DTI form).
    public var index: Double
    /// Points per node, in the order of ``PointScheme/nodes`` (0 for information-only nodes).
    public var nodePoints: [Double]
    /// Index per view, in the order of ``PointScheme/views``.
    public var viewIndices: [Double]
    /// Standard competition ranks among the units scored together: `total`, each scored top-level node and each
    /// view, by ID.
    public var ranks: [String: Int]

    /// Creates a point result.
    public init(
        total: Double, maximum: Double, index: Double, nodePoints: [Double], viewIndices: [Double],
        ranks: [String: Int] = [:]
    ) {
        self.total = total
        self.maximum = maximum
        self.index = index
        self.nodePoints = nodePoints
        self.viewIndices = viewIndices
        self.ranks = ranks
    }
}
