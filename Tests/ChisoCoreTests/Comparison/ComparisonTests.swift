import ChisoCore
import Testing

/// Rank statistics against values SciPy 1.17.1 gives for the same samples (`scipy.stats.spearmanr` and
/// `kendalltau(method='asymptotic')`), recorded here so that the tests need no Python; and κ against a textbook
/// table and an independent computation.
struct RankCorrelationTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var x: [Double]
        var y: [Double]
        var rho: Double
        var rhoP: Double
        var tau: Double
        var tauP: Double
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "pairs swapped, no ties", x: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], y: [2, 1, 4, 3, 6, 5, 8, 7, 10, 9],
            rho: 0.9393939393939393, rhoP: 5.4840529985136686e-05, tau: 0.7777777777777777,
            tauP: 0.001745118699528905),
        Case(
            name: "ties on both sides", x: [1, 2, 2, 3, 4, 4, 4, 5, 6, 7, 8, 8],
            y: [2, 1, 3, 3, 5, 4, 6, 6, 8, 7, 9, 9], rho: 0.9644897142450001, rhoP: 4.189314579046177e-07,
            tau: 0.8872121839090167, tauP: 0.00011878171869541712),
        Case(
            name: "weak, many ties", x: [12.5, 3, 7, 7, 9, 1, 4, 4, 4, 10], y: [3, 2, 2, 5, 5, 1, 0, 0, 4, 5],
            rho: 0.6300971398604959, rhoP: 0.05085823122331181, tau: 0.469171558408555, tauP: 0.07658380239990178),
    ]

    @Test(arguments: cases)
    func matchesSciPy(_ sample: Case) throws {
        let rho = try #require(RankCorrelation.spearman(sample.x, sample.y))
        #expect(abs(rho.value - sample.rho) < 1e-12)
        #expect(abs(rho.pValue - sample.rhoP) / sample.rhoP < 1e-6)
        let tau = try #require(RankCorrelation.kendallTauB(sample.x, sample.y))
        #expect(abs(tau.value - sample.tau) < 1e-12)
        #expect(abs(tau.pValue - sample.tauP) / sample.tauP < 1e-6)
    }

    @Test func midRanksShareTheMeanOfTheirPlaces() {
        #expect(RankCorrelation.midRanks([10, 20, 20, 5, 20]) == [2, 4, 4, 1, 4])
    }

    @Test func perfectAndReversedOrders() throws {
        let x: [Double] = [1, 2, 3, 4, 5]
        #expect(try #require(RankCorrelation.spearman(x, x)).value == 1)
        #expect(try #require(RankCorrelation.spearman(x, x.reversed())).value == -1)
        #expect(try #require(RankCorrelation.kendallTauB(x, x.reversed())).value == -1)
        #expect(try #require(RankCorrelation.spearman(x, x)).pValue == 0)
    }

    @Test func undefinedWhenOneSideIsConstantOrTooShort() {
        #expect(RankCorrelation.spearman([1, 2, 3], [4, 4, 4]) == nil)
        #expect(RankCorrelation.kendallTauB([1, 2, 3], [4, 4, 4]) == nil)
        #expect(RankCorrelation.spearman([1, 2], [1, 2]) == nil)
    }
}

struct AgreementTests {
    @Test func twoClassesGiveCohensKappaWithEitherWeights() throws {
        // The textbook 2 × 2 table: observed agreement 0.7, chance 0.5, κ = 0.4.
        let pairs =
            Array(repeating: (0, 0), count: 20) + Array(repeating: (0, 1), count: 5)
            + Array(repeating: (1, 0), count: 10) + Array(repeating: (1, 1), count: 15)
        let agreement = Agreement(pairs: pairs, classCount: 1)
        #expect(agreement.table == [[20, 5], [10, 15]])
        #expect(abs(try #require(agreement.kappa(.linear)) - 0.4) < 1e-12)
        #expect(abs(try #require(agreement.kappa(.quadratic)) - 0.4) < 1e-12)
        #expect(agreement.exactShare == 0.7)
    }

    @Test func weightedKappaOnAFourClassTable() throws {
        // Values from an independent NumPy computation of 1 − ΣwO / ΣwE on the same table.
        let table = [[11, 3, 1, 0], [2, 9, 4, 1], [0, 3, 8, 2], [0, 1, 2, 6]]
        var pairs: [(Int, Int)] = []
        for (i, row) in table.enumerated() {
            for (j, count) in row.enumerated() { pairs += Array(repeating: (i, j), count: count) }
        }
        let agreement = Agreement(pairs: pairs, classCount: 3)
        #expect(agreement.table == table)
        #expect(abs(try #require(agreement.kappa(.linear)) - 0.6432068543451652) < 1e-12)
        #expect(abs(try #require(agreement.kappa(.quadratic)) - 0.7584635416666667) < 1e-12)
    }

    @Test func kappaIsUndefinedWhenEveryUnitIsInOneClass() {
        #expect(Agreement(pairs: [(2, 2), (2, 2)], classCount: 5).kappa(.linear) == nil)
        #expect(Agreement(pairs: [], classCount: 5).kappa(.quadratic) == nil)
    }
}

struct PairComparisonTests {
    func side(_ name: String, _ values: [(String, Int)], classes: Int? = 5) -> ComparisonSide {
        let ranks = ComparisonSide.ranks(of: values.map { Double($0.1) })
        return ComparisonSide(
            name: name, classCount: classes,
            entries: values.indices.map { index in
                ComparisonSide.Entry(
                    unitID: values[index].0, outcome: "\(values[index].1)", ordinal: values[index].1,
                    scale: Double(values[index].1) / 5, rank: ranks[index])
            })
    }

    @Test func competitionRanksShareTheBestPlaceOfATie() {
        #expect(ComparisonSide.ranks(of: [3, 5, 5, 1, 3]) == [3, 1, 1, 5, 3])
    }

    @Test func joinsOnIDAndReportsUnitsOnOneSideOnly() throws {
        let a = side("2024", [("A", 1), ("B", 2), ("C", 3), ("D", 4), ("X", 0)])
        let b = side("2025", [("D", 2), ("C", 3), ("B", 4), ("A", 5), ("Y", 1)])
        let comparison = PairComparison(a, b, top: 2)
        #expect(comparison.matches.map(\.a.unitID) == ["A", "B", "C", "D"])
        #expect(comparison.onlyA == ["X"])
        #expect(comparison.onlyB == ["Y"])
        // A is last but one in 2024 (rank 4 of 5) and first in 2025: up 3 places.
        #expect(comparison.matches[0].rankShift == 3)
        #expect(try #require(comparison.spearman).value == -1)
        let agreement = try #require(comparison.agreement)
        #expect(agreement.table[4][2] == 1)  // D: level 4, then level 2
        // Tops of 2: {D, C} and {A, B}; nothing in common.
        #expect(comparison.topOverlap == 0)
    }

    @Test func noKappaBetweenDifferentClassScales() {
        let a = side("levels", [("A", 1), ("B", 2), ("C", 3)], classes: 5)
        let b = side("tiers", [("A", 1), ("B", 2), ("C", 3)], classes: 4)
        #expect(PairComparison(a, b).agreement == nil)
    }
}

struct UnrankedComparisonTests {
    static func entry(_ id: String, _ rank: Int?, group: String? = nil) -> ComparisonSide.Entry {
        ComparisonSide.Entry(unitID: id, outcome: "", ordinal: nil, scale: 0, rank: rank, group: group)
    }

    @Test func unitsWithoutARankAreLeftOutOfRankStatistics() throws {
        let a = ComparisonSide(
            name: "a", classCount: nil,
            entries: [Self.entry("A", 1), Self.entry("B", 2), Self.entry("C", 3), Self.entry("D", nil)])
        let b = ComparisonSide(
            name: "b", classCount: nil,
            entries: [Self.entry("A", 3), Self.entry("B", 2), Self.entry("C", 1), Self.entry("D", 4)])
        let comparison = PairComparison(a, b, top: 1)
        #expect(comparison.unrankedA == 1 && comparison.unrankedB == 0)
        // Over A, B, C alone the rankings are reversed; ranking D last on side a would make ρ −0.2.
        #expect(try #require(comparison.spearman).value == -1)
        #expect(comparison.matches[3].rankShift == nil)
        #expect(comparison.topOverlap == 0)
    }

    @Test func ranksWithinGroupsGiveNoCorrelationAndShiftsOnlyInOneGroup() {
        let a = ComparisonSide(
            name: "a", classCount: nil,
            entries: [
                Self.entry("A", 1, group: "x"), Self.entry("B", 2, group: "x"), Self.entry("C", 1, group: "y"),
                Self.entry("D", 2, group: "y"),
            ])
        let b = ComparisonSide(
            name: "b", classCount: nil,
            entries: [Self.entry("A", 2), Self.entry("B", 1), Self.entry("C", 3), Self.entry("D", 4)])
        let regrouped = ComparisonSide(
            name: "c", classCount: nil,
            entries: [
                Self.entry("A", 2, group: "x"), Self.entry("B", 1, group: "x"), Self.entry("C", 1, group: "y"),
                Self.entry("D", 2, group: "y"),
            ])
        let mixed = PairComparison(a, b, top: 1)
        #expect(mixed.ranksWithinGroups && mixed.spearman == nil && mixed.kendall == nil && mixed.topOverlap == nil)
        #expect(mixed.matches.map(\.rankShift) == [nil, nil, nil, nil])
        let same = PairComparison(a, regrouped)
        #expect(same.matches.map(\.rankShift) == [-1, 1, 0, 0])
    }

    @Test func ranksWithinGroupsSkipUnitsWithoutAValue() {
        #expect(
            ComparisonSide.ranks(of: [0.5, 0.9, nil, 0.7, 0.1], groups: ["x", "x", "x", nil, nil]) == [2, 1, nil, 1, 2])
    }
}
