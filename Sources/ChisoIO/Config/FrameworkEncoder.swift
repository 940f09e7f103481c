public import ChisoCore

/// Writes a framework in the framework file format that ``FrameworkDecoder`` reads, so that decoding the output
/// gives the same framework back.
public enum FrameworkEncoder {
    /// The framework as framework-file JSON text.
    public static func encode(_ framework: Framework) -> String {
        JSONWriter.write(value(framework))
    }

    static func value(_ framework: Framework) -> JSONNode.Value {
        var root = JSONObjectBuilder()
        root.add("$schema", "chiso-framework.schema.json")
        root.add("id", framework.id)
        switch framework.scheme {
        case .levels: root.add("scheme", "levels")
        }
        root.add("name", ResultReport.localized(framework.name))
        root.add("unitType", ResultReport.localized(framework.unitType))
        var provenance = JSONObjectBuilder()
        provenance.add("decision", framework.provenance.decision)
        provenance.add("date", framework.provenance.date)
        provenance.add("issuer", ResultReport.localized(framework.provenance.issuer))
        provenance.add("title", ResultReport.localized(framework.provenance.title))
        if let part = framework.provenance.part { provenance.add("part", part) }
        provenance.add("notes", strings: framework.provenance.notes)
        root.add("provenance", provenance.value)
        if let child = framework.childFramework { root.add("childFramework", child) }
        switch framework.scheme {
        case .levels(let scheme): addLevels(scheme, to: &root)
        }
        return root.value
    }

    private static func addLevels(_ scheme: LevelScheme, to root: inout JSONObjectBuilder) {
        root.add("levels", .array(scheme.levels.map(ResultReport.localized)))
        root.add(
            "groups",
            .array(
                scheme.groups.map { group in
                    var object = JSONObjectBuilder()
                    object.add("id", group.id)
                    object.add("name", ResultReport.localized(group.name))
                    return object.value
                }
            )
        )
        root.add(
            "criteria",
            .array(
                scheme.criteria.map { criterion in
                    var object = JSONObjectBuilder()
                    object.add("id", criterion.id)
                    object.add("group", criterion.group)
                    object.add("name", ResultReport.localized(criterion.name))
                    object.add("unit", ResultReport.localized(criterion.unit))
                    object.add("measure", criterion.kind?.rawValue ?? "childLevels")
                    if !criterion.secondMeasures.isEmpty {
                        object.add(
                            "secondMeasures",
                            .array(
                                criterion.secondMeasures.map { second in
                                    var entry = JSONObjectBuilder()
                                    entry.add("suffix", second.suffix)
                                    entry.add("measure", second.kind.rawValue)
                                    entry.add("name", ResultReport.localized(second.name))
                                    return entry.value
                                }
                            )
                        )
                    }
                    object.add(
                        "requirements",
                        .array(
                            criterion.requirements.map { requirement in
                                var entry = JSONObjectBuilder()
                                entry.add("text", requirement.text)
                                addRule(requirement.rule, to: &entry)
                                return entry.value
                            }
                        )
                    )
                    object.add("method", criterion.method)
                    object.add("legalBasis", criterion.legalBasis)
                    return object.value
                }
            )
        )
    }

    private static func addRule(_ rule: Requirement, to object: inout JSONObjectBuilder) {
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
            object.add(
                "anyOf",
                .array(
                    alternatives.map { alternative in
                        var entry = JSONObjectBuilder()
                        addRule(alternative, to: &entry)
                        return entry.value
                    }
                )
            )
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
