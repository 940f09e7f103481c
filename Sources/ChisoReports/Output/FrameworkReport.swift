public import ChisoCore
public import ChisoFormats

/// Renders frameworks for `chiso frameworks list` and `chiso frameworks show`.
public enum FrameworkReport {
    /// One line per framework: ID, unit type, scheme, source, name, in `language`.
    public static func list(_ frameworks: [Framework], language: Language = .en) -> String {
        let rows = frameworks.map { framework -> [String] in
            [
                framework.id, framework.unitType.text(in: language),
                framework.wording.listSummary.text(in: language), framework.provenance.decision,
                framework.name.text(in: language),
            ]
        }
        let header = [FrameworkWords.idColumn, .unitColumn, .schemeColumn, .sourceColumn, .nameColumn].map {
            $0.text.text(in: language)
        }
        return TextTable(header: header, rows: rows).plainText()
    }

    /// The header of `frameworks show --format csv` for a level framework.
    public static func csvHeader(levelCount: Int) -> [String] {
        ["id", "group", "name_vi", "name_en", "unit"] + (1...max(levelCount, 1)).map { "level\($0)" }
    }

    /// A framework in detail.
    ///
    /// - Parameters:
    ///   - framework: The framework.
    ///   - format: `table` (with provenance), `csv` (one row per criterion), `json` (the framework file format) or
    ///     `markdown`.
    ///   - language: The language of names in the table and Markdown formats (CSV and JSON carry both).
    /// - Returns: The text.
    public static func show(_ framework: Framework, format: OutputFormat, language: Language = .vi) -> String {
        if format == .json { return FrameworkEncoder.encode(framework) }
        return framework.reporting.show(framework, format: format, language: language)
    }

    /// The framework's name, source and notes, as plain text in `language`.
    public static func describe(_ framework: Framework, language: Language = .en) -> String {
        FrameworkWords.describe(framework).text(in: language)
    }

    /// The common scale as a reader should see it: which, what it means, and whether the file chose it.
    public static func scaleText(_ framework: Framework, language: Language = .en) -> String {
        FrameworkWords.scaleText(framework).text(in: language)
    }

    /// A leaf rule as short text: `ratio`, `steps ≥90→2, ≥70→1`, `linear 20→80`.
    static func ruleText(_ rule: LeafRule) -> String { FrameworkWords.rule(rule).en }

    /// An empty assessment file for data entry: the header row only.
    ///
    /// A point framework's template leaves out `registered_level`, which only level frameworks use.
    public static func template(_ framework: Framework) -> String {
        var columns = AssessmentLoader.unitColumns
        if !framework.reporting.hasRegisteredClass { columns.removeAll { $0 == "registered_level" } }
        return CSVWriter.document(header: columns + framework.measures.map(\.key), rows: [])
    }
}
