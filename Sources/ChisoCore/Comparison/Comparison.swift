/// One side of a comparison: a set of results, each unit's outcome placed on the common scale.
public struct ComparisonSide: Hashable, Sendable {
    /// One unit's outcome on this side.
    public struct Entry: Hashable, Sendable {
        /// The unit's ID (after any ID map).
        public var unitID: String
        /// The outcome as a reader knows it: a level, a tier's name, an index.
        public var outcome: String
        /// The class reached (0: none), when the side has classes.
        public var ordinal: Int?
        /// The outcome on the common 0–1 scale.
        public var scale: Double
        /// The rank, 1 the best; units that tie share the best rank of their group.
        public var rank: Int

        /// Creates an entry.
        public init(unitID: String, outcome: String, ordinal: Int?, scale: Double, rank: Int) {
            self.unitID = unitID
            self.outcome = outcome
            self.ordinal = ordinal
            self.scale = scale
            self.rank = rank
        }
    }

    /// What the side is called in outputs (a file, a framework, a year).
    public var name: String
    /// The highest class, when outcomes are classes (levels 5; Huế 4 tiers); `nil` for an index alone.
    public var classCount: Int?
    /// The units, each once.
    public var entries: [Entry]

    /// Creates a side.
    public init(name: String, classCount: Int?, entries: [Entry]) {
        self.name = name
        self.classCount = classCount
        self.entries = entries
    }

    /// Competition ranks ("1224") of values where higher is better: a unit's rank is one more than the number of
    /// units strictly above it.
    public static func ranks(of values: [Double]) -> [Int] {
        let order = values.indices.sorted { values[$0] > values[$1] }
        var ranks = [Int](repeating: 0, count: values.count)
        for (position, index) in order.enumerated() {
            if position > 0, values[order[position - 1]] == values[index] {
                ranks[index] = ranks[order[position - 1]]
            } else {
                ranks[index] = position + 1
            }
        }
        return ranks
    }
}

/// Two sides compared on the units they share: rank agreement, class agreement, the top of the ranking, and the
/// units only one side has.
public struct PairComparison: Hashable, Sendable {
    /// A unit on both sides.
    public struct Match: Hashable, Sendable {
        /// The unit's outcome on side A.
        public var a: ComparisonSide.Entry
        /// The unit's outcome on side B.
        public var b: ComparisonSide.Entry

        /// Places moved from A to B: positive when the unit ranks better on B ("up 17 places").
        public var rankShift: Int { a.rank - b.rank }
    }

    /// Side A's name.
    public var a: String
    /// Side B's name.
    public var b: String
    /// The units on both sides, in side A's order.
    public var matches: [Match]
    /// Units on side A only, in its order.
    public var onlyA: [String]
    /// Units on side B only, in its order.
    public var onlyB: [String]
    /// Spearman's ρ between the two rankings of the shared units.
    public var spearman: RankCorrelation?
    /// Kendall's τ-b between the two rankings of the shared units.
    public var kendall: RankCorrelation?
    /// The classes of the shared units, when both sides rate on the same classes.
    public var agreement: Agreement?
    /// The size of the top compared.
    public var top: Int?
    /// The units in both tops over the size of the larger top.
    public var topOverlap: Double?

    /// Compares two sides.
    ///
    /// - Parameters:
    ///   - a: The first side.
    ///   - b: The second side.
    ///   - top: Compare the units ranked `top` or better on each side; the overlap is the number of units in both
    ///     tops over the size of the larger top (ties at the edge can make a top larger than `top`).
    public init(_ a: ComparisonSide, _ b: ComparisonSide, top: Int? = nil) {
        self.a = a.name
        self.b = b.name
        var onB: [String: ComparisonSide.Entry] = [:]
        for entry in b.entries { onB[entry.unitID] = entry }
        let onA = Set(a.entries.map(\.unitID))
        matches = a.entries.compactMap { entry in onB[entry.unitID].map { Match(a: entry, b: $0) } }
        onlyA = a.entries.map(\.unitID).filter { onB[$0] == nil }
        onlyB = b.entries.map(\.unitID).filter { !onA.contains($0) }
        let ranksA = matches.map { Double($0.a.rank) }
        let ranksB = matches.map { Double($0.b.rank) }
        spearman = RankCorrelation.spearman(ranksA, ranksB)
        kendall = RankCorrelation.kendallTauB(ranksA, ranksB)
        if let classes = a.classCount, classes == b.classCount {
            let pairs = matches.compactMap { match in match.a.ordinal.flatMap { x in match.b.ordinal.map { (x, $0) } } }
            agreement = Agreement(pairs: pairs, classCount: classes)
        }
        if let top, top > 0 {
            self.top = top
            let bestA = Set(matches.filter { $0.a.rank <= top }.map(\.a.unitID))
            let bestB = Set(matches.filter { $0.b.rank <= top }.map(\.b.unitID))
            let larger = max(bestA.count, bestB.count)
            topOverlap = larger == 0 ? nil : Double(bestA.intersection(bestB).count) / Double(larger)
        }
    }
}
