import ChisoCore

/// Writes the `nodes`, `views`, `tiers`, precision settings and the class below the tiers of a point framework file, as
/// ``PointSchemeDecoder`` reads them.
enum PointSchemeEncoder {
    static func encode(_ scheme: PointScheme, to root: inout JSONObjectBuilder) {
        let text = JSONNode.Value.localized
        root.add("precision", scheme.precision)
        if let places = scheme.classPrecision { root.add("classPrecision", places) }
        if scheme.unrankedBelowTiers { root.add("unrankedBelowTiers", true) }
        if scheme.belowTiers != PointScheme.unrankedName { root.add("belowTiers", text(scheme.belowTiers)) }
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
                    add(tier, to: &object)
                }
            )
        }
    }

    /// Writes a tier's members, as a framework file's `tiers` entry holds them.
    static func add(_ tier: Tier, to object: inout JSONObjectBuilder) {
        object.add("name", JSONNode.Value.localized(tier.name))
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
        if let method = node.method { object.add("method", method) }
        if let evidence = node.evidence { object.add("evidence", evidence) }
        if let dataSource = node.dataSource { object.add("dataSource", dataSource) }
        if let verifiedBy = node.verifiedBy { object.add("verifiedBy", verifiedBy) }
        if !node.children.isEmpty {
            object.add(
                "children",
                .array(node.children.map { self.node(encoding: $0, parentIsInformationOnly: node.isInformationOnly) })
            )
        }
        return object.value
    }
}
