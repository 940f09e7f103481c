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
        let criterionCount = criterionIDs.count
        let children: ChildLevelSummary? =
            context.childLevels.map { $0[assessment.unit.id] ?? ChildLevelSummary(maximumLevel: levelCount) }
        var statuses = [LevelStatuses](repeating: LevelStatuses(), count: criterionCount)
        var firstBlockedLevel = levelCount + 1
        var missing: [String] = []
        let count = assessment.values.count
        assessment.values.withUnsafeBufferPointer { values in
            compiled.kinds.withUnsafeBufferPointer { kinds in
                compiled.slots.withUnsafeBufferPointer { slots in
                    compiled.thresholds.withUnsafeBufferPointer { thresholds in
                        statuses.withUnsafeMutableBufferPointer { output in
                            var entry = 0
                            for criterion in 0..<criterionCount {
                                var bits: UInt32 = 0
                                var shift: UInt32 = 0
                                var isMissing = false
                                for level in 0..<levelCount {
                                    let status: CriterionStatus
                                    switch kinds[entry] {
                                    case CompiledRules.notApplicableKind:
                                        status = .notApplicable
                                    case CompiledRules.atLeastKind:
                                        let slot = Int(slots[entry])
                                        if slot >= 0, slot < count, let value = values[slot] {
                                            status = value >= thresholds[entry] ? .met : .notMet
                                        } else {
                                            status = .missing
                                        }
                                    default:
                                        status = compiled.status(
                                            compiled.rules[Int(slots[entry])],
                                            values: values,
                                            children: children
                                        )
                                    }
                                    entry += 1
                                    bits |= UInt32(truncatingIfNeeded: status.rawValue) &<< shift
                                    shift &+= 3
                                    if status.blocks {
                                        if level < firstBlockedLevel - 1 { firstBlockedLevel = level + 1 }
                                        if status == .missing { isMissing = true }
                                    }
                                }
                                output[criterion] = LevelStatuses(bits: bits)
                                if isMissing { missing.append(criterionIDs[criterion]) }
                            }
                        }
                    }
                }
            }
        }
        let level = firstBlockedLevel - 1
        var blockers: [String] = []
        if level < levelCount {
            for criterion in 0..<criterionCount where statuses[criterion][level + 1].blocks {
                blockers.append(criterionIDs[criterion])
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
