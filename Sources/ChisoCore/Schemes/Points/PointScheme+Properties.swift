extension PointScheme: PropertyDescribing {
    /// A node's maximum, how it earns its points, the kind of value a leaf reads, whether it is shown for
    /// information only, and its note; nothing for the total (condition 0).
    public func properties(ofCondition condition: Int) -> [SchemeProperty]? {
        let node = condition - 1
        guard nodes.indices.contains(node) else { return nil }
        let entry = nodes[node].node
        let scoring: SchemeProperty.Scoring
        if entry.isInformationOnly {
            scoring = .informationOnly
        } else if !entry.isScored {
            scoring = .notScored
        } else {
            scoring = entry.children.isEmpty ? .leaf(entry.rule) : .sumOfChildren
        }
        return [
            .maximum(entry.isInformationOnly ? nil : Self.effectiveMaximum(entry), counted: !entry.isInformationOnly),
            .rule(scoring),
            .measure(entry.children.isEmpty ? (entry.kind ?? Self.defaultKind(for: entry.rule)) : nil),
            .informationOnly(entry.isInformationOnly), .note(entry.note ?? ""),
        ]
    }

    /// The precision of the index, the decimals tiers are read at, and whether units below the tiers are ranked.
    public var settings: [SchemeProperty] {
        [.precision(precision), .classPrecision(classPrecision), .unrankedBelowTiers(unrankedBelowTiers)]
    }
}
