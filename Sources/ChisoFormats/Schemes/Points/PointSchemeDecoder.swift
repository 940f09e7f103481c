import ChisoCore

/// Reads the `nodes`, `views`, `tiers`, `precision`, `classPrecision`, `unrankedBelowTiers` and `belowTiers` of a
/// point framework file and checks them all.
struct PointSchemeDecoder {
    let reader: ConfigReader

    /// The top-level keys of a point framework besides those every framework has.
    static let topLevelKeys = [
        "nodes", "views", "tiers", "precision", "classPrecision", "unrankedBelowTiers", "belowTiers",
    ]
    /// What to write instead of a level framework's key found in a point framework.
    static let foreignKeyHints = [
        "levels": LocalizedText(vi: "có phải ý bạn là \"tiers\"?", en: "did you mean \"tiers\"?"),
        "groups": LocalizedText(vi: "có phải ý bạn là \"views\"?", en: "did you mean \"views\"?"),
        "criteria": LocalizedText(vi: "có phải ý bạn là \"nodes\"?", en: "did you mean \"nodes\"?"),
        "childFramework": LocalizedText(
            vi: "khung đánh giá tính điểm không tổng hợp đơn vị cấp dưới; hãy xóa khóa này",
            en: "point frameworks do not roll up subordinate units; remove the key"),
    ]
    static let nodeKeys = [
        "id", "name", "max", "rule", "measure", "steps", "floor", "target", "children", "informationOnly", "structure",
        "note", "choices", "theme", "method", "evidence", "dataSource", "verifiedBy",
    ]
    static let ruleNames = ["points", "ratio", "proportional", "steps", "yesNo", "linear", "choice"]

    func decode(_ top: ConfigReader.Members) -> PointScheme? {
        var ids: [String: String] = [:]
        let roots = (top.array("nodes") ?? []).enumerated().compactMap { index, node in
            decodeNode(node, path: "nodes[\(index)]", ids: &ids, informationOnly: false)
        }
        if roots.isEmpty, top["nodes"] != nil, !reader.hasErrors {
            reader.problem(PointSchemeMessage.noNodes, at: top["nodes"], path: "nodes")
        }
        let precision = top.integer("precision", required: false) ?? 2
        if !(0...9).contains(precision) {
            reader.problem(PointSchemeMessage.precisionRange, at: top["precision"], path: "precision")
        }
        let views = (top.array("views", required: false) ?? []).enumerated().compactMap { index, node in
            decodeView(node, path: "views[\(index)]", ids: &ids)
        }
        let belowTiers = top.localized("belowTiers", required: false) ?? PointScheme.unrankedName
        let scheme = PointScheme(
            roots: roots, views: views, tiers: [], precision: precision, belowTiers: belowTiers)
        let tiers = decodeTiers(top, scheme: scheme)
        let classPrecision = decodeClassPrecision(top, tiers: tiers)
        let unranked = top.bool("unrankedBelowTiers", required: false) ?? false
        if unranked, tiers.isEmpty {
            reader.problem(
                PointSchemeMessage.unrankedWithoutTiers,
                at: top["unrankedBelowTiers"], path: "unrankedBelowTiers")
        }
        // Files list tiers best first, as the sources do; the core holds every class list lowest first.
        return PointScheme(
            roots: roots, views: views, tiers: tiers.reversed(), precision: precision, classPrecision: classPrecision,
            unrankedBelowTiers: unranked, belowTiers: belowTiers)
    }

    /// The `classPrecision`: 0 to 9 decimal places, for a framework with tiers whose minima are written at that
    /// precision (a minimum of 0.3255 cannot be read at 3 decimals).
    private func decodeClassPrecision(_ top: ConfigReader.Members, tiers: [Tier]) -> Int? {
        guard let places = top.integer("classPrecision", required: false) else { return nil }
        guard (0...9).contains(places) else {
            reader.problem(PointSchemeMessage.precisionRange, at: top["classPrecision"], path: "classPrecision")
            return nil
        }
        guard !tiers.isEmpty else {
            reader.problem(
                PointSchemeMessage.classPrecisionWithoutTiers,
                at: top["classPrecision"], path: "classPrecision")
            return nil
        }
        let scale = PointScheme.powerOfTen(places)
        for tier in tiers {
            let scaled = tier.minimum * scale
            if abs(scaled - scaled.rounded()) > 1e-6 * max(1, abs(scaled)) {
                reader.problem(
                    PointSchemeMessage.tierMinimumPrecision(tier: tier.name.vi, minimum: tier.minimum, places: places),
                    at: top["classPrecision"], path: "classPrecision")
            }
        }
        return places
    }

    private func decodeNode(_ node: JSONNode, path: String, ids: inout [String: String], informationOnly: Bool)
        -> PointNode?
    {
        guard let members = reader.object(node, path: path, allowed: Self.nodeKeys) else { return nil }
        let id = decodeNodeID(members, path: path, ids: &ids)
        let name = members.localized("name")
        let isInformationOnly = informationOnly || (members.bool("informationOnly", required: false) ?? false)
        let maximum = decodeMaximum(members, required: members["children"] == nil && !isInformationOnly)
        let children = (members.array("children", required: false) ?? []).enumerated().compactMap { index, child in
            decodeNode(
                child, path: members.path("children") + "[\(index)]", ids: &ids, informationOnly: isInformationOnly)
        }
        let structure = (members.array("structure", required: false) ?? []).enumerated().compactMap { index, item in
            reader.localized(item, path: members.path("structure") + "[\(index)]")
        }
        let (rule, ruleKind) = decodeLeafRule(
            members, hasChildren: !children.isEmpty, maximum: maximum, isInformationOnly: isInformationOnly)
        let kind = decodeMeasureKind(members) ?? ruleKind
        if !isInformationOnly {
            checkChildMaxima(children, addUpTo: maximum, members: members)
        }
        guard let id, let name else { return nil }
        return PointNode(
            id: id,
            name: name,
            maximum: maximum,
            rule: rule,
            kind: kind,
            children: children,
            isInformationOnly: isInformationOnly,
            structure: structure,
            note: members.string("note", required: false),
            theme: members.theme(reader: reader),
            method: members.string("method", required: false),
            evidence: members.string("evidence", required: false),
            dataSource: members.string("dataSource", required: false),
            verifiedBy: members.string("verifiedBy", required: false)
        )
    }

    /// The node's ID, after checking that it is well formed and not taken; a new ID is recorded in `ids`.
    private func decodeNodeID(_ members: ConfigReader.Members, path: String, ids: inout [String: String]) -> String? {
        guard let id = members.string("id") else { return nil }
        if id.isEmpty || id.contains(where: { $0 == "," || $0 == "\"" || $0.isWhitespace }) {
            reader.problem(
                PointSchemeMessage.invalidNodeID, at: members["id"],
                path: members.path("id"))
        } else if let first = ids[id] {
            reader.problem(
                PointSchemeMessage.duplicateID(id, first: first, isNode: true), at: members["id"],
                path: members.path("id"))
        } else {
            reader.checkNotReservedColumn(id, what: .node, at: members["id"], path: members.path("id"))
            ids[id] = path
        }
        return id
    }

    /// The node's `max`: a number of at least 0, or `null` for a maximum the source leaves unknown.
    private func decodeMaximum(_ members: ConfigReader.Members, required: Bool) -> Double? {
        if let maxNode = members.node("max", required: required), case .null = maxNode.value { return nil }
        guard let value = members.number("max", required: false) else { return nil }
        if value < 0 {
            reader.problem(PointSchemeMessage.negativeMaximum, at: members["max"], path: members.path("max"))
        }
        return value
    }

    /// The rule of a leaf, and the kind of measure it implies. A node with children takes no rule; a leaf needs one,
    /// unless it is information only, when it records its value as points.
    private func decodeLeafRule(
        _ members: ConfigReader.Members,
        hasChildren: Bool,
        maximum: Double?,
        isInformationOnly: Bool
    ) -> (rule: LeafRule?, kind: MeasureKind?) {
        if let ruleName = members.string("rule", required: false) {
            if hasChildren {
                reader.problem(
                    PointSchemeMessage.ruleWithChildren, at: members["rule"],
                    path: members.path("rule"))
            }
            return (decodeRule(ruleName, members: members, maximum: maximum), nil)
        }
        guard members["children"] == nil else { return (nil, nil) }
        guard isInformationOnly else {
            reader.problem(
                PointSchemeMessage.leafWithoutRule(rules: Self.ruleNames),
                at: members.node,
                path: members.path
            )
            return (nil, nil)
        }
        return (.points, .number)
    }

    /// The kind named by the node's `measure`, if it has one and it is known.
    private func decodeMeasureKind(_ members: ConfigReader.Members) -> MeasureKind? {
        guard let measureName = members.string("measure", required: false) else { return nil }
        if let kind = MeasureKind(rawValue: measureName), MeasureKind.declarable.contains(kind) { return kind }
        let names = MeasureKind.declarable.map(\.rawValue)
        reader.problem(
            PointSchemeMessage.unknownMeasure(
                measureName, expected: names, suggestion: NearestMatch.suggestion(for: measureName, among: names)),
            at: members["measure"], path: members.path("measure"))
        return nil
    }

    /// Checks that a node's `max` is the sum of its scored children's maxima, when they are all known.
    private func checkChildMaxima(_ children: [PointNode], addUpTo maximum: Double?, members: ConfigReader.Members) {
        guard let maximum, !children.isEmpty else { return }
        let scored = children.filter(\.isScored)
        let sums = scored.compactMap(PointScheme.effectiveMaximum)
        guard sums.count == scored.count else { return }
        let sum = sums.reduce(0, +)
        if abs(sum - maximum) > 1e-9 * max(1, maximum) {
            reader.problem(
                PointSchemeMessage.maximumMismatch(maximum: maximum, sum: sum),
                at: members["max"],
                path: members.path("max")
            )
        }
    }

    private func decodeRule(_ name: String, members: ConfigReader.Members, maximum: Double?) -> LeafRule? {
        switch name {
        case "points": return .points
        case "ratio": return .ratio
        case "proportional": return .proportional
        case "yesNo": return .yesNo
        case "linear": return decodeLinear(members)
        case "steps": return decodeSteps(members, maximum: maximum)
        case "choice": return decodeChoices(members, maximum: maximum)
        default:
            reader.problem(
                PointSchemeMessage.unknownRule(
                    name, expected: Self.ruleNames,
                    suggestion: NearestMatch.suggestion(for: name, among: Self.ruleNames)),
                at: members["rule"], path: members.path("rule"))
            return nil
        }
    }

    /// A `linear` rule: points rise evenly from 0 at `floor` to the maximum at `target`.
    private func decodeLinear(_ members: ConfigReader.Members) -> LeafRule? {
        guard let floor = members.number("floor"), let target = members.number("target") else { return nil }
        if target <= floor {
            reader.problem(
                PointSchemeMessage.targetNotAboveFloor(target: target, floor: floor),
                at: members["target"],
                path: members.path("target")
            )
        }
        return .linear(floor: floor, target: target)
    }

    /// A `steps` rule: thresholds from the highest down, each with fewer points, none above the node's maximum.
    private func decodeSteps(_ members: ConfigReader.Members, maximum: Double?) -> LeafRule? {
        guard let elements = members.array("steps") else { return nil }
        var steps: [LeafRule.Step] = []
        for (index, element) in elements.enumerated() {
            let path = members.path("steps") + "[\(index)]"
            guard let step = reader.object(element, path: path, allowed: ["atLeast", "points"]),
                let atLeast = step.number("atLeast"),
                let points = step.number("points")
            else { continue }
            if let previous = steps.last, !(atLeast < previous.atLeast && points < previous.points) {
                reader.problem(
                    PointSchemeMessage.stepsOutOfOrder,
                    at: element,
                    path: path
                )
            }
            if let maximum, points > maximum {
                reader.problem(
                    PointSchemeMessage.stepAboveMaximum(maximum),
                    at: step["points"], path: step.path("points"))
            }
            steps.append(LeafRule.Step(atLeast: atLeast, points: points))
        }
        if steps.isEmpty {
            reader.problem(PointSchemeMessage.noSteps, at: members["steps"], path: members.path("steps"))
        }
        return .steps(steps)
    }

    /// A `choice` rule: answers, each with `points` or a `fraction` of the maximum; held from the fewest points up.
    private func decodeChoices(_ members: ConfigReader.Members, maximum: Double?) -> LeafRule? {
        guard let elements = members.array("choices") else { return nil }
        var choices: [LeafRule.Choice] = []
        var seen: [String: String] = [:]
        for (index, element) in elements.enumerated() {
            let path = members.path("choices") + "[\(index)]"
            guard let entry = reader.object(element, path: path, allowed: ["value", "name", "points", "fraction"]),
                let value = entry.string("value")
            else { continue }
            let name = entry.node("name", required: false).flatMap { reader.localized($0, path: entry.path("name")) }
            let points = entry.number("points", required: false)
            let fraction = entry.number("fraction", required: false)
            if (points == nil) == (fraction == nil) {
                reader.problem(
                    PointSchemeMessage.pointsOrFraction, at: element, path: path)
            }
            if let points, let maximum, points < 0 || points > maximum {
                reader.problem(
                    PointSchemeMessage.choicePointsRange(maximum: maximum), at: entry["points"],
                    path: entry.path("points"))
            }
            if let fraction, !(0...1).contains(fraction) {
                reader.problem(
                    PointSchemeMessage.choiceFractionRange, at: entry["fraction"], path: entry.path("fraction"))
            }
            for token in [value, name?.vi, name?.en].compactMap({ $0 }) {
                let folded = TextNormalization.folded(token)
                if let first = seen[folded], first != path {
                    reader.problem(
                        PointSchemeMessage.sameAnswer(token, first: first),
                        at: entry["value"], path: entry.path("value"))
                }
                seen[folded] = path
            }
            let category = MeasureCategory(value: value, name: name ?? LocalizedText(vi: value, en: value))
            choices.append(LeafRule.Choice(category: category, points: points, fraction: fraction))
        }
        if choices.isEmpty {
            reader.problem(
                PointSchemeMessage.noChoices, at: members["choices"], path: members.path("choices"))
        }
        // Fewest points first, so that a higher value never earns fewer points (the order in data does not matter).
        let scale = maximum ?? 1
        return .choice(
            choices.enumerated().sorted {
                ($0.element.points(maximum: scale), $0.offset) < ($1.element.points(maximum: scale), $1.offset)
            }.map(\.element))
    }

    private func decodeView(_ node: JSONNode, path: String, ids: inout [String: String]) -> PointView? {
        guard let members = reader.object(node, path: path, allowed: ["id", "name", "nodes"]) else { return nil }
        let id = members.string("id")
        if let id {
            if let first = ids[id] {
                reader.problem(
                    PointSchemeMessage.duplicateID(id, first: first, isNode: false), at: members["id"],
                    path: members.path("id"))
            }
            ids[id] = path
        }
        let name = members.localized("name")
        let nodes = members.strings("nodes") ?? []
        for (index, node) in nodes.enumerated() where ids[node] == nil || ids[node]?.hasPrefix("views") == true {
            reader.problem(
                PointSchemeMessage.unknownNode(
                    node, suggestion: NearestMatch.suggestion(for: node, among: ids.keys.sorted())),
                at: members["nodes"], path: members.path("nodes") + "[\(index)]")
        }
        guard let id, let name else { return nil }
        return PointView(id: id, name: name, nodes: nodes)
    }

    private func decodeTiers(_ top: ConfigReader.Members, scheme: PointScheme) -> [Tier] {
        var tiers: [Tier] = []
        var names: [(name: LocalizedText, node: JSONNode?, path: String)] = []
        for (index, node) in (top.array("tiers", required: false) ?? []).enumerated() {
            guard let (tier, members) = decodeTier(node, path: "tiers[\(index)]", scheme: scheme) else { continue }
            if let previous = tiers.last {
                checkOrder(of: tier, below: previous, members: members, scheme: scheme)
            }
            checkReachable(tier, members: members, scheme: scheme)
            tiers.append(tier)
            names.append((tier.name, members["name"], "tiers[\(index)].name"))
        }
        reader.checkDistinctNames(names, below: scheme.className(0), what: .tier)
        return tiers
    }

    /// The key that holds a tier's minimum: `minimum` (≥) or `above` (>).
    private static func minimumKey(of tier: Tier) -> String { tier.inclusive ? "minimum" : "above" }

    /// One tier, with its members for the checks that compare it with the scheme and the tier before.
    private func decodeTier(_ node: JSONNode, path: String, scheme: PointScheme) -> (Tier, ConfigReader.Members)? {
        guard
            let members = reader.object(node, path: path, allowed: ["name", "minimum", "above", "basis", "floors"]),
            let name = members.localized("name")
        else { return nil }
        let inclusive = members["minimum"] != nil
        if (members["minimum"] != nil) == (members["above"] != nil) {
            reader.problem(PointSchemeMessage.minimumOrAbove, at: node, path: path)
            return nil
        }
        guard let minimum = members.number(inclusive ? "minimum" : "above") else { return nil }
        let basisName = members.string("basis", required: false) ?? "points"
        guard let basis = Tier.Basis(rawValue: basisName) else {
            reader.problem(
                PointSchemeMessage.unknownBasis(basisName), at: members["basis"],
                path: members.path("basis"))
            return nil
        }
        let floors = decodeFloors(members, scheme: scheme)
        return (Tier(name: name, minimum: minimum, inclusive: inclusive, basis: basis, floors: floors), members)
    }

    /// A tier's `floors`: each a known node and the fraction of its maximum a unit must reach.
    private func decodeFloors(_ members: ConfigReader.Members, scheme: PointScheme) -> [Tier.Floor] {
        var floors: [Tier.Floor] = []
        for (index, element) in (members.array("floors", required: false) ?? []).enumerated() {
            let path = members.path("floors") + "[\(index)]"
            guard let floor = reader.object(element, path: path, allowed: ["node", "fraction"]),
                let nodeID = floor.string("node"),
                let fraction = floor.number("fraction")
            else { continue }
            if scheme.nodeIndex(nodeID) == nil {
                let near = NearestMatch.suggestion(for: nodeID, among: scheme.nodes.map(\.node.id))
                reader.problem(
                    PointSchemeMessage.unknownNode(nodeID, suggestion: near), at: floor["node"],
                    path: floor.path("node"))
            }
            if !(0...1).contains(fraction) {
                reader.problem(
                    PointSchemeMessage.floorFractionRange, at: floor["fraction"],
                    path: floor.path("fraction"))
            }
            floors.append(Tier.Floor(node: nodeID, fraction: fraction))
        }
        return floors
    }

    /// Checks that tiers are listed best first: a tier on the same basis as the one before asks for less, and
    /// warns where one of its floors is higher than the same floor in the tier above.
    private func checkOrder(of tier: Tier, below previous: Tier, members: ConfigReader.Members, scheme: PointScheme) {
        let value = { (tier: Tier) in
            tier.basis == .points ? tier.minimum : tier.minimum * (scheme.maximum ?? 1)
        }
        if previous.basis == tier.basis,
            value(tier) > value(previous)
                || (value(tier) == value(previous) && tier.inclusive == previous.inclusive
                    && tier.floors == previous.floors)
        {
            let key = Self.minimumKey(of: tier)
            reader.problem(
                PointSchemeMessage.tiersOutOfOrder(previous: previous.minimum),
                at: members[key],
                path: members.path(key)
            )
        }
        for floor in tier.floors {
            if let higher = previous.floors.first(where: { $0.node == floor.node }), higher.fraction < floor.fraction {
                reader.problem(
                    PointSchemeMessage.floorAboveHigherTier(node: floor.node),
                    at: members["floors"],
                    path: members.path("floors"),
                    severity: .warning
                )
            }
        }
    }

    /// Checks that a unit can reach the tier: its minimum is within the scheme's maximum points, or within 1 for
    /// an index.
    private func checkReachable(_ tier: Tier, members: ConfigReader.Members, scheme: PointScheme) {
        let key = Self.minimumKey(of: tier)
        let (minimum, inclusive) = (tier.minimum, tier.inclusive)
        if tier.basis == .points, let maximum = scheme.maximum, minimum > maximum || (!inclusive && minimum >= maximum)
        {
            reader.problem(
                PointSchemeMessage.unreachableTier(minimum: minimum, maximum: maximum, inclusive: inclusive),
                at: members[key],
                path: members.path(key)
            )
        }
        if tier.basis == .index, minimum > 1 || (!inclusive && minimum >= 1) {
            reader.problem(
                PointSchemeMessage.unreachableIndexTier, at: members[key], path: members.path(key))
        }
    }
}
