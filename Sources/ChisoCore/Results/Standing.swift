/// The class a unit reached, comparable across schemes: 0 is below the lowest class, 1 the lowest class, and so
/// on up. A Decision 2361 level is its own ordinal; Huế's Mức IV is ordinal 1 and Mức I ordinal 4.
public struct Standing: Hashable, Sendable, Comparable {
    /// The position of the class from the bottom; 0 means no class was reached.
    public var ordinal: Int

    /// Creates a standing from its ordinal.
    public init(ordinal: Int) {
        self.ordinal = ordinal
    }

    /// Orders standings from lowest to highest.
    public static func < (lhs: Standing, rhs: Standing) -> Bool {
        lhs.ordinal < rhs.ordinal
    }
}
