/// What a point scheme adds to a unit's result: points per node, the total, the index and the view indices. Ranks
/// depend on the cohort and live apart, in ``CohortRanks``.
public struct PointDetail: ResultDetail, Hashable {
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

    /// Creates a detail.
    public init(total: Double, maximum: Double, index: Double, nodePoints: [Double], viewIndices: [Double]) {
        self.total = total
        self.maximum = maximum
        self.index = index
        self.nodePoints = nodePoints
        self.viewIndices = viewIndices
    }
}

extension UnitResult {
    /// The point scheme's detail of this result, if a point scheme produced it.
    package var pointDetail: PointDetail? { detail as? PointDetail }
}
