/// How many subordinate units (a district's communes) reached each level, and which exist but could not be read.
public struct ChildLevelSummary: Hashable, Sendable {
    /// `counts[l]` is the number of units at exactly level `l`, from level 0 up.
    public private(set) var counts: [Int]
    /// The IDs of subordinate units that exist but could not be read (rows with errors); their levels are unknown.
    public private(set) var unreadable: [String]
    /// Whether the levels are those the units were recognised at ("đạt chuẩn", from a list of recognised levels)
    /// rather than computed from their assessments.
    public var isRecognised = false

    /// Creates an empty summary for levels 0 through `maximumLevel`.
    public init(maximumLevel: Int) {
        counts = Array(repeating: 0, count: max(maximumLevel, 0) + 1)
        unreadable = []
    }

    /// Creates a summary of the given levels.
    ///
    /// - Parameters:
    ///   - levels: The level of each subordinate unit.
    ///   - maximumLevel: The highest level there is.
    ///   - unreadable: The IDs of subordinate units that could not be read.
    public init(levels: some Sequence<Int>, maximumLevel: Int, unreadable: [String] = []) {
        self.init(maximumLevel: maximumLevel)
        for level in levels { add(level) }
        self.unreadable = unreadable
    }

    /// Counts one more unit at `level` (clamped to the summary's range).
    public mutating func add(_ level: Int) {
        counts[min(max(level, 0), counts.count - 1)] += 1
    }

    /// Removes one unit at `level` (clamped to the summary's range), if any is counted there.
    public mutating func remove(_ level: Int) {
        let index = min(max(level, 0), counts.count - 1)
        if counts[index] > 0 { counts[index] -= 1 }
    }

    /// Records a subordinate unit that exists but could not be read.
    public mutating func addUnreadable(_ id: String) {
        unreadable.append(id)
    }

    /// The number of units whose level is known.
    public var total: Int { counts.reduce(0, +) }

    /// The number of units, those that could not be read included.
    public var totalWithUnreadable: Int { total + unreadable.count }

    /// The number of units known to be at `level` or above.
    public func count(atLeast level: Int) -> Int {
        guard level < counts.count else { return 0 }
        return counts[max(level, 0)...].reduce(0, +)
    }

    /// The share of known units at `level` or above, in percent; 0 when there are none.
    public func percent(atLeast level: Int) -> Double {
        total == 0 ? 0 : Double(count(atLeast: level)) * 100 / Double(total)
    }
}
