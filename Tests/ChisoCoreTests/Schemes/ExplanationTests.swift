import ChisoCore
import Testing

@Suite struct ExplanationTests {
    @Test func explanationRowsAgreeWithTheResult() {
        let result = Toy.score(65, 0, 1)
        let explanation = Toy.scheme.explain(result)
        #expect(explanation.standing.ordinal == 1)
        #expect(explanation.rows.map(\.id) == ["P", "Y", "C"])
        #expect(explanation.rows.map(\.depth) == [0, 0, 0])
        #expect(explanation.rows.map(\.value) == [.measures([65]), .measures([0]), .measures([1, nil])])
        #expect(
            explanation.rows[0].cells.map(\.requirement) == [
                .value(measure: 0, atLeast: 50), .value(measure: 0, atLeast: 60), .value(measure: 0, atLeast: 70),
            ])
        #expect(explanation.rows[0].cells.map(\.status) == [.met, .met, .notMet])
        #expect(explanation.binding == [1])
        #expect(explanation.findings.first == .nextClassNotReached(2, blockers: [1]))
    }

    /// Regression (issue 6): a nested floor's row keeps its ID; depth is a field, so binding and blockers agree.
    @Test func nestedFloorsBindByIndexNotByIndentedID() {
        let scheme = PointScheme(
            roots: [
                PointNode(
                    id: "G", name: ToyPoints.name("G"), maximum: nil,
                    children: [PointNode(id: "L", name: ToyPoints.name("L"), maximum: 5, rule: .points)])
            ],
            tiers: [Tier(name: ToyPoints.name("T"), minimum: 0, floors: [Tier.Floor(node: "L", fraction: 0.8)])]
        )
        let result = scheme.score(Assessment(unit: UnitInfo(id: "U"), values: [3]))
        let explanation = scheme.explain(result)
        #expect(result.blockers == [2])
        #expect(explanation.binding == result.blockers)
        #expect(explanation.rows[2].id == "L")
        #expect(explanation.rows[2].depth == 1)
    }

    /// Regression (issue 6): a node called `total` is a condition of its own, never the total.
    @Test func aNodeCalledTotalIsNotTheTotal() {
        let scheme = PointScheme(
            roots: [
                PointNode(id: "total", name: ToyPoints.name("t"), maximum: 5, rule: .points),
                PointNode(id: "other", name: ToyPoints.name("o"), maximum: 5, rule: .points),
            ],
            tiers: [Tier(name: ToyPoints.name("T"), minimum: 8, floors: [Tier.Floor(node: "total", fraction: 0.5)])]
        )
        let results = scheme.score([
            Assessment(unit: UnitInfo(id: "A"), values: [1, 5]), Assessment(unit: UnitInfo(id: "B"), values: [4, 5]),
        ])
        let ranks = scheme.rank(results)
        #expect(ranks.rank(of: .total, unit: 1) == 1)  // 9 of 10 points ranks first
        #expect(ranks.rank(of: .total, unit: 0) == 2)
        #expect(ranks.rank(of: .condition(1), unit: 0) == 2)  // the node called total: 1 of 5
        #expect(results[0].blockers == [0, 1])  // the total, then the node called total: two distinct conditions
        #expect(scheme.explain(results[0]).binding == [0, 1])
    }
}

@Suite struct NumberTextTests {
    @Test(arguments: [(72.5, "72.5"), (100.0, "100"), (0.0, "0"), (-3.0, "-3"), (0.1 + 0.2, "0.30000000000000004")])
    func shortest(value: Double, expected: String) {
        #expect(NumberText.shortest(value) == expected)
    }

    @Test(arguments: [
        (0.41235, 4, "0.4124"), (0.5, 0, "1"), (-0.00004, 4, "0.0000"), (12.0, 2, "12.00"), (-1.25, 1, "-1.3"),
    ])
    func fixed(value: Double, decimals: Int, expected: String) {
        #expect(NumberText.fixed(value, decimals: decimals) == expected)
    }
}

@Suite struct NearestMatchTests {
    @Test(arguments: [
        ("CQS.1", "CQS.01"), ("cqs.01", "CQS.01"), ("KTS.04.shar", "KTS.04.share"), ("unitid", "unit_id"),
    ])
    func suggests(name: String, expected: String) {
        #expect(NearestMatch.suggestion(for: name, among: ["CQS.01", "CQS.02", "KTS.04.share", "unit_id"]) == expected)
    }

    @Test func noSuggestionForSomethingUnrelated() {
        #expect(NearestMatch.suggestion(for: "population", among: ["CQS.01", "unit_id"]) == nil)
    }
}
