package import ChisoCore
import ChisoFormats

/// The tidy rows of `explain --format csv`: a header of column IDs and one row per condition and class (or per
/// condition, where no class asks anything of it), as a scheme's ``SchemeReporting/explanationRows(_:value:)`` lays
/// them out. The words in the cells are English, as in every CSV output.
package struct ExplanationRows: Sendable, Equatable {
    /// The column IDs.
    package var header: [String]
    /// The rows, each as long as ``header``.
    package var rows: [[String]]

    /// Creates the rows.
    package init(header: [String], rows: [[String]]) {
        self.header = header
        self.rows = rows
    }

    /// A cell's status as the explanation's legend says it: `met`, `not met`, `missing`, `not applicable` (the
    /// condition does not apply to the unit), or `not required` (the class asks nothing of the condition).
    package static func status(_ cell: Explanation.Cell) -> String {
        guard cell.requirement.applies else { return "not required" }
        switch cell.status {
        case .met: return "met"
        case .notMet: return "not met"
        case .missing: return "missing"
        case .notApplicable: return "not applicable"
        }
    }

    /// What a class asks of a condition, as the English table writes it; empty where it asks nothing.
    package static func required(_ cell: Explanation.Cell, wording: any SchemeWording) -> String {
        cell.requirement.applies ? wording.requirement(cell.requirement).en : ""
    }

    /// `yes` on the row of the class above the unit's for a condition that keeps the unit from it, else `no`.
    package static func blocksNext(_ row: Explanation.Row, ordinal: Int, in explanation: Explanation) -> String {
        row.isBinding && ordinal == explanation.standing.ordinal + 1 ? "yes" : "no"
    }

    /// The rows of a scheme without rows of its own: `unit_id,criterion,class,required,value,status,blocks_next`,
    /// one per condition and class.
    package static func generic(
        _ explanation: Explanation, scheme: any ScoringScheme, value: (Explanation.Row) -> String
    ) -> ExplanationRows {
        let wording = Framework.wording(of: scheme)
        var rows: [[String]] = []
        for row in explanation.rows {
            for (offset, cell) in row.cells.enumerated() {
                rows.append([
                    explanation.unit.id, row.id, String(offset + 1), required(cell, wording: wording), value(row),
                    status(cell), blocksNext(row, ordinal: offset + 1, in: explanation),
                ])
            }
        }
        return ExplanationRows(
            header: ["unit_id", "criterion", "class", "required", "value", "status", "blocks_next"], rows: rows)
    }
}

extension GenericReporting {
    package func explanationRows(_ explanation: Explanation, value: (Explanation.Row) -> String) -> ExplanationRows {
        ExplanationRows.generic(explanation, scheme: scheme, value: value)
    }
}
