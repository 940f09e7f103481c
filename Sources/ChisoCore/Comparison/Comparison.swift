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
        /// The rank, 1 the best; units that tie share the best rank of their group. `nil` for a unit its side does
        /// not rank (below the tiers of a framework that leaves such units unranked).
        public var rank: Int?
        /// The group the unit is ranked within, `nil` when its side ranks the whole cohort together.
        public var group: String?
        /// The unit's name as its side gives it, if it does: shown beside the ID to people.
        public var unitName: String?

        /// Creates an entry.
        public init(
            unitID: String, outcome: String, ordinal: Int?, scale: Double, rank: Int?, group: String? = nil,
            unitName: String? = nil
        ) {
            self.unitID = unitID
            self.outcome = outcome
            self.ordinal = ordinal
            self.scale = scale
            self.rank = rank
            self.group = group
            self.unitName = unitName
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

    /// Competition ranks within groups: each unit is ranked among the units of its own group (`nil`: ranked with
    /// the other units without a group); a unit whose value is `nil` is not ranked and gets `nil`.
    ///
    /// - Complexity: O(*n* log *n*).
    public static func ranks(of values: [Double?], groups: [String?]) -> [Int?] {
        var members: [String?: [Int]] = [:]
        for index in values.indices where values[index] != nil {
            members[index < groups.count ? groups[index] : nil, default: []].append(index)
        }
        var result = [Int?](repeating: nil, count: values.count)
        for positions in members.values {
            let ranked = ranks(of: positions.map { values[$0] ?? 0 })
            for (offset, position) in positions.enumerated() { result[position] = ranked[offset] }
        }
        return result
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

        /// Pairs a unit's outcomes on two sides.
        public init(a: ComparisonSide.Entry, b: ComparisonSide.Entry) {
            self.a = a
            self.b = b
        }

        /// Places moved from A to B: positive when the unit ranks better on B ("up 17 places"); `nil` when a side
        /// does not rank the unit, or the two sides rank it within different groups.
        public var rankShift: Int? {
            guard let rankA = a.rank, let rankB = b.rank, a.group == b.group else { return nil }
            return rankA - rankB
        }
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
    /// The shared units side A does not rank, left out of the rank statistics (ρ, τ-b, the tops).
    public var unrankedA: Int = 0
    /// The shared units side B does not rank, left out of the rank statistics.
    public var unrankedB: Int = 0
    /// Whether a side ranks its units within groups: ranks of different groups are not on one scale, so ρ, τ-b and
    /// the tops are not computed (`nil`); rank shifts remain for units ranked in the same group on both sides.
    public var ranksWithinGroups: Bool = false
    /// Spearman's ρ between the two rankings of the shared units ranked on both sides.
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
        unrankedA = matches.count { $0.a.rank == nil }
        unrankedB = matches.count { $0.b.rank == nil }
        ranksWithinGroups = a.entries.contains { $0.group != nil } || b.entries.contains { $0.group != nil }
        // Ranks compared only where both sides rank the unit over one cohort. A unit left unranked by one side
        // keeps no rank there, and ranking it anyway would invent places the framework does not give.
        let ranked =
            ranksWithinGroups
            ? []
            : matches.compactMap { match in
                match.a.rank.flatMap { x in match.b.rank.map { (Double(x), Double($0)) } }
            }
        spearman = RankCorrelation.spearman(ranked.map(\.0), ranked.map(\.1))
        kendall = RankCorrelation.kendallTauB(ranked.map(\.0), ranked.map(\.1))
        if let classes = a.classCount, classes == b.classCount {
            let pairs = matches.compactMap { match in match.a.ordinal.flatMap { x in match.b.ordinal.map { (x, $0) } } }
            agreement = Agreement(pairs: pairs, classCount: classes)
        }
        if let top, top > 0, !ranksWithinGroups {
            self.top = top
            let bestA = Set(matches.filter { ($0.a.rank ?? .max) <= top }.map(\.a.unitID))
            let bestB = Set(matches.filter { ($0.b.rank ?? .max) <= top }.map(\.b.unitID))
            let larger = max(bestA.count, bestB.count)
            topOverlap = larger == 0 ? nil : Double(bestA.intersection(bestB).count) / Double(larger)
        }
    }
}
