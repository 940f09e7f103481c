extension PointScheme: WeightedScheme {
    /// The depth of the node tree.
    public var weightDepth: Int { (nodes.map(\.depth).max() ?? -1) + 1 }

    /// The scored nodes at a depth, as condition indices.
    public func weightedConditions(atDepth depth: Int) -> [Int] {
        nodes.indices.filter { nodes[$0].depth == depth && nodes[$0].node.isScored && nodeMaxima[$0] > 0 }.map {
            $0 + 1
        }
    }

    /// The scheme with node maxima multiplied and renormalised within each parent; steps and answers with points
    /// scale with their node, and a `points` leaf's input scales through `valueFactors`.
    public func reweighted(_ factors: [Int: Double]) -> (scheme: PointScheme, valueFactors: [Int: Double]) {
        // Each node's own share change within its siblings, then the product down the tree.
        var own = [Double](repeating: 1, count: nodes.count)
        var siblings: [Int?: [Int]] = [:]
        for index in nodes.indices where nodes[index].node.isScored && nodeMaxima[index] > 0 {
            siblings[nodes[index].parent, default: []].append(index)
        }
        for group in siblings.values where group.contains(where: { factors[$0 + 1] != nil }) {
            let before = group.reduce(0) { $0 + nodeMaxima[$1] }
            let after = group.reduce(0) { $0 + nodeMaxima[$1] * (factors[$1 + 1] ?? 1) }
            guard after > 0 else { continue }
            for index in group { own[index] = (factors[index + 1] ?? 1) * before / after }
        }
        var scale = own
        for index in nodes.indices {
            if let parent = nodes[index].parent { scale[index] *= scale[parent] }
        }
        var valueFactors: [Int: Double] = [:]
        var position = 0
        func rebuild(_ node: PointNode) -> PointNode {
            let index = position
            position += 1
            var copy = node
            let factor = scale[index]
            copy.maximum = node.maximum.map { $0 * factor }
            switch node.rule {
            case .steps(let steps)?:
                copy.rule = .steps(steps.map { LeafRule.Step(atLeast: $0.atLeast, points: $0.points * factor) })
            case .choice(let choices)?:
                copy.rule = .choice(
                    choices.map {
                        LeafRule.Choice(
                            category: $0.category, points: $0.points.map { $0 * factor }, fraction: $0.fraction)
                    })
            case .points?:
                if let measure = measureOfNode[index], factor != 1 { valueFactors[measure] = factor }
            default:
                break
            }
            copy.children = node.children.map(rebuild)
            return copy
        }
        let roots = self.roots.map(rebuild)
        // Everything but the weights as it was: tiers read at the published precision, units below them unranked.
        let scheme = PointScheme(
            roots: roots, views: views, tiers: tiers, precision: precision, classPrecision: classPrecision,
            unrankedBelowTiers: unrankedBelowTiers, belowTiers: belowTiers)
        return (scheme, valueFactors)
    }
}
