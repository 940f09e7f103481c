/// A point scheme: units earn points in a tree of nodes (Decision 3043/QĐ-UBND, the provincial DTI, a province's
/// own index), are placed in the first tier whose conditions they meet, and are ranked among the units scored
/// together.
public struct PointScheme: Hashable, Sendable {
    /// The top-level nodes.
    public let roots: [PointNode]
    /// Views reported beside the nodes.
    public let views: [PointView]
    /// The tiers, lowest first, as every class list of the core (files list them best first, as the sources do:
    /// the decoder converts).
    public let tiers: [Tier]
    /// Decimal places of the published index; values are compared at this precision when ranking.
    public let precision: Int
    /// Decimal places at which the sources publish the figure a tier is read on (the index for tiers on the index,
    /// the total for tiers on points), when the framework declares it: the figure is rounded half away from zero to
    /// this precision before a tier's minimum is compared, so that a unit printed at 0.3250 is in the band the
    /// sources give 0.3250. `nil`: the unrounded figure is compared (a total is never rounded to fit a tier).
    public let classPrecision: Int?
    /// Whether units below the lowest tier are left unranked, as Decision 3043/QĐ-UBND says ("Những đơn vị có tổng
    /// số điểm dưới 70 điểm … không xếp hạng"): they get no rank on any figure, and the others are ranked among
    /// themselves.
    public let unrankedBelowTiers: Bool
    /// The name of the class below the lowest tier (and of every standing when there are no tiers), as the sources
    /// call it: "Không xếp hạng" (Unranked) unless the framework names it.
    public let belowTiers: LocalizedText
    /// Every node, depth first, each with its depth (0 for top level) and the index of its parent.
    public let nodes: [(node: PointNode, depth: Int, parent: Int?)]
    /// The input columns: one per leaf, in tree order.
    public let measures: [Measure]
    /// For each entry of ``nodes``, the index of its measure, if it is a leaf.
    package let measureOfNode: [Int?]
    /// The total maximum of the scored top-level nodes; `nil` when any scored maximum is unknown.
    public let maximum: Double?
    /// For each entry of ``nodes``, its effective maximum (0 when unknown).
    let nodeMaxima: [Double]
    /// For each view, the indices in ``nodes`` of its scored nodes.
    let viewNodes: [[Int]]
    /// The index in ``nodes`` of each node ID.
    let indexOfNode: [String: Int]
    /// The total, then every node in the order of ``nodes``: node *i* is condition *i* + 1.
    public let conditions: [Condition]

    /// Creates a scheme.
    ///
    /// - Parameters:
    ///   - roots: The top-level nodes.
    ///   - views: Views reported beside the nodes.
    ///   - tiers: The tiers, lowest first.
    ///   - precision: Decimal places of the published index.
    ///   - classPrecision: Decimal places at which the figure a tier is read on is published, if the framework
    ///     declares them; `nil` compares the unrounded figure.
    ///   - unrankedBelowTiers: Whether units below the lowest tier are left unranked.
    ///   - belowTiers: The name of the class below the lowest tier.
    public init(
        roots: [PointNode], views: [PointView] = [], tiers: [Tier] = [], precision: Int = 2,
        classPrecision: Int? = nil, unrankedBelowTiers: Bool = false,
        belowTiers: LocalizedText = PointScheme.unrankedName
    ) {
        self.roots = roots
        self.views = views
        self.tiers = tiers
        self.precision = precision
        self.classPrecision = classPrecision
        self.unrankedBelowTiers = unrankedBelowTiers
        self.belowTiers = belowTiers
        var nodes: [(node: PointNode, depth: Int, parent: Int?)] = []
        var measures: [Measure] = []
        var measureOfNode: [Int?] = []
        func visit(_ node: PointNode, depth: Int, parent: Int?) {
            let index = nodes.count
            nodes.append((node, depth, parent))
            if node.isLeaf {
                measureOfNode.append(measures.count)
                let kind = node.kind ?? Self.defaultKind(for: node.rule)
                var measure = Measure(criterionID: node.id, kind: kind, maximum: kind == .points ? node.maximum : nil)
                if case .choice(let choices) = node.rule {
                    measure.categories = choices.map(\.category)
                    measure.maximum = Double(max(choices.count - 1, 0))
                }
                measures.append(measure)
            } else {
                measureOfNode.append(nil)
            }
            for child in node.children { visit(child, depth: depth + 1, parent: index) }
        }
        for root in roots { visit(root, depth: 0, parent: nil) }
        self.nodes = nodes
        self.measures = measures
        self.measureOfNode = measureOfNode
        var total = 0.0
        var known = true
        for root in roots where root.isScored {
            if let maximum = Self.effectiveMaximum(root) { total += maximum } else { known = false }
        }
        self.maximum = known ? total : nil
        self.nodeMaxima = nodes.map { Self.effectiveMaximum($0.node) ?? 0 }
        var indexOfNode: [String: Int] = [:]
        for (index, entry) in nodes.enumerated() where indexOfNode[entry.node.id] == nil {
            indexOfNode[entry.node.id] = index
        }
        self.indexOfNode = indexOfNode
        self.viewNodes = views.map { view in
            view.nodes.compactMap { indexOfNode[$0] }.filter { nodes[$0].node.isScored }
        }
        self.conditions = Self.conditions(nodes: nodes, measureOfNode: measureOfNode)
    }

    private static func conditions(nodes: [(node: PointNode, depth: Int, parent: Int?)], measureOfNode: [Int?])
        -> [Condition]
    {
        var conditions = [
            Condition(id: "total", name: LocalizedText(vi: "Tổng điểm", en: "Total"), tags: [.total, .aggregate])
        ]
        for (index, entry) in nodes.enumerated() {
            var tags: Condition.Tags = []
            if measureOfNode[index] != nil { tags.insert(.input) }
            if !entry.node.children.isEmpty { tags.insert(.aggregate) }
            if !entry.node.isScored { tags.insert(.informationOnly) }
            conditions.append(
                Condition(
                    id: entry.node.id,
                    name: entry.node.name,
                    parent: entry.parent.map { $0 + 1 },
                    depth: entry.depth,
                    tags: tags,
                    measures: measureOfNode[index].map { [$0] } ?? [],
                    theme: entry.node.theme,
                    parts: entry.node.structure
                )
            )
        }
        return conditions
    }

    /// The measure a rule reads when the framework names none.
    public static func defaultKind(for rule: LeafRule?) -> MeasureKind {
        switch rule {
        case .points: .points
        case .ratio: .ratio
        case .yesNo: .yesNo
        case .choice: .choice
        case .proportional, .steps, .linear, nil: .percent
        }
    }

    /// A node's maximum: as stated, or the sum of its scored children's; `nil` when unknown.
    public static func effectiveMaximum(_ node: PointNode) -> Double? {
        if let maximum = node.maximum { return maximum }
        guard !node.children.isEmpty else { return nil }
        var sum = 0.0
        for child in node.children where child.isScored {
            guard let maximum = effectiveMaximum(child) else { return nil }
            sum += maximum
        }
        return sum
    }

    /// The conditions of scored nodes whose maximum the sources leave unknown; scoring is refused while any remain.
    public var unknownWeights: [Int] {
        // An inner node's maximum is the sum of its children's, so only a scored leaf can leave one unknown.
        nodes.indices.filter {
            nodes[$0].node.isScored && nodes[$0].node.children.isEmpty && nodes[$0].node.maximum == nil
        }.map { $0 + 1 }
    }

    /// The index of a node in ``nodes`` by ID.
    public func nodeIndex(_ id: String) -> Int? {
        indexOfNode[id]
    }

    /// The names of the tiers from the lowest to the highest, as ``ScoringScheme/classes`` orders them.
    public var classes: [LocalizedText] { tiers.map(\.name) }

    /// The name of the class below the lowest tier when the framework names none: "Không xếp hạng" (Unranked).
    public static let unrankedName = LocalizedText(vi: "Không xếp hạng", en: "Unranked")

    /// The name of a standing: a tier's name, or ``belowTiers`` for ordinal 0.
    public func className(_ ordinal: Int) -> LocalizedText {
        guard ordinal >= 1, ordinal <= tiers.count else { return belowTiers }
        return tiers[ordinal - 1].name
    }

    /// Whether two schemes have the same nodes, views, tiers, precisions, ranking rule and class below the tiers.
    public static func == (lhs: PointScheme, rhs: PointScheme) -> Bool {
        lhs.roots == rhs.roots && lhs.views == rhs.views && lhs.tiers == rhs.tiers && lhs.precision == rhs.precision
            && lhs.classPrecision == rhs.classPrecision && lhs.unrankedBelowTiers == rhs.unrankedBelowTiers
            && lhs.belowTiers == rhs.belowTiers
    }

    /// Hashes the nodes, views, tiers, precisions, ranking rule and class below the tiers.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(roots)
        hasher.combine(views)
        hasher.combine(tiers)
        hasher.combine(precision)
        hasher.combine(classPrecision)
        hasher.combine(unrankedBelowTiers)
        hasher.combine(belowTiers)
    }
}
