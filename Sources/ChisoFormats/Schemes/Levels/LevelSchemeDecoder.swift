import ChisoCore

/// Reads the `levels`, `groups` and `criteria` of a threshold-level framework file and checks them.
struct LevelSchemeDecoder {
    let reader: ConfigReader

    /// The top-level keys of a level framework besides those every framework has. `childFramework` is read by
    /// ``FrameworkDecoder``, as it is part of the framework rather than of its scheme, but only level frameworks
    /// roll up subordinate units.
    static let topLevelKeys = ["levels", "levelRule", "extendedMinimum", "groups", "criteria", "childFramework"]
    /// What to write instead of a point framework's key found in a level framework.
    static let foreignKeyHints = [
        "nodes": LocalizedText(vi: "có phải ý bạn là \"criteria\"?", en: "did you mean \"criteria\"?"),
        "views": LocalizedText(vi: "có phải ý bạn là \"groups\"?", en: "did you mean \"groups\"?"),
        "tiers": LocalizedText(vi: "có phải ý bạn là \"levels\"?", en: "did you mean \"levels\"?"),
        "precision": LocalizedText(
            vi: "khung đánh giá theo mức không có điểm để làm tròn; hãy xóa khóa này",
            en: "level frameworks have no points to round; remove the key"),
    ]
    static let criterionKeys = [
        "id", "group", "name", "unit", "measure", "secondMeasures", "requirements", "method", "legalBasis",
        "conditional", "extended", "theme",
    ]
    static let requirementKeys = ["text", "notApplicable", "atLeast", "yes", "anyOf", "childLevels", "measure"]
    static let ruleKeys = ["notApplicable", "atLeast", "yes", "anyOf", "childLevels"]
    static let measureNames = MeasureKind.declarable.map(\.rawValue) + ["childLevels"]

    func decode(_ top: ConfigReader.Members) -> LevelScheme? {
        let levelNodes = top.array("levels")
        let levels = levelNodes?.enumerated().compactMap { reader.localized($1, path: "levels[\($0)]") }
        if let levels, levels.isEmpty || levels.count > 10 {
            reader.problem(LevelSchemeMessage.levelCount(found: levels.count), at: top["levels"], path: "levels")
        }
        let groups = top.array("groups")?.enumerated().compactMap { decodeGroup($1, path: "groups[\($0)]") } ?? []
        var seenGroups: Set<String> = []
        for (index, group) in groups.enumerated() where !seenGroups.insert(group.id).inserted {
            reader.problem(
                LevelSchemeMessage.duplicateGroupID(group.id), at: top["groups"], path: "groups[\(index)].id")
        }
        let levelCount = levels?.count ?? 0
        var criteria: [LevelCriterion] = []
        var seenCriteria: [String: String] = [:]
        for (index, node) in (top.array("criteria") ?? []).enumerated() {
            let path = "criteria[\(index)]"
            guard let criterion = decodeCriterion(node, path: path, levelCount: levelCount, groups: seenGroups)
            else { continue }
            if let first = seenCriteria[criterion.id] {
                reader.problem(
                    LevelSchemeMessage.duplicateCriterionID(criterion.id, first: first), at: node, path: path + ".id")
            }
            seenCriteria[criterion.id] = path
            criteria.append(criterion)
        }
        if let criteriaNode = top["criteria"], criteria.isEmpty, !reader.hasErrors {
            reader.problem(LevelSchemeMessage.noCriteria, at: criteriaNode, path: "criteria")
        }
        let ruleName = top.string("levelRule", required: false) ?? LevelScheme.Rule.perLevel.rawValue
        let rule = LevelScheme.Rule(rawValue: ruleName)
        if rule == nil {
            let near = NearestMatch.suggestion(for: ruleName, among: LevelScheme.Rule.allCases.map(\.rawValue))
            reader.problem(
                LevelSchemeMessage.unknownLevelRule(ruleName, suggestion: near), at: top["levelRule"], path: "levelRule"
            )
        }
        let extendedMinimum = decodeExtendedMinimum(top, levelCount: levelCount, criteria: criteria)
        guard let levels, let rule else { return nil }
        let scheme = LevelScheme(
            levels: levels, groups: groups, criteria: criteria, rule: rule, extendedMinimum: extendedMinimum)
        if let levelNodes, levels.count == levelNodes.count {
            reader.checkDistinctNames(
                zip(levels, levelNodes).enumerated().map { ($1.0, $1.1, "levels[\($0)]") }, below: scheme.className(0),
                what: .level)
        }
        return scheme
    }

    /// `extendedMinimum`: the share in percent of its extended criteria each level needs, as one number for every
    /// level or one per level. Required when some criterion is extended.
    private func decodeExtendedMinimum(_ top: ConfigReader.Members, levelCount: Int, criteria: [LevelCriterion])
        -> [Double]
    {
        let hasExtended = criteria.contains(where: \.isExtended)
        guard let node = top["extendedMinimum"] else {
            if hasExtended {
                reader.problem(
                    LevelSchemeMessage.extendedMinimumMissing,
                    at: top.node, path: "extendedMinimum")
            }
            return []
        }
        var shares: [Double] = []
        if case .number(let share) = node.value {
            shares = Array(repeating: share, count: levelCount)
        } else if let elements = top.array("extendedMinimum") {
            shares = elements.enumerated().compactMap { index, element in
                reader.number(element, path: "extendedMinimum[\(index)]")
            }
            if shares.count != levelCount {
                reader.problem(
                    LevelSchemeMessage.extendedMinimumCount(levels: levelCount), at: node,
                    path: "extendedMinimum")
            }
        } else {
            reader.problem(LevelSchemeMessage.extendedMinimumType, at: node, path: "extendedMinimum")
        }
        if shares.contains(where: { !(0...100).contains($0) }) {
            reader.problem(LevelSchemeMessage.extendedMinimumRange, at: node, path: "extendedMinimum")
        }
        if !hasExtended {
            reader.problem(
                LevelSchemeMessage.extendedMinimumUnused,
                at: node, path: "extendedMinimum", severity: .warning)
        }
        return shares
    }

    private func decodeGroup(_ node: JSONNode, path: String) -> CriterionGroup? {
        guard let members = reader.object(node, path: path, allowed: ["id", "name"]) else { return nil }
        guard let id = members.string("id"), let name = members.localized("name") else { return nil }
        return CriterionGroup(id: id, name: name)
    }

    private func decodeKind(_ node: JSONNode?, path: String) -> (kind: MeasureKind?, valid: Bool) {
        guard let node, let name = reader.string(node, path: path) else { return (nil, false) }
        if name == "childLevels" { return (nil, true) }
        if let kind = MeasureKind(rawValue: name), MeasureKind.declarable.contains(kind) { return (kind, true) }
        reader.problem(
            LevelSchemeMessage.unknownMeasure(
                name, expected: Self.measureNames,
                suggestion: NearestMatch.suggestion(for: name, among: Self.measureNames)),
            at: node, path: path)
        return (nil, false)
    }

    private func decodeCriterion(_ node: JSONNode, path: String, levelCount: Int, groups: Set<String>)
        -> LevelCriterion?
    {
        guard let members = reader.object(node, path: path, allowed: Self.criterionKeys) else { return nil }
        let id = decodeCriterionID(members)
        let group = decodeGroupReference(members, groups: groups)
        let name = members.localized("name")
        let unit = members.localized("unit")
        let (kind, kindValid) = decodeKind(members.node("measure"), path: members.path("measure"))
        let seconds = decodeSecondMeasures(members)
        let context = RuleContext(
            kind: kind,
            isRollUp: kind == nil && kindValid,
            secondKinds: Dictionary(seconds.map { ($0.suffix, $0.kind) }, uniquingKeysWith: { first, _ in first }),
            levelCount: levelCount
        )
        let requirements = decodeRequirements(members, context: context)
        let conditional = members.string("conditional", required: false)
        if conditional != nil, kind == nil, kindValid {
            reader.problem(
                LevelSchemeMessage.conditionalRollUp,
                at: members["conditional"], path: members.path("conditional"))
        }
        guard let id, let group, let name, let unit, kindValid else { return nil }
        warnAboutFallingThresholds(requirements, node: members["requirements"], path: members.path("requirements"))
        return LevelCriterion(
            id: id,
            group: group,
            name: name,
            measurementUnit: unit,
            kind: kind,
            secondMeasures: seconds,
            requirements: requirements,
            method: members.string("method", required: false) ?? "",
            legalBasis: members.string("legalBasis", required: false) ?? "",
            conditional: conditional,
            isExtended: members.bool("extended", required: false) ?? false,
            theme: members.theme(reader: reader)
        )
    }

    /// The criterion's ID, after checking that it can stand as a column name.
    private func decodeCriterionID(_ members: ConfigReader.Members) -> String? {
        let id = members.string("id")
        if let id, id.isEmpty || id.contains(where: { $0 == "," || $0 == "\"" || $0.isWhitespace }) {
            reader.problem(
                LevelSchemeMessage.invalidCriterionID, at: members["id"],
                path: members.path("id"))
        } else if let id {
            reader.checkNotReservedColumn(id, what: .criterion, at: members["id"], path: members.path("id"))
        }
        return id
    }

    /// The criterion's group, after checking that it is declared under `groups`.
    private func decodeGroupReference(_ members: ConfigReader.Members, groups: Set<String>) -> String? {
        let group = members.string("group")
        if let group, !groups.contains(group) {
            reader.problem(
                LevelSchemeMessage.unknownGroup(
                    group, suggestion: NearestMatch.suggestion(for: group, among: groups.sorted())),
                at: members["group"], path: members.path("group"))
        }
        return group
    }

    /// The criterion's `secondMeasures`: further input columns its rules can name, none of them `childLevels`.
    private func decodeSecondMeasures(_ members: ConfigReader.Members) -> [SecondMeasure] {
        var seconds: [SecondMeasure] = []
        for (index, element) in (members.array("secondMeasures", required: false) ?? []).enumerated() {
            let secondPath = members.path("secondMeasures") + "[\(index)]"
            guard let second = reader.object(element, path: secondPath, allowed: ["suffix", "measure", "name"]),
                let suffix = second.string("suffix"),
                let secondName = second.localized("name")
            else { continue }
            let (secondKind, valid) = decodeKind(second.node("measure"), path: second.path("measure"))
            guard valid, let secondKind else {
                if valid {
                    reader.problem(
                        LevelSchemeMessage.childLevelsSecondMeasure, at: second["measure"], path: second.path("measure")
                    )
                }
                continue
            }
            seconds.append(SecondMeasure(suffix: suffix, kind: secondKind, name: secondName))
        }
        return seconds
    }

    /// The criterion's `requirements`, one per level.
    private func decodeRequirements(_ members: ConfigReader.Members, context: RuleContext) -> [LevelRequirement] {
        guard let nodes = members.array("requirements") else { return [] }
        if nodes.count != context.levelCount, context.levelCount > 0 {
            reader.problem(
                LevelSchemeMessage.requirementCount(levels: context.levelCount, found: nodes.count),
                at: members["requirements"],
                path: members.path("requirements")
            )
        }
        return nodes.enumerated().compactMap { index, element in
            decodeRequirement(element, path: members.path("requirements") + "[\(index)]", context: context)
        }
    }

    struct RuleContext {
        var kind: MeasureKind?
        var isRollUp: Bool
        var secondKinds: [String: MeasureKind]
        var levelCount: Int
    }

    private func decodeRequirement(_ node: JSONNode, path: String, context: RuleContext) -> LevelRequirement? {
        guard let members = reader.object(node, path: path, allowed: Self.requirementKeys) else { return nil }
        let text = members.string("text", required: false) ?? ""
        guard let rule = decodeRule(members, path: path, context: context) else { return nil }
        return LevelRequirement(rule: rule, text: text)
    }

    private func decodeRule(_ members: ConfigReader.Members, path: String, context: RuleContext) -> Requirement? {
        guard let key = ruleKey(members, path: path),
            let (measure, kind) = measuredValue(members, context: context)
        else { return nil }
        if context.isRollUp, key != "childLevels", key != "notApplicable" {
            reader.problem(
                LevelSchemeMessage.rollUpRule, at: members[key],
                path: members.path(key))
            return nil
        }
        switch key {
        case "notApplicable":
            guard members.bool(key) == true else {
                reader.problem(
                    LevelSchemeMessage.notApplicableNotTrue, at: members[key], path: members.path(key))
                return nil
            }
            return .notApplicable
        case "atLeast": return decodeAtLeast(members, measure: measure, kind: kind)
        case "yes": return decodeYes(members, measure: measure, kind: kind)
        case "anyOf": return decodeAnyOf(members, context: context)
        default: return decodeChildLevels(members, key: key, context: context)
        }
    }

    /// The one rule key of a requirement, or `nil` after reporting none or several.
    private func ruleKey(_ members: ConfigReader.Members, path: String) -> String? {
        let given = Self.ruleKeys.filter { members[$0] != nil }
        guard given.count == 1, let key = given.first else {
            reader.problem(
                LevelSchemeMessage.ruleCount(rules: Self.ruleKeys, found: given),
                at: members.node,
                path: path
            )
            return nil
        }
        return key
    }

    /// The second measure a rule names with `measure` (`nil` for the criterion's own) and the kind of value the rule
    /// tests; `nil` after reporting an unknown second measure.
    private func measuredValue(_ members: ConfigReader.Members, context: RuleContext) -> (String?, MeasureKind?)? {
        guard let measure = members.string("measure", required: false) else { return (nil, context.kind) }
        guard let secondKind = context.secondKinds[measure] else {
            reader.problem(
                LevelSchemeMessage.unknownSecondMeasure(measure),
                at: members["measure"],
                path: members.path("measure")
            )
            return nil
        }
        return (measure, secondKind)
    }

    /// An `atLeast` rule, with a threshold the measure can hold; a yes/no measure takes `yes` instead.
    private func decodeAtLeast(_ members: ConfigReader.Members, measure: String?, kind: MeasureKind?) -> Requirement? {
        let key = "atLeast"
        guard let threshold = members.number(key) else { return nil }
        if let kind, let range = Measure(criterionID: "", kind: kind).validRange, !range.contains(threshold) {
            reader.problem(
                LevelSchemeMessage.thresholdOutOfRange(threshold, kind: kind),
                at: members[key],
                path: members.path(key)
            )
        }
        if kind == .yesNo {
            reader.problem(LevelSchemeMessage.atLeastOnYesNo, at: members[key], path: members.path(key))
        }
        return .atLeast(threshold, measure: measure)
    }

    /// A `"yes": true` rule, for a yes/no measure.
    private func decodeYes(_ members: ConfigReader.Members, measure: String?, kind: MeasureKind?) -> Requirement? {
        let key = "yes"
        guard members.bool(key) == true else {
            reader.problem(
                LevelSchemeMessage.yesNotTrue, at: members[key],
                path: members.path(key))
            return nil
        }
        if kind != .yesNo {
            reader.problem(
                LevelSchemeMessage.yesNeedsYesNo(kind: kind), at: members[key],
                path: members.path(key))
        }
        return .yes(measure: measure)
    }

    /// An `anyOf` rule: at least two alternative rules, met when one of them is.
    private func decodeAnyOf(_ members: ConfigReader.Members, context: RuleContext) -> Requirement? {
        let key = "anyOf"
        guard let elements = members.array(key) else { return nil }
        guard elements.count >= 2 else {
            reader.problem(LevelSchemeMessage.anyOfTooFew, at: members[key], path: members.path(key))
            return nil
        }
        var alternatives: [Requirement] = []
        for (index, element) in elements.enumerated() {
            let alternativePath = members.path(key) + "[\(index)]"
            let allowed = Self.requirementKeys.filter { $0 != "text" }
            guard let alternative = reader.object(element, path: alternativePath, allowed: allowed),
                let rule = decodeRule(alternative, path: alternativePath, context: context)
            else { continue }
            alternatives.append(rule)
        }
        return alternatives.count == elements.count ? .anyOf(alternatives) : nil
    }

    private func decodeChildLevels(_ members: ConfigReader.Members, key: String, context: RuleContext) -> Requirement? {
        guard context.isRollUp else {
            reader.problem(
                LevelSchemeMessage.childLevelsNeedsMeasure, at: members[key],
                path: members.path(key))
            return nil
        }
        guard let node = members.node(key),
            let rule = reader.object(
                node, path: members.path(key), allowed: ["allAtLeast", "shareLevel", "sharePercent"])
        else { return nil }
        guard let all = rule.integer("allAtLeast") else { return nil }
        let shareLevel = rule.integer("shareLevel", required: false)
        let percent = rule.number("sharePercent", required: shareLevel != nil) ?? 0
        for (name, level) in [("allAtLeast", all), ("shareLevel", shareLevel ?? 0)]
        where !(0...context.levelCount).contains(level) {
            reader.problem(
                LevelSchemeMessage.noSuchLevel(level, levels: context.levelCount), at: rule[name],
                path: rule.path(name))
        }
        if !(0...100).contains(percent) {
            reader.problem(
                LevelSchemeMessage.sharePercentRange, at: rule["sharePercent"], path: rule.path("sharePercent"))
        }
        return .childLevels(ChildLevelRule(allAtLeast: all, shareLevel: shareLevel, sharePercent: percent))
    }

    /// Warns where a criterion asks less at a higher level than at a lower one, or stops applying: the decision
    /// says thresholds rise from level to level ("giá trị các chỉ tiêu tăng dần").
    private func warnAboutFallingThresholds(_ requirements: [LevelRequirement], node: JSONNode?, path: String) {
        for level in requirements.indices.dropFirst() {
            let lower = requirements[level - 1].rule
            let higher = requirements[level].rule
            if lower.applies, !higher.applies {
                reader.problem(
                    LevelSchemeMessage.stopsApplying(level: level),
                    at: node,
                    path: "\(path)[\(level)]",
                    severity: .warning
                )
            } else if let low = lower.mainThreshold, let high = higher.mainThreshold, high < low {
                reader.problem(
                    LevelSchemeMessage.thresholdFalls(from: low, to: high, level: level),
                    at: node,
                    path: "\(path)[\(level)]",
                    severity: .warning
                )
            }
        }
    }
}
