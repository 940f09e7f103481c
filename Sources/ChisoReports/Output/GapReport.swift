public import ChisoCore
public import ChisoFormats

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
    ///   - language: The language of the table and markdown: headings, values, kinds, sentences and numbers. CSV and
    ///     JSON are the same in both.
    ///   - unitNames: The units' names by ID (subordinate units' too), shown beside their IDs in the table and
    ///     markdown.
    /// - Returns: The text.
    public static func render(
        _ gaps: [Gap], scheme: any ScoringScheme, framework: Framework, target: String, approximation: String?,
        format: OutputFormat, language: Language = .vi, unitNames: [String: String] = [:]
    ) -> String {
        switch format {
        case .csv, .json:
            return TidyRows.render(
                columns: columns, rows: gaps.map { row($0, scheme: scheme) }, format: format, framework: framework,
                key: "gaps", parameters: [("target", target)], approximation: approximation)
        case .table, .markdown:
            let say = { (text: LocalizedText) in text.text(in: language) }
            let rows = gaps.map { row($0, scheme: scheme, language: language, unitNames: unitNames) }
            let table = NameCell.droppingEmpty(
                column: 1, of: TextTable(header: GapWords.columns.map(say), rows: rows, rightAligned: [5, 6, 7]))
            let units = Set(gaps.map(\.unit)).count
            let approximation = approximation.map { say(ApproximationNotice.sentence($0)) + "\n" } ?? ""
            guard !gaps.isEmpty else {
                return say(GapWords.none) + "\n" + approximation
            }
            return (format == .markdown ? table.markdown() : table.plainText())
                + "\n" + say(GapWords.summary(gaps: gaps.count, units: units)) + "\n" + approximation
        }
    }

    /// One gap as the row of ``columns``, as CSV and JSON write it.
    static func row(_ gap: Gap, scheme: any ScoringScheme) -> [String] {
        let (current, required) = GapWords.figures(gap.shortfall, scheme: scheme)
        return [
            gap.unit, PlanReport.classText(gap.target, scheme: scheme), subject(gap, scheme: scheme), current.en,
            required.en, amount(gap, numbers: .plain), gap.kind.rawValue,
        ]
    }

    /// One gap as a row of the table in `language`: the unit's name beside its ID, and the criterion's, node's or
    /// subordinate unit's beside its.
    static func row(_ gap: Gap, scheme: any ScoringScheme, language: Language, unitNames: [String: String]) -> [String]
    {
        let numbers = Numerals.text(language)
        let (current, required) = GapWords.figures(gap.shortfall, scheme: scheme, inText: true)
        let subjectName: String
        switch gap.subject {
        case .condition(let index): subjectName = NameCell.condition(scheme.conditions[index], in: language)
        case .subordinate(let unit): subjectName = NameCell.text(unitNames[unit], width: NameCell.conditionWidth)
        }
        return [
            gap.unit, NameCell.text(unitNames[gap.unit], width: NameCell.unitWidth),
            PlanWords.className(Framework.wording(of: scheme).planClass(gap.target), in: language),
            subject(gap, scheme: scheme), subjectName, current.text(in: language), required.text(in: language),
            amount(gap, numbers: numbers), GapWords.kind(gap.kind).text(in: language),
        ]
    }

    /// What the gap is about: a condition's ID, or a subordinate unit's.
    private static func subject(_ gap: Gap, scheme: any ScoringScheme) -> String {
        switch gap.subject {
        case .condition(let index): scheme.conditions[index].id
        case .subordinate(let unit): unit
        }
    }

    /// How much is missing, `>` before it when the value must pass it; for a subordinate unit, the classes it must
    /// rise.
    private static func amount(_ gap: Gap, numbers: Numerals) -> String {
        let above: String
        if case .value(_, _, false, _) = gap.shortfall { above = ">" } else { above = "" }
        switch gap.shortfall {
        case .subordinateClass: return gap.amount.map { numbers.integer(Int($0)) } ?? ""
        default: return gap.amount.map { above + numbers.points($0) } ?? ""
        }
    }

}
