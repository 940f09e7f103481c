public import ChisoCore
public import ChisoFormats

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
    ///   - language: The language of the table and markdown: headings, classes, sentences and numbers. CSV and JSON
    ///     are the same in both.
    /// - Returns: The text.
    public static func render(
        _ differences: [ResultDifference], scoring: ScoredCohort, format: OutputFormat, language: Language = .vi
    ) -> String {
        switch format {
        case .csv, .json:
            let rows = differences.map { row($0, scoring: scoring, numbers: .plain, language: nil) }
            return TidyRows.render(
                columns: columns, rows: rows, format: format, framework: scoring.framework, key: "units",
                approximation: scoring.approximation)
        case .table, .markdown:
            return table(differences, scoring: scoring, markdown: format == .markdown, language: language)
        }
    }

    /// One unit's row of ``columns``: numbers in `numbers`' style, classes as CSV writes them (`language` `nil`) or
    /// as a table names them in `language`.
    private static func row(
        _ difference: ResultDifference, scoring: ScoredCohort, numbers: Numerals, language: Language?
    ) -> [String] {
        let scheme = scoring.framework.scheme
        let classes = difference.isSubordinate ? (scoring.linked?.childScheme ?? scheme) : scheme
        let (before, after) = (difference.before.detail, difference.after.detail)
        let shown = { (ordinal: Int) -> String in
            guard !classes.classes.isEmpty else { return "" }
            guard let language else { return PlanReport.classText(ordinal, scheme: classes) }
            return PlanWords.className(Framework.wording(of: classes).planClass(ordinal), in: language)
        }
        let index = { (value: Double?) in value.map { numbers.fixed($0, decimals: scheme.rankingPrecision) } ?? "" }
        let rank = { (ranks: [Figure: Int]) in ranks[.total].map(numbers.integer) ?? "" }
        return [
            difference.unit.id, difference.isSubordinate ? "yes" : "no",
            shown(difference.before.standing.ordinal), shown(difference.after.standing.ordinal),
            before.score.map(numbers.points) ?? "", after.score.map(numbers.points) ?? "",
            index(before.commonIndex), index(after.commonIndex), rank(difference.rankBefore),
            rank(difference.rankAfter),
        ]
    }

    /// The table: before → after for each unit, its name beside its ID, and the line under it.
    private static func table(
        _ differences: [ResultDifference], scoring: ScoredCohort, markdown: Bool, language: Language
    ) -> String {
        let say = { (text: LocalizedText) in text.text(in: language) }
        let framework = scoring.framework
        let tiered = !framework.scheme.classes.isEmpty
        // Before → after; a side without a value (a unit not ranked before) shows a dash.
        let change = { (before: String, after: String) -> String in
            before.isEmpty && after.isEmpty ? "" : "\(before.isEmpty ? "–" : before) → \(after.isEmpty ? "–" : after)"
        }
        let shown = differences.map { difference -> [String] in
            let row = row(difference, scoring: scoring, numbers: Numerals.text(language), language: language)
            return [
                row[0], NameCell.text(difference.unit.name, width: NameCell.unitWidth),
                difference.isSubordinate ? say(WhatIfWords.subordinate) : "",
                tiered ? change(row[2], row[3]) : change(row[6], row[7]), change(row[4], row[5]),
                change(row[8], row[9]),
            ]
        }
        let header = WhatIfWords.columns(classNoun: tiered ? framework.wording.classNoun : nil).map(say)
        let table = NameCell.droppingEmpty(column: 1, of: TextTable(header: header, rows: shown))
        let text = markdown ? table.markdown() : table.plainText()
        let count = differences.count
        let approximation = scoring.approximation.map { say(ApproximationNotice.sentence($0)) + "\n" } ?? ""
        guard tiered else {
            let raised = differences.filter {
                ($0.after.detail.commonIndex ?? 0) > ($0.before.detail.commonIndex ?? 0)
            }.count
            let summary = WhatIfWords.summary(units: count, raised: raised, untiered: framework.id)
            return text + "\n" + say(summary) + "\n" + approximation
        }
        let raised = differences.filter { $0.after.standing > $0.before.standing }.count
        return text + "\n"
            + say(
                WhatIfWords.summary(
                    units: count, raised: raised, untiered: nil, classNoun: framework.wording.classNoun)) + "\n"
            + approximation
    }
}
