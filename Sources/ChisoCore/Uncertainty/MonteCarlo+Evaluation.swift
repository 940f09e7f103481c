/// Scoring a run's data: the workspace a worker reuses, and the evaluation of every unit.
extension MonteCarlo {
    /// What one worker reuses from run to run: the data as drawn, and the outcome's buffers.
    struct Workspace {
        var units: [Assessment]
        var children: [Assessment]
        var childOrdinals: [Int]
        var rankedValues: [Double]
        var outcome: Outcome
        var scratch: [Int] = []
        /// Whether values outside the noisy columns may differ from the nominal ones (the last run imputed or
        /// reweighted them).
        var isDrawn = false
    }

    /// A fresh workspace holding the nominal data. Its units' texts are copies of their own, so that workers on
    /// other threads never count references to the same storage (which would make their cores contend).
    func workspace() -> Workspace {
        let children = Self.ownCopies(subordinates?.assessments ?? [])
        return Workspace(
            units: Self.ownCopies(assessments), children: children,
            childOrdinals: Array(repeating: 0, count: children.count),
            rankedValues: Array(repeating: 0, count: assessments.count), outcome: Outcome(units: assessments.count))
    }

    /// Assessments whose values and texts have storage of their own.
    static func ownCopies(_ assessments: [Assessment]) -> [Assessment] {
        func own(_ text: String) -> String { String(decoding: Array(text.utf8), as: UTF8.self) }
        return assessments.map { assessment in
            var unit = assessment.unit
            unit.id = own(unit.id)
            unit.name = unit.name.map(own)
            unit.parentID = unit.parentID.map(own)
            unit.group = unit.group.map(own)
            return Assessment(unit: unit, values: Array(assessment.values))
        }
    }

    /// Scores the workspace's data with a scheme into its outcome: subordinate units first, then the units with
    /// their subordinates' classes rolled up, as ``LinkedScoring`` does.
    func evaluate(
        _ runScheme: any ScoringScheme, in space: inout Workspace,
        drawing: (plan: DrawPlan, random: UnsafeMutableBufferPointer<SplitMix64>)? = nil
    ) {
        let rollsUp = subordinates != nil
        if let subordinates {
            let childScheme = subordinates.scheme
            var scratch: [Int] = []
            swap(&scratch, &space.scratch)
            for child in space.children.indices {
                space.childOrdinals[child] =
                    childScheme.outcome(of: space.children[child], subordinates: nil, blockers: &scratch).ordinal
                scratch.removeAll(keepingCapacity: true)
            }
            swap(&scratch, &space.scratch)
        }
        let maximumLevel = subordinates?.scheme.classes.count ?? 0
        let figure = runScheme.rankedFigures.first
        // The blockers are gathered in a local array (its buffer kept from run to run), so that passing a unit's
        // assessment to the scheme borrows it rather than copying it.
        var blockers: [Int] = []
        swap(&blockers, &space.outcome.blockerList)
        blockers.removeAll(keepingCapacity: true)
        for unit in space.units.indices {
            var summary: ChildLevelSummary?
            if rollsUp {
                var counted = ChildLevelSummary(maximumLevel: maximumLevel)
                for child in childrenOfUnit[unit] { counted.add(space.childOrdinals[child]) }
                for id in unreadableOfUnit[unit] { counted.addUnreadable(id) }
                summary = counted
            }
            if let drawing {
                assessments[unit].values.withUnsafeBufferPointer { nominal in
                    space.units[unit].values.withUnsafeMutableBufferPointer { drawn in
                        Self.apply(drawing.plan, from: nominal, to: drawn, using: drawing.random)
                    }
                }
            }
            let found = runScheme.outcome(of: space.units[unit], subordinates: summary, blockers: &blockers)
            space.outcome.blockerEnds[unit] = blockers.count
            space.outcome.ordinals[unit] = found.ordinal
            space.outcome.indices[unit] = found.index
            space.outcome.isRanked[unit] = found.isRanked
            space.rankedValues[unit] = found.rankedValue ?? 0
        }
        swap(&blockers, &space.outcome.blockerList)
        space.outcome.rank(
            values: figure == nil ? nil : space.rankedValues, decimals: runScheme.rankingPrecision,
            classes: runScheme.classes.count, groups: rankGroups)
    }
}
