import ChisoCore
import Testing

/// Plans to an index target (`--target 0.70`), against exhaustive search on the planner tests' 0.25-point grid.
@Suite struct IndexTargetingTests {
    static let names = (below: LocalizedText(vi: "< t", en: "< t"), reached: LocalizedText(vi: "≥ t", en: "≥ t"))

    /// The cheapest cost of any values on the grid whose index is at least `index`, by trying every combination.
    static func exhaustive(_ assessment: Assessment, index: Double, costs: CostModel) -> Double? {
        PointPlanningTests.exhaustive(assessment, costs: costs) { ($0.pointDetail?.index ?? 0) >= index - 1e-9 }
    }

    /// The index targets tried: on the grid (a multiple of 0.25 points over the maximum of 13), floors ignored.
    static let targets = [3.0 / 13, 6.5 / 13, 9.25 / 13, 12 / 13.0, 1.0]

    @Test(arguments: 0..<30)
    func plansToAnIndexAreOptimal(seed: Int) throws {
        let (assessment, costs) = PointPlanningTests.randomCase(seed: UInt64(seed))
        for index in Self.targets {
            let aiming = try #require(PointPlanningTests.scheme.aiming(atIndex: index, names: Self.names))
            let before = PointPlanningTests.scheme.score(assessment).pointDetail?.index ?? 0
            let outcome = aiming.cheapestPlan(for: assessment, target: 2, costs: costs, subordinates: nil)
            let expected = before >= index - 1e-9 ? 0 : Self.exhaustive(assessment, index: index, costs: costs)
            #expect(
                outcome.cost.map { ($0 * 1000).rounded() } == expected.map { ($0 * 1000).rounded() },
                "seed \(seed) index \(index): \(outcome)")
            if case .plan(let changes, _, let reaches) = outcome {
                var values = assessment.values
                for change in changes { values[change.measure] = change.to }
                let after = PointPlanningTests.scheme.score(Assessment(unit: assessment.unit, values: values))
                #expect(reaches == 2)
                #expect((after.pointDetail?.index ?? 0) >= index - 1e-9, "seed \(seed) index \(index)")
            }
        }
    }

    /// The scheme aimed at an index scores every unit as the framework does and places it by its index alone.
    @Test func theAimedSchemeScoresAsTheFrameworkAndPlacesByIndex() throws {
        let scheme = PointPlanningTests.scheme
        let aiming = try #require(scheme.aiming(atIndex: 0.5, names: Self.names))
        #expect(aiming.classes == [Self.names.below, Self.names.reached])
        #expect(aiming.measures == scheme.measures)
        #expect(aiming.conditions.map(\.id) == scheme.conditions.map(\.id))
        for seed in 0..<30 {
            let (assessment, _) = PointPlanningTests.randomCase(seed: UInt64(seed))
            let nominal = scheme.score(assessment)
            let aimed = aiming.score(assessment, subordinates: nil)
            #expect(aimed.pointDetail?.total == nominal.pointDetail?.total)
            #expect(aimed.standing.ordinal == ((nominal.pointDetail?.index ?? 0) >= 0.5 - 1e-9 ? 2 : 1))
        }
    }

    @Test(arguments: [-0.1, 1.5, Double.nan, Double.infinity])
    func anIndexOutsideZeroToOneAimsAtNothing(index: Double) {
        #expect(PointPlanningTests.scheme.aiming(atIndex: index, names: Self.names) == nil)
    }

    @Test func aSchemeWithAnUnknownMaximumComputesNoIndex() {
        let scheme = PointScheme(roots: [PointNode(id: "A", name: LocalizedText(vi: "A", en: "A"), maximum: nil)])
        #expect(scheme.indexMaximum == nil)
        #expect(scheme.aiming(atIndex: 0.5, names: Self.names) == nil)
    }
}
