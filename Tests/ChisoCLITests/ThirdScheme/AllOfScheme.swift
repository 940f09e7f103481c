import ChisoCLI
import ChisoCore
import ChisoFormats
import ChisoReports
import Testing

/// A third scheme that exists only here, to show that a scheme plugs in by conforming: every value must reach its
/// threshold to pass. It runs through the conformance suite (``GeneratedSchemes``) and the output layer, which
/// reports it with ``GenericReporting`` without knowing it.
struct AllOfScheme: ScoringScheme, Equatable {
    var thresholds: [Double]

    var measures: [Measure] { thresholds.indices.map { Measure(criterionID: "M\($0 + 1)", kind: .percent) } }

    var conditions: [Condition] {
        thresholds.indices.map {
            Condition(
                id: "M\($0 + 1)", name: LocalizedText(vi: "M\($0 + 1)", en: "M\($0 + 1)"), tags: .input, measures: [$0])
        }
    }

    var classes: [LocalizedText] { [LocalizedText(vi: "Đạt", en: "Pass")] }

    func status(_ condition: Int, _ assessment: [Double?]) -> CriterionStatus {
        guard condition < assessment.count, let value = assessment[condition] else { return .missing }
        return value >= thresholds[condition] ? .met : .notMet
    }

    func score(_ assessment: Assessment, subordinates: ChildLevelSummary?) -> UnitResult {
        let statuses = thresholds.indices.map { status($0, assessment.values) }
        let blockers = statuses.indices.filter { statuses[$0].blocks }
        return UnitResult(
            unit: assessment.unit,
            standing: Standing(ordinal: blockers.isEmpty ? 1 : 0),
            values: assessment.values,
            missing: statuses.indices.filter { statuses[$0] == .missing },
            blockers: blockers,
            detail: LevelDetail(statuses: [])
        )
    }

    func requirement(of condition: Int, forClass ordinal: Int) -> ClassRequirement {
        condition < thresholds.count && ordinal == 1
            ? .value(measure: condition, atLeast: thresholds[condition]) : .notApplicable
    }

    func explain(_ result: UnitResult, ranks: [Figure: Int]) -> Explanation {
        let rows = conditions.indices.map { index in
            Explanation.Row(
                condition: index, id: conditions[index].id, name: conditions[index].name, depth: 0,
                value: .measures([result.values[index]]),
                cells: [
                    Explanation.Cell(
                        requirement: requirement(of: index, forClass: 1), status: status(index, result.values))
                ],
                isBinding: result.blockers.contains(index))
        }
        let findings: [Explanation.Finding] =
            result.standing.ordinal == 1
            ? [.highestClassReached(1)] : [.nextClassNotReached(1, blockers: result.blockers)]
        return Explanation(unit: result.unit, standing: result.standing, rows: rows, findings: findings)
    }

    func syntheticValues(missingRate: Double, using random: inout SplitMix64) -> [Double?] {
        measures.map { _ in
            Double.random(in: 0..<1, using: &random) < missingRate
                ? nil : Double(Int.random(in: 40...100, using: &random))
        }
    }
}

@Suite struct ThirdSchemeTests {
    static let framework = Framework(
        id: "all-of",
        name: LocalizedText(vi: "Thử", en: "Trial"),
        unitType: LocalizedText(vi: "xã", en: "commune"),
        provenance: Provenance(
            decision: "none", date: "2026-11-30", issuer: LocalizedText(vi: "-", en: "-"),
            title: LocalizedText(vi: "-", en: "-")),
        scheme: AllOfScheme(thresholds: [50, 70])
    )

    @Test func theOutputLayerReportsASchemeItDoesNotKnow() {
        let scheme = Self.framework.scheme
        let results = scheme.score([
            Assessment(unit: UnitInfo(id: "A"), values: [60, 80]),
            Assessment(unit: UnitInfo(id: "B"), values: [60, nil]),
        ])
        let csv = ResultReport.render(results, ranks: scheme.rank(results), framework: Self.framework, format: .csv)
        #expect(
            csv == """
                unit_id,unit_name,parent_id,year,class,class_name,class_name_en,blockers,missing,framework
                A,,,,1,Đạt,Pass,,,all-of
                B,,,,0,Chưa xếp hạng,Below the lowest class,M2,M2,all-of

                """)
        let explanation = ExplanationReport.render(
            scheme.explain(results[1], ranks: [:]), framework: Self.framework, format: .table)
        #expect(explanation.contains("? ≥70%"))
        #expect(explanation.contains("- Class 1 is not reached: M2."))
    }
}
