import Dispatch
import Synchronization

/// What a Monte Carlo analysis keeps of its runs, per unit: a histogram of its rank, a count per class and per
/// binding condition, and sums of its index. Everything is an integer count or a fixed-point sum, so statistics
/// merge exactly in any order: the result does not depend on how runs were spread over threads.
public struct UncertaintyStatistics: Hashable, Sendable {
    /// The number of units, of classes (above 0) and of conditions.
    public let units: Int
    /// The number of classes above 0.
    public let classes: Int
    /// The number of conditions.
    public let conditions: Int
    /// Ranks per histogram bin (1 when ranks are kept exactly).
    public let binWidth: Int
    /// Bins per unit.
    public let bins: Int
    /// The runs counted.
    public private(set) var runs = 0
    private var rankCounts: [Int32]
    private var rankSums: [Int64]
    /// The runs in which each unit was ranked.
    private var rankedRuns: [Int32]
    private var classCounts: [Int32]
    private var blockerCounts: [Int32]
    /// Index sums in units of 10⁻⁹, and sums of squares of the index in units of 10⁻⁶ (integers, so that sums do
    /// not depend on their order; exact up to a million runs).
    private var indexSums: [Int64]
    private var indexSquares: [Int64]
    private var indexRuns: [Int32]

    /// Empty statistics for a cohort.
    public init(units: Int, classes: Int, conditions: Int) {
        self.units = units
        self.classes = classes
        self.conditions = conditions
        let bins = max(1, min(units, MonteCarlo.rankBins))
        self.bins = bins
        binWidth = max(1, (units + bins - 1) / bins)
        rankCounts = Array(repeating: 0, count: units * bins)
        rankSums = Array(repeating: 0, count: units)
        rankedRuns = Array(repeating: 0, count: units)
        classCounts = Array(repeating: 0, count: units * (classes + 1))
        blockerCounts = Array(repeating: 0, count: units * conditions)
        indexSums = Array(repeating: 0, count: units)
        indexSquares = Array(repeating: 0, count: units)
        indexRuns = Array(repeating: 0, count: units)
    }

    /// Counts one run.
    public mutating func add(_ outcome: MonteCarlo.Outcome) {
        runs += 1
        for unit in 0..<units {
            // A unit the run does not rank (rank 0) counts in no rank statistic.
            let rank = outcome.ranks[unit]
            if rank > 0 {
                rankCounts[unit * bins + min(bins - 1, (rank - 1) / binWidth)] += 1
                rankSums[unit] += Int64(rank)
                rankedRuns[unit] += 1
            }
            // A class the nominal framework does not have (-1, from an alternative) is counted in no bin.
            let ordinal = outcome.ordinals[unit]
            if ordinal >= 0 { classCounts[unit * (classes + 1) + min(ordinal, classes)] += 1 }
            for blocker in outcome.blockers(of: unit) where blocker < conditions {
                blockerCounts[unit * conditions + blocker] += 1
            }
            if let index = outcome.indices[unit], index.isFinite {
                let fixed = Int64((index * 1e9).rounded())
                indexSums[unit] += fixed
                let coarse = Int64((index * 1e6).rounded())
                indexSquares[unit] += coarse * coarse
                indexRuns[unit] += 1
            }
        }
    }

    /// Adds another set of statistics of the same cohort.
    public mutating func merge(_ other: UncertaintyStatistics) {
        runs += other.runs
        for index in rankCounts.indices { rankCounts[index] += other.rankCounts[index] }
        for index in classCounts.indices { classCounts[index] += other.classCounts[index] }
        for index in blockerCounts.indices { blockerCounts[index] += other.blockerCounts[index] }
        for unit in 0..<units {
            rankSums[unit] += other.rankSums[unit]
            rankedRuns[unit] += other.rankedRuns[unit]
            indexSums[unit] += other.indexSums[unit]
            indexSquares[unit] += other.indexSquares[unit]
            indexRuns[unit] += other.indexRuns[unit]
        }
    }

    /// The share of runs in which a unit was ranked (1 unless the scheme leaves some units unranked).
    public func rankedShare(_ unit: Int) -> Double { runs == 0 ? 0 : Double(rankedRuns[unit]) / Double(runs) }

    /// The mean rank of a unit over the runs in which it was ranked; `nil` when it never was.
    public func meanRank(_ unit: Int) -> Double? {
        rankedRuns[unit] == 0 ? nil : Double(rankSums[unit]) / Double(rankedRuns[unit])
    }

    /// A quantile of a unit's rank over the runs in which it was ranked: the least rank with at least `q` of those
    /// runs at or above it (in bins of ``binWidth`` ranks, the first rank of the bin); `nil` when it never was.
    public func rankQuantile(_ unit: Int, _ q: Double) -> Int? {
        guard rankedRuns[unit] > 0 else { return nil }
        let needed = q * Double(rankedRuns[unit])
        var seen = 0.0
        for bin in 0..<bins {
            seen += Double(rankCounts[unit * bins + bin])
            if seen >= needed - 1e-9 && seen > 0 { return bin * binWidth + 1 }
        }
        return units
    }

    /// The share of runs in which a unit stood at a class (0: none reached).
    public func probability(_ unit: Int, ofClass ordinal: Int) -> Double {
        guard runs > 0, ordinal >= 0, ordinal <= classes else { return 0 }
        return Double(classCounts[unit * (classes + 1) + ordinal]) / Double(runs)
    }

    /// The share of runs in which a unit stood at a class or above.
    public func probability(_ unit: Int, atLeast ordinal: Int) -> Double {
        (max(ordinal, 0)...classes).reduce(0) { $0 + probability(unit, ofClass: $1) }
    }

    /// The share of runs in which a condition kept a unit from its next class.
    public func bindingShare(_ unit: Int, condition: Int) -> Double {
        runs == 0 ? 0 : Double(blockerCounts[unit * conditions + condition]) / Double(runs)
    }

    /// The mean and standard deviation of a unit's index over the runs that had one.
    public func index(_ unit: Int) -> (mean: Double, deviation: Double)? {
        let count = Double(indexRuns[unit])
        guard count > 0 else { return nil }
        let mean = Double(indexSums[unit]) / count / 1e9
        let variance = max(0, Double(indexSquares[unit]) / count / 1e12 - mean * mean)
        return (mean, variance.squareRoot())
    }
}

extension MonteCarlo {
    /// Runs the analysis on the concurrency pool, one child task per worker.
    ///
    /// - Parameters:
    ///   - runs: How many runs.
    ///   - seed: The seed; the same seed gives the same statistics on any number of threads.
    ///   - threads: How many runs proceed at once (at least 1).
    /// - Returns: The statistics of the runs.
    public func run(runs: Int, seed: UInt64, threads: Int) async -> UncertaintyStatistics {
        let workers = workerCount(runs: runs, threads: threads)
        let analysis = self
        return await withTaskGroup(of: UncertaintyStatistics.self) { group in
            for worker in 0..<workers {
                group.addTask { analysis.part(worker: worker, of: workers, runs: runs, seed: seed) }
            }
            var total = emptyStatistics()
            for await part in group { total.merge(part) }
            return total
        }
    }

    /// Runs the analysis on threads of its own, for callers that cannot wait for async work (a synchronous command
    /// running on the concurrency pool would starve it by waiting); the statistics are those of ``run(runs:seed:threads:)``.
    public func runOnThreads(runs: Int, seed: UInt64, threads: Int) -> UncertaintyStatistics {
        let workers = workerCount(runs: runs, threads: threads)
        let parts = Mutex([UncertaintyStatistics?](repeating: nil, count: workers))
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            let found = part(worker: worker, of: workers, runs: runs, seed: seed)
            parts.withLock { $0[worker] = found }
        }
        var total = emptyStatistics()
        for part in parts.withLock({ $0 }) { if let part { total.merge(part) } }
        return total
    }

    private func emptyStatistics() -> UncertaintyStatistics {
        UncertaintyStatistics(
            units: assessments.count, classes: scheme.classes.count, conditions: scheme.conditions.count)
    }

    private func workerCount(runs: Int, threads: Int) -> Int {
        max(1, min(threads, (runs + Self.block - 1) / Self.block))
    }

    /// The runs of one worker: blocks `worker`, `worker + workers`, … of ``block`` runs each.
    private func part(worker: Int, of workers: Int, runs: Int, seed: UInt64) -> UncertaintyStatistics {
        var statistics = emptyStatistics()
        var space = workspace()
        var run = worker * Self.block
        while run < runs {
            for offset in 0..<Self.block where run + offset < runs {
                sample(run: run + offset, seed: seed, in: &space)
                statistics.add(space.outcome)
            }
            run += workers * Self.block
        }
        return statistics
    }
}
