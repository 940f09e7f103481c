import ChisoCore
import ChisoFormats

extension PointScheme {
    /// The tier's name in `language` (the CSV's `tier` in Vietnamese, `tier_en` in English); empty for a
    /// framework without tiers, and the unreadable text while the score shows it.
    func tierFormula(_ row: FormulaRow, language: Language) -> String {
        let score = row.cell("score") ?? "0"
        guard !tiers.isEmpty else { return "IF(ISNUMBER(\(score)),\"\",\(score))" }
        let names = (0...tiers.count).map { SpreadsheetCell.literal(className($0).text(in: language)) }
        return "IF(ISNUMBER(\(score)),CHOOSE(\(ordinalFormula(row))+1,\(names.joined(separator: ","))),\(score))"
    }

    /// The conditions of the next tier that the unit fails, `;`-joined as the CSV's `next_tier_blockers`: `total`
    /// when the minimum is not reached, then the nodes whose floors are not, in tree order.
    func tierBlockersFormula(_ row: FormulaRow) -> String {
        let score = row.cell("score") ?? "0"
        guard !tiers.isEmpty else { return "IF(ISNUMBER(\(score)),\"\",\(score))" }
        let failed = tiers.map { tier -> String in
            var terms = ["IF(\(meetsMinimumFormula(tier, row)),\"\",\"total \")"]
            let floors = tier.floors.compactMap { floor in nodeIndex(floor.node).map { ($0, floor) } }
            for (index, floor) in floors.sorted(by: { $0.0 < $1.0 }) {
                terms.append(
                    "IF(\(meetsFloorFormula(floor, row)),\"\",\(SpreadsheetCell.literal(nodes[index].node.id + " ")))")
            }
            return "SUBSTITUTE(TRIM(\(terms.joined(separator: "&"))),\" \",\";\")"
        }
        return "IF(ISNUMBER(\(score)),CHOOSE(\(ordinalFormula(row))+1,\(failed.joined(separator: ",")),\"\"),\(score))"
    }

    /// The tier reached as a number: the highest whose minimum and floors are met, 0 for none.
    private func ordinalFormula(_ row: FormulaRow) -> String {
        var expression = "0"
        for (position, tier) in tiers.enumerated() {
            let conditions = [meetsMinimumFormula(tier, row)] + tier.floors.map { meetsFloorFormula($0, row) }
            let meets = conditions.count == 1 ? conditions[0] : "AND(" + conditions.joined(separator: ",") + ")"
            expression = "IF(\(meets),\(position + 1),\(expression))"
        }
        return expression
    }

    /// TRUE when the tier's minimum is met, as `meetsMinimum` decides it: the figure rounded to the class precision
    /// where declared, within a tolerance of 10⁻⁹ of the minimum.
    private func meetsMinimumFormula(_ tier: Tier, _ row: FormulaRow) -> String {
        var figure = row.cell(tier.basis == .points ? "score" : "index") ?? "0"
        if let places = classPrecision { figure = "ROUND(\(figure),\(places))" }
        let tolerance = 1e-9 * max(1, abs(tier.minimum))
        return tier.inclusive
            ? "\(figure)>=\(SpreadsheetCell.number(tier.minimum - tolerance))"
            : "\(figure)>\(SpreadsheetCell.number(tier.minimum + tolerance))"
    }

    /// TRUE when a node's points reach a floor's share of its maximum, within 10⁻⁹.
    private func meetsFloorFormula(_ floor: Tier.Floor, _ row: FormulaRow) -> String {
        guard let index = nodeIndex(floor.node) else { return "FALSE" }
        let required = floor.fraction * (Self.effectiveMaximum(nodes[index].node) ?? 0)
        let points = row.cell("points.\(nodes[index].node.id)") ?? "0"
        return "\(points)>=\(SpreadsheetCell.number(required - 1e-9 * max(1, required)))"
    }
}
