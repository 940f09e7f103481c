import ChisoCore

/// A third scheme that exists only here, to show that a scheme plugs in by conforming: every value must reach its
/// threshold to pass. It runs through the conformance suite (``GeneratedSchemes``) and the output layer, which
/// reports it with ``GenericReporting`` without knowing it. ChisoReportsTests compiles this same file (through a
/// symbolic link), so that the scheme is written once for both test targets.
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
