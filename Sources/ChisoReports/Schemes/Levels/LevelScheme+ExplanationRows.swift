public import ChisoCore
import ChisoFormats

extension LevelScheme {
    /// The rows of `explain --format csv` for a level framework: one per criterion and level,
    /// `unit_id,criterion,level,required,value,status,blocks_next` — what the level asks of the criterion (an
    /// `anyOf` as its alternatives, `≥3 or share ≥100%`; a roll-up's rule for `--children`), the unit's value as the
    /// English table writes it, its status at that level, and `yes` where the criterion keeps the unit from the next
    /// level.
    package func explanationRows(_ explanation: Explanation, value: (Explanation.Row) -> String) -> ExplanationRows {
        var rows: [[String]] = []
        for row in explanation.rows {
            let shown = value(row)
            for (offset, cell) in row.cells.enumerated() {
                rows.append([
                    explanation.unit.id, row.id, String(offset + 1), ExplanationRows.required(cell, wording: self),
                    shown, ExplanationRows.status(cell),
                    ExplanationRows.blocksNext(row, ordinal: offset + 1, in: explanation),
                ])
            }
        }
        return ExplanationRows(
            header: ["unit_id", "criterion", "level", "required", "value", "status", "blocks_next"], rows: rows)
    }
}
