import ChisoCore

/// A third scheme defined only in the tests, with its own framework file format (``format``): stages, each asking
/// more of every check than the one below; a unit stands at the highest stage whose thresholds it all meets. It
/// scores, explains and plans through the shared protocols, so the commands, the outputs and the HTML report take
/// it without knowing it.
struct StagesScheme: PlanningScheme, Equatable {
    /// One check: a percentage and the least value each stage asks of it, lowest stage first.
    struct Check: Hashable {
        var id: String
        var name: LocalizedText
        var atLeast: [Double]
    }

    var stages: [LocalizedText]
    var checks: [Check]

    var measures: [Measure] { checks.map { Measure(criterionID: $0.id, kind: .percent) } }

    var conditions: [Condition] {
        checks.indices.map { Condition(id: checks[$0].id, name: checks[$0].name, tags: .input, measures: [$0]) }
    }

    var classes: [LocalizedText] { stages }

    func status(_ check: Int, stage: Int, values: [Double?]) -> CriterionStatus {
        guard check < values.count, let value = values[check], !value.isNaN else { return .missing }
        return value >= checks[check].atLeast[stage - 1] ? .met : .notMet
    }

    /// The highest stage whose thresholds the values all meet.
    func stage(of values: [Double?]) -> Int {
        var reached = 0
        while reached < stages.count,
            checks.indices.allSatisfy({ status($0, stage: reached + 1, values: values) == .met })
        {
            reached += 1
        }
        return reached
    }

    func score(_ assessment: Assessment, subordinates: ChildLevelSummary?) -> UnitResult {
        let reached = stage(of: assessment.values)
        let next = reached + 1
        let blockers =
            next > stages.count
            ? [] : checks.indices.filter { status($0, stage: next, values: assessment.values).blocks }
        return UnitResult(
            unit: assessment.unit, standing: Standing(ordinal: reached), values: assessment.values,
            missing: checks.indices.filter { status($0, stage: 1, values: assessment.values) == .missing },
            blockers: blockers, detail: StagesDetail())
    }

    func requirement(of condition: Int, forClass ordinal: Int) -> ClassRequirement {
        guard checks.indices.contains(condition), ordinal >= 1, ordinal <= stages.count else { return .notApplicable }
        return .value(measure: condition, atLeast: checks[condition].atLeast[ordinal - 1])
    }

    func explain(_ result: UnitResult, ranks: [Figure: Int]) -> Explanation {
        let rows = checks.indices.map { check in
            Explanation.Row(
                condition: check, id: checks[check].id, name: checks[check].name, depth: 0,
                value: .measures([result.values[check]]),
                cells: stages.indices.map {
                    Explanation.Cell(
                        requirement: requirement(of: check, forClass: $0 + 1),
                        status: status(check, stage: $0 + 1, values: result.values))
                },
                isBinding: result.blockers.contains(check))
        }
        let reached = result.standing.ordinal
        let findings: [Explanation.Finding] =
            reached == stages.count
            ? [.highestClassReached(reached)] : [.nextClassNotReached(reached + 1, blockers: result.blockers)]
        return Explanation(unit: result.unit, standing: result.standing, rows: rows, findings: findings)
    }

    func syntheticValues(missingRate: Double, using random: inout SplitMix64) -> [Double?] {
        checks.map { _ in
            Double.random(in: 0..<1, using: &random) < missingRate
                ? nil : Double(Int.random(in: 20...100, using: &random))
        }
    }

    /// Raises every check below the target stage's threshold to it: the only way to stand at that stage, so the
    /// cheapest.
    func cheapestPlan(
        for assessment: Assessment, target: Int, costs: CostModel, subordinates: ChildLevelSummary?
    ) -> PlanOutcome {
        let now = stage(of: assessment.values)
        guard target > now else { return .alreadyThere(now) }
        guard target <= stages.count else { return .unreachable([]) }
        var changes: [PlannedChange] = []
        var obstacles: [PlanOutcome.Obstacle] = []
        for check in checks.indices where status(check, stage: target, values: assessment.values) != .met {
            let wanted = checks[check].atLeast[target - 1]
            let from = assessment.values[check]
            let rate = costs.rate(unit: assessment.unit.id, measure: check)
            guard let cost = CostModel.cost(from: from, to: wanted, rate: rate) else {
                obstacles.append(PlanOutcome.Obstacle(condition: check, reason: .noCost(measure: check)))
                continue
            }
            changes.append(PlannedChange(measure: check, from: from, to: wanted, cost: cost))
        }
        guard obstacles.isEmpty else { return .unreachable(obstacles) }
        var values = assessment.values
        for change in changes { values[change.measure] = change.to }
        return .plan(changes: changes, cost: changes.reduce(0) { $0 + $1.cost }, reaches: stage(of: values))
    }
}

/// A stages scheme adds nothing to the shared result.
struct StagesDetail: ResultDetail, Hashable {}
