public import ChisoCore

/// Writes assessments as a wide CSV file that ``AssessmentLoader`` reads back.
public enum AssessmentWriter {
    /// The assessments as CSV text: the unit columns (with `group` when any unit has one), then one column per measure, then, for a file made by a run
    /// (regrouped or carried by a crosswalk), the `framework` column that names the framework it is for.
    ///
    /// - Parameters:
    ///   - assessments: The units.
    ///   - measures: The measures of their scheme, in order.
    ///   - framework: The framework the file is for, when the file is an output of a run.
    ///   - approximation: Why the values are an approximation (a crosswalk accepted with `--accept-approximation`),
    ///     written on every row in an `approximation` column before `framework`; `nil` for no such column.
    /// - Returns: The CSV text; yes/no values are written `có`/`không`, a percentage under 1 with its `%` sign
    ///   (`0.5%`, never taken for a fraction when read back), missing values as empty cells.
    public static func csv(
        _ assessments: [Assessment], measures: [Measure], framework: Framework? = nil, approximation: String? = nil
    ) -> String {
        // The group a unit is ranked in, when any unit has one: without it, units read back rank all together.
        let grouped = assessments.contains { $0.unit.group != nil }
        let header = AssessmentLoader.unitColumns + (grouped ? ["group"] : []) + measures.map(\.key)
        let rows = assessments.map { assessment -> [String] in
            let unit = assessment.unit
            var row = [
                unit.id, unit.name ?? "", unit.parentID ?? "", unit.year.map(String.init) ?? "",
                unit.registeredLevel.map(String.init) ?? "",
            ]
            if grouped { row.append(unit.group ?? "") }
            for (measure, value) in zip(measures, assessment.values) {
                guard let value else {
                    row.append("")
                    continue
                }
                if value.isNaN {
                    row.append("KAD")
                } else if measure.kind == .choice, measure.categories.indices.contains(Int(value)) {
                    row.append(measure.categories[Int(value)].value)
                } else if measure.kind == .yesNo {
                    row.append(value >= 1 ? "có" : "không")
                } else if measure.kind == .percent, value > 0, value < 1 {
                    // With its sign, so that a share under 1% is not taken for a fraction when read back.
                    row.append(NumberText.shortest(value) + "%")
                } else {
                    row.append(NumberText.shortest(value))
                }
            }
            return row
        }
        guard let framework else { return CSVWriter.document(header: header, rows: rows) }
        return OutputOrigin(framework, approximation: approximation).csv(header: header, rows: rows)
    }
}
