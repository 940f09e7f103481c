/// A threshold-level scheme (Decision 2361/QĐ-BTTTT): each criterion states what it asks at each level, and a unit's
/// level follows from which levels' criteria it meets, under the framework's ``Rule``. Level 0 means no level is
/// reached.
public struct LevelScheme: Hashable, Sendable {
    /// How the level is decided from the criteria met: see ``LevelRule``.
    public typealias Rule = LevelRule

    /// How the level is decided.
    public let rule: Rule
    /// For each level from 1, the share in percent of its extended criteria that it needs (the mandatory ones are
    /// all needed); empty when the scheme has no extended criteria.
    public let extendedMinimum: [Double]
    /// The indices of the extended criteria.
    let extendedCriteria: [Int]
    /// The levels, from level 1 up.
    public let levels: [LocalizedText]
    /// The criterion groups, in order.
    public let groups: [CriterionGroup]
    /// The criteria, in order; criterion *i* is condition *i*.
    public let criteria: [LevelCriterion]
    /// The input columns, in the order of ``Assessment/values``: each criterion's main measure, then its second
    /// measures; a roll-up criterion reads none.
    public let measures: [Measure]
    /// The criteria as conditions, in the same order.
    public let conditions: [Condition]
    /// Where each criterion's measures stand in ``measures``: main measure (or `nil`) and second measures by suffix.
    let measureSlots: [MeasureSlots]
    /// The requirements compiled for scoring.
    let compiled: CompiledRules
    /// What each level asks of each criterion, as data: criterion *c* at level *l* (from 1) is entry
    /// `c * levels.count + l - 1`.
    let requirementTable: [ClassRequirement]

    /// Creates a scheme. Each criterion must state one requirement per level.
    ///
    /// - Parameters:
    ///   - levels: The levels, from level 1 up.
    ///   - groups: The criterion groups.
    ///   - criteria: The criteria.
    ///   - rule: How the level is decided; Decision 2361's own rule by default.
    ///   - extendedMinimum: For each level, the share in percent of its extended criteria it needs.
    public init(
        levels: [LocalizedText], groups: [CriterionGroup], criteria: [LevelCriterion], rule: Rule = .perLevel,
        extendedMinimum: [Double] = []
    ) {
        self.rule = rule
        self.extendedMinimum = extendedMinimum
        self.extendedCriteria = criteria.indices.filter { criteria[$0].isExtended }
        self.levels = levels
        self.groups = groups
        self.criteria = criteria
        var measures: [Measure] = []
        var slots: [MeasureSlots] = []
        var conditions: [Condition] = []
        for criterion in criteria {
            var main: Int?
            var indices: [Int] = []
            if let kind = criterion.kind {
                main = measures.count
                indices.append(measures.count)
                measures.append(
                    Measure(criterionID: criterion.id, kind: kind, isConditional: criterion.conditional != nil))
            }
            var second: [String: Int] = [:]
            for extra in criterion.secondMeasures {
                second[extra.suffix] = measures.count
                indices.append(measures.count)
                measures.append(Measure(criterionID: criterion.id, suffix: extra.suffix, kind: extra.kind))
            }
            slots.append(MeasureSlots(main: main, second: second))
            conditions.append(
                Condition(
                    id: criterion.id,
                    name: criterion.name,
                    group: criterion.group,
                    tags: (criterion.kind == nil ? Condition.Tags.rollUp : .input).union(
                        criterion.isExtended ? .extended : []),
                    measures: indices,
                    theme: criterion.theme
                )
            )
        }
        self.measures = measures
        self.measureSlots = slots
        self.conditions = conditions
        var table: [ClassRequirement] = []
        for (index, criterion) in criteria.enumerated() {
            for level in 0..<levels.count {
                let rule = level < criterion.requirements.count ? criterion.requirements[level].rule : .notApplicable
                table.append(Self.classRequirement(rule, slots: slots[index]))
            }
        }
        self.requirementTable = table
        self.compiled = CompiledRules(requirements: table, levelCount: levels.count)
    }

    private static func classRequirement(_ rule: Requirement, slots: MeasureSlots) -> ClassRequirement {
        func slot(_ measure: String?) -> Int {
            guard let measure else { return slots.main ?? -1 }
            return slots.second[measure] ?? -1
        }
        switch rule {
        case .notApplicable: return .notApplicable
        case .atLeast(let threshold, let measure): return .value(measure: slot(measure), atLeast: threshold)
        case .yes(let measure): return .value(measure: slot(measure), atLeast: 1)
        case .anyOf(let options): return .anyOf(options.map { classRequirement($0, slots: slots) })
        case .childLevels(let rule): return .subordinates(rule)
        }
    }

    /// Whether some criterion rolls up the levels of subordinate units.
    public var rollsUpChildren: Bool { compiled.rollsUpChildren }

    /// The name of a level from 1 up, or of level 0.
    public func className(_ level: Int) -> LocalizedText {
        guard level >= 1, level <= levels.count else {
            return LocalizedText(vi: "Chưa đạt mức 1", en: "Below level 1")
        }
        return levels[level - 1]
    }

    /// A criterion's main value in a result, if the criterion reads one.
    public func mainValue(of criterionIndex: Int, in values: [Double?]) -> Double? {
        measureSlots[criterionIndex].main.flatMap { values.indices.contains($0) ? values[$0] : nil }
    }
}

/// Where one criterion's measures stand in a scheme's ``LevelScheme/measures``.
struct MeasureSlots: Hashable, Sendable {
    /// The index of the main measure, if the criterion reads one.
    var main: Int?
    /// The indices of the second measures, by suffix.
    var second: [String: Int]
}
