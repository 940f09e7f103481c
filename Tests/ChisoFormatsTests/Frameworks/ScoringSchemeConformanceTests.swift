import ChisoCore
import ChisoFormats
import Foundation
import Testing

/// Invariants every ``ScoringScheme`` must keep, checked on seeded random units for every built-in framework and for
/// generated point frameworks (nested floors, a node called `total`, deep trees, every leaf rule). A new scheme joins
/// by being reachable from `FrameworkCatalog.builtIn` or from ``GeneratedSchemes``.
@Suite struct ScoringSchemeConformanceTests {
    static let cases = FrameworkCatalog.builtIn.map(\.id) + GeneratedSchemes.names

    static func scheme(_ name: String) throws -> any ScoringScheme {
        if let generated = GeneratedSchemes.scheme(named: name) { return generated }
        return try FrameworkCatalog.load(name).0.scheme
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

    static func units(_ scheme: any ScoringScheme, count: Int, seed: UInt64) -> (
        [Assessment], [String: ChildLevelSummary]
    ) {
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
            let unreadable = Int.random(in: 0..<8, using: &random) == 0 ? ["X\(index)"] : []
            children[id] = ChildLevelSummary(levels: levels, maximumLevel: 5, unreadable: unreadable)
        }
        return (assessments, children)
    }

    /// The lean outcome a Monte Carlo run reads is the full score's: class, ranked value, index and blockers, with
    /// and without subordinate units, values not applicable (NaN) included.
    @Test(arguments: cases)
    func outcomeAgreesWithTheFullScore(name: String) throws {
        let scheme = try Self.scheme(name)
        var (units, children) = Self.units(scheme, count: 300, seed: 17)
        var random = SplitMix64(seed: 5)
        for unit in units.indices where unit % 3 == 0 {
            let measure = Int.random(in: 0..<max(scheme.measures.count, 1), using: &random)
            if measure < units[unit].values.count { units[unit].values[measure] = .nan }
        }
        for unit in units {
            for subordinates in [children[unit.unit.id], nil] {
                var lean: [Int] = [7]
                var full: [Int] = [7]
                let fast = scheme.outcome(of: unit, subordinates: subordinates, blockers: &lean)
                let scored = scheme.scoredOutcome(of: unit, subordinates: subordinates, blockers: &full)
                // NaN (a value not applicable) reaches point schemes only here; compare it as a value.
                #expect(
                    fast.ordinal == scored.ordinal && same(fast.rankedValue, scored.rankedValue)
                        && same(fast.index, scored.index), "\(name) \(unit.unit.id)")
                #expect(lean == full, "\(name) \(unit.unit.id): blockers")
            }
        }
    }

    /// The Monte Carlo mean index under symmetric zero-mean noise that crosses no threshold is the nominal index,
    /// within its standard error: the runs add no bias of their own (clipping aside, which a value inside its range
    /// and noise this small never meets). Units have continuous random values, so no value sits on a threshold.
    @Test(arguments: cases)
    func meanIndexUnderSymmetricNoiseIsTheNominalIndex(name: String) throws {
        let scheme = try Self.scheme(name)
        guard scheme.unknownWeights.isEmpty else { return }
        let (units, _) = Self.units(scheme, count: 40, seed: 23)
        let numeric = scheme.measures.indices.filter { ![.yesNo, .choice, .count].contains(scheme.measures[$0].kind) }
        let analysis = MonteCarlo(
            scheme: scheme, assessments: units,
            spec: UncertaintySpec(noise: [UncertaintySpec.DataNoise(measures: numeric, absolute: 1e-7)]))
        let nominal = analysis.nominal()
        let runs = 200
        let statistics = analysis.runOnThreads(runs: runs, seed: 11, threads: 2)
        for unit in units.indices {
            guard let index = nominal.indices[unit] else { continue }
            let found = try #require(statistics.index(unit), "\(name) unit \(unit)")
            let standardError = found.deviation / Double(runs).squareRoot()
            #expect(abs(found.mean - index) <= 4 * standardError + 1e-6, "\(name) unit \(unit)")
        }
    }

    private func same(_ first: Double?, _ second: Double?) -> Bool {
        first == second || (first?.isNaN == true && second?.isNaN == true)
    }

    /// Uncertainty: with nothing uncertain, every run is the nominal result; with weight noise, a weighted scheme
    /// keeps its total, and a run of noisy weights scores every unit in a class the scheme has.
    @Test(arguments: cases)
    func uncertaintyWithoutNoiseIsTheNominalResult(name: String) throws {
        let scheme = try Self.scheme(name)
        guard scheme.unknownWeights.isEmpty else { return }
        let (units, _) = Self.units(scheme, count: 40, seed: 3)
        let analysis = MonteCarlo(scheme: scheme, assessments: units, spec: UncertaintySpec())
        let nominal = analysis.nominal()
        // Ranks on classes are counted, not sorted: they must be the competition ranks of the classes.
        if scheme.rankedFigures.isEmpty {
            #expect(nominal.ranks == Ranking.competition(nominal.ordinals.map(Double.init), decimals: 12))
        }
        let statistics = analysis.runOnThreads(runs: 20, seed: 1, threads: 2)
        for unit in units.indices {
            #expect(statistics.probability(unit, ofClass: nominal.ordinals[unit]) == 1, "\(name) unit \(unit)")
            #expect(statistics.rankQuantile(unit, 0.05) == statistics.rankQuantile(unit, 0.95))
        }
        guard let weighted = scheme as? any WeightedScheme else { return }
        let noisy = MonteCarlo(
            scheme: scheme, assessments: units,
            spec: UncertaintySpec(
                weights: UncertaintySpec.WeightNoise(depths: Array(0..<weighted.weightDepth), amplitude: 0.25)))
        for run in 0..<5 {
            let outcome = noisy.sample(run: run, seed: 9)
            #expect(outcome.ordinals.allSatisfy { $0 >= 0 && $0 <= scheme.classes.count })
        }
    }

    @Test(arguments: cases)
    func resultsFollowTheInputOrderAndAreDeterministic(name: String) throws {
        let scheme = try Self.scheme(name)
        let (units, children) = Self.units(scheme, count: 200, seed: 1)
        let first = scheme.score(units, subordinates: children)
        #expect(first.map(\.unit.id) == units.map(\.unit.id))
        #expect(scheme.score(units, subordinates: children) == first)
        if scheme.classes.count > 1 {
            #expect(Set(first.map(\.standing.ordinal)).count > 1, "the random units should not all land in one class")
        }
    }

    @Test(arguments: cases)
    func orderOfUnitsDoesNotMatter(name: String) throws {
        let scheme = try Self.scheme(name)
        let (units, children) = Self.units(scheme, count: 200, seed: 2)
        var random = SplitMix64(seed: 99)
        let shuffled = units.shuffled(using: &random)
        let results = scheme.score(units, subordinates: children)
        let ranks = scheme.rank(results)
        let byID = Dictionary(uniqueKeysWithValues: results.enumerated().map { ($1.unit.id, $0) })
        let shuffledResults = scheme.score(shuffled, subordinates: children)
        let shuffledRanks = scheme.rank(shuffledResults)
        for (position, result) in shuffledResults.enumerated() {
            let original = try #require(byID[result.unit.id])
            #expect(results[original] == result)
            #expect(ranks.ranks(ofUnit: original) == shuffledRanks.ranks(ofUnit: position))
        }
    }

    @Test(arguments: cases)
    func raisingAValueNeverLowersTheStanding(name: String) throws {
        let scheme = try Self.scheme(name)
        let (units, children) = Self.units(scheme, count: 300, seed: 3)
        var random = SplitMix64(seed: 4)
        let before = scheme.score(units, subordinates: children)
        for (unit, result) in zip(units, before) where !scheme.measures.isEmpty {
            var better = unit
            for _ in 0..<3 {
                let index = Int.random(in: 0..<scheme.measures.count, using: &random)
                better.values[index] = Self.raised(better.values[index], scheme.measures[index], using: &random)
            }
            let after = scheme.score(better, subordinates: children[unit.unit.id])
            #expect(after.standing >= result.standing, "\(unit.unit.id)")
        }
    }

    @Test(arguments: cases)
    func explanationAgreesWithTheOutcome(name: String) throws {
        let scheme = try Self.scheme(name)
        let (units, children) = Self.units(scheme, count: 200, seed: 5)
        for result in scheme.score(units, subordinates: children) {
            let explanation = scheme.explain(result, ranks: [:])
            #expect(explanation.standing == result.standing)
            #expect(explanation.binding == result.blockers)
            #expect(explanation.rows.map(\.condition) == Array(scheme.conditions.indices))
            #expect(explanation.rows.map(\.id) == scheme.conditions.map(\.id))
            #expect(explanation.rows.map(\.depth) == scheme.conditions.map(\.depth))
            let top = scheme.classes.count
            #expect(result.blockers.isEmpty == (result.standing.ordinal == top))
            for row in explanation.rows {
                #expect(row.cells.count == top)
                for (offset, cell) in row.cells.enumerated() {
                    #expect(cell.requirement == scheme.requirement(of: row.condition, forClass: offset + 1))
                    if !cell.requirement.applies { #expect(cell.status == .notApplicable) }
                    // Nothing blocks the class reached (a per-level rule may leave lower classes unmet).
                    let extended = scheme.conditions[row.condition].tags.contains(.extended)
                    if offset == result.standing.ordinal - 1 && !extended {
                        #expect(!cell.status.blocks, "\(row.id) at \(offset + 1)")
                    }
                }
                // A binding row blocks the next class.
                if row.isBinding { #expect(row.cells[result.standing.ordinal].status.blocks) }
                // A requirement left undecided by a missing value belongs to a condition listed as missing.
                if row.cells.contains(where: { $0.status == .missing }) {
                    #expect(result.missing.contains(row.condition), "\(row.id)")
                }
            }
        }
    }

    /// Requirements as data, inverted: for each condition that reads a measure and each class, the least value the
    /// requirement names meets it when scored, and a value just below does not.
    @Test(arguments: cases)
    func leastRequiredValuesMeetTheirRequirementAndNothingBelowDoes(name: String) throws {
        let scheme = try Self.scheme(name)
        for (index, condition) in scheme.conditions.enumerated() {
            guard let main = condition.measures.first, condition.tags.contains(.input) else { continue }
            for ordinal in 1...max(scheme.classes.count, 1) where ordinal <= scheme.classes.count {
                let requirement = scheme.requirement(of: index, forClass: ordinal)
                guard let least = requirement.leastValue(of: main) else { continue }
                let status = { (value: Double) -> CriterionStatus in
                    var values = [Double?](repeating: nil, count: scheme.measures.count)
                    values[main] = value
                    let result = scheme.score(Assessment(unit: UnitInfo(id: "T"), values: values), subordinates: nil)
                    return scheme.explain(result, ranks: [:]).rows[index].cells[ordinal - 1].status
                }
                #expect(status(least) == .met, "\(condition.id) at \(ordinal): \(least)")
                let below =
                    scheme.measures[main].kind == .count || scheme.measures[main].kind == .yesNo
                    ? least - 1 : least - 1e-6
                if below >= 0 { #expect(status(below) != .met, "\(condition.id) at \(ordinal): \(below)") }
            }
        }
    }

    /// Planning invariants, for every scheme that plans: a plan applied reaches the class it promised (at least the
    /// target), a unit at its target needs nothing, and a cheaper cost model never gives a dearer plan.
    @Test(arguments: cases)
    func plansReachWhatTheyPromise(name: String) throws {
        guard let scheme = try Self.scheme(name) as? any PlanningScheme else { return }
        let (units, children) = Self.units(scheme, count: 60, seed: 7)
        let rates = Dictionary(
            uniqueKeysWithValues: scheme.measures.indices.map { ($0, CostModel.Rate(perUnit: 1, fixed: 2)) })
        let costs = CostModel(defaults: rates)
        let cheaper = CostModel(defaults: rates.mapValues { _ in CostModel.Rate(perUnit: 0.5, fixed: 1) })
        for unit in units {
            let subordinates = children[unit.unit.id]
            let now = scheme.score(unit, subordinates: subordinates).standing.ordinal
            for target in 1...max(scheme.classes.count, 1) where target <= scheme.classes.count {
                let outcome = scheme.cheapestPlan(for: unit, target: target, costs: costs, subordinates: subordinates)
                switch outcome {
                case .alreadyThere:
                    #expect(now >= target)
                case .plan(let changes, _, let reaches), .bestFound(let changes, _, let reaches):
                    #expect(now < target)
                    var values = unit.values
                    for change in changes { values[change.measure] = change.to }
                    let after = scheme.score(Assessment(unit: unit.unit, values: values), subordinates: subordinates)
                    #expect(after.standing.ordinal == reaches)
                    #expect(reaches >= target, "\(name) \(unit.unit.id) → \(target)")
                case .unreachable:
                    #expect(now < target)
                }
                let cheap = scheme.cheapestPlan(for: unit, target: target, costs: cheaper, subordinates: subordinates)
                if let dear = outcome.cost { #expect((cheap.cost ?? .infinity) <= dear + 1e-9) }
            }
        }
    }

    /// The inverse of every leaf rule: the least value that earns given points earns them; anything below does not.
    @Test(arguments: cases)
    func leafRuleInversesAgreeWithScoring(name: String) throws {
        guard let scheme = try Self.scheme(name) as? PointScheme else { return }
        for (node, entry) in scheme.nodes.enumerated() {
            guard let rule = entry.node.rule, entry.node.isScored, entry.node.children.isEmpty,
                let maximum = entry.node.maximum, maximum > 0
            else { continue }
            for fraction in [0.1, 0.25, 0.5, 0.8, 1.0] {
                let wanted = fraction * maximum
                guard let least = scheme.leastValue(ofLeaf: node + 1, earning: wanted) else {
                    // Unreachable points: no value earns them.
                    #expect(rule.points(for: 1e12, maximum: maximum) < wanted, "\(entry.node.id) \(wanted)")
                    continue
                }
                #expect(rule.points(for: least, maximum: maximum) >= wanted - 1e-9, "\(entry.node.id) \(wanted)")
                let below = least - max(1e-6, least * 1e-9)
                if below >= 0 && least > 0 {
                    #expect(rule.points(for: below, maximum: maximum) < wanted - 1e-12, "\(entry.node.id) \(below)")
                }
            }
        }
    }
}

/// Point frameworks made up for the conformance suite, each with a shape no built-in framework has.
enum GeneratedSchemes {
    static let names = [
        "generated:nested-floors", "generated:node-called-total", "generated:deep", "generated:all-rules",
        "generated:third-scheme", "generated:extended-criteria",
    ]

    static func text(_ value: String) -> LocalizedText { LocalizedText(vi: value, en: value) }

    static func leaf(_ id: String, _ maximum: Double, _ rule: LeafRule) -> PointNode {
        PointNode(id: id, name: text(id), maximum: maximum, rule: rule)
    }

    static let allRules: [LeafRule] = [
        .points, .ratio, .proportional, .yesNo, .linear(floor: 20, target: 80),
        .steps([
            LeafRule.Step(atLeast: 90, points: 3), LeafRule.Step(atLeast: 70, points: 2),
            LeafRule.Step(atLeast: 40, points: 1),
        ]),
        .choice([
            LeafRule.Choice(category: MeasureCategory(value: "none", name: text("none")), points: 0),
            LeafRule.Choice(category: MeasureCategory(value: "half", name: text("half")), fraction: 0.5),
            LeafRule.Choice(category: MeasureCategory(value: "full", name: text("full")), fraction: 1),
        ]),
    ]

    static func scheme(named name: String) -> (any ScoringScheme)? {
        switch name {
        case "generated:extended-criteria":
            // Three levels; C1, C2 mandatory, E1…E5 extended, with 20%, 40% and 60% of them needed.
            let levels = ["I", "II", "III"].map(text)
            let criteria = ["C1", "C2", "E1", "E2", "E3", "E4", "E5"].enumerated().map { index, id in
                LevelCriterion(
                    id: id, group: "G", name: text(id), measurementUnit: text("%"), kind: .percent,
                    requirements: [40.0, 60, 80].map { LevelRequirement(rule: .atLeast($0 + Double(index)), text: "") },
                    isExtended: id.hasPrefix("E"))
            }
            return LevelScheme(
                levels: levels, groups: [CriterionGroup(id: "G", name: text("G"))], criteria: criteria,
                extendedMinimum: [20, 40, 60])
        case "generated:third-scheme":
            return AllOfScheme(thresholds: [50, 70, 90])
        case "generated:nested-floors":
            let group = PointNode(
                id: "G", name: text("G"), maximum: nil,
                children: [
                    leaf("G1", 4, .ratio),
                    PointNode(
                        id: "G2", name: text("G2"), maximum: nil,
                        children: [leaf("G21", 3, .proportional), leaf("G22", 3, .yesNo)]),
                ])
            return PointScheme(
                roots: [group, leaf("H", 10, .points)],
                tiers: [
                    Tier(name: text("Low"), minimum: 5, floors: [Tier.Floor(node: "G21", fraction: 0.3)]),
                    Tier(
                        name: text("High"), minimum: 12,
                        floors: [Tier.Floor(node: "G2", fraction: 0.6), Tier.Floor(node: "G21", fraction: 0.7)]),
                ])
        case "generated:node-called-total":
            return PointScheme(
                roots: [leaf("total", 5, .points), leaf("other", 5, .ratio)],
                views: [PointView(id: "total.view", name: text("v"), nodes: ["total"])],
                tiers: [Tier(name: text("T"), minimum: 6, floors: [Tier.Floor(node: "total", fraction: 0.5)])])
        case "generated:deep":
            var node = leaf("D5", 2, .ratio)
            for depth in stride(from: 4, through: 1, by: -1) {
                node = PointNode(
                    id: "D\(depth)", name: text("D\(depth)"), maximum: nil,
                    children: [node, leaf("E\(depth)", 2, .proportional)])
            }
            return PointScheme(
                roots: [node],
                tiers: [
                    Tier(name: text("I"), minimum: 0.3, basis: .index),
                    Tier(
                        name: text("II"), minimum: 0.6, inclusive: false, basis: .index,
                        floors: [Tier.Floor(node: "D4", fraction: 0.5)]),
                ],
                precision: 3)
        case "generated:all-rules":
            let leaves = allRules.enumerated().map { leaf("R\($0.offset)", Double($0.offset + 3), $0.element) }
            return PointScheme(
                roots: leaves,
                tiers: [
                    Tier(name: text("C"), minimum: 10),
                    Tier(name: text("B"), minimum: 20, floors: leaves.map { Tier.Floor(node: $0.id, fraction: 0.3) }),
                    Tier(name: text("A"), minimum: 30, floors: [Tier.Floor(node: "R5", fraction: 1)]),
                ])
        default:
            return nil
        }
    }
}
