public import ChisoCore

/// Writes a framework in the framework file format that ``FrameworkDecoder`` reads, so that decoding the output
/// gives the same framework back.
public enum FrameworkEncoder {
    /// The framework as framework-file JSON text.
    public static func encode(_ framework: Framework) -> String {
        JSONWriter.write(value(framework))
    }

    static func value(_ framework: Framework) -> JSONNode.Value {
        let text = JSONNode.Value.localized
        var root = JSONObjectBuilder()
        root.add("$schema", "chiso-framework.schema.json")
        root.add("id", framework.id)
        // The file format names each scheme; a scheme without a file format is written by its class name.
        let levels = framework.scheme as? LevelScheme
        let points = framework.scheme as? PointScheme
        root.add(
            "scheme",
            levels != nil ? "levels" : points != nil ? "points" : String(describing: type(of: framework.scheme)))
        root.add("name", text(framework.name))
        root.add("unitType", text(framework.unitType))
        var provenance = JSONObjectBuilder()
        provenance.add("decision", framework.provenance.decision)
        provenance.add("date", framework.provenance.date)
        provenance.add("issuer", text(framework.provenance.issuer))
        provenance.add("title", text(framework.provenance.title))
        if let part = framework.provenance.part { provenance.add("part", part) }
        provenance.add("notes", strings: framework.provenance.notes)
        root.add("provenance", provenance.value)
        if let child = framework.childFramework { root.add("childFramework", child) }
        if let scale = framework.commonScale { root.add("commonScale", scale.rawValue) }
        if let levels { addLevels(levels, to: &root) }
        if let points { addPoints(points, to: &root) }
        return root.value
    }

    private static func addLevels(_ scheme: LevelScheme, to root: inout JSONObjectBuilder) {
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

    private static func addPoints(_ scheme: PointScheme, to root: inout JSONObjectBuilder) {
        let text = JSONNode.Value.localized
        root.add("precision", scheme.precision)
        if let places = scheme.classPrecision { root.add("classPrecision", places) }
        if scheme.unrankedBelowTiers { root.add("unrankedBelowTiers", true) }
        root.add("nodes", .array(scheme.roots.map { node(encoding: $0, parentIsInformationOnly: false) }))
        if !scheme.views.isEmpty {
            root.add(
                "views",
                .objects(scheme.views) { view, object in
                    object.add("id", view.id)
                    object.add("name", text(view.name))
                    object.add("nodes", strings: view.nodes)
                }
            )
        }
        if !scheme.tiers.isEmpty {
            root.add(
                "tiers",
                .objects(scheme.tiers.reversed()) { tier, object in  // best first, as files list them
                    object.add("name", text(tier.name))
                    object.add(tier.inclusive ? "minimum" : "above", tier.minimum)
                    object.add("basis", tier.basis.rawValue)
                    if !tier.floors.isEmpty {
                        object.add(
                            "floors",
                            .objects(tier.floors) { floor, entry in
                                entry.add("node", floor.node)
                                entry.add("fraction", floor.fraction)
                            }
                        )
                    }
                }
            )
        }
    }

    private static func node(encoding node: PointNode, parentIsInformationOnly: Bool) -> JSONNode.Value {
        var object = JSONObjectBuilder()
        object.add("id", node.id)
        if let theme = node.theme { object.add("theme", theme) }
        object.add("name", JSONNode.Value.localized(node.name))
        if node.maximum != nil || node.children.isEmpty { object.add("max", node.maximum) }
        if node.isInformationOnly, !parentIsInformationOnly { object.add("informationOnly", true) }
        let isPlainInformation = node.isInformationOnly && node.kind == .number && node.rule == .points
        if let rule = node.rule, node.children.isEmpty, !isPlainInformation {
            object.add("rule", rule.name)
            switch rule {
            case .steps(let steps):
                object.add(
                    "steps",
                    .objects(steps) { step, entry in
                        entry.add("atLeast", step.atLeast)
                        entry.add("points", step.points)
                    }
                )
            case .linear(let floor, let target):
                object.add("floor", floor)
                object.add("target", target)
            case .choice(let choices):
                object.add(
                    "choices",
                    .objects(choices) { choice, entry in
                        entry.add("value", choice.category.value)
                        entry.add("name", JSONNode.Value.localized(choice.category.name))
                        if let points = choice.points { entry.add("points", points) }
                        if let fraction = choice.fraction { entry.add("fraction", fraction) }
                    }
                )
            default:
                break
            }
            if let kind = node.kind { object.add("measure", kind.rawValue) }
        } else if node.children.isEmpty, let kind = node.kind, kind != .number {
            object.add("measure", kind.rawValue)
        }
        if !node.structure.isEmpty { object.add("structure", .array(node.structure.map(JSONNode.Value.localized))) }
        if let note = node.note { object.add("note", note) }
        if !node.children.isEmpty {
            object.add(
                "children",
                .array(node.children.map { self.node(encoding: $0, parentIsInformationOnly: node.isInformationOnly) })
            )
        }
        return object.value
    }
}
