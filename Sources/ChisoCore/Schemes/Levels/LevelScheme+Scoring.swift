extension LevelScheme: ScoringScheme {
    /// The levels, from level 1 up.
    public var classes: [LocalizedText] { levels }

    /// Scores units: the level each reaches, each criterion's status at each level, what is missing, and the
    /// criteria that keep each unit from the next level.
    ///
    /// - Complexity: O(*n* × *c* × *l*) for *n* units, *c* criteria and *l* levels.
    public func score(_ assessments: [Assessment], context: ScoringContext) -> [UnitResult] {
        assessments.map { score($0, context: context) }
    }

    private func score(_ assessment: Assessment, context: ScoringContext) -> UnitResult {
        let levelCount = levels.count
        let children: ChildLevelSummary? =
            context.childLevels.map { $0[assessment.unit.id] ?? ChildLevelSummary(maximumLevel: levelCount) }
        var statuses: [LevelStatuses] = []
        statuses.reserveCapacity(criteria.count)
        var firstBlockedLevel = levelCount + 1
        var missing: [String] = []
        for (index, criterion) in criteria.enumerated() {
            let slots = measureSlots[index]
            let value: (String?) -> Double? = { suffix in
                guard let suffix else { return slots.main.flatMap { assessment.values[$0] } }
                return slots.second[suffix].flatMap { assessment.values[$0] }
            }
            var criterionStatuses = LevelStatuses()
            var isMissing = false
            for (offset, requirement) in criterion.requirements.enumerated() {
                let level = offset + 1
                let status = requirement.rule.status(value: value, children: children)
                criterionStatuses[level] = status
                if status.blocks { firstBlockedLevel = min(firstBlockedLevel, level) }
                if status == .missing { isMissing = true }
            }
            if isMissing { missing.append(criterion.id) }
            statuses.append(criterionStatuses)
        }
        let level = firstBlockedLevel - 1
        var blockers: [String] = []
        if level < levelCount {
            for (index, criterion) in criteria.enumerated() where statuses[index][level + 1].blocks {
                blockers.append(criterion.id)
            }
        }
        return UnitResult(
            unit: assessment.unit,
            standing: Standing(ordinal: level),
            values: assessment.values,
            statuses: statuses,
            missing: missing,
            blockers: blockers,
            children: rollsUpChildren ? children : nil
        )
    }
}
