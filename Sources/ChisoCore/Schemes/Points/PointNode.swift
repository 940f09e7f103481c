/// A node of a point framework: a group, main index, component or criterion. A leaf reads one input value and has a
/// rule; an inner node's points are the sum of its children's.
public struct PointNode: Hashable, Sendable {
    /// The node's ID, unique in the framework; a leaf's ID is its column name in assessment files.
    public var id: String
    /// The node's name.
    public var name: LocalizedText
    /// The maximum points; `nil` when the sources do not give it (the framework then cannot be scored).
    public var maximum: Double?
    /// The rule of a leaf; `nil` for an inner node.
    public var rule: LeafRule?
    /// How a leaf's input value is read.
    public var kind: MeasureKind?
    /// The children of an inner node.
    public var children: [PointNode]
    /// Whether the node is collected and shown but never scored ("không dùng để đánh giá").
    public var isInformationOnly: Bool
    /// Named parts the source lists under this node without points or inputs (structure only).
    public var structure: [LocalizedText]
    /// A note on this node: its source, or what the sources leave unknown.
    public var note: String?
    /// The ID of its theme in the shared vocabulary (``Theme/vocabulary``), if the framework gives one.
    public var theme: String?
    /// How the source works out its points (`Cách xác định và tính điểm`), as the decision words it, lines kept.
    public var method: String?
    /// The evidence the source asks for (`Tài liệu kiểm chứng`).
    public var evidence: String?
    /// Where the data comes from (`Nguồn thu thập dữ liệu`).
    public var dataSource: String?
    /// The body that helps verify the data (`Đơn vị phối hợp xác minh`).
    public var verifiedBy: String?

    /// Creates a node.
    public init(
        id: String,
        name: LocalizedText,
        maximum: Double?,
        rule: LeafRule? = nil,
        kind: MeasureKind? = nil,
        children: [PointNode] = [],
        isInformationOnly: Bool = false,
        structure: [LocalizedText] = [],
        note: String? = nil,
        theme: String? = nil,
        method: String? = nil,
        evidence: String? = nil,
        dataSource: String? = nil,
        verifiedBy: String? = nil
    ) {
        self.id = id
        self.name = name
        self.maximum = maximum
        self.rule = rule
        self.kind = kind
        self.children = children
        self.isInformationOnly = isInformationOnly
        self.structure = structure
        self.note = note
        self.theme = theme
        self.method = method
        self.evidence = evidence
        self.dataSource = dataSource
        self.verifiedBy = verifiedBy
    }

    /// Whether the node reads an input value.
    public var isLeaf: Bool { children.isEmpty && rule != nil }

    /// Whether the node's points count: not information only and a maximum above 0.
    public var isScored: Bool { !isInformationOnly && (maximum ?? 1) > 0 }
}

/// A named set of nodes whose index is the sum of their points over the sum of their maxima (a DTI pillar).
public struct PointView: Hashable, Sendable {
    /// The view's ID.
    public var id: String
    /// The view's name.
    public var name: LocalizedText
    /// The IDs of the nodes it adds up.
    public var nodes: [String]

    /// Creates a view.
    public init(id: String, name: LocalizedText, nodes: [String]) {
        self.id = id
        self.name = name
        self.nodes = nodes
    }
}

/// A class of a point framework (Mức I, Nhóm 1): a minimum on the total and optional floors on nodes.
public struct Tier: Hashable, Sendable {
    /// What the minimum applies to.
    public enum Basis: String, Hashable, Sendable {
        /// The total points.
        case points
        /// The index: total over maximum, 0…1.
        case index
    }

    /// A minimum share of one node's maximum.
    public struct Floor: Hashable, Sendable {
        /// The node's ID.
        public var node: String
        /// The share of the node's maximum it must reach, 0…1.
        public var fraction: Double

        /// Creates a floor.
        public init(node: String, fraction: Double) {
            self.node = node
            self.fraction = fraction
        }
    }

    /// The tier's name.
    public var name: LocalizedText
    /// The minimum on the total.
    public var minimum: Double
    /// Whether the minimum itself qualifies (`≥`) or must be exceeded (`>`).
    public var inclusive: Bool
    /// What the minimum applies to.
    public var basis: Basis
    /// Floors on nodes.
    public var floors: [Floor]

    /// Creates a tier.
    public init(
        name: LocalizedText, minimum: Double, inclusive: Bool = true, basis: Basis = .points, floors: [Floor] = []
    ) {
        self.name = name
        self.minimum = minimum
        self.inclusive = inclusive
        self.basis = basis
        self.floors = floors
    }
}
