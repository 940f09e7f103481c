/// How a leaf of a point framework turns its input value into points.
public enum LeafRule: Hashable, Sendable {
    /// The value is the points themselves, 0 to the maximum.
    case points
    /// The value is a ratio 0…1 of the maximum (how DTI sub-indices are published).
    case ratio
    /// The value is a percentage 0…100; points are that share of the maximum.
    case proportional
    /// The points of the highest step whose threshold the value reaches, else 0 (≥90% → 2 points, ≥70% → 1).
    case steps([Step])
    /// Yes gives the maximum, no gives 0.
    case yesNo
    /// 0 at or below `floor`, the maximum at or above `target`, linear in between (distance to target).
    case linear(floor: Double, target: Double)
    /// A categorical answer with points per category ("Trưởng ban là Bí thư/Chủ tịch: điểm tối đa; là Phó: 1/2"),
    /// listed from the fewest points to the most, so that a higher value never earns fewer points.
    case choice([Choice])

    /// One answer of a choice rule, with its points or its share of the leaf's maximum.
    public struct Choice: Hashable, Sendable {
        /// The answer.
        public var category: MeasureCategory
        /// The points it earns, if given as points.
        public var points: Double?
        /// The share of the leaf's maximum it earns, if given as a share.
        public var fraction: Double?

        /// Creates an answer; give `points` or `fraction`.
        public init(category: MeasureCategory, points: Double? = nil, fraction: Double? = nil) {
            self.category = category
            self.points = points
            self.fraction = fraction
        }

        /// The points it earns under a leaf whose maximum is `maximum`.
        public func points(maximum: Double) -> Double {
            points ?? (fraction ?? 0) * maximum
        }
    }

    /// One step of a step rule.
    public struct Step: Hashable, Sendable {
        /// The smallest value that earns the step.
        public var atLeast: Double
        /// The points it earns.
        public var points: Double

        /// Creates a step.
        public init(atLeast: Double, points: Double) {
            self.atLeast = atLeast
            self.points = points
        }
    }

    /// The rule's name in framework files.
    public var name: String {
        switch self {
        case .points: "points"
        case .ratio: "ratio"
        case .proportional: "proportional"
        case .steps: "steps"
        case .yesNo: "yesNo"
        case .linear: "linear"
        case .choice: "choice"
        }
    }

    /// Points for `value` under this rule, for a leaf whose maximum is `maximum`; never below 0 or above the maximum.
    public func points(for value: Double, maximum: Double) -> Double {
        let raw: Double
        switch self {
        case .points: raw = value
        case .ratio: raw = value * maximum
        case .proportional: raw = value / 100 * maximum
        case .steps(let steps): raw = steps.filter { value >= $0.atLeast }.map(\.points).max() ?? 0
        case .yesNo: raw = value >= 1 ? maximum : 0
        case .linear(let floor, let target):
            raw = value <= floor ? 0 : value >= target ? maximum : (value - floor) / (target - floor) * maximum
        case .choice(let choices):
            guard !choices.isEmpty, value.isFinite else { return 0 }
            let index = min(max(Int(value.rounded(.down)), 0), choices.count - 1)
            raw = choices[index].points(maximum: maximum)
        }
        return min(max(raw, 0), maximum)
    }
}

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
        theme: String? = nil
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
