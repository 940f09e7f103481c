import ChisoCore

/// Writes the `levels`, `levelRule`, `groups` and `criteria` of a level framework file, as ``LevelSchemeDecoder`` reads them.
enum LevelSchemeEncoder {
    static func encode(_ scheme: LevelScheme, to root: inout JSONObjectBuilder) {
        let text = JSONNode.Value.localized
        root.add("levels", .array(scheme.levels.map(text)))
        root.add("levelRule", scheme.rule.rawValue)
        if !scheme.extendedMinimum.isEmpty {
            root.add("extendedMinimum", .array(scheme.extendedMinimum.map { .number($0) }))
        }
        root.add(
            "groups",
            .objects(scheme.groups) { group, object in
                object.add("id", group.id)
                object.add("name", text(group.name))
            }
        )
        root.add(
            "criteria",
            .objects(scheme.criteria) { criterion, object in
                object.add("id", criterion.id)
                if let theme = criterion.theme { object.add("theme", theme) }
                object.add("group", criterion.group)
                object.add("name", text(criterion.name))
                object.add("unit", text(criterion.measurementUnit))
                object.add("measure", criterion.kind?.rawValue ?? "childLevels")
                if !criterion.secondMeasures.isEmpty {
                    object.add(
                        "secondMeasures",
                        .objects(criterion.secondMeasures) { second, entry in
                            entry.add("suffix", second.suffix)
                            entry.add("measure", second.kind.rawValue)
                            entry.add("name", text(second.name))
                        }
                    )
                }
                object.add(
                    "requirements",
                    .objects(criterion.requirements) { requirement, entry in
                        entry.add("text", requirement.text)
                        addRule(requirement.rule, to: &entry)
                    }
                )
                object.add("method", criterion.method)
                object.add("legalBasis", criterion.legalBasis)
                if let conditional = criterion.conditional { object.add("conditional", conditional) }
                if criterion.isExtended { object.add("extended", true) }
            }
        )
    }

    /// Writes `rule`'s keys into `object`, as a requirement or an alternative of `anyOf`.
    static func addRule(_ rule: Requirement, to object: inout JSONObjectBuilder) {
        switch rule {
        case .notApplicable:
            object.add("notApplicable", true)
        case .atLeast(let threshold, let measure):
            if let measure { object.add("measure", measure) }
            object.add("atLeast", threshold)
        case .yes(let measure):
            if let measure { object.add("measure", measure) }
            object.add("yes", true)
        case .anyOf(let alternatives):
            object.add("anyOf", .objects(alternatives) { alternative, entry in addRule(alternative, to: &entry) })
        case .childLevels(let rule):
            var entry = JSONObjectBuilder()
            entry.add("allAtLeast", rule.allAtLeast)
            if let shareLevel = rule.shareLevel {
                entry.add("shareLevel", shareLevel)
                entry.add("sharePercent", rule.sharePercent)
            }
            object.add("childLevels", entry.value)
        }
    }
}
