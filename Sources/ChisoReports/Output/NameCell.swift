package import ChisoCore
package import ChisoFormats

/// A name shown beside an ID in a table for people (`compare`, `whatif`, `gap`, `explain`): on one line, and cut
/// with "…" to a width so that the table stays within a terminal's 100–120 columns.
///
/// A width counts `Character`s, as ``TextTable`` measures cells: a Vietnamese letter with its marks is one column.
package enum NameCell {
    /// The width of a unit's name beside its ID.
    package static let unitWidth = 20
    /// The width of a criterion's or node's name beside its ID.
    package static let conditionWidth = 24
    /// The width of a criterion's or node's name in an explanation, whose rows are about the conditions.
    package static let explanationWidth = 32

    /// `name` on one line (breaks and control characters escaped as ``TextTable/cellText(_:)`` does), cut to
    /// `width` characters, the last of them "…" when it is cut; empty for `nil`.
    ///
    /// - Complexity: O(*n*) in the length of `name`.
    package static func text(_ name: String?, width: Int) -> String {
        guard let name, width > 0 else { return "" }
        let shown = TextTable.cellText(name)
        guard shown.count > width else { return shown }
        var kept = String(shown.prefix(width - 1))
        // A space before the cut says nothing: "Tỷ lệ …" reads as "Tỷ lệ…".
        while kept.last == " " { kept.removeLast() }
        return kept + "…"
    }

    /// A condition's name in `language`, cut to ``conditionWidth``.
    package static func condition(_ condition: Condition, in language: Language) -> String {
        text(condition.name.text(in: language), width: conditionWidth)
    }
}

extension NameCell {
    /// The names of a cohort's units by ID, its subordinate units' (communes of districts scored with them) too;
    /// units without a name are left out.
    ///
    /// - Complexity: O(*n*) in the number of units.
    package static func unitNames(_ cohort: ScoredCohort) -> [String: String] {
        var names: [String: String] = [:]
        let children = cohort.linked?.childResults ?? []
        for result in children + cohort.results {
            if let name = result.unit.name, !name.isEmpty { names[result.unit.id] = name }
        }
        return names
    }
}

extension NameCell {
    /// `table` without its column `column` when no row has anything there (units without names in the data): a
    /// column of nothing is left out, and the columns after it keep their alignment.
    ///
    /// - Complexity: O(*r*) in the number of rows.
    package static func droppingEmpty(column: Int, of table: TextTable) -> TextTable {
        guard column < table.header.count, table.rows.allSatisfy({ column >= $0.count || $0[column].isEmpty }) else {
            return table
        }
        var header = table.header
        header.remove(at: column)
        let rows = table.rows.map { row in
            var row = row
            if column < row.count { row.remove(at: column) }
            return row
        }
        let aligned = Set(table.rightAligned.compactMap { $0 == column ? nil : $0 > column ? $0 - 1 : $0 })
        return TextTable(header: header, rows: rows, rightAligned: aligned)
    }
}
