import ChisoCore
import ChisoIO
import Foundation
import Testing

/// Invariants every ``ScoringScheme`` must keep, checked on seeded random units for every built-in framework.
/// A new scheme joins by being reachable from `FrameworkCatalog.builtIn`.
@Suite struct ScoringSchemeConformanceTests {
    static let frameworks = FrameworkCatalog.builtIn.map(\.id)

    static func scheme(_ id: String) throws -> any ScoringScheme {
        try FrameworkCatalog.load(id).0.scoring
    }

    /// A random value of a measure's kind around a unit's `quality` (0…1), or `nil` (missing) one time in forty,
    /// so that random units spread over the classes instead of all failing the lowest one.
    static func randomValue(_ measure: Measure, quality: Double, using random: inout SplitMix64) -> Double? {
        if Int.random(in: 0..<40, using: &random) == 0 { return nil }
        return SyntheticUnits.value(measure, quality: quality, using: &random)
    }

    /// A value at least as good as `value` for the measure (higher, or present where it was missing).
    static func raised(_ value: Double?, _ measure: Measure, using random: inout SplitMix64) -> Double {
        let top = measure.validRange?.upperBound ?? 100
        let ceiling = top == Double.greatestFiniteMagnitude ? (value ?? 0) + 5 : top
        let base = value ?? 0
        return min(base + Double.random(in: 0...max(ceiling - base, 0), using: &random), ceiling)
    }

    static func units(_ scheme: any ScoringScheme, count: Int, seed: UInt64) -> ([Assessment], ScoringContext) {
        var random = SplitMix64(seed: seed)
        var assessments: [Assessment] = []
        var children: [String: ChildLevelSummary] = [:]
        for index in 0..<count {
            let quality = Double.random(in: 0.3...1, using: &random)
            let values = scheme.measures.map { randomValue($0, quality: quality, using: &random) }
            let id = "U\(index)"
            assessments.append(
                Assessment(
                    unit: UnitInfo(id: id, registeredLevel: Int.random(in: 1...3, using: &random)), values: values))
            let levels = (0..<Int.random(in: 0...6, using: &random)).map { _ in Int.random(in: 0...5, using: &random) }
            children[id] = ChildLevelSummary(levels: levels, maximumLevel: 5)
        }
        return (assessments, ScoringContext(childLevels: children))
    }

    @Test(arguments: frameworks)
    func resultsFollowTheInputOrderAndAreDeterministic(id: String) throws {
        let scheme = try Self.scheme(id)
        let (units, context) = Self.units(scheme, count: 200, seed: 1)
        let first = scheme.score(units, context: context)
        #expect(first.map(\.unit.id) == units.map(\.unit.id))
        #expect(scheme.score(units, context: context) == first)
        if scheme.classes.count > 1 {
            #expect(Set(first.map(\.standing.ordinal)).count > 1, "the random units should not all land in one class")
        }
    }

    @Test(arguments: frameworks)
    func orderOfUnitsDoesNotMatter(id: String) throws {
        let scheme = try Self.scheme(id)
        let (units, context) = Self.units(scheme, count: 200, seed: 2)
        var random = SplitMix64(seed: 99)
        let shuffled = units.shuffled(using: &random)
        let byID = Dictionary(uniqueKeysWithValues: scheme.score(units, context: context).map { ($0.unit.id, $0) })
        for result in scheme.score(shuffled, context: context) {
            #expect(byID[result.unit.id] == result)
        }
    }

    @Test(arguments: frameworks)
    func raisingAValueNeverLowersTheStanding(id: String) throws {
        let scheme = try Self.scheme(id)
        let (units, context) = Self.units(scheme, count: 300, seed: 3)
        var random = SplitMix64(seed: 4)
        let before = scheme.score(units, context: context)
        for (unit, result) in zip(units, before) where !scheme.measures.isEmpty {
            var better = unit
            for _ in 0..<3 {
                let index = Int.random(in: 0..<scheme.measures.count, using: &random)
                better.values[index] = Self.raised(better.values[index], scheme.measures[index], using: &random)
            }
            let after = scheme.score([better], context: context)[0]
            #expect(after.standing >= result.standing, "\(unit.unit.id)")
        }
    }

    @Test(arguments: frameworks)
    func explanationAgreesWithTheOutcome(id: String) throws {
        let scheme = try Self.scheme(id)
        let (units, context) = Self.units(scheme, count: 200, seed: 5)
        for result in scheme.score(units, context: context) {
            let explanation = scheme.explain(result)
            #expect(explanation.standing == result.standing)
            #expect(explanation.binding == result.blockers)
            #expect(explanation.classes == scheme.classes)
            let top = scheme.classes.count
            #expect(result.blockers.isEmpty == (result.standing.ordinal == top))
            for row in explanation.rows {
                // Nothing at or below the class reached blocks it; a binding row blocks the next class.
                for (offset, cell) in row.cells.enumerated() where offset < result.standing.ordinal {
                    #expect(!cell.status.blocks, "\(row.id) at class \(offset + 1)")
                }
                if row.isBinding { #expect(row.cells[result.standing.ordinal].status.blocks) }
                // A requirement left undecided by a missing value belongs to a criterion listed as missing.
                if row.cells.contains(where: { $0.status == .missing }) {
                    #expect(result.missing.contains(row.id.trimmingCharacters(in: .whitespaces)))
                }
            }
        }
    }
}
