extension LevelScheme: ScoringScheme {
    /// The levels, from level 1 up.
    public var classes: [LocalizedText] { levels }

    /// Scores one unit: the level it reaches, each criterion's status at each level, what is missing, and the
    /// criteria that keep it from the next level. This is the one evaluator of the level rule.
    ///
    /// - Complexity: O(*c* × *l*) for *c* criteria and *l* levels.
    public func score(_ assessment: Assessment, subordinates: ChildLevelSummary?) -> UnitResult {
        let levelCount = levels.count
        var statuses = [LevelStatuses](repeating: LevelStatuses(), count: criteria.count)
        var blockedLevels: UInt32 = 0
        var missing: [Int] = []
        let hasExtended = !extendedCriteria.isEmpty
        assessment.values.withUnsafeBufferPointer { values in
            statuses.withUnsafeMutableBufferPointer { output in
                for criterion in 0..<output.count {
                    let (packed, blocked, isMissing) = evaluate(criterion, values: values, children: subordinates)
                    output[criterion] = packed
                    if !hasExtended || !criteria[criterion].isExtended { blockedLevels |= blocked }
                    if isMissing { missing.append(criterion) }
                }
            }
        }
        // A level short of its share of extended criteria is blocked as if a mandatory criterion failed.
        for level in stride(from: 1, through: extendedCriteria.isEmpty ? 0 : levelCount, by: 1)
        where extendedShortfall(statuses, level: level) != nil {
            blockedLevels |= 1 << UInt32(level - 1)
        }
        let level = Self.level(blockedLevels: blockedLevels, levelCount: levelCount, rule: rule)
        var blockers: [Int] = []
        if level < levelCount {
            let shortOfExtended = extendedShortfall(statuses, level: level + 1) != nil
            for criterion in 0..<criteria.count where statuses[criterion][level + 1].blocks {
                // An unmet extended criterion holds the unit back only when too few extended criteria are met.
                if !hasExtended || shortOfExtended || !criteria[criterion].isExtended { blockers.append(criterion) }
            }
        }
        return UnitResult(
            unit: assessment.unit,
            standing: Standing(ordinal: level),
            values: assessment.values,
            missing: missing,
            blockers: blockers,
            detail: LevelDetail(statuses: statuses, subordinates: rollsUpChildren ? subordinates : nil)
        )
    }

    /// The level alone and its blockers, as ``score(_:subordinates:)`` finds them but without keeping each
    /// criterion's statuses: what a Monte Carlo run reads. Schemes with extended criteria score in full.
    ///
    /// - Complexity: O(*c* × *l*) for *c* criteria and *l* levels, with no allocation.
    public func outcome(of assessment: Assessment, subordinates: ChildLevelSummary?, blockers: inout [Int])
        -> UnitOutcome
    {
        guard extendedCriteria.isEmpty else {
            return scoredOutcome(of: assessment, subordinates: subordinates, blockers: &blockers)
        }
        let levelCount = levels.count
        let criterionCount = criteria.count
        var blockedLevels: UInt32 = 0
        var reached = 0
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: criterionCount) { blockedBy in
            assessment.values.withUnsafeBufferPointer { values in
                compiled.criterionSlots.withUnsafeBufferPointer { criterionSlots in
                    compiled.levelThresholds.withUnsafeBufferPointer { thresholds in
                        compiled.applicableLevels.withUnsafeBufferPointer { applicableLevels in
                            for criterion in 0..<criterionCount {
                                var blocked: UInt32 = 0
                                if let slot = criterionSlots[criterion] {
                                    // One load and a compare per level, without a branch; NaN (not applicable)
                                    // compares false and blocks nothing, a missing value blocks every level that
                                    // applies.
                                    if slot >= 0, Int(slot) < values.count, let value = values[Int(slot)] {
                                        let first = criterion &* levelCount
                                        var level = 0
                                        while level < levelCount {
                                            let below: UInt32 = value < thresholds[first &+ level] ? 1 : 0
                                            blocked |= below &<< UInt32(truncatingIfNeeded: level)
                                            level &+= 1
                                        }
                                    } else {
                                        blocked = applicableLevels[criterion]
                                    }
                                } else {
                                    blocked = compiled.levelsBlocked(
                                        by: criterion, values: values, children: subordinates)
                                }
                                blockedBy[criterion] = blocked
                                blockedLevels |= blocked
                            }
                        }
                    }
                }
            }
            reached = Self.level(blockedLevels: blockedLevels, levelCount: levelCount, rule: rule)
            if reached < levelCount {
                for criterion in 0..<criterionCount where blockedBy[criterion] & (1 << UInt32(reached)) != 0 {
                    blockers.append(criterion)
                }
            }
        }
        return UnitOutcome(ordinal: reached, rankedValue: nil, index: nil)
    }

    /// How far a unit falls short of a level's share of extended criteria: those met, those that apply, and those
    /// needed; `nil` when the share is met (or the level asks for none).
    ///
    /// - Parameters:
    ///   - statuses: The unit's statuses per criterion.
    ///   - level: A level, from 1.
    public func extendedShortfall(_ statuses: [LevelStatuses], level: Int) -> (met: Int, applicable: Int, needed: Int)?
    {
        guard !extendedCriteria.isEmpty, level >= 1, level <= extendedMinimum.count else { return nil }
        var met = 0
        var applicable = 0
        for criterion in extendedCriteria where criterion < statuses.count {
            let status = statuses[criterion][level]
            guard status != .notApplicable else { continue }
            applicable += 1
            if status == .met { met += 1 }
        }
        // The least whole number of criteria that reaches the share: met × 100 ≥ share × applicable.
        let share = extendedMinimum[level - 1]
        var needed = Int((share * Double(applicable) / 100).rounded(.up))
        if Double(needed - 1) * 100 >= share * Double(applicable) { needed -= 1 }
        return met >= needed ? nil : (met, applicable, needed)
    }

    /// The level reached, from the levels at which some criterion blocks (bit *l* − 1 for level *l*).
    static func level(blockedLevels: UInt32, levelCount: Int, rule: Rule) -> Int {
        switch rule {
        case .cumulative:
            let first = blockedLevels.trailingZeroBitCount  // 32 when nothing blocks
            return min(first, levelCount)
        case .perLevel:
            for level in stride(from: levelCount, through: 1, by: -1) where blockedLevels & (1 << (level - 1)) == 0 {
                return level
            }
            return 0
        }
    }

    /// One criterion's statuses at every level, the levels it blocks (bit *l* − 1 for level *l*), and whether a
    /// value it needs is missing.
    private func evaluate(
        _ criterion: Int,
        values: UnsafeBufferPointer<Double?>,
        children: ChildLevelSummary?
    ) -> (LevelStatuses, UInt32, Bool) {
        let levelCount = levels.count
        var bits: UInt32 = 0
        var shift: UInt32 = 0
        var blocked: UInt32 = 0
        var isMissing = false
        var entry = criterion * levelCount
        for level in 0..<levelCount {
            let status: CriterionStatus
            switch compiled.kinds[entry] {
            case CompiledRules.notApplicableKind:
                status = .notApplicable
            case CompiledRules.atLeastKind:
                let slot = Int(compiled.slots[entry])
                if slot >= 0, slot < values.count, let value = values[slot] {
                    status = value >= compiled.thresholds[entry] ? .met : value.isNaN ? .notApplicable : .notMet
                } else {
                    status = .missing
                }
            default:
                status = compiled.status(compiled.rules[Int(compiled.slots[entry])], values: values, children: children)
            }
            entry += 1
            bits |= UInt32(truncatingIfNeeded: status.rawValue) &<< shift
            shift &+= 3
            if status.blocks {
                blocked |= 1 << UInt32(level)
                if status == .missing { isMissing = true }
            }
        }
        return (LevelStatuses(bits: bits), blocked, isMissing)
    }

    /// What a level asks of a criterion, as data.
    ///
    /// - Parameters:
    ///   - condition: A criterion's index.
    ///   - ordinal: A level, from 1.
    /// - Returns: The requirement; ``ClassRequirement/notApplicable`` outside the scheme's criteria and levels.
    public func requirement(of condition: Int, forClass ordinal: Int) -> ClassRequirement {
        guard condition >= 0, condition < criteria.count, ordinal >= 1, ordinal <= levels.count else {
            return .notApplicable
        }
        return requirementTable[condition * levels.count + ordinal - 1]
    }

    /// Values aiming at a random level, for made-up units: see `SyntheticProvince.values(for:target:missingRate:using:)`.
    public func syntheticValues(missingRate: Double, using random: inout SplitMix64) -> [Double?] {
        let target = Int.random(in: 0...levels.count, using: &random)
        return SyntheticProvince.values(for: self, target: target, missingRate: missingRate, using: &random)
    }
}
