import ChisoCore

/// Point frameworks made up for the conformance suite, each with a shape no built-in framework has.
enum GeneratedSchemes {
    static let names = [
        "generated:nested-floors", "generated:node-called-total", "generated:deep", "generated:all-rules",
        "generated:third-scheme", "generated:extended-criteria",
    ]

    static func text(_ value: String) -> LocalizedText { LocalizedText(vi: value, en: value) }

    static func leaf(_ id: String, _ maximum: Double, _ rule: LeafRule) -> PointNode {
        PointNode(id: id, name: text(id), maximum: maximum, rule: rule)
    }

    static let allRules: [LeafRule] = [
        .points, .ratio, .proportional, .yesNo, .linear(floor: 20, target: 80),
        .steps([
            LeafRule.Step(atLeast: 90, points: 3), LeafRule.Step(atLeast: 70, points: 2),
            LeafRule.Step(atLeast: 40, points: 1),
        ]),
        .choice([
            LeafRule.Choice(category: MeasureCategory(value: "none", name: text("none")), points: 0),
            LeafRule.Choice(category: MeasureCategory(value: "half", name: text("half")), fraction: 0.5),
            LeafRule.Choice(category: MeasureCategory(value: "full", name: text("full")), fraction: 1),
        ]),
    ]

    static func scheme(named name: String) -> (any ScoringScheme)? {
        switch name {
        case "generated:extended-criteria":
            // Three levels; C1, C2 mandatory, E1…E5 extended, with 20%, 40% and 60% of them needed.
            let levels = ["I", "II", "III"].map(text)
            let criteria = ["C1", "C2", "E1", "E2", "E3", "E4", "E5"].enumerated().map { index, id in
                LevelCriterion(
                    id: id, group: "G", name: text(id), measurementUnit: text("%"), kind: .percent,
                    requirements: [40.0, 60, 80].map { LevelRequirement(rule: .atLeast($0 + Double(index)), text: "") },
                    isExtended: id.hasPrefix("E"))
            }
            return LevelScheme(
                levels: levels, groups: [CriterionGroup(id: "G", name: text("G"))], criteria: criteria,
                extendedMinimum: [20, 40, 60])
        case "generated:third-scheme":
            return AllOfScheme(thresholds: [50, 70, 90])
        case "generated:nested-floors":
            let group = PointNode(
                id: "G", name: text("G"), maximum: nil,
                children: [
                    leaf("G1", 4, .ratio),
                    PointNode(
                        id: "G2", name: text("G2"), maximum: nil,
                        children: [leaf("G21", 3, .proportional), leaf("G22", 3, .yesNo)]),
                ])
            return PointScheme(
                roots: [group, leaf("H", 10, .points)],
                tiers: [
                    Tier(name: text("Low"), minimum: 5, floors: [Tier.Floor(node: "G21", fraction: 0.3)]),
                    Tier(
                        name: text("High"), minimum: 12,
                        floors: [Tier.Floor(node: "G2", fraction: 0.6), Tier.Floor(node: "G21", fraction: 0.7)]),
                ])
        case "generated:node-called-total":
            return PointScheme(
                roots: [leaf("total", 5, .points), leaf("other", 5, .ratio)],
                views: [PointView(id: "total.view", name: text("v"), nodes: ["total"])],
                tiers: [Tier(name: text("T"), minimum: 6, floors: [Tier.Floor(node: "total", fraction: 0.5)])])
        case "generated:deep":
            var node = leaf("D5", 2, .ratio)
            for depth in stride(from: 4, through: 1, by: -1) {
                node = PointNode(
                    id: "D\(depth)", name: text("D\(depth)"), maximum: nil,
                    children: [node, leaf("E\(depth)", 2, .proportional)])
            }
            return PointScheme(
                roots: [node],
                tiers: [
                    Tier(name: text("I"), minimum: 0.3, basis: .index),
                    Tier(
                        name: text("II"), minimum: 0.6, inclusive: false, basis: .index,
                        floors: [Tier.Floor(node: "D4", fraction: 0.5)]),
                ],
                precision: 3)
        case "generated:all-rules":
            let leaves = allRules.enumerated().map { leaf("R\($0.offset)", Double($0.offset + 3), $0.element) }
            return PointScheme(
                roots: leaves,
                tiers: [
                    Tier(name: text("C"), minimum: 10),
                    Tier(name: text("B"), minimum: 20, floors: leaves.map { Tier.Floor(node: $0.id, fraction: 0.3) }),
                    Tier(name: text("A"), minimum: 30, floors: [Tier.Floor(node: "R5", fraction: 1)]),
                ])
        default:
            return nil
        }
    }
}
