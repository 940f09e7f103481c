import ChisoCore
import Testing

@Suite struct LeafRuleTests {
    @Test(arguments: [
        (LeafRule.points, 3.5, 8.0, 3.5),
        (.points, 9, 8, 8),  // never above the maximum
        (.ratio, 0.8125, 8, 6.5),
        (.proportional, 72.5, 4, 2.9),
        (.steps([LeafRule.Step(atLeast: 90, points: 2), LeafRule.Step(atLeast: 70, points: 1)]), 90, 2, 2),
        (.steps([LeafRule.Step(atLeast: 90, points: 2), LeafRule.Step(atLeast: 70, points: 1)]), 89.9, 2, 1),
        (.steps([LeafRule.Step(atLeast: 90, points: 2), LeafRule.Step(atLeast: 70, points: 1)]), 69.9, 2, 0),
        (.yesNo, 1, 3, 3),
        (.yesNo, 0, 3, 0),
        (.linear(floor: 20, target: 80), 20, 6, 0),
        (.linear(floor: 20, target: 80), 50, 6, 3),
        (.linear(floor: 20, target: 80), 80, 6, 6),
        (.linear(floor: 20, target: 80), 95, 6, 6),
        (.linear(floor: 20, target: 80), 10, 6, 0),
    ])
    func points(rule: LeafRule, value: Double, maximum: Double, expected: Double) {
        #expect(abs(rule.points(for: value, maximum: maximum) - expected) < 1e-12)
    }
}

/// A small index: A (points, max 6) and B (group of B1 ratio max 3, B2 yes/no max 1), info-only I, zero-point Z.
enum ToyPoints {
    static func name(_ text: String) -> LocalizedText { LocalizedText(vi: text, en: text) }

    static let roots = [
        PointNode(id: "A", name: name("A"), maximum: 6, rule: .points),
        PointNode(
            id: "B",
            name: name("B"),
            maximum: 4,
            children: [
                PointNode(id: "B1", name: name("B1"), maximum: 3, rule: .ratio),
                PointNode(id: "B2", name: name("B2"), maximum: 1, rule: .yesNo),
            ]
        ),
        PointNode(id: "I", name: name("Info"), maximum: nil, rule: .points, kind: .number, isInformationOnly: true),
        PointNode(id: "Z", name: name("Zero"), maximum: 0, rule: .ratio),
    ]

    static let scheme = PointScheme(
        roots: roots,
        views: [PointView(id: "V", name: name("View"), nodes: ["A", "B1"])],
        tiers: [
            Tier(name: name("Mid"), minimum: 0.5, inclusive: false, basis: .index),
            Tier(name: name("Top"), minimum: 9, floors: [Tier.Floor(node: "B", fraction: 0.9)]),
        ],
        precision: 2
    )

    /// Values for A, B1, B2, I, Z.
    static func score(_ rows: [[Double?]]) -> [UnitResult] {
        let units = rows.enumerated().map { Assessment(unit: UnitInfo(id: "U\($0.offset)"), values: $0.element) }
        return scheme.score(units)
    }
}

@Suite struct PointSchemeTests {
    @Test func structure() {
        #expect(ToyPoints.scheme.measures.map(\.key) == ["A", "B1", "B2", "I", "Z"])
        #expect(ToyPoints.scheme.measures.map(\.kind) == [.points, .ratio, .yesNo, .number, .ratio])
        #expect(ToyPoints.scheme.maximum == 10)
        #expect(ToyPoints.scheme.classes.map(\.en) == ["Mid", "Top"])
        #expect(ToyPoints.scheme.rankedFigures == [.total, .condition(1), .condition(2), .view(0)])
        #expect(ToyPoints.scheme.conditions.map(\.id) == ["total", "A", "B", "B1", "B2", "I", "Z"])
        #expect(ToyPoints.scheme.conditions.map(\.depth) == [0, 0, 0, 1, 1, 0, 0])
    }

    @Test func pointsAddUpAndInformationIsNeverScored() throws {
        let result = ToyPoints.score([[5, 0.5, 1, 123, 1]])[0]
        let points = try #require(result.points)
        #expect(points.total == 7.5)
        #expect(points.index == 0.75)
        #expect(points.nodePoints == [5, 2.5, 1.5, 1, 0, 0])
        #expect(points.viewIndices == [6.5 / 9])  // (A 5 + B1 1.5) / (6 + 3)
        #expect(result.standing.ordinal == 1)  // Mid: index 0.75 > 0.5; not Top: total < 9
        #expect(result.blockers == [0, 2])  // the total, then node B
    }

    @Test(arguments: [
        // A, B1, B2 → ordinal
        (6.0, 1.0, 1.0, 2),  // 10 points, B = 4 ≥ 3.6
        (5.0, 1.0, 1.0, 2),  // exactly 9 points: ≥ 9 is inclusive
        (6.0, 0.8, 1.0, 1),  // B = 3.4 < 3.6, total 9.4: the floor holds it at Mid
        (4.9, 0.2, 0.0, 1),  // 5.5 points, index 0.55 > 0.5
        (4.0, 1.0 / 3.0, 0.0, 0),  // exactly 5 points, index 0.5: not above 0.5
    ])
    func tiers(a: Double, b1: Double, b2: Double, expected: Int) {
        let result = ToyPoints.score([[a, b1, b2, nil, nil]])[0]
        #expect(result.standing.ordinal == expected)
        if (a, b1) == (6.0, 0.8) { #expect(result.blockers == [2]) }
    }

    @Test func missingValuesScoreZeroAndAreListed() throws {
        let result = ToyPoints.score([[nil, 1, nil, nil, nil]])[0]
        #expect(result.points?.total == 3)
        #expect(result.ids(result.missing, in: ToyPoints.scheme) == ["A", "B2"])  // I and Z are not scored
    }

    @Test func competitionRanksCompareAtTheDeclaredPrecision() throws {
        // Index at 2 decimals: 0.751 and 0.749 both round to 0.75 and share rank 2; 0.70 is 4th.
        let results = ToyPoints.score([
            [6, 1, 1, nil, nil], [5.01, 0.5, 1, nil, nil], [4.99, 0.5, 1, nil, nil], [4.5, 0.5, 1, nil, nil],
        ])
        let totals = results.map { $0.points?.index ?? 0 }
        #expect(totals.map { NumberText.fixed($0, decimals: 2) } == ["1.00", "0.75", "0.75", "0.70"])
        let ranks = ToyPoints.scheme.rank(results)
        #expect(results.indices.map { ranks.rank(of: .total, unit: $0) } == [1, 2, 2, 4])
        #expect(results.indices.map { ranks.rank(of: .condition(1), unit: $0) } == [1, 2, 3, 4])
    }

    @Test func rankingTable() {
        #expect(Ranking.competition([3, 5, 5, 1], decimals: 0) == [3, 1, 1, 4])
        #expect(Ranking.competition([0.41235, 0.41229, 0.4], decimals: 4) == [1, 2, 3])
        #expect(Ranking.competition([0.41235, 0.41225, 0.4], decimals: 3) == [1, 1, 3])
        #expect(Ranking.competition([], decimals: 2) == [])
    }

    @Test func explanationNamesTheConditionThatHoldsTheUnitBack() {
        let result = ToyPoints.score([[6, 0.8, 1, nil, nil]])[0]
        let explanation = ToyPoints.scheme.explain(result, ranks: [.total: 1])
        #expect(explanation.rows.map(\.id) == ["total", "A", "B", "B1", "B2", "I", "Z"])
        #expect(explanation.rows.map(\.depth) == [0, 0, 0, 1, 1, 0, 0])
        #expect(explanation.rows[0].value == .total(9.4, maximum: 10, index: 9.4 / 10))
        #expect(
            explanation.rows[0].cells.map(\.requirement) == [
                .index(atLeast: 0.5, inclusive: false), .points(atLeast: 9, inclusive: true),
            ])
        #expect(
            explanation.rows[2].cells.map(\.requirement) == [.notApplicable, .points(atLeast: 3.6, inclusive: true)])
        #expect(explanation.rows[2].cells.map(\.status) == [.notApplicable, .notMet])
        #expect(explanation.binding == [2])
        #expect(explanation.rows[5].value == .informationOnly(nil))
        #expect(explanation.findings.first == .nextClassNotReached(2, blockers: [2]))
        #expect(explanation.ranks[.total] == 1)
    }
}

/// Tier lines with a gap (TP.HCM 79/QĐ-UBND 2023: "dưới 198 điểm …, từ 199 – dưới 264 điểm …"): the file decides
/// where 198.5 goes, with `minimum` (≥) or `above` (>), and chiso never rounds the total.
@Suite struct TierGapTests {
    static func scheme(formingAbove198: Bool) -> PointScheme {
        let name = { (text: String) in LocalizedText(vi: text, en: text) }
        let forming =
            formingAbove198
            ? Tier(name: name("Hình thành"), minimum: 198, inclusive: false)
            : Tier(name: name("Hình thành"), minimum: 199)
        return PointScheme(
            roots: [PointNode(id: "T", name: name("Tổng"), maximum: 330, rule: .points)],
            tiers: [Tier(name: name("Khởi động"), minimum: 0), forming, Tier(name: name("Nâng cao"), minimum: 264)]
        )
    }

    @Test(arguments: [
        (197.0, false, "Khởi động"), (198.0, false, "Khởi động"), (198.5, false, "Khởi động"),
        (199.0, false, "Hình thành"),
        (198.0, true, "Khởi động"), (198.5, true, "Hình thành"), (199.0, true, "Hình thành"),
        (263.9, false, "Hình thành"), (264.0, false, "Nâng cao"),
    ])
    func where198AndAHalfGoes(total: Double, formingAbove198: Bool, tier: String) {
        let scheme = Self.scheme(formingAbove198: formingAbove198)
        let result = scheme.score(Assessment(unit: UnitInfo(id: "U"), values: [total]))
        #expect(scheme.className(result.standing.ordinal).vi == tier)
    }
}
