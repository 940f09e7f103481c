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
