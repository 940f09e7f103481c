/// One thing a scheme checks a unit on: a criterion of a level scheme, or a point scheme's total or one of its nodes.
///
/// Results and explanations refer to conditions by their index in ``ScoringScheme/conditions``; the ID is for
/// people and files, and two conditions may even share one (a node called `total` beside the total).
public struct Condition: Hashable, Sendable {
    /// What a condition is, beyond its ID and name.
    public struct Tags: OptionSet, Hashable, Sendable {
        /// The raw bits.
        public var rawValue: UInt8

        /// Creates tags from raw bits.
        public init(rawValue: UInt8) {
            self.rawValue = rawValue
        }

        /// The condition reads an input column (a criterion's value, a leaf's value).
        public static let input = Tags(rawValue: 1 << 0)
        /// The condition is computed from subordinate units (district `CHUNG.01`).
        public static let rollUp = Tags(rawValue: 1 << 1)
        /// The condition adds up others (a point scheme's total, an inner node).
        public static let aggregate = Tags(rawValue: 1 << 2)
        /// The condition is collected and shown but never scored.
        public static let informationOnly = Tags(rawValue: 1 << 3)
        /// The condition is the scheme's overall figure (a point scheme's total).
        public static let total = Tags(rawValue: 1 << 4)
        /// The condition is one of several of which a class needs only a share (an extended criterion): a class
        /// can be reached with it unmet.
        public static let extended = Tags(rawValue: 1 << 5)
    }

    /// The condition's ID as files and people know it (`CQS.01`, a node ID, `total`).
    public var id: String
    /// The condition's name.
    public var name: LocalizedText
    /// The ID of the group it belongs to (`CQS`), if the scheme groups its conditions.
    public var group: String?
    /// The index of the condition it belongs to in ``ScoringScheme/conditions`` (a node's parent), if any.
    public var parent: Int?
    /// How deep the condition lies in the scheme's tree: 0 at the top.
    public var depth: Int
    /// What the condition is.
    public var tags: Tags
    /// The indices in ``ScoringScheme/measures`` of the columns the condition reads: the main measure first.
    public var measures: [Int]
    /// The ID of its theme in the shared vocabulary (``Theme/vocabulary``), if the framework gives one.
    public var theme: String?
    /// Named parts the source lists under the condition without points or inputs of their own (a DTI 2020
    /// pillar's seven main indices): the condition is scored whole, whatever its parts are about.
    public var parts: [LocalizedText]

    /// Creates a condition.
    public init(
        id: String,
        name: LocalizedText,
        group: String? = nil,
        parent: Int? = nil,
        depth: Int = 0,
        tags: Tags = [],
        measures: [Int] = [],
        theme: String? = nil,
        parts: [LocalizedText] = []
    ) {
        self.id = id
        self.name = name
        self.group = group
        self.parent = parent
        self.depth = depth
        self.tags = tags
        self.measures = measures
        self.theme = theme
        self.parts = parts
    }
}
