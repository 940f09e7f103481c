public import ChisoCore
package import ChisoFormats

extension LevelScheme: SchemeFormulas {
    /// `level` and `next_level_blockers` as `score --format csv` writes them, then one detail column per criterion,
    /// `blocks.ID`: the levels (digits) at which the criterion is not met or its value is missing, `?` when one of
    /// its cells cannot be read. The level is read from the detail columns by the framework's level rule.
    package func formulaColumns(language: Language) -> [FormulaColumn] {
        if let reason = formulaObstacle {
            return ["level", "next_level_blockers"].map { FormulaColumn.notCompiled($0, because: reason) }
        }
        let detail = criteria.map { "blocks." + $0.id }
        let unreadable = SpreadsheetCell.literal(FormulaWords.unreadable.text(in: language))
        let scheme = self
        var columns = [
            FormulaColumn("level") { row in .formula(scheme.levelFormula(row, detail: detail, unreadable: unreadable))
            },
            FormulaColumn("next_level_blockers") { row in .formula(scheme.blockersFormula(row, detail: detail)) },
        ]
        for index in criteria.indices {
            columns.append(FormulaColumn(detail[index]) { row in .formula(scheme.blocksFormula(index, row)) })
        }
        return columns
    }

    /// Why the level cannot be a formula, if it cannot.
    private var formulaObstacle: FormulaWords.Reason? {
        if rollsUpChildren { return .subordinates }
        if criteria.contains(where: \.isExtended) { return .extendedCriteria }
        if levels.count > 9 { return .manyLevels }
        if criteria.contains(where: { $0.id.contains(" ") }) { return .spacedID }
        return nil
    }

    /// The level: `?` in a detail column shows the unreadable text; else the level rule on the blocked levels.
    private func levelFormula(_ row: FormulaRow, detail: [String], unreadable: String) -> String {
        let range = detail.first.flatMap { first in detail.last.flatMap { row.range(from: first, to: $0) } }
        func blocked(_ level: Int) -> String {
            range.map { "SUMPRODUCT(--ISNUMBER(FIND(\"\(level)\",\($0))))>0" } ?? "FALSE"
        }
        var expression: String
        switch rule {
        case .perLevel:
            // The highest level that nothing blocks.
            expression = "0"
            for level in levels.indices.map({ $0 + 1 }) { expression = "IF(\(blocked(level)),\(expression),\(level))" }
        case .cumulative:
            // One below the first level that something blocks.
            expression = String(levels.count)
            for level in levels.indices.map({ $0 + 1 }).reversed() {
                expression = "IF(\(blocked(level)),\(level - 1),\(expression))"
            }
        }
        guard let range else { return expression }
        return "IF(SUMPRODUCT(--(\(range)=\"?\"))>0,\(unreadable),\(expression))"
    }

    /// The criteria blocked at the level above the one reached, `;`-joined; empty at the top level.
    private func blockersFormula(_ row: FormulaRow, detail: [String]) -> String {
        guard let level = row.cell("level"), !detail.isEmpty else { return "\"\"" }
        let terms = criteria.indices.compactMap { index in
            row.cell(detail[index]).map {
                "IF(ISNUMBER(FIND(\(level)+1,\($0))),\(SpreadsheetCell.literal(criteria[index].id + " ")),\"\")"
            }
        }
        return "IF(ISNUMBER(\(level)),SUBSTITUTE(TRIM(\(terms.joined(separator: "&"))),\" \",\";\"),\(level))"
    }

    /// One criterion's blocked levels as digits, or `?` when one of its cells cannot be read.
    private func blocksFormula(_ criterion: Int, _ row: FormulaRow) -> String {
        let cells = conditions[criterion].measures.compactMap { measure in
            row.cell(measures[measure].key).map { SpreadsheetCell($0, measure: measures[measure]) }
        }
        var parts: [String] = []
        for level in levels.indices.map({ $0 + 1 }) {
            guard let passes = passes(requirement(of: criterion, forClass: level), row) else { continue }
            parts.append("IF(\(passes),\"\",\"\(level)\")")
        }
        let digits = parts.isEmpty ? "\"\"" : parts.joined(separator: "&")
        guard !cells.isEmpty else { return digits }
        let readable = cells.map(\.isReadable)
        return "IF(\(readable.count == 1 ? readable[0] : "AND(" + readable.joined(separator: ",") + ")"),"
            + "\(digits),\"?\")"
    }

    /// TRUE when a requirement is met or does not apply to the unit; `nil` when the level asks nothing.
    private func passes(_ requirement: ClassRequirement, _ row: FormulaRow) -> String? {
        switch requirement {
        case .notApplicable, .points, .index, .subordinates:
            return nil
        case .value(let measure, let least):
            guard measures.indices.contains(measure), let reference = row.cell(measures[measure].key) else {
                return "FALSE"  // a column the sheet does not have: always missing
            }
            let cell = SpreadsheetCell(reference, measure: measures[measure])
            return measures[measure].isConditional
                ? "OR(\(cell.isNotApplicable),\(cell.isAtLeast(least)))" : cell.isAtLeast(least)
        case .anyOf(let options):
            let alternatives = options.map { passes($0, row) ?? "TRUE" }
            return alternatives.isEmpty ? "FALSE" : "OR(" + alternatives.joined(separator: ",") + ")"
        }
    }
}
