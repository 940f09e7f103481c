import ChisoCore
import Testing

/// Each top-level node's weight moved or the node left out, siblings renormalised: how far the ranks move.
struct WeightEffectTests {
    /// A and B, 10 points each. U1 has all of A, U2 8 of B, U3 half of each: nominally U1, U3, U2. Ranked on A alone
    /// the order stays; on B alone (A left out, or halved, or B raised by half) it is U2, U3, U1: U1 and U2 move
    /// two places each.
    @Test func sweepAndRemoval() {
        let name = LocalizedText(vi: "n", en: "n")
        let scheme = PointScheme(roots: [
            PointNode(id: "A", name: name, maximum: 10, rule: .points),
            PointNode(id: "B", name: name, maximum: 10, rule: .points),
        ])
        let units = [[10.0, 0], [0, 8], [5, 4]].enumerated().map { position, values in
            Assessment(unit: UnitInfo(id: "U\(position + 1)"), values: values)
        }
        let analysis = MonteCarlo(scheme: scheme, assessments: units, spec: UncertaintySpec())
        let moved = (mean: 4.0 / 3, maximum: 2)
        let still = (mean: 0.0, maximum: 0)
        let expected: [(Int, WeightEffect.Change, (mean: Double, maximum: Int))] = [
            (1, .scaled(by: 0.5), still), (1, .scaled(by: -0.5), moved), (1, .removed, moved),
            (2, .scaled(by: 0.5), moved), (2, .scaled(by: -0.5), still), (2, .removed, still),
        ]
        let effects = analysis.weightEffects(sweep: 0.5)
        #expect(effects.map(\.condition) == expected.map(\.0))
        #expect(effects.map(\.change) == expected.map(\.1))
        #expect(effects.map(\.maximumShift) == expected.map(\.2.maximum))
        for (effect, row) in zip(effects, expected) { #expect(abs(effect.meanShift - row.2.mean) < 1e-12) }
        #expect(analysis.weightEffects(sweep: 0).map(\.change) == [.removed, .removed])
    }
}
