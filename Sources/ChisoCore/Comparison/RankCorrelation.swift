#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A rank correlation between two paired samples, with its two-sided p-value.
public struct RankCorrelation: Hashable, Sendable {
    /// The coefficient, from −1 to 1.
    public var value: Double
    /// The two-sided p-value of no association.
    public var pValue: Double
    /// The number of pairs.
    public var count: Int

    /// Creates a correlation.
    public init(value: Double, pValue: Double, count: Int) {
        self.value = value
        self.pValue = pValue
        self.count = count
    }

    /// Spearman's ρ: Pearson's correlation of the mid-ranks (ties share the mean of the ranks they span), with the
    /// p-value of the t statistic on *n* − 2 degrees of freedom (as SciPy's `spearmanr`).
    ///
    /// - Returns: `nil` with fewer than 3 pairs, or when one side has a single value (ρ is undefined).
    public static func spearman(_ x: [Double], _ y: [Double]) -> RankCorrelation? {
        let count = min(x.count, y.count)
        guard count >= 3 else { return nil }
        let rx = midRanks(Array(x.prefix(count)))
        let ry = midRanks(Array(y.prefix(count)))
        let mean = Double(count + 1) / 2
        var sxy = 0.0
        var sxx = 0.0
        var syy = 0.0
        for index in 0..<count {
            let dx = rx[index] - mean
            let dy = ry[index] - mean
            sxy += dx * dy
            sxx += dx * dx
            syy += dy * dy
        }
        guard sxx > 0, syy > 0 else { return nil }
        let rho = max(-1, min(1, sxy / (sxx * syy).squareRoot()))
        let freedom = Double(count - 2)
        let p: Double
        if abs(rho) >= 1 - 1e-15 {
            p = 0
        } else {
            let t = rho * (freedom / ((1 - rho) * (1 + rho))).squareRoot()
            p = 2 * StudentT.survival(abs(t), freedom: freedom)
        }
        return RankCorrelation(value: rho, pValue: min(p, 1), count: count)
    }

    /// Kendall's τ-b, which corrects for ties on either side, with the p-value of its normal approximation under
    /// ties (as SciPy's `kendalltau(method='asymptotic')`).
    ///
    /// - Returns: `nil` with fewer than 3 pairs, or when one side has a single value.
    /// - Complexity: O(*n*²).
    public static func kendallTauB(_ x: [Double], _ y: [Double]) -> RankCorrelation? {
        let count = min(x.count, y.count)
        guard count >= 3 else { return nil }
        var balance = 0.0  // concordant − discordant
        for i in 0..<count {
            for j in (i + 1)..<count {
                let product = (x[i] - x[j]).sign(y[i] - y[j])
                balance += product
            }
        }
        let n = Double(count)
        let pairs = n * (n - 1) / 2
        let tx = TieCounts(Array(x.prefix(count)))
        let ty = TieCounts(Array(y.prefix(count)))
        let denominator = ((pairs - tx.pairs) * (pairs - ty.pairs)).squareRoot()
        guard denominator > 0 else { return nil }
        let tau = max(-1, min(1, balance / denominator))
        let m = n * (n - 1)
        let variance =
            (m * (2 * n + 5) - tx.spread - ty.spread) / 18 + (2 * tx.pairs * ty.pairs) / m
            + (count > 2 ? tx.triples * ty.triples / (9 * m * (n - 2)) : 0)
        let p = variance > 0 ? erfc(abs(balance / variance.squareRoot()) / 2.0.squareRoot()) : 1
        return RankCorrelation(value: tau, pValue: min(p, 1), count: count)
    }

    /// Ranks from 1, ties sharing the mean of the ranks they span.
    public static func midRanks(_ values: [Double]) -> [Double] {
        let order = values.indices.sorted { values[$0] < values[$1] }
        var ranks = [Double](repeating: 0, count: values.count)
        var start = 0
        while start < order.count {
            var end = start + 1
            while end < order.count, values[order[end]] == values[order[start]] { end += 1 }
            let rank = Double(start + end + 1) / 2
            for position in start..<end { ranks[order[position]] = rank }
            start = end
        }
        return ranks
    }
}

extension Double {
    /// The sign of `self × other`: 1, −1, or 0 when either is 0.
    fileprivate func sign(_ other: Double) -> Double {
        if self == 0 || other == 0 { return 0 }
        return (self > 0) == (other > 0) ? 1 : -1
    }
}

/// The tie sums of one sample that Kendall's τ-b and its variance need, over groups of *t* equal values.
private struct TieCounts {
    /// Σ *t*(*t* − 1)/2: the pairs tied.
    var pairs = 0.0
    /// Σ *t*(*t* − 1)(*t* − 2).
    var triples = 0.0
    /// Σ *t*(*t* − 1)(2*t* + 5).
    var spread = 0.0

    init(_ values: [Double]) {
        var groups: [Double: Int] = [:]
        for value in values { groups[value, default: 0] += 1 }
        for size in groups.values where size > 1 {
            let t = Double(size)
            pairs += t * (t - 1) / 2
            triples += t * (t - 1) * (t - 2)
            spread += t * (t - 1) * (2 * t + 5)
        }
    }
}

/// Student's t distribution, for the p-value of a correlation.
enum StudentT {
    /// P(T > t) for t ≥ 0 on `freedom` degrees of freedom: half the regularised incomplete beta function
    /// I_{ν/(ν+t²)}(ν/2, 1/2).
    static func survival(_ t: Double, freedom: Double) -> Double {
        guard t.isFinite else { return 0 }
        return 0.5 * IncompleteBeta.regularized(x: freedom / (freedom + t * t), a: freedom / 2, b: 0.5)
    }
}

/// The regularised incomplete beta function, by its continued fraction (modified Lentz's method).
enum IncompleteBeta {
    /// I_x(a, b) for 0 ≤ x ≤ 1 and a, b > 0.
    static func regularized(x: Double, a: Double, b: Double) -> Double {
        if x <= 0 { return 0 }
        if x >= 1 { return 1 }
        let logFront = lgamma(a + b) - lgamma(a) - lgamma(b) + a * log(x) + b * log(1 - x)
        // The continued fraction converges fast for x < (a + 1) / (a + b + 2); use the symmetry otherwise.
        if x < (a + 1) / (a + b + 2) {
            return exp(logFront) * fraction(x: x, a: a, b: b) / a
        }
        return 1 - exp(logFront) * fraction(x: 1 - x, a: b, b: a) / b
    }

    private static func fraction(x: Double, a: Double, b: Double) -> Double {
        let tiny = 1e-300
        var c = 1.0
        var d = 1 - (a + b) * x / (a + 1)
        if abs(d) < tiny { d = tiny }
        d = 1 / d
        var result = d
        for step in 1...300 {
            let m = Double(step)
            let even = m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m))
            d = 1 + even * d
            if abs(d) < tiny { d = tiny }
            c = 1 + even / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            result *= d * c
            let odd = -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1))
            d = 1 + odd * d
            if abs(d) < tiny { d = tiny }
            c = 1 + odd / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            let change = d * c
            result *= change
            if abs(change - 1) < 1e-15 { break }
        }
        return result
    }
}
