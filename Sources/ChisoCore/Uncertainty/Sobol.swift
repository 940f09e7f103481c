import Dispatch
import Synchronization

/// One input group's Sobol indices: the share of the output's variance it explains alone (first order) and with
/// all its interactions (total), with bootstrap intervals.
public struct SobolIndex: Hashable, Sendable {
    /// The input group.
    public var group: String
    /// The first-order index.
    public var first: Double
    /// The total index.
    public var total: Double
    /// The 90% bootstrap interval of the first-order index.
    public var firstInterval: ClosedRange<Double>
    /// The 90% bootstrap interval of the total index.
    public var totalInterval: ClosedRange<Double>

    /// Creates an index.
    public init(
        group: String, first: Double, total: Double, firstInterval: ClosedRange<Double>,
        totalInterval: ClosedRange<Double>
    ) {
        self.group = group
        self.first = first
        self.total = total
        self.firstInterval = firstInterval
        self.totalInterval = totalInterval
    }
}

/// Variance-based sensitivity by the Saltelli design: *N* pairs of independent draws A and B of every input group,
/// and for each group *g* the draw A with group *g* taken from B — *N* × (*d* + 2) evaluations for *d* groups. First
/// order by Saltelli (2010) on the output centred on its mean, total by Jansen (1999), 90% intervals by bootstrap over the *N* pairs. An input group
/// is drawn from its own seed, so that a group "taken from B" is exactly B's draw of it.
public enum Sobol {
    /// Estimates the indices of `evaluate`, a function of one seed per group.
    ///
    /// - Parameters:
    ///   - groups: The names of the input groups.
    ///   - samples: *N*.
    ///   - seed: The seed of the design; the result depends on it and the inputs only.
    ///   - bootstrap: Bootstrap resamples for the intervals.
    ///   - threads: Evaluations at once.
    ///   - evaluate: The output for one seed per group.
    /// - Returns: One index per group, the output's variance, and the number of evaluations.
    public static func estimate(
        groups: [String], samples: Int, seed: UInt64, bootstrap: Int = 200, threads: Int,
        evaluate: @Sendable ([UInt64]) -> Double
    ) -> (indices: [SobolIndex], variance: Double, evaluations: Int) {
        let d = groups.count
        guard d > 0, samples > 1 else { return ([], 0, 0) }
        var generator = SplitMix64(seed: seed)
        let a = (0..<samples).map { _ in (0..<d).map { _ in generator.next() } }
        let b = (0..<samples).map { _ in (0..<d).map { _ in generator.next() } }
        let values = evaluateDesign(a: a, b: b, groups: d, threads: threads, evaluate: evaluate)
        let outputs = Outputs(values: values, samples: samples, groups: d)
        let nominal = outputs.indices(Array(0..<samples))
        let (firsts, totals) = outputs.bootstrap(bootstrap, seed: seed)
        let result = (0..<d).map { g in
            SobolIndex(
                group: groups[g], first: nominal.first[g], total: nominal.total[g],
                firstInterval: interval(firsts[g], around: nominal.first[g]),
                totalInterval: interval(totals[g], around: nominal.total[g]))
        }
        return (result, nominal.variance, values.count)
    }

    /// The output of every row of the design, in row order: row *j* is A, B, then A with each group from B.
    private static func evaluateDesign(
        a: [[UInt64]], b: [[UInt64]], groups d: Int, threads: Int, evaluate: @Sendable ([UInt64]) -> Double
    ) -> [Double] {
        let width = d + 2
        let count = a.count * width
        let results = Mutex([Double](repeating: 0, count: count))
        let chunks = max(1, min(threads * 4, count))
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            var local: [(Int, Double)] = []
            var index = chunk
            while index < count {
                let j = index / width
                let column = index % width
                var seeds: [UInt64]
                switch column {
                case 0: seeds = a[j]
                case 1: seeds = b[j]
                default:
                    seeds = a[j]
                    seeds[column - 2] = b[j][column - 2]
                }
                local.append((index, evaluate(seeds)))
                index += chunks
            }
            results.withLock { values in for (index, value) in local { values[index] = value } }
        }
        return results.withLock { $0 }
    }

    /// The 90% interval of bootstrap estimates.
    private static func interval(_ values: [Double], around value: Double) -> ClosedRange<Double> {
        guard !values.isEmpty else { return value...value }
        let sorted = values.sorted()
        let low = sorted[Int((0.05 * Double(sorted.count - 1)).rounded())]
        let high = sorted[Int((0.95 * Double(sorted.count - 1)).rounded())]
        return min(low, high)...max(low, high)
    }

    /// The design's outputs by matrix: f(A), f(B) and f(A with group *g* from B), one value per pair.
    private struct Outputs {
        var fA: [Double]
        var fB: [Double]
        var fAB: [[Double]]

        init(values: [Double], samples: Int, groups d: Int) {
            let width = d + 2
            fA = (0..<samples).map { values[$0 * width] }
            fB = (0..<samples).map { values[$0 * width + 1] }
            fAB = (0..<d).map { g in (0..<samples).map { values[$0 * width + 2 + g] } }
        }

        /// The output's variance and each group's first-order and total index, over the pairs `rows`.
        func indices(_ rows: [Int]) -> (variance: Double, first: [Double], total: [Double]) {
            let d = fAB.count
            let all = rows.map { fA[$0] } + rows.map { fB[$0] }
            let mean = all.reduce(0, +) / Double(all.count)
            let variance = all.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(all.count)
            guard variance > 1e-300 else {
                return (0, Array(repeating: 0, count: d), Array(repeating: 0, count: d))
            }
            let n = Double(rows.count)
            // The output is centred on its mean before the Saltelli sum (as SALib does): the sum's expectation is
            // the same, but without centring its variance grows with the output's mean², and the first-order
            // estimates scatter several times as much at equal N.
            let first = (0..<d).map { g in
                rows.reduce(0) { $0 + (fB[$1] - mean) * (fAB[g][$1] - fA[$1]) } / n / variance
            }
            let total = (0..<d).map { g in
                rows.reduce(0) { $0 + (fA[$1] - fAB[g][$1]) * (fA[$1] - fAB[g][$1]) } / (2 * n) / variance
            }
            return (variance, first, total)
        }

        /// Each group's first-order and total estimates over `resamples` bootstrap resamples of the pairs.
        func bootstrap(_ resamples: Int, seed: UInt64) -> (firsts: [[Double]], totals: [[Double]]) {
            let samples = fA.count
            var firsts = [[Double]](repeating: [], count: fAB.count)
            var totals = [[Double]](repeating: [], count: fAB.count)
            var resampler = SplitMix64(seed: seed ^ 0xB007_57A9)
            for _ in 0..<resamples {
                let rows = (0..<samples).map { _ in Int.random(in: 0..<samples, using: &resampler) }
                let found = indices(rows)
                for g in fAB.indices {
                    firsts[g].append(found.first[g])
                    totals[g].append(found.total[g])
                }
            }
            return (firsts, totals)
        }
    }
}

/// What a sensitivity analysis explains the variance of.
public enum SensitivityTarget: Hashable, Sendable {
    /// The mean absolute rank shift of the units from their nominal ranks (COINr's target), over the units ranked
    /// both in the run and nominally (a scheme may leave units below its tiers unranked).
    case rankShift
    /// The share of units whose class differs from their nominal class.
    case classChange
    /// One unit's index, or its class where the scheme has no index.
    case unit(Int)
}

extension MonteCarlo {
    /// First-order and total Sobol indices of each input group (``groups``) on a target.
    ///
    /// - Parameters:
    ///   - target: What to explain.
    ///   - samples: *N*; the analysis scores the units *N* × (*d* + 2) times for *d* groups.
    ///   - seed: The seed.
    ///   - bootstrap: Resamples for the 90% intervals.
    ///   - threads: Runs at once.
    public func sensitivity(target: SensitivityTarget, samples: Int, seed: UInt64, bootstrap: Int = 200, threads: Int)
        -> (indices: [SobolIndex], variance: Double, evaluations: Int)
    {
        let nominal = nominal()
        let analysis = self
        let count = Double(max(assessments.count, 1))
        return Sobol.estimate(groups: groups, samples: samples, seed: seed, bootstrap: bootstrap, threads: threads) {
            seeds in
            let outcome = analysis.sample(seeds: seeds)
            switch target {
            case .rankShift:
                let shifts = outcome.rankShifts(from: nominal)
                return Double(shifts.reduce(0, +)) / Double(max(shifts.count, 1))
            case .classChange:
                return Double(zip(outcome.ordinals, nominal.ordinals).filter { $0 != $1 }.count) / count
            case .unit(let unit):
                guard unit < outcome.ordinals.count else { return 0 }
                return outcome.indices[unit] ?? Double(outcome.ordinals[unit])
            }
        }
    }
}
