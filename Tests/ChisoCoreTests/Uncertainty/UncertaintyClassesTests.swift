import ChisoCore
import Testing

/// What an uncertainty analysis counts, and what it refuses or says: classes by name across frameworks, nothing
/// varying, noise that swamps a column, a Sobol design too small for its estimates.
@Suite struct UncertaintyClassesTests {
    static func name(_ text: String) -> LocalizedText { LocalizedText(vi: text, en: text) }

    /// One leaf of 100 points, scored as given, under tiers named and placed as listed (lowest first).
    static func scheme(_ tiers: [(String, Double)]) -> PointScheme {
        PointScheme(
            roots: [PointNode(id: "A", name: name("A"), maximum: 100, rule: .points)],
            tiers: tiers.map { Tier(name: name($0.0), minimum: $0.1) })
    }

    static let nominal = scheme([("Mức IV", 20), ("Mức III", 40), ("Mức II", 60), ("Mức I", 80)])

    static func units(_ points: [Double?]) -> [Assessment] {
        points.enumerated().map { Assessment(unit: UnitInfo(id: "U\($0.offset)"), values: [$0.element]) }
    }

    /// Issue 17: an alternative with other tiers was counted by position, so a unit at Mức II under both
    /// frameworks came out half Mức II, half Mức IV. Classes are counted by name.
    @Test func anAlternativesClassesAreCountedByName() {
        let alternative = Self.scheme([("Mức II", 50), ("Mức I", 90)])
        let spec = UncertaintySpec(alternatives: [Self.nominal, alternative])
        let analysis = MonteCarlo(scheme: Self.nominal, assessments: Self.units([70, 95, 45]), spec: spec)
        let statistics = analysis.runOnThreads(runs: 200, seed: 5, threads: 2)
        // 70 is Mức II under both; 95 is Mức I under both.
        #expect(statistics.probability(0, ofClass: 3) == 1)
        #expect(statistics.probability(1, ofClass: 4) == 1)
        // 45 is Mức III under the nominal and below every class of the alternative: both honestly counted.
        let third = statistics.probability(2, ofClass: 2)
        #expect(third > 0.3 && third < 0.7)
        #expect(abs(third + statistics.probability(2, ofClass: 0) - 1) < 1e-12)
        #expect(MonteCarlo.classesWithoutNamesake(in: alternative, nominal: Self.nominal).isEmpty)
    }

    /// A binding condition is counted by its ID: an alternative whose tree has another node first still counts
    /// its total as the nominal's total, and its own node nowhere.
    @Test func anAlternativesBindingConditionsAreCountedByID() {
        let nominal = PointScheme(
            roots: [PointNode(id: "A", name: Self.name("A"), maximum: 100, rule: .points)],
            tiers: [Tier(name: Self.name("T"), minimum: 50)])
        let alternative = PointScheme(
            roots: [
                PointNode(
                    id: "G", name: Self.name("G"), maximum: nil,
                    children: [PointNode(id: "A", name: Self.name("A"), maximum: 100, rule: .points)])
            ],
            tiers: [Tier(name: Self.name("T"), minimum: 50, floors: [Tier.Floor(node: "G", fraction: 0.6)])])
        #expect(MonteCarlo.conditionsWithoutNamesake(in: alternative, nominal: nominal) == ["G"])
        let spec = UncertaintySpec(alternatives: [nominal, alternative])
        let analysis = MonteCarlo(scheme: nominal, assessments: Self.units([40, 55]), spec: spec)
        let statistics = analysis.runOnThreads(runs: 200, seed: 9, threads: 2)
        // 40 misses the total under both: "total" (condition 0 of both) binds in every run.
        #expect(statistics.bindingShare(0, condition: 0) == 1)
        // 55 meets the nominal; under the alternative only G's floor binds, which the nominal does not have: the
        // nominal's A is never counted for it.
        #expect(statistics.bindingShare(1, condition: 1) == 0)
        #expect(statistics.bindingShare(1, condition: 0) == 0)
    }

    @Test func aTierTheNominalFrameworkLacksIsFound() {
        let alternative = Self.scheme([("Mức V", 10), ("Mức II", 50)])
        #expect(MonteCarlo.classesWithoutNamesake(in: alternative, nominal: Self.nominal) == [Self.name("Mức V")])
        #expect(MonteCarlo.classesWithoutNamesake(in: Self.nominal, nominal: Self.nominal).isEmpty)
    }

    /// A yes/no answer (B), a number (A, 0–10 points) and a ratio (C).
    static let mixed = PointScheme(
        roots: [
            PointNode(id: "A", name: name("A"), maximum: 10, rule: .points),
            PointNode(id: "B", name: name("B"), maximum: 5, rule: .yesNo),
            PointNode(id: "C", name: name("C"), maximum: 5, rule: .ratio),
        ],
        tiers: [Tier(name: name("T"), minimum: 10)])

    static func noise(_ measures: [Int], absolute: Double? = nil, relative: Double? = nil, flip: Double? = nil)
        -> UncertaintySpec
    {
        UncertaintySpec(
            noise: [UncertaintySpec.DataNoise(measures: measures, absolute: absolute, relative: relative, flip: flip)])
    }

    @Test(arguments: [
        ("nothing", UncertaintySpec(), false, false),
        ("zero amounts", noise([0, 1, 2], absolute: 0, relative: 0, flip: 0), false, false),
        ("an amount on a yes/no answer", noise([1], absolute: 1, relative: 0.5), false, false),
        ("flip on numbers", noise([0, 2], flip: 0.1), false, false),
        ("flip on a yes/no answer", noise([1], flip: 0.1), false, true),
        ("relative on a number", noise([0], relative: 0.1), false, true),
        ("missing rules, none missing", UncertaintySpec(missing: [.zero, .columnMean]), false, false),
        ("missing rules, one missing", UncertaintySpec(missing: [.zero, .columnMean]), true, true),
        // No value of the column to take a mean of: every rule reads it as missing.
        ("missing rules, missing for every unit", UncertaintySpec(missing: [.zero, .columnMean]), true, false),
        ("one missing rule", UncertaintySpec(missing: [.columnMean]), true, false),
        (
            "weights of 0", UncertaintySpec(weights: UncertaintySpec.WeightNoise(depths: [0], amplitude: 0)), false,
            false
        ),
        ("weights", UncertaintySpec(weights: UncertaintySpec.WeightNoise(depths: [0], amplitude: 0.2)), false, true),
        ("one framework", UncertaintySpec(alternatives: [mixed]), false, false),
        ("two frameworks", UncertaintySpec(alternatives: [mixed, mixed]), false, true),
    ])
    func whatVaries(label: String, spec: UncertaintySpec, missing: Bool, varies: Bool) {
        // Two units: the first misses C when `missing`, the second too for a label that says every unit.
        let units = Self.units([5, 5]).enumerated().map { position, unit in
            let absent = missing && (position == 0 || label.hasSuffix("every unit"))
            return Assessment(unit: unit.unit, values: [5, 1, absent ? nil : 0.5])
        }
        #expect(MonteCarlo(scheme: Self.mixed, assessments: units, spec: spec).varies == varies, "\(label)")
    }

    @Test(arguments: [
        (noise([2], absolute: 2), [2], false),
        (noise([2], absolute: 1), [2], false),
        (noise([2], absolute: 0.05), [], false),
        (noise([0], absolute: 10), [0], false),
        (noise([0], absolute: 9.5), [], false),
        (noise([0, 2], relative: 1.5), [0, 2], true),
        (noise([0, 2], relative: 0.5), [], false),
        (noise([1], absolute: 3), [], false),
    ])
    func noiseWiderThanAColumn(spec: UncertaintySpec, columns: [Int], relative: Bool) {
        let analysis = MonteCarlo(scheme: Self.mixed, assessments: Self.units([5]), spec: spec)
        #expect(analysis.wideNoise.map(\.measure) == columns)
        #expect(analysis.wideNoise.allSatisfy { $0.isRelative == relative })
    }

}
