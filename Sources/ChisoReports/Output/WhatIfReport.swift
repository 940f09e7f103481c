public import ChisoCore
import ChisoFormats

/// Renders a what-if: for each unit changed or affected, its class, score and rank before and after.
public enum WhatIfReport {
    /// The columns of `whatif --format csv`.
    public static let columns = [
        "unit_id", "subordinate", "before", "after", "score_before", "score_after", "index_before", "index_after",
        "rank_before", "rank_after",
    ]

    /// Renders a what-if. A framework without tiers has no class to show: its units' index and rank are shown, and
    /// the class columns stay empty.
    ///
    /// - Parameters:
    ///   - differences: The units changed or affected, parents first then subordinate units.
    ///   - scoring: The cohort as scored before the changes.
    ///   - format: The output format.
    /// - Returns: The text.
    public static func render(_ differences: [ResultDifference], scoring: ScoredCohort, format: OutputFormat) -> String
    {
        let scheme = scoring.framework.scheme
        let childScheme = scoring.linked?.childScheme
        let tiered = !scheme.classes.isEmpty
        let rows = differences.map { difference -> [String] in
            let classes = difference.isSubordinate ? (childScheme ?? scheme) : scheme
            let before = difference.before.detail
            let after = difference.after.detail
            let shown = { (ordinal: Int) in
                classes.classes.isEmpty ? "" : PlanReport.classText(ordinal, scheme: classes)
            }
            return [
                difference.unit.id, difference.isSubordinate ? "yes" : "no",
                shown(difference.before.standing.ordinal), shown(difference.after.standing.ordinal),
                before.score.map(Numerals.plain.points) ?? "", after.score.map(Numerals.plain.points) ?? "",
                before.commonIndex.map { NumberText.fixed($0, decimals: scheme.rankingPrecision) } ?? "",
                after.commonIndex.map { NumberText.fixed($0, decimals: scheme.rankingPrecision) } ?? "",
                difference.rankBefore[.total].map(String.init) ?? "",
                difference.rankAfter[.total].map(String.init) ?? "",
            ]
        }
        switch format {
        case .csv, .json:
            return TidyRows.render(
                columns: columns, rows: rows, format: format, framework: scoring.framework, key: "units",
                approximation: scoring.approximation)
        case .table, .markdown:
            // Before → after; a side without a value (a unit not ranked before) shows a dash.
            let change = { (before: String, after: String) -> String in
                before.isEmpty && after.isEmpty
                    ? "" : "\(before.isEmpty ? "–" : before) → \(after.isEmpty ? "–" : after)"
            }
            let shown = rows.map { row -> [String] in
                [
                    row[0], row[1] == "yes" ? WhatIfWords.subordinate.en : "",
                    tiered ? change(row[2], row[3]) : change(row[6], row[7]), change(row[4], row[5]),
                    change(row[8], row[9]),
                ]
            }
            let table = TextTable(header: ["unit_id", "", tiered ? "class" : "index", "score", "rank"], rows: shown)
            let text = format == .markdown ? table.markdown() : table.plainText()
            let count = differences.count
            let approximation =
                OutputOrigin(scoring.framework, approximation: scoring.approximation).approximationSentence.map {
                    $0 + "\n"
                } ?? ""
            guard tiered else {
                let raised = differences.filter {
                    ($0.after.detail.commonIndex ?? 0) > ($0.before.detail.commonIndex ?? 0)
                }.count
                let summary = WhatIfWords.summary(units: count, raised: raised, untiered: scoring.framework.id)
                return text + "\n" + summary.en + "\n" + approximation
            }
            let raised = differences.filter { $0.after.standing > $0.before.standing }.count
            return text + "\n" + WhatIfWords.summary(units: count, raised: raised, untiered: nil).en + "\n"
                + approximation
        }
    }
}
