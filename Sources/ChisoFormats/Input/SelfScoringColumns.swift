/// The result columns a workbook that scores itself carries after its data (`chiso template --formulas`): `level`,
/// `next_level_blockers`, `score`, `index`, `tier`, `tier_en`, `next_tier_blockers`, `rank`, and the detail columns
/// `blocks.ID`, `applies.ID`, `points.ID`.
///
/// When such a workbook is scored, these columns are left out with one notice — chiso computes the results from the
/// data itself — but only beside criterion columns: a file of results alone is chiso's output, which the reader
/// refuses as data with its own message.
package enum SelfScoringColumns {
    /// The result columns' names.
    package static let names: Set<String> = [
        "level", "next_level_blockers", "score", "index", "tier", "tier_en", "next_tier_blockers", "rank",
    ]
    /// The prefixes of the detail columns, one per criterion or node.
    package static let prefixes = ["blocks.", "applies.", "points."]

    /// Whether `name` (compared regardless of case) is a result column of a workbook that scores itself.
    package static func contains(_ name: String) -> Bool {
        let lowered = name.lowercased()
        return names.contains(lowered) || prefixes.contains { lowered.hasPrefix($0) && lowered.count > $0.count }
    }

    /// The result columns of `header`, when it also has a column of one of `measures` (compared regardless of
    /// case) and the blockers column every such workbook has; none otherwise.
    static func found(in header: [String], measures: Set<String>) -> [String] {
        let names = header.map(TextNormalization.key)
        guard names.contains(where: { measures.contains($0.lowercased()) }) else { return [] }
        let found = names.filter { contains($0) && !measures.contains($0.lowercased()) }
        // A workbook's formulas always give the blockers: a lone `level` or `score` beside data is the user's own.
        let signs = ["next_level_blockers", "next_tier_blockers"]
        guard found.contains(where: { signs.contains($0.lowercased()) }) else { return [] }
        return found
    }
}
