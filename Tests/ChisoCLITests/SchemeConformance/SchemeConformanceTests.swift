import ChisoCore
import ChisoFormats
import ChisoSchemeConformance
import Testing

/// The conformance suite, run from its product (``SchemeConformance``) over every built-in framework, the generated
/// schemes (``GeneratedSchemes``: nested floors, a node called `total`, deep trees, every leaf rule, extended
/// criteria, a scheme written in code) and the scheme read from its own file format (``StagesScheme``).
@Suite struct SchemeConformanceTests {
    static let cases = FrameworkCatalog.builtIn.map(\.id) + GeneratedSchemes.names + [StagesScheme.caseName]

    static func scheme(_ name: String) throws -> any ScoringScheme {
        if let generated = GeneratedSchemes.scheme(named: name) { return generated }
        if name == StagesScheme.caseName { return try StagesScheme.loadDemo().scheme }
        return try FrameworkCatalog.load(name).0.scheme
    }

    @Test(arguments: cases, SchemeConformance.Check.allCases)
    func schemeKeepsTheInvariant(name: String, check: SchemeConformance.Check) throws {
        let failures = SchemeConformance(try Self.scheme(name), name: name).failures(of: check)
        #expect(
            failures.isEmpty, "\(failures.count) failures, the first: \(failures.prefix(5).joined(separator: "; "))")
    }

    /// The suite can fail: a scheme whose explanation disagrees with its outcome, and that a raised value lowers,
    /// is caught.
    @Test func theSuiteCatchesABrokenScheme() {
        let broken = SchemeConformance(InvertedScheme(), name: "inverted")
        #expect(!broken.failures(of: .raisingAValueNeverLowersTheStanding).isEmpty)
        #expect(!broken.failures(of: .leastRequiredValuesMeetTheirRequirementAndNothingBelowDoes).isEmpty)
    }

    /// The inverse of every leaf rule of a point scheme: the least value that earns given points earns them;
    /// anything below does not. (A point scheme's own invariant, so not in the product's checks.)
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

/// A scheme that breaks the rules on purpose: a unit passes when its one value is *below* 50, while its
/// requirement says at least 50.
private struct InvertedScheme: ScoringScheme, Equatable {
    var measures: [Measure] { [Measure(criterionID: "M", kind: .percent)] }
    var conditions: [Condition] {
        [Condition(id: "M", name: LocalizedText(vi: "M", en: "M"), tags: .input, measures: [0])]
    }
    var classes: [LocalizedText] { [LocalizedText(vi: "Đạt", en: "Pass")] }

    func status(_ value: Double?) -> CriterionStatus {
        guard let value else { return .missing }
        return value < 50 ? .met : .notMet
    }

    func score(_ assessment: Assessment, subordinates: ChildLevelSummary?) -> UnitResult {
        let status = status(assessment.values.first ?? nil)
        return UnitResult(
            unit: assessment.unit, standing: Standing(ordinal: status == .met ? 1 : 0), values: assessment.values,
            missing: status == .missing ? [0] : [], blockers: status == .met ? [] : [0], detail: NoDetail())
    }

    func requirement(of condition: Int, forClass ordinal: Int) -> ClassRequirement {
        .value(measure: 0, atLeast: 50)
    }

    func explain(_ result: UnitResult, ranks: [Figure: Int]) -> Explanation {
        let row = Explanation.Row(
            condition: 0, id: "M", name: conditions[0].name, depth: 0, value: .measures(result.values),
            cells: [Explanation.Cell(requirement: requirement(of: 0, forClass: 1), status: status(result.values[0]))],
            isBinding: !result.blockers.isEmpty)
        return Explanation(unit: result.unit, standing: result.standing, rows: [row], findings: [])
    }

    func syntheticValues(missingRate: Double, using random: inout SplitMix64) -> [Double?] {
        [Double(Int.random(in: 0...100, using: &random))]
    }
}

/// No detail beyond the shared result.
private struct NoDetail: ResultDetail, Hashable {}
