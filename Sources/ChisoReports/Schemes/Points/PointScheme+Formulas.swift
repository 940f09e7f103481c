public import ChisoCore
package import ChisoFormats

extension PointScheme: SchemeFormulas {
    /// `score`, `index`, `tier`, `tier_en` and `next_tier_blockers` as `score --format csv` writes them, then one
    /// detail column per scored node, `points.ID`: a leaf's points by its rule (capped at 0 and its maximum; a
    /// missing value earns 0), an inner node's the sum of its scored children's, `?` when a cell cannot be read.
    /// Ranks compare units with each other and are not computed.
    package func formulaColumns(language: Language) -> [FormulaColumn] {
        let results = ["score", "index", "tier", "tier_en", "next_tier_blockers", "rank"]
        guard unknownWeights.isEmpty, let maximum else {
            return results.map { FormulaColumn.notCompiled($0, because: .unknownWeights) }
        }
        let scored = nodes.indices.filter { isCounted($0) }
        let unreadable = SpreadsheetCell.literal(FormulaWords.unreadable.text(in: language))
        let scheme = self
        var columns = [
            FormulaColumn("score", format: .decimal(places: 2)) { row in
                .formula(scheme.scoreFormula(row, unreadable: unreadable))
            },
            FormulaColumn("index", format: .decimal(places: precision)) { row in
                let score = row.cell("score") ?? "0"
                let index = maximum > 0 ? "\(score)/\(SpreadsheetCell.number(maximum))" : "0"
                return .formula("IF(ISNUMBER(\(score)),\(index),\(score))")
            },
        ]
        if let obstacle = tierObstacle {
            columns += ["tier", "tier_en", "next_tier_blockers"].map {
                FormulaColumn.notCompiled($0, because: obstacle)
            }
        } else {
            columns.append(FormulaColumn("tier") { row in .formula(scheme.tierFormula(row, language: .vi)) })
            columns.append(FormulaColumn("tier_en") { row in .formula(scheme.tierFormula(row, language: .en)) })
            columns.append(FormulaColumn("next_tier_blockers") { row in .formula(scheme.tierBlockersFormula(row)) })
        }
        columns.append(FormulaColumn.notCompiled("rank", because: .rank))
        for index in scored {
            columns.append(
                FormulaColumn("points.\(nodes[index].node.id)", format: .decimal(places: 2)) { row in
                    .formula(scheme.pointsFormula(index, row))
                })
        }
        return columns
    }

    /// Whether a node's points count: it is scored, and so is every node above it.
    private func isCounted(_ index: Int) -> Bool {
        var current: Int? = index
        while let node = current {
            guard nodes[node].node.isScored else { return false }
            current = nodes[node].parent
        }
        return true
    }

    /// Why tiers cannot be formulas, if they cannot: a floor on a node that earns no points.
    private var tierObstacle: FormulaWords.Reason? {
        let floorNodes = tiers.flatMap(\.floors).map(\.node)
        return floorNodes.allSatisfy({ nodeIndex($0).map(isCounted) ?? false }) ? nil : .unscoredFloor
    }

    private func pointsCell(_ index: Int, _ row: FormulaRow) -> String {
        row.cell("points.\(nodes[index].node.id)") ?? "0"
    }

    /// The total: the sum of the scored top-level nodes, or the unreadable text when a detail column holds `?`.
    private func scoreFormula(_ row: FormulaRow, unreadable: String) -> String {
        let roots = nodes.indices.filter { nodes[$0].parent == nil && isCounted($0) }
        let all = nodes.indices.filter { isCounted($0) }.map { pointsCell($0, row) }
        let sum = roots.isEmpty ? "0" : roots.map { pointsCell($0, row) }.joined(separator: "+")
        // chiso reads every leaf's column, those that earn no points among them: a cell it refuses there is
        // unreadable too.
        let uncounted = nodes.indices.compactMap { index -> String? in
            guard !isCounted(index), let slot = measureOfNode[index], let reference = row.cell(measures[slot].key)
            else { return nil }
            return "NOT(\(SpreadsheetCell(reference, measure: measures[slot]).isReadable))"
        }
        let checks = all.map { "\($0)=\"?\"" } + uncounted
        guard !checks.isEmpty else { return sum }
        return "IF(OR(" + checks.joined(separator: ",") + "),\(unreadable),\(sum))"
    }

    /// A node's points: a leaf's by its rule, an inner node's the sum of its counted children's.
    private func pointsFormula(_ index: Int, _ row: FormulaRow) -> String {
        let node = nodes[index].node
        guard let slot = measureOfNode[index], let rule = node.rule else {
            let children = nodes.indices.filter { nodes[$0].parent == index && isCounted($0) }.map {
                pointsCell($0, row)
            }
            guard !children.isEmpty else { return "0" }
            let unread = "OR(" + children.map { "\($0)=\"?\"" }.joined(separator: ",") + ")"
            return "IF(\(unread),\"?\",\(children.joined(separator: "+")))"
        }
        guard let reference = row.cell(measures[slot].key) else { return "0" }  // no column: always missing
        let cell = SpreadsheetCell(reference, measure: measures[slot])
        let maximum = SpreadsheetCell.number(node.maximum ?? 0)
        let raw = Self.rawPoints(rule, value: cell.value, maximum: maximum, maximumValue: node.maximum ?? 0)
        return "IF(\(cell.isMissing),0,IF(\(cell.isValue),MIN(MAX(\(raw),0),\(maximum)),\"?\"))"
    }

    /// A leaf rule's points before they are capped, for a value expression.
    private static func rawPoints(_ rule: LeafRule, value: String, maximum: String, maximumValue: Double) -> String {
        let number = SpreadsheetCell.number
        switch rule {
        case .points: return value
        case .ratio: return "\(value)*\(maximum)"
        case .proportional: return "\(value)/100*\(maximum)"
        case .yesNo: return "IF(\(value)>=1,\(maximum),0)"
        case .steps(let steps):
            return "MAX(0,"
                + steps.map { "IF(\(value)>=\(number($0.atLeast)),\(number($0.points)),0)" }
                .joined(separator: ",") + ")"
        case .linear(let floor, let target):
            let (low, high) = (number(floor), number(target))
            return
                "IF(\(value)<=\(low),0,IF(\(value)>=\(high),\(maximum),(\(value)-\(low))/(\(high)-\(low))*\(maximum)))"
        case .choice(let choices):
            guard !choices.isEmpty else { return "0" }
            let points = choices.map { number($0.points(maximum: maximumValue)) }
            return "CHOOSE(MIN(MAX(INT(\(value)),0),\(choices.count - 1))+1,\(points.joined(separator: ",")))"
        }
    }
}
