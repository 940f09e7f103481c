/// A threshold-level scheme (Decision 2361/QĐ-BTTTT): a unit reaches level *L* when every criterion that applies
/// at a level from 1 to *L* meets its requirement for that level ("đạt 100% tiêu chí thành phần"). Level 0 means
/// the unit does not reach level 1.
public struct LevelScheme: Hashable, Sendable {
    /// The levels, from level 1 up.
    public let levels: [LocalizedText]
    /// The criterion groups, in order.
    public let groups: [CriterionGroup]
    /// The criteria, in order.
    public let criteria: [LevelCriterion]
    /// The input columns, in the order of ``Assessment/values``: each criterion's main measure, then its second
    /// measures; a roll-up criterion reads none.
    public let measures: [Measure]
    /// Where each criterion's measures stand in ``measures``: main measure (or `nil`) and second measures by suffix.
    let measureSlots: [MeasureSlots]
    /// The requirements compiled for scoring.
    let compiled: CompiledRules
    /// The criterion IDs, in order.
    let criterionIDs: [String]

    /// Creates a scheme. Each criterion must state one requirement per level.
    public init(levels: [LocalizedText], groups: [CriterionGroup], criteria: [LevelCriterion]) {
        self.levels = levels
        self.groups = groups
        self.criteria = criteria
        var measures: [Measure] = []
        var slots: [MeasureSlots] = []
        for criterion in criteria {
            var main: Int?
            if let kind = criterion.kind {
                main = measures.count
                measures.append(Measure(criterionID: criterion.id, kind: kind))
            }
            var second: [String: Int] = [:]
            for extra in criterion.secondMeasures {
                second[extra.suffix] = measures.count
                measures.append(Measure(criterionID: criterion.id, suffix: extra.suffix, kind: extra.kind))
            }
            slots.append(MeasureSlots(main: main, second: second))
        }
        self.measures = measures
        self.measureSlots = slots
        self.compiled = CompiledRules(criteria: criteria, slots: slots, levelCount: levels.count)
        self.criterionIDs = criteria.map(\.id)
    }

    /// Whether some criterion rolls up the levels of subordinate units.
    public var rollsUpChildren: Bool { compiled.rollsUpChildren }

    /// The name of a level from 1 up, or of level 0.
    public func levelName(_ level: Int) -> LocalizedText {
        guard level >= 1, level <= levels.count else {
            return LocalizedText(vi: "Chưa đạt mức 1", en: "Below level 1")
        }
        return levels[level - 1]
    }

    /// A criterion's main value in a result, if the criterion reads one.
    public func mainValue(of criterionIndex: Int, in values: [Double?]) -> Double? {
        measureSlots[criterionIndex].main.flatMap { values[$0] }
    }

    /// A criterion's second value by suffix in a result.
    public func secondValue(_ suffix: String, of criterionIndex: Int, in values: [Double?]) -> Double? {
        measureSlots[criterionIndex].second[suffix].flatMap { values[$0] }
    }
}

/// Where one criterion's measures stand in a scheme's ``LevelScheme/measures``.
struct MeasureSlots: Hashable, Sendable {
    /// The index of the main measure, if the criterion reads one.
    var main: Int?
    /// The indices of the second measures, by suffix.
    var second: [String: Int]
}
