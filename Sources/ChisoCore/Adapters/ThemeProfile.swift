/// How a framework spreads itself over the shared themes: for a scheme of points, the points of its scored leaves
/// by theme; for a level scheme, how many of its criteria each level asks for, by theme. A condition without a
/// theme takes its nearest ancestor's; one with none at all counts under "no theme" (`nil`).
public struct ThemeProfile: Hashable, Sendable {
    /// One theme's share of the framework.
    public struct Entry: Hashable, Sendable {
        /// The theme's ID, `nil` for conditions without a theme.
        public var theme: String?
        /// The leaves (criteria, scored leaf nodes) of the theme.
        public var criteria: Int
        /// For each class from the lowest, the leaves it asks something of.
        public var perClass: [Int]
        /// The points of its leaves, for a scheme of points; `nil` when the scheme has none or some are unknown.
        public var points: Double?
    }

    /// The entries, in the vocabulary's order, then "no theme"; themes the framework does not use are left out.
    public var entries: [Entry]
    /// Whether the framework spreads points (else criteria per class).
    public var hasPoints: Bool
    /// The leaves in all, and the points in all (`nil` when not known).
    public var criteria: Int
    /// The points of all leaves.
    public var points: Double?
    /// For each class, the leaves it asks something of.
    public var perClass: [Int]
    /// The scored leaves, by index in ``ScoringScheme/conditions``, that hold named parts the source does not score
    /// apart (``Condition/parts``: a DTI 2020 pillar holds all seven main indices). Each counts whole under its one
    /// theme, so for them the profile shows the leaves' weights, not how the framework spreads over the themes.
    public var leavesWithParts: [Int]

    /// The profile of a scheme.
    public init(_ scheme: any ScoringScheme) {
        let conditions = scheme.conditions
        var hasChildren = Set<Int>()
        for condition in conditions { if let parent = condition.parent { hasChildren.insert(parent) } }
        let classCount = scheme.classes.count
        let leaves = conditions.indices.filter { index in
            let tags = conditions[index].tags
            return !hasChildren.contains(index) && !tags.contains(.total) && !tags.contains(.informationOnly)
        }
        let pointsKnown = leaves.allSatisfy { scheme.points(ofCondition: $0) != nil }
        let hasPoints = leaves.contains { scheme.points(ofCondition: $0) != nil } || !scheme.unknownWeights.isEmpty
        self.hasPoints = hasPoints
        func theme(of index: Int) -> String? {
            var current: Int? = index
            while let at = current {
                if let theme = conditions[at].theme { return theme }
                current = conditions[at].parent
            }
            return nil
        }
        var byTheme: [String?: Entry] = [:]
        for leaf in leaves {
            let key = theme(of: leaf)
            var entry =
                byTheme[key]
                ?? Entry(
                    theme: key, criteria: 0, perClass: Array(repeating: 0, count: classCount),
                    points: pointsKnown && hasPoints ? 0 : nil)
            entry.criteria += 1
            for ordinal in stride(from: 1, through: classCount, by: 1)
            where scheme.requirement(of: leaf, forClass: ordinal).applies {
                entry.perClass[ordinal - 1] += 1
            }
            if let points = entry.points, let more = scheme.points(ofCondition: leaf) { entry.points = points + more }
            byTheme[key] = entry
        }
        let entries = Theme.vocabulary.compactMap { byTheme[$0.id] } + (byTheme[nil].map { [$0] } ?? [])
        self.entries = entries
        criteria = leaves.count
        points = pointsKnown && hasPoints ? entries.reduce(0) { $0 + ($1.points ?? 0) } : nil
        perClass = (0..<classCount).map { ordinal in entries.reduce(0) { $0 + $1.perClass[ordinal] } }
        leavesWithParts = leaves.filter { !conditions[$0].parts.isEmpty }
    }

    /// The entry of a theme, if the framework uses it.
    public func entry(_ theme: String?) -> Entry? { entries.first { $0.theme == theme } }
}
