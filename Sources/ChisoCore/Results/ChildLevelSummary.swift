/// How many subordinate units (a district's communes) reached each level.
public struct ChildLevelSummary: Hashable, Sendable {
    /// `counts[l]` is the number of units at exactly level `l`, from level 0 up.
    public private(set) var counts: [Int]

    /// Creates an empty summary for levels 0 through `maximumLevel`.
    public init(maximumLevel: Int) {
        counts = Array(repeating: 0, count: maximumLevel + 1)
    }

    /// Creates a summary of the given levels.
    ///
    /// - Parameters:
    ///   - levels: The level of each subordinate unit.
    ///   - maximumLevel: The highest level there is.
    public init(levels: some Sequence<Int>, maximumLevel: Int) {
        self.init(maximumLevel: maximumLevel)
        for level in levels { add(level) }
    }

    /// Counts one more unit at `level` (clamped to the summary's range).
    public mutating func add(_ level: Int) {
        counts[min(max(level, 0), counts.count - 1)] += 1
    }

    /// The number of units.
    public var total: Int { counts.reduce(0, +) }

    /// The number of units at `level` or above.
    public func count(atLeast level: Int) -> Int {
        guard level < counts.count else { return 0 }
        return counts[max(level, 0)...].reduce(0, +)
    }

    /// The share of units at `level` or above, in percent; 0 when there are no units.
    public func percent(atLeast level: Int) -> Double {
        total == 0 ? 0 : Double(count(atLeast: level)) * 100 / Double(total)
    }
}
