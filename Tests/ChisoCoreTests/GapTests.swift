import ChisoCore
import Testing

/// The gaps of a unit to a target class, as typed values: a level scheme's requirements one by one, a point scheme's
/// total, floors and headroom (measured by the scheme), and the subordinate units a roll-up needs to rise.
@Suite struct GapTests {
    struct LevelCase: CustomTestStringConvertible, Sendable {
        var values: [Double?]
        var target: Int
        /// Condition ID, value now, least value, measure.
        var gaps: [(String, Double?, Double, Int)]
        var testDescription: String { "\(values) → class \(target)" }
    }

    static let levelCases = [
        LevelCase(values: [55, 0, 0, nil], target: 2, gaps: [("P", 55, 60, 0), ("Y", 0, 1, 1), ("C", 0, 1, 2)]),
        // C at class 3: 3 enterprises or 100% of them; the least count alone is 3.
        LevelCase(values: [65, 1, 2, 50], target: 3, gaps: [("P", 65, 70, 0), ("C", 2, 3, 2)]),
        LevelCase(values: [nil, 1, 5, nil], target: 2, gaps: [("P", nil, 60, 0)]),
        LevelCase(values: [80, 1, 5, nil], target: 3, gaps: []),
    ]

    @Test(arguments: levelCases)
    func levelGaps(_ row: LevelCase) {
        let scheme = Toy.scheme
        let result = Toy.score(row.values[0], row.values[1], row.values[2], row.values[3])
        let expected = row.gaps.map { id, current, least, measure in
            Gap(
                unit: "U1", target: row.target, subject: .condition(Self.index(of: id, in: scheme)), kind: .requirement,
                shortfall: .value(current: current, least: least, inclusive: true, measure: measure))
        }
        let gaps = scheme.gaps(of: result, toClass: row.target)
        #expect(gaps == expected)
        #expect(gaps.map(\.amount) == row.gaps.map { max($0.2 - ($0.1 ?? 0), 0) })
    }

    static func index(of id: String, in scheme: some ScoringScheme) -> Int {
        scheme.conditions.firstIndex { $0.id == id } ?? -1
    }

    /// The toy point scheme of the planner tests, every value 0: 13 points to gain, tier III asks 4 and 1.5 on B.
    @Test(arguments: [false, true])
    func pointGaps(reached: Bool) throws {
        let scheme = PointPlanningTests.scheme
        let result = scheme.score(Assessment(unit: Toy.unit(), values: [0, 0, 0, 0, 0, 0]))
        let gap = { (id: String, kind: Gap.Kind, least: Double) in
            Gap(
                unit: "U1", target: 1, subject: .condition(Self.index(of: id, in: scheme)), kind: kind,
                shortfall: .value(current: 0, least: least, inclusive: true, measure: nil))
        }
        let headroom = [("A", 2.0), ("B1", 2), ("B2", 2), ("B3", 2), ("C", 3), ("D", 2)].map {
            gap($0.0, .headroom, $0.1)
        }
        let deficits = [gap(scheme.conditions[0].id, .total, 4), gap("B", .floor, 1.5)]
        let gaps = scheme.gaps(of: result, toClass: 1, reached: reached)
        #expect(gaps == (reached ? [] : deficits) + headroom)
        #expect(gaps.compactMap(\.amount).reduce(0, +) == (reached ? 13 : 18.5))
    }

    /// A tier that says "above": the total must exceed the minimum, and the gap says so.
    @Test func pointTotalAbove() {
        let name = LocalizedText(vi: "T", en: "T")
        let scheme = PointScheme(
            roots: [PointNode(id: "A", name: name, maximum: 10, rule: .points)],
            tiers: [Tier(name: name, minimum: 5, inclusive: false)])
        let result = scheme.score(Assessment(unit: Toy.unit(), values: [5]))
        #expect(
            scheme.gaps(of: result, toClass: 1).first
                == Gap(
                    unit: "U1", target: 1, subject: .condition(0), kind: .total,
                    shortfall: .value(current: 5, least: 5, inclusive: false, measure: nil)))
    }

    /// An index target: the total against the index times the maximum.
    @Test func indexTarget() throws {
        let below = LocalizedText(vi: "dưới", en: "below")
        let scheme = try #require(
            PointPlanningTests.scheme.aiming(atIndex: 0.5, names: (below: below, reached: below)))
        let result = scheme.score(Assessment(unit: Toy.unit(), values: [2, 0, 0, 0, 0, 0]), subordinates: nil)
        let total = scheme.gaps(of: result, toClass: 2).first
        #expect(total?.kind == .total)
        #expect(total?.shortfall == .value(current: 2, least: 6.5, inclusive: true, measure: nil))
        #expect(total?.amount == 4.5)
    }

    /// A district at class 2 needs every commune at 1 and half of them at 2: the commune at 0 rises to 1, and of
    /// the two at 1 the one fewest criteria short of 2 rises.
    @Test func subordinateGaps() throws {
        let communes: [[Double?]] = [[0, 0, 0, nil], [65, 1, 1, nil], [55, 0, 1, nil], [50, 1, 1, nil]]
        let linked = LinkedScoring(
            parents: [Assessment(unit: Toy.unit("D1"), values: [20])], scheme: Toy.parent,
            children: communes.enumerated().map {
                Assessment(unit: Toy.unit("C\($0.offset)", parent: "D1"), values: $0.element)
            }, scheme: Toy.scheme)
        #expect(linked.childResults.map(\.standing.ordinal) == [0, 2, 1, 1])
        let district = linked.parentResults[0]
        let rise = { (unit: String, from: Int, to: Int) in
            Gap(
                unit: "D1", target: 2, subject: .subordinate(unit), kind: .subordinate,
                shortfall: .subordinateClass(current: from, needed: to))
        }
        #expect(
            Toy.parent.gaps(of: district, toClass: 2, children: linked.childResults)
                == [rise("C0", 0, 1), rise("C3", 1, 2)])
        let rule = Gap(
            unit: "D1", target: 2, subject: .condition(0), kind: .requirement, shortfall: .subordinatesNotGiven)
        #expect(Toy.parent.gaps(of: district, toClass: 2) == [rule])
        var unnamed = rule
        unnamed.shortfall = .subordinatesUnnamed(children: 0, unreadable: 0)
        #expect(Toy.parent.gaps(of: district, toClass: 2, children: []) == [unnamed])
        #expect(Toy.parent.gaps(of: district, toClass: 2, children: linked.childResults).map(\.amount) == [1, 1])
    }
}
