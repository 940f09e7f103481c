public import ChisoCore
public import ChisoFormats

/// Renders frameworks for `chiso frameworks list` and `chiso frameworks show`.
public enum FrameworkReport {
    /// One line per framework: ID, unit type, scheme, source, name.
    public static func list(_ frameworks: [Framework]) -> String {
        let rows = frameworks.map { framework -> [String] in
            [
                framework.id, framework.unitType.en, framework.wording.listSummary.en, framework.provenance.decision,
                framework.name.en,
            ]
        }
        return TextTable(header: ["id", "unit", "scheme", "source", "name"], rows: rows).plainText()
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

    /// The framework's name, source and notes, as plain text.
    public static func describe(_ framework: Framework) -> String {
        let provenance = framework.provenance
        var text = "\(framework.id): \(framework.name.vi)\n  \(framework.name.en)\n"
        text +=
            "Source: Decision \(provenance.decision) of \(provenance.date), \(provenance.issuer.vi) (\(provenance.issuer.en))"
        if let part = provenance.part { text += ", \(part)" }
        text += "\n"
        if let child = framework.childFramework { text += "Subordinate units are scored with: \(child)\n" }
        text += "Common scale: \(scaleText(framework))\n"
        text += framework.wording.describe().en
        for note in provenance.notes { text += "- \(note)\n" }
        return text
    }

    /// The common scale as a reader should see it: which, what it means, and whether the file chose it.
    public static func scaleText(_ framework: Framework) -> String {
        let scale = framework.scale
        let source = framework.commonScale == nil ? "the default; set \"commonScale\" to change it" : "as the file sets"
        return "\(scale.rawValue): \(scale.explanation) (\(source))"
    }

    /// A leaf rule as short text: `ratio`, `steps ≥90→2, ≥70→1`, `linear 20→80`.
    static func ruleText(_ rule: LeafRule) -> String {
        switch rule {
        case .steps(let steps):
            return "steps "
                + steps.map { "≥\(NumberText.shortest($0.atLeast))→\(NumberText.shortest($0.points))" }.joined(
                    separator: ", ")
        case .linear(let floor, let target):
            return "linear \(NumberText.shortest(floor))→\(NumberText.shortest(target))"
        case .choice(let choices):
            return "choice "
                + choices.map { choice in
                    let share = choice.fraction.map { "\(NumberText.shortest($0))×max" }
                    return "\(choice.category.value)→\(share ?? NumberText.shortest(choice.points ?? 0))"
                }.joined(separator: ", ")
        default:
            return rule.name
        }
    }

    /// An empty assessment file for data entry: the header row only.
    ///
    /// A point framework's template leaves out `registered_level`, which only level frameworks use.
    public static func template(_ framework: Framework) -> String {
        var columns = AssessmentLoader.unitColumns
        if !framework.reporting.hasRegisteredClass { columns.removeAll { $0 == "registered_level" } }
        return CSVWriter.document(header: columns + framework.measures.map(\.key), rows: [])
    }
}
