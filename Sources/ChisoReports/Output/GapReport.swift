import ChisoFormats

/// Renders a gap analysis: tidy CSV for many units, a table for a terminal.
public enum GapReport {
    /// The columns of `gap --format csv`.
    public static let columns = ["unit_id", "target", "criterion", "current", "required", "gap", "kind"]

    /// Renders a gap analysis.
    public static func render(_ run: GapRun, format: OutputFormat) -> String {
        let rows = run.lines.map {
            [$0.unit, $0.target, $0.criterion, $0.current, $0.required, $0.gap, $0.kind.rawValue]
        }
        switch format {
        case .csv, .json:
            return ReportText.tidy(
                columns: columns, rows: rows, format: format, framework: run.scoring.framework, key: "gaps",
                parameters: [("target", run.target)], approximation: run.scoring.approximation)
        case .table, .markdown:
            let table = TextTable(header: columns, rows: rows, rightAligned: [3, 4, 5])
            let units = Set(run.lines.map(\.unit)).count
            let approximation = run.scoring.origin.approximationSentence.map { $0 + "\n" } ?? ""
            guard !run.lines.isEmpty else {
                return "No gaps: every unit asked about already reaches the target.\n" + approximation
            }
            return (format == .markdown ? table.markdown() : table.plainText())
                + "\n\(run.lines.count) \(run.lines.count == 1 ? "gap" : "gaps") for \(units) "
                + "\(units == 1 ? "unit" : "units").\n" + approximation
        }
    }
}
