/// A scheme that measures its own gaps, where reading its requirements condition by condition is not enough (a
/// point scheme: the total as the tier reads it, and each leaf's headroom).
///
/// Implementation guidance: return the gaps in the scheme's condition order, one ``Gap`` per condition the unit
/// falls short on; return `nil` for a result this scheme did not make, so the requirements are read instead.
public protocol GapMeasuring: ScoringScheme {
    /// The gaps of one result to a target class.
    ///
    /// - Parameters:
    ///   - result: A result of this scheme.
    ///   - target: The class aimed at, 1 for the lowest.
    ///   - reached: Whether the unit already stands at the target (then only what it can still gain is listed).
    /// - Returns: The gaps, or `nil` when the result has none of this scheme's detail.
    func measuredGaps(of result: UnitResult, toClass target: Int, reached: Bool) -> [Gap]?
}

extension ScoringScheme {
    /// The gaps of one result to a target class: each condition the unit falls short on, with its value and the
    /// least the class asks; for a roll-up rule, the subordinate units that must rise (every one below the class all
    /// must reach, and for a share the closest to it, fewest criteria short first).
    ///
    /// - Parameters:
    ///   - result: A result of this scheme.
    ///   - target: The class aimed at, 1 for the lowest.
    ///   - reached: Whether the unit already stands at the target.
    ///   - children: The unit's subordinate units' results, in file order; `nil` when they were not given.
    /// - Returns: The gaps, in condition order.
    /// - Complexity: O(*c* + *s* log *s*) for *c* conditions and *s* subordinate units.
    public func gaps(
        of result: UnitResult, toClass target: Int, reached: Bool = false, children: [UnitResult]? = nil
    ) -> [Gap] {
        if let measuring = self as? any GapMeasuring,
            let gaps = measuring.measuredGaps(of: result, toClass: target, reached: reached)
        {
            return gaps
        }
        var gaps: [Gap] = []
        let subordinates = result.detail.subordinates
        for (index, condition) in conditions.enumerated() {
            let requirement = self.requirement(of: index, forClass: target)
            guard requirement.applies, !requirement.isMet(by: result.values, subordinates: subordinates) else {
                continue
            }
            let gap = { (subject: Gap.Subject, kind: Gap.Kind, shortfall: Gap.Shortfall) in
                Gap(unit: result.unit.id, target: target, subject: subject, kind: kind, shortfall: shortfall)
            }
            if case .subordinates(let rule) = requirement {
                let unreadable = subordinates?.unreadable.count ?? 0
                let rises = SubordinateRise.needed(by: rule, children: children)
                gaps += rises.map {
                    gap(.subordinate($0.unit), .subordinate, .subordinateClass(current: $0.from, needed: $0.to))
                }
                if rises.isEmpty {
                    // No subordinate unit can be named (none given, a district without communes, or whose communes
                    // could not be read): the rule is still unmet, and the gap says so.
                    let shortfall: Gap.Shortfall =
                        children.map { .subordinatesUnnamed(children: $0.count, unreadable: unreadable) }
                        ?? .subordinatesNotGiven
                    gaps.append(gap(.condition(index), .requirement, shortfall))
                }
                continue
            }
            guard let main = condition.measures.first else { continue }
            let value = result.values[main]
            let shortfall: Gap.Shortfall =
                requirement.leastValue(of: main).map {
                    .value(current: value, least: $0, inclusive: true, measure: main)
                }
                ?? .unmet(current: value, requirement: requirement, measure: main)
            gaps.append(gap(.condition(index), .requirement, shortfall))
        }
        return gaps
    }
}

/// A subordinate unit that must rise for a roll-up rule: its ID, its class now and the class needed.
private struct SubordinateRise {
    var unit: String
    var from: Int
    var to: Int

    /// The subordinate units that must rise for a roll-up rule: every one below the class all must reach, and, for
    /// the share, the ones closest to the higher class (fewest criteria short of it, then file order).
    static func needed(by rule: ChildLevelRule, children: [UnitResult]?) -> [SubordinateRise] {
        guard let children else { return [] }
        var rises: [SubordinateRise] = []
        for child in children where child.standing.ordinal < rule.allAtLeast {
            rises.append(SubordinateRise(unit: child.unit.id, from: child.standing.ordinal, to: rule.allAtLeast))
        }
        if let shareLevel = rule.shareLevel {
            let atLevel = children.filter { $0.standing.ordinal >= shareLevel }.count
            var needed = Int((rule.sharePercent * Double(children.count) / 100).rounded(.up)) - atLevel
            let candidates = children.filter { $0.standing.ordinal < shareLevel }.sorted {
                ($0.standing.ordinal, -$0.blockers.count) > ($1.standing.ordinal, -$1.blockers.count)
            }
            for child in candidates where needed > 0 {
                needed -= 1
                rises.append(SubordinateRise(unit: child.unit.id, from: child.standing.ordinal, to: shareLevel))
            }
        }
        return rises
    }
}
