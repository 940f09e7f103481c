extension PointScheme: IndexScheme {}

extension PointDetail {
    /// The unit's index (``index``).
    public var commonIndex: Double? { index }
}
