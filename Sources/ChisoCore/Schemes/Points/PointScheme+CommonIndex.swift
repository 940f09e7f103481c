extension PointScheme: IndexScheme {}

extension PointDetail {
    /// The unit's index (``index``).
    public var commonIndex: Double? { index }

    /// The unit's total points (``total``).
    public var score: Double? { total }
}
