public import ChisoCore
import ChisoFormats

extension PointScheme {
    /// The columns of `explain --format csv` for a point framework.
    static let explanationColumns = [
        "unit_id", "node", "parent", "depth", "value", "points", "max_points", "share", "tier", "tier_en", "required",
        "status", "blocks_next",
    ]

    /// The rows of `explain --format csv` for a point framework: one per node and tier where some tier asks
    /// something of the node (the total's thresholds, a node's floors), else one per node with the tier's columns
    /// empty. A row gives the node's parent and depth, its value as the English table writes it, its points, maximum
    /// and share (empty where the input is missing and it earns nothing, or the node is information only), what the
    /// tier asks and the unit's status against it, and `yes` where the node keeps the unit from the next tier.
    package func explanationRows(_ explanation: Explanation, value: (Explanation.Row) -> String) -> ExplanationRows {
        var rows: [[String]] = []
        for row in explanation.rows {
            let condition = conditions[row.condition]
            let node =
                [explanation.unit.id, row.id, condition.parent.map { conditions[$0].id } ?? "", String(row.depth)]
                + [value(row)] + figures(row.value)
            guard row.cells.contains(where: { $0.requirement.applies }) else {
                rows.append(node + ["", "", "", "", row.isBinding ? "yes" : "no"])
                continue
            }
            for (offset, cell) in row.cells.enumerated() {
                let name = className(offset + 1)
                rows.append(
                    node + [
                        name.vi, name.en, ExplanationRows.required(cell, wording: self), ExplanationRows.status(cell),
                        ExplanationRows.blocksNext(row, ordinal: offset + 1, in: explanation),
                    ])
            }
        }
        return ExplanationRows(header: Self.explanationColumns, rows: rows)
    }

    /// A node's points, maximum and share (points over maximum, at the framework's precision) as CSV writes numbers.
    private func figures(_ value: Explanation.Value) -> [String] {
        let points = { (value: Double) in Numerals.plain.points(value) }
        let share = { (value: Double) in NumberText.fixed(value, decimals: self.precision) }
        switch value {
        case .points(let earned, let maximum):
            let index = maximum.flatMap { $0 > 0 ? earned / $0 : nil }
            return [points(earned), maximum.map(points) ?? "", index.map(share) ?? ""]
        case .total(let earned, let maximum, let index):
            return [points(earned), points(maximum), share(index)]
        case .missingPoints(let maximum):
            return ["", maximum.map(points) ?? "", ""]
        case .measures, .subordinates, .informationOnly:
            return ["", "", ""]
        }
    }
}
