public import ChisoCore
import ChisoFormats

/// Renders a gap analysis: tidy CSV for many units, a table for a terminal.
public enum GapReport {
    /// The columns of `gap --format csv`.
    public static let columns = ["unit_id", "target", "criterion", "current", "required", "gap", "kind"]

    /// Renders a gap analysis.
    ///
    /// - Parameters:
    ///   - gaps: The gaps, unit by unit.
    ///   - scheme: The scheme the gaps were measured on (whose classes the targets name).
    ///   - framework: The framework scored.
    ///   - target: The target as given, which outputs name.
    ///   - approximation: Why the data's values are an approximation, if they are.
    ///   - format: The output format.
    /// - Returns: The text.
    public static func render(
        _ gaps: [Gap], scheme: any ScoringScheme, framework: Framework, target: String, approximation: String?,
        format: OutputFormat
    ) -> String {
        let rows = gaps.map { row($0, scheme: scheme) }
        switch format {
        case .csv, .json:
            return TidyRows.render(
                columns: columns, rows: rows, format: format, framework: framework, key: "gaps",
                parameters: [("target", target)], approximation: approximation)
        case .table, .markdown:
            let table = TextTable(header: columns, rows: rows, rightAligned: [3, 4, 5])
            let units = Set(gaps.map(\.unit)).count
            let sentence = OutputOrigin(framework, approximation: approximation).approximationSentence
            let approximation = sentence.map { $0 + "\n" } ?? ""
            guard !gaps.isEmpty else {
                return GapWords.none.en + "\n" + approximation
            }
            return (format == .markdown ? table.markdown() : table.plainText())
                + "\n" + GapWords.summary(gaps: gaps.count, units: units).en + "\n" + approximation
        }
    }

    /// One gap as the row of ``columns``.
    static func row(_ gap: Gap, scheme: any ScoringScheme) -> [String] {
        let subject: String
        switch gap.subject {
        case .condition(let index): subject = scheme.conditions[index].id
        case .subordinate(let unit): subject = unit
        }
        let (current, required) = GapWords.figures(gap.shortfall, scheme: scheme)
        let above: String
        if case .value(_, _, false, _) = gap.shortfall { above = ">" } else { above = "" }
        let amount: String
        switch gap.shortfall {
        case .subordinateClass: amount = gap.amount.map { String(Int($0)) } ?? ""
        default: amount = gap.amount.map { above + Numerals.plain.points($0) } ?? ""
        }
        return [
            gap.unit, PlanReport.classText(gap.target, scheme: scheme), subject, current.en, required.en, amount,
            gap.kind.rawValue,
        ]
    }

}
