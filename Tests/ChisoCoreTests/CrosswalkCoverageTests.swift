import ChisoCore
import Testing

/// How much of B a crosswalk fills: each input's mapping or reason, and with data the units filled and left missing.
struct CrosswalkCoverageTests {
    @Test func withoutDataEachInputHasItsMappingOrReason() {
        let crosswalk = CrosswalkTests.crosswalk
        let coverage = crosswalk.coverage(fills: nil)
        #expect(coverage.map(\.target) == Array(0..<8))
        #expect(coverage.map { $0.mapping?.sources } == [[0], [0], [1], [2], [2, 3], [4, 5], [4, 5], nil])
        #expect(coverage.map(\.reason?.en) == Array(repeating: nil, count: 7) + ["nothing in A counts this"])
        #expect(coverage.allSatisfy { $0.filled == nil && $0.missing == nil })
    }

    /// Two units: the first has every source, the second misses P (so `same` and `yes`) and the denominator.
    @Test func withDataUnitsAreCounted() {
        let crosswalk = CrosswalkTests.crosswalk
        let fills = [
            crosswalk.translate([72.5, 3, 0.4, 0.8, 1, 0], columns: ["firms": 12]).fills,
            crosswalk.translate([nil, 3, 0.4, 0.8, 1, 0], columns: [:]).fills,
        ]
        let coverage = crosswalk.coverage(fills: fills)
        #expect(coverage.map(\.filled) == [1, 1, 1, 2, 2, 2, 2, 0])
        #expect(coverage.map(\.missing) == [1, 1, 1, 0, 0, 0, 0, 2])
    }
}
