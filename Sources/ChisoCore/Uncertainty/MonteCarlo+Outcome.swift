/// One run's outcome, and how it ranks its units.
extension MonteCarlo {
    /// One run's outcome for every unit.
    public struct Outcome: Sendable {
        /// Each unit's class (standing ordinal).
        public var ordinals: [Int]
        /// Each unit's rank, 1 the best (competition ranks on the scheme's first ranked figure, else on the class),
        /// within its group as the scheme ranks (``ScoringScheme/rank(_:)``); 0 for a unit the scheme does not rank
        /// in this run (``ScoringScheme/isRanked(_:)``).
        public var ranks: [Int]
        /// Whether each unit takes part in the ranking in this run.
        public var isRanked: [Bool]
        /// Each unit's index, where the scheme computes one.
        public var indices: [Double?]
        /// The binding conditions of every unit, one after another: unit *u*'s are
        /// `blockerList[blockerEnds[u - 1]..<blockerEnds[u]]` (from 0 for the first unit).
        public var blockerList: [Int]
        /// Where each unit's binding conditions end in ``blockerList``.
        public var blockerEnds: [Int]

        /// Empty buffers for a cohort.
        init(units: Int) {
            ordinals = Array(repeating: 0, count: units)
            ranks = Array(repeating: 0, count: units)
            isRanked = Array(repeating: true, count: units)
            indices = Array(repeating: nil, count: units)
            blockerList = []
            blockerEnds = Array(repeating: 0, count: units)
        }

        /// A unit's binding conditions (what keeps it from the next class).
        public func blockers(of unit: Int) -> ArraySlice<Int> {
            blockerList[(unit == 0 ? 0 : blockerEnds[unit - 1])..<blockerEnds[unit]]
        }

        /// The absolute rank shifts from another outcome of the units ranked in both, in the same group.
        public func rankShifts(from other: Outcome) -> [Int] {
            ranks.indices.compactMap { unit in
                unit < other.ranks.count && ranks[unit] > 0 && other.ranks[unit] > 0
                    ? abs(ranks[unit] - other.ranks[unit]) : nil
            }
        }

        /// Ranks the units: competition ranks on `values` when given, else on the classes (counted, not sorted);
        /// within `groups` when given, and only the units of ``isRanked``.
        mutating func rank(values: [Double]?, decimals: Int, classes: Int, groups: [Int]?) {
            if groups != nil || isRanked.contains(false) {
                rankInGroups(values: values, decimals: decimals, groups: groups)
                return
            }
            if let values {
                ranks = Ranking.competition(values, decimals: decimals)
                return
            }
            // Rank of a unit at class c: 1 + the number of units above c.
            var atClass = [Int](repeating: 0, count: classes + 2)
            for ordinal in ordinals { atClass[min(max(ordinal, 0), classes + 1)] += 1 }
            var above = 0
            var rankOfClass = [Int](repeating: 1, count: classes + 2)
            for ordinal in stride(from: classes + 1, through: 0, by: -1) {
                rankOfClass[ordinal] = above + 1
                above += atClass[ordinal]
            }
            for unit in ordinals.indices { ranks[unit] = rankOfClass[min(max(ordinals[unit], 0), classes + 1)] }
        }

        /// Ranks each group's ranked units among themselves; the others get 0.
        private mutating func rankInGroups(values: [Double]?, decimals: Int, groups: [Int]?) {
            var members: [Int: [Int]] = [:]
            for unit in ranks.indices {
                ranks[unit] = 0
                if isRanked[unit] {
                    members[groups.map { unit < $0.count ? $0[unit] : 0 } ?? 0, default: []].append(unit)
                }
            }
            for positions in members.values {
                let figures = positions.map { unit in values.map { $0[unit] } ?? Double(ordinals[unit]) }
                for (offset, rank) in Ranking.competition(figures, decimals: values == nil ? 0 : decimals).enumerated()
                {
                    ranks[positions[offset]] = rank
                }
            }
        }
    }
}
