/// A ``ClassRequirement`` compiled for fast scoring: measures resolved to value slots, no indirection, nothing to
/// reference-count, so that scoring a unit touches only plain values.
enum CompiledRule: Hashable, Sendable {
    /// Does not apply.
    case notApplicable
    /// The value in `slot` is at least `threshold`; a slot of -1 names a measure the scheme does not read, which
    /// is always missing.
    case atLeast(slot: Int, threshold: Double)
    /// Any of the rules in `CompiledRules.alternatives[range]` holds.
    case anyOf(Range<Int>)
    /// The subordinate units meet the rule.
    case childLevels(ChildLevelRule)
}

/// The compiled rules of a level scheme, as parallel arrays of plain numbers so that the common check — a value
/// at least a threshold — is a load and a compare: criterion *c* at level *l* (from 0) is entry `c * levelCount + l`.
struct CompiledRules: Hashable, Sendable {
    /// The kind of each entry: see the constants below.
    var kinds: [UInt8]
    /// For `atLeastKind`, the value slot (-1: a measure the scheme does not read, always missing); otherwise the
    /// index into ``rules``.
    var slots: [Int32]
    /// For `atLeastKind`, the threshold.
    var thresholds: [Double]
    /// Every entry as a ``CompiledRule``, for the less common kinds.
    var rules: [CompiledRule]
    /// The alternatives of `anyOf` rules.
    var alternatives: [CompiledRule]
    var levelCount: Int
    /// Whether any rule rolls up subordinate units.
    var rollsUpChildren: Bool
    /// For each criterion whose every level is either not applicable or a threshold on one and the same value
    /// slot, that slot (-1: a measure the scheme does not read); `nil` for other criteria. Such a criterion's
    /// blocked levels are found with one load and a compare per level, without branching on each entry.
    var criterionSlots: [Int32?]
    /// For those criteria, the threshold at each level (entry `c * levelCount + l`); -∞ where the level does not
    /// apply, so that no value blocks it.
    var levelThresholds: [Double]
    /// For those criteria, the levels a missing value blocks (bit *l* for level *l* + 1): those that apply.
    var applicableLevels: [UInt32]

    static let notApplicableKind: UInt8 = 0
    static let atLeastKind: UInt8 = 1
    static let otherKind: UInt8 = 2

    /// Compiles the requirements as data: entry `c * levelCount + l` is criterion *c* at level *l* + 1.
    init(requirements: [ClassRequirement], levelCount: Int) {
        self.levelCount = levelCount
        kinds = []
        slots = []
        thresholds = []
        rules = []
        alternatives = []
        rollsUpChildren = false
        criterionSlots = []
        levelThresholds = []
        applicableLevels = []
        for requirement in requirements {
            let rule = compile(requirement)
            switch rule {
            case .notApplicable:
                kinds.append(Self.notApplicableKind)
                slots.append(-1)
                thresholds.append(0)
            case .atLeast(let slot, let threshold):
                kinds.append(Self.atLeastKind)
                slots.append(Int32(slot))
                thresholds.append(threshold)
            case .anyOf, .childLevels:
                kinds.append(Self.otherKind)
                slots.append(Int32(rules.count))
                thresholds.append(0)
            }
            rules.append(rule)
        }
        let criterionCount = levelCount == 0 ? 0 : kinds.count / levelCount
        levelThresholds = thresholds
        for criterion in 0..<criterionCount {
            let entries = criterion * levelCount..<(criterion + 1) * levelCount
            let applicable = entries.filter { kinds[$0] != Self.notApplicableKind }
            let slotsUsed = Set(applicable.map { slots[$0] })
            guard applicable.allSatisfy({ kinds[$0] == Self.atLeastKind }), slotsUsed.count <= 1 else {
                criterionSlots.append(nil)
                applicableLevels.append(0)
                continue
            }
            criterionSlots.append(slotsUsed.first ?? -1)
            var mask: UInt32 = 0
            for entry in entries {
                if kinds[entry] == Self.atLeastKind {
                    mask |= 1 << UInt32(entry - entries.lowerBound)
                } else {
                    levelThresholds[entry] = -.infinity
                }
            }
            applicableLevels.append(mask)
        }
    }

    private mutating func compile(_ requirement: ClassRequirement) -> CompiledRule {
        switch requirement {
        case .notApplicable, .points, .index: return .notApplicable
        case .value(let measure, let least): return .atLeast(slot: measure, threshold: least)
        case .subordinates(let rule):
            rollsUpChildren = true
            return .childLevels(rule)
        case .anyOf(let options):
            let compiled = options.map { compile($0) }
            let start = alternatives.count
            alternatives += compiled
            return .anyOf(start..<alternatives.count)
        }
    }

    /// The levels a criterion blocks (bit *l* − 1 for level *l*), entry by entry: those whose status is not met
    /// or missing.
    func levelsBlocked(by criterion: Int, values: UnsafeBufferPointer<Double?>, children: ChildLevelSummary?)
        -> UInt32
    {
        var blocked: UInt32 = 0
        for level in 0..<levelCount {
            let entry = criterion * levelCount + level
            let blocks: Bool
            switch kinds[entry] {
            case Self.notApplicableKind:
                blocks = false
            case Self.atLeastKind:
                let slot = Int(slots[entry])
                if slot >= 0, slot < values.count, let value = values[slot] {
                    blocks = value < thresholds[entry]  // NaN (not applicable) compares false: it never blocks
                } else {
                    blocks = true
                }
            default:
                blocks = status(rules[Int(slots[entry])], values: values, children: children).blocks
            }
            if blocks { blocked |= 1 << UInt32(level) }
        }
        return blocked
    }

    /// Decides one compiled rule for one unit's values.
    func status(
        _ rule: CompiledRule,
        values: UnsafeBufferPointer<Double?>,
        children: ChildLevelSummary?
    ) -> CriterionStatus {
        switch rule {
        case .notApplicable:
            return .notApplicable
        case .atLeast(let slot, let threshold):
            guard slot >= 0, slot < values.count, let value = values[slot] else { return .missing }
            return value >= threshold ? .met : value.isNaN ? .notApplicable : .notMet
        case .anyOf(let range):
            // As CriterionStatus.anyOf, by a plain loop: a closure here would copy the rules on every call.
            var sawMissing = false
            for alternative in range {
                switch status(alternatives[alternative], values: values, children: children) {
                case .met, .notApplicable: return .met
                case .missing: sawMissing = true
                case .notMet: break
                }
            }
            return sawMissing ? .missing : .notMet
        case .childLevels(let rule):
            guard let children else { return .missing }
            return rule.status(of: children)
        }
    }
}
