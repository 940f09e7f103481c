import ChisoCore
public import ChisoFormats
public import ChisoReports

extension GapRun {
    /// Runs a gap analysis.
    public static func run(
        framework: String, data: String, children: String? = nil, target: String, unit: String? = nil,
        reading: ReadingOptions = ReadingOptions()
    ) throws(InputError) -> GapRun {
        let scoring = try ScoringRun.run(framework: framework, data: data, children: children, reading: reading)
        return try run(scoring, framework: framework, data: data, target: target, unit: unit)
    }

    /// Runs a gap analysis on a loaded scoring run.
    ///
    /// - Parameters:
    ///   - scoring: The units, scored.
    ///   - framework: The framework as given (for messages).
    ///   - data: The data file (for messages).
    ///   - target: A class, `next`, or an index.
    ///   - unit: Only this unit, if given.
    static func run(_ scoring: ScoringRun, framework: String, data: String, target: String, unit: String?)
        throws(InputError) -> GapRun
    {
        let aim = try PlanTarget.read(target, framework: scoring.framework, file: framework)
        let scheme = aim.scheme
        let fixed = aim.ordinal
        var lines: [Line] = []
        for (position, result) in scoring.results.enumerated() {
            if let unit, result.unit.id != TextNormalization.key(unit) { continue }
            let current = aim.standing(of: result)
            let wanted = fixed ?? min(current + 1, scheme.classes.count)
            guard wanted > current || fixed != nil, wanted >= 1 else { continue }
            // A unit whose index already reaches an index target has no gap (its headroom is not one).
            if aim.index != nil, current >= wanted { continue }
            let label = PlanReport.classText(wanted, scheme: scheme)
            lines += gaps(
                result, position: position, target: wanted, label: label, scheme: scheme, scoring: scoring,
                reached: current >= wanted)
        }
        if let unit, !scoring.results.contains(where: { $0.unit.id == TextNormalization.key(unit) }) {
            var message = "no unit with unit_id \"\(TextNormalization.key(unit))\" in \(data)"
            if let near = NearestMatch.suggestion(for: unit, among: scoring.results.map(\.unit.id)) {
                message += "; did you mean \(near)?"
            }
            throw InputError(.usage, file: data, message: message)
        }
        return GapRun(lines: lines, scoring: scoring, target: TextNormalization.key(target))
    }

    private static func gaps(
        _ result: UnitResult, position: Int, target: Int, label: String, scheme: any ScoringScheme,
        scoring: ScoringRun, reached: Bool = false
    ) -> [Line] {
        var lines: [Line] = []
        let number = { (value: Double) in NumberText.shortest((value * 100).rounded() / 100) }
        if let detail = result.pointDetail, let points = scheme as? PointScheme {
            // A unit that stands at the target meets its total and every floor, as the tier reads them (at the
            // precision its classes are published at): only its headroom is listed.
            for (index, condition) in scheme.conditions.enumerated() where !reached {
                let requirement = scheme.requirement(of: index, forClass: target)
                let have = index == 0 ? detail.total : detail.nodePoints[index - 1]
                var need: Double
                var inclusive: Bool
                switch requirement {
                case .points(let least, let isInclusive): (need, inclusive) = (least, isInclusive)
                case .index(let least, let isInclusive):
                    (need, inclusive) = (least * points.maximum(ofCondition: 0), isInclusive)
                default: continue
                }
                // The total as the tier reads it: at the precision its classes are published at, if any (0.32495
                // is 0.3250), strictly above where the tier says "above".
                if index == 0, points.tiers.indices.contains(target - 1) {
                    let tier = points.tiers[target - 1]
                    let least = points.leastFigure(meeting: tier)
                    need = tier.basis == .points ? least.value : least.value * points.maximum(ofCondition: 0)
                    inclusive = least.inclusive
                }
                guard inclusive ? have < need - 1e-9 : have <= need + 1e-9 else { continue }
                let above = inclusive ? "" : ">"
                lines.append(
                    Line(
                        unit: result.unit.id, target: label, criterion: condition.id, current: number(have),
                        required: above + number(need), gap: above + number(max(need - have, 0)),
                        kind: index == 0 ? .total : .floor))
            }
            for (index, condition) in scheme.conditions.enumerated()
            where condition.tags.contains(.input) && !condition.tags.contains(.informationOnly) {
                let have = detail.nodePoints[index - 1]
                let maximum = points.maximum(ofCondition: index)
                guard maximum - have > 1e-9 else { continue }
                lines.append(
                    Line(
                        unit: result.unit.id, target: label, criterion: condition.id, current: number(have),
                        required: number(maximum), gap: number(maximum - have), kind: .headroom))
            }
            return lines
        }
        for (index, condition) in scheme.conditions.enumerated() {
            let requirement = scheme.requirement(of: index, forClass: target)
            guard requirement.applies else { continue }
            let subordinates = result.detail.subordinates
            if requirement.isMet(by: result.values, subordinates: subordinates) { continue }
            if case .subordinates(let rule) = requirement {
                lines += subordinateGaps(
                    result, position: position, rule: rule, condition: condition, label: label, scoring: scoring)
                continue
            }
            guard let main = condition.measures.first else { continue }
            let measure = scheme.measures[main]
            let value = result.values[main]
            let least = requirement.leastValue(of: main)
            let current = value.map { measure.kind == .yesNo ? ($0 >= 1 ? "yes" : "no") : number($0) } ?? "missing"
            let required =
                least.map { measure.kind == .yesNo ? "yes" : number($0) }
                ?? ReportText.requirement(requirement, measures: scheme.measures)
            let gap = least.map { number(max($0 - (value ?? 0), 0)) } ?? ""
            lines.append(
                Line(
                    unit: result.unit.id, target: label, criterion: condition.id, current: current, required: required,
                    gap: gap, kind: .requirement))
        }
        return lines
    }

    /// The subordinate units that must rise for a roll-up: every one below the level all must reach, and, for the
    /// share, the ones closest to the higher level (fewest criteria short of it).
    private static func subordinateGaps(
        _ result: UnitResult, position: Int, rule: ChildLevelRule, condition: Condition, label: String,
        scoring: ScoringRun
    ) -> [Line] {
        guard let linked = scoring.linked, position < linked.childrenOfParent.count else {
            return [
                Line(
                    unit: result.unit.id, target: label, criterion: condition.id, current: "missing",
                    required: "subordinate units (--children)", gap: "", kind: .requirement)
            ]
        }
        let children = linked.childrenOfParent[position].map { linked.childResults[$0] }
        var lines: [Line] = []
        for child in children where child.standing.ordinal < rule.allAtLeast {
            lines.append(
                Line(
                    unit: result.unit.id, target: label, criterion: child.unit.id,
                    current: String(child.standing.ordinal), required: String(rule.allAtLeast),
                    gap: String(rule.allAtLeast - child.standing.ordinal), kind: .subordinate))
        }
        if let shareLevel = rule.shareLevel {
            let atLevel = children.filter { $0.standing.ordinal >= shareLevel }.count
            var needed = Int((rule.sharePercent * Double(children.count) / 100).rounded(.up)) - atLevel
            // The closest first: fewest criteria short of the next level, then file order.
            let candidates = children.filter { $0.standing.ordinal < shareLevel }.sorted {
                ($0.standing.ordinal, -$0.blockers.count) > ($1.standing.ordinal, -$1.blockers.count)
            }
            for child in candidates where needed > 0 {
                needed -= 1
                lines.append(
                    Line(
                        unit: result.unit.id, target: label, criterion: child.unit.id,
                        current: String(child.standing.ordinal), required: String(shareLevel),
                        gap: String(shareLevel - child.standing.ordinal), kind: .subordinate))
            }
        }
        if lines.isEmpty {
            // No subordinate unit can be named (a district without communes, or whose communes could not be read):
            // the rule is still unmet, and the line says so.
            let unreadable = result.detail.subordinates?.unreadable.count ?? 0
            lines.append(
                Line(
                    unit: result.unit.id, target: label, criterion: condition.id,
                    current: children.isEmpty && unreadable == 0
                        ? "no subordinate units" : "\(unreadable) subordinate units unreadable",
                    required: "subordinate units at their level (--children)", gap: "", kind: .requirement))
        }
        return lines
    }
}
