public import ChisoCore
package import ChisoFormats

extension LevelScheme: SchemeFormulas {
    /// `level` and `next_level_blockers` as `score --format csv` writes them, then one detail column per criterion,
    /// `blocks.ID`: the levels (digits) at which the criterion is not met or its value is missing, `?` when one of
    /// its cells cannot be read — the mandatory criteria first, then the extended ones — and, for each extended
    /// criterion, `applies.ID`: the levels at which it applies to the unit. The level is read from the detail
    /// columns by the framework's level rule.
    package func formulaColumns(language: Language) -> [FormulaColumn] {
        if let reason = formulaObstacle {
            return ["level", "next_level_blockers"].map { FormulaColumn.notCompiled($0, because: reason) }
        }
        let layout = FormulaLayout(scheme: self)
        let unreadable = SpreadsheetCell.literal(FormulaWords.unreadable.text(in: language))
        let scheme = self
        var columns = [
            FormulaColumn("level") { row in .formula(scheme.levelFormula(row, layout, unreadable: unreadable)) },
            FormulaColumn("next_level_blockers") { row in .formula(scheme.blockersFormula(row, layout)) },
        ]
        for index in layout.mandatory + layout.extended {
            columns.append(FormulaColumn(layout.blocks[index]) { row in .formula(scheme.blocksFormula(index, row)) })
        }
        for index in layout.extended {
            columns.append(FormulaColumn(layout.applies[index]) { row in .formula(scheme.appliesFormula(index, row)) })
        }
        return columns
    }

    /// Where the detail columns stand: mandatory criteria, then extended ones.
    struct FormulaLayout: Sendable {
        var blocks: [String]
        var applies: [String]
        var mandatory: [Int]
        var extended: [Int]

        init(scheme: LevelScheme) {
            blocks = scheme.criteria.map { "blocks." + $0.id }
            applies = scheme.criteria.map { "applies." + $0.id }
            mandatory = scheme.criteria.indices.filter { !scheme.criteria[$0].isExtended }
            extended = scheme.criteria.indices.filter { scheme.criteria[$0].isExtended }
        }

        /// The range of the row that holds some of the columns, which stand side by side.
        func range(_ ids: [String], _ row: FormulaRow) -> String? {
            guard let first = ids.first, let last = ids.last else { return nil }
            return row.range(from: first, to: last)
        }

        /// How many of the columns name `level` (a digit or an expression).
        func count(_ ids: [String], level: String, _ row: FormulaRow) -> String {
            range(ids, row).map { "SUMPRODUCT(--ISNUMBER(FIND(\(level),\($0))))" } ?? "0"
        }
    }

    /// Why the level cannot be a formula, if it cannot.
    private var formulaObstacle: FormulaWords.Reason? {
        if rollsUpChildren { return .subordinates }
        if levels.count > 9 { return .manyLevels }
        if criteria.contains(where: { $0.id.contains(" ") }) { return .spacedID }
        return nil
    }

    /// TRUE when the unit meets too few of the extended criteria at `level` (an expression from 1): met × 100 below
    /// the share × those that apply, as `extendedShortfall` decides it; FALSE where the level asks for no share.
    private func shortOfExtended(level: String, _ row: FormulaRow, _ layout: FormulaLayout) -> String {
        guard !layout.extended.isEmpty, !extendedMinimum.isEmpty else { return "FALSE" }
        let applying = layout.count(layout.extended.map { layout.applies[$0] }, level: level, row)
        let blocked = layout.count(layout.extended.map { layout.blocks[$0] }, level: level, row)
        let shares = extendedMinimum.map(SpreadsheetCell.number).joined(separator: ",")
        return "IF(\(level)>\(extendedMinimum.count),FALSE,"
            + "(\(applying)-\(blocked))*100<CHOOSE(\(level),\(shares))*\(applying))"
    }

    /// The level: `?` in a detail column shows the unreadable text; else the level rule on the blocked levels.
    private func levelFormula(_ row: FormulaRow, _ layout: FormulaLayout, unreadable: String) -> String {
        let mandatory = layout.mandatory.map { layout.blocks[$0] }
        func blocked(_ level: Int) -> String {
            let short = shortOfExtended(level: String(level), row, layout)
            let mandatoryBlocks =
                mandatory.isEmpty ? "FALSE" : "\(layout.count(mandatory, level: "\"\(level)\"", row))>0"
            return short == "FALSE" ? mandatoryBlocks : "OR(\(mandatoryBlocks),\(short))"
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
        guard let range = layout.range((layout.mandatory + layout.extended).map { layout.blocks[$0] }, row) else {
            return expression
        }
        return "IF(SUMPRODUCT(--(\(range)=\"?\"))>0,\(unreadable),\(expression))"
    }

    /// The criteria blocked at the level above the one reached, `;`-joined in criteria order; empty at the top
    /// level. An extended criterion holds the unit back only when too few extended criteria are met there.
    private func blockersFormula(_ row: FormulaRow, _ layout: FormulaLayout) -> String {
        guard let level = row.cell("level"), !criteria.isEmpty else { return "\"\"" }
        let short = shortOfExtended(level: "\(level)+1", row, layout)
        let terms = criteria.indices.compactMap { index -> String? in
            guard let cell = row.cell(layout.blocks[index]) else { return nil }
            let blocks = "ISNUMBER(FIND(\(level)+1,\(cell)))"
            let condition = criteria[index].isExtended ? "AND(\(short),\(blocks))" : blocks
            return "IF(\(condition),\(SpreadsheetCell.literal(criteria[index].id + " ")),\"\")"
        }
        return "IF(ISNUMBER(\(level)),SUBSTITUTE(TRIM(\(terms.joined(separator: "&"))),\" \",\";\"),\(level))"
    }

    /// The cells a criterion reads, as formulas read them.
    private func cells(of criterion: Int, _ row: FormulaRow) -> [SpreadsheetCell] {
        conditions[criterion].measures.compactMap { measure in
            row.cell(measures[measure].key).map { SpreadsheetCell($0, measure: measures[measure]) }
        }
    }

    /// One criterion's blocked levels as digits, or `?` when one of its cells cannot be read.
    private func blocksFormula(_ criterion: Int, _ row: FormulaRow) -> String {
        var parts: [String] = []
        for level in levels.indices.map({ $0 + 1 }) {
            guard let passes = passes(requirement(of: criterion, forClass: level), row) else { continue }
            parts.append("IF(\(passes),\"\",\"\(level)\")")
        }
        let digits = parts.isEmpty ? "\"\"" : parts.joined(separator: "&")
        let readable = cells(of: criterion, row).map(\.isReadable)
        guard !readable.isEmpty else { return digits }
        return "IF(\(readable.count == 1 ? readable[0] : "AND(" + readable.joined(separator: ",") + ")"),"
            + "\(digits),\"?\")"
    }

    /// The levels at which a criterion applies to the unit, as digits: those that ask something of it, unless
    /// its value says it does not apply (`KAD`).
    private func appliesFormula(_ criterion: Int, _ row: FormulaRow) -> String {
        var parts: [String] = []
        for level in levels.indices.map({ $0 + 1 }) {
            switch requirement(of: criterion, forClass: level) {
            case .notApplicable, .points, .index, .subordinates:
                continue
            case .value(let measure, _):
                if measures.indices.contains(measure), measures[measure].isConditional,
                    let reference = row.cell(measures[measure].key)
                {
                    let cell = SpreadsheetCell(reference, measure: measures[measure])
                    parts.append("IF(\(cell.isNotApplicable),\"\",\"\(level)\")")
                } else {
                    parts.append("\"\(level)\"")
                }
            case .anyOf:
                parts.append("\"\(level)\"")
            }
        }
        return parts.isEmpty ? "\"\"" : parts.joined(separator: "&")
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
