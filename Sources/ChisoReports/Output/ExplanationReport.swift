public import ChisoCore
public import ChisoFormats

/// Renders an ``Explanation`` for a person (table or Markdown) or a program (JSON): the words are made here, from the
/// numbers and structure the core returns.
public enum ExplanationReport {
    /// The mark for a status in tables: `✓` met, `✗` not met, `·` not applicable, `?` missing.
    public static func mark(_ status: CriterionStatus) -> String {
        switch status {
        case .met: "✓"
        case .notMet: "✗"
        case .notApplicable: "·"
        case .missing: "?"
        }
    }

    /// Renders an explanation: a table, Markdown, JSON, or tidy CSV rows (one per condition and class, as the
    /// scheme's ``SchemeReporting/explanationRows(_:value:)`` lays them out, the framework's column last).
    ///
    /// - Parameters:
    ///   - explanation: The explanation.
    ///   - framework: The framework it comes from.
    ///   - format: The output format.
    ///   - fractions: The shares the unit's file gave as two counts, by measure index, shown as `37/52 = 71.2%`.
    ///   - language: The language of the names in the table: conditions and classes.
    ///   - frameworkFile: The file the framework was read from, when it was not a built-in, so that an edited copy
    ///     that kept a built-in's ID is told apart from it.
    ///   - origin: What made the explanation (the unit asked for, an approximation), for JSON's `made_by`; an
    ///     approximation is said after a table too.
    /// - Returns: The text.
    public static func render(
        _ explanation: Explanation, framework: Framework, format: OutputFormat, fractions: [Int: Fraction] = [:],
        language: Language = .vi, frameworkFile: String? = nil, origin: OutputOrigin? = nil
    ) -> String {
        let origin = origin ?? OutputOrigin(framework)
        let wording = framework.wording
        let value = { (row: Explanation.Row) -> String in
            valueText(row, explanation: explanation, framework: framework, fractions: fractions).en
        }
        if format == .csv {
            let tidy = framework.reporting.explanationRows(explanation, value: value)
            return origin.csv(header: tidy.header, rows: tidy.rows)
        }
        if format == .json {
            return JSONWriter.write(
                json(
                    explanation, framework: framework, file: frameworkFile, origin: origin, wording: wording,
                    value: value))
        }
        let unit = explanation.unit
        let say = { (text: LocalizedText) in text.text(in: language) }
        // The heading is one line, as the table's rows are, whatever the IDs and name hold.
        var text = say(
            ExplanationWords.heading(
                unit: TextTable.cellText(unit.id), name: unit.name.map(TextTable.cellText),
                parent: unit.parentID.map(TextTable.cellText), framework: framework, file: frameworkFile))
        text += say(wording.headline(explanation)) + "\n\n"
        let classCount = framework.scheme.classes.count
        let header =
            [
                "", say(ExplanationWords.conditionColumn), say(ExplanationWords.nameColumn),
                say(ExplanationWords.valueColumn),
            ]
            + (0..<classCount).map { say(wording.classHeading($0 + 1, style: Numerals.text(language).style)) }
        // Each criterion's or node's name beside its ID, cut short so that the classes' columns stay in view.
        let rows = explanation.rows.map { row -> [String] in
            [row.isBinding ? "*" : ""] + [String(repeating: "  ", count: row.depth) + row.id]
                + [NameCell.text(row.name.text(in: language), width: NameCell.explanationWidth)]
                + [
                    valueText(row, explanation: explanation, framework: framework, fractions: fractions)
                        .text(in: language)
                ]
                + row.cells.map { cell in
                    let requirement = wording.requirement(cell.requirement)
                    // Where a class asks nothing, the mark alone says so in Vietnamese (the legend gives its word).
                    if cell.status == .notApplicable, requirement.en.isEmpty || language == .vi {
                        return requirement.en.isEmpty ? "" : mark(cell.status)
                    }
                    return "\(mark(cell.status)) \(say(requirement))"
                }
        }
        let table = TextTable(header: header, rows: rows)
        text += format == .markdown ? table.markdown() : table.plainText()
        text += "\n" + say(ExplanationWords.legend(classNoun: wording.classNoun)) + "\n\n"
        for sentence in wording.findings(explanation).map(say) { text += "- \(sentence)\n" }
        if let why = origin.approximation { text += "\n" + ApproximationNotice.sentence(why).text(in: language) + "\n" }
        return text
    }

    /// A row's value, with a share given as counts written as the counts and the share: `37/52 = 71.2%`,
    /// `37/52 = 71,2%`.
    private static func valueText(
        _ row: Explanation.Row, explanation: Explanation, framework: Framework, fractions: [Int: Fraction]
    ) -> LocalizedText {
        let text = framework.wording.value(row, in: explanation)
        let condition = framework.scheme.conditions[row.condition]
        guard let main = condition.measures.first, let fraction = fractions[main],
            case .measures(let values) = row.value, let share = values.first ?? nil
        else { return text }
        let kind = framework.scheme.measures[main].kind
        let written = { (language: Language, text: String) -> String in
            let numbers = Numerals.text(language)
            let shown =
                kind == .percent ? numbers.fixed(share, decimals: 1) + "%" : numbers.fixed(share, decimals: 4)
            let counts = "\(numbers.quantity(fraction.numerator))/\(numbers.quantity(fraction.denominator)) = \(shown)"
            let rest = text.split(separator: ";", maxSplits: 1)
            return rest.count > 1 ? counts + ";" + rest[1] : counts
        }
        return LocalizedText(vi: written(.vi, text.vi), en: written(.en, text.en))
    }

    private static func json(
        _ explanation: Explanation, framework: Framework, file: String?, origin: OutputOrigin,
        wording: any SchemeWording, value: (Explanation.Row) -> String
    ) -> JSONNode.Value {
        var root = JSONObjectBuilder()
        root.add("framework", ResultReport.frameworkHeader(framework, file: file).value)
        root.add("made_by", origin.json)
        root.add("unit_id", explanation.unit.id)
        root.add("unit_name", explanation.unit.name)
        root.add("level", explanation.standing.ordinal)
        root.add("level_name", JSONNode.Value.localized(framework.scheme.className(explanation.standing.ordinal)))
        root.add("binding", strings: ConditionWords.ids(explanation.binding, in: framework.scheme))
        root.add(
            "criteria",
            .objects(explanation.rows) { row, entry in
                entry.add("id", row.id)
                entry.add("depth", row.depth)
                entry.add("name", JSONNode.Value.localized(row.name))
                entry.add("value", value(row))
                entry.add("binding", row.isBinding)
                entry.add(
                    "levels",
                    .objects(row.cells.enumerated()) { item, object in
                        object.add("level", item.offset + 1)
                        object.add("requirement", wording.requirement(item.element.requirement).en)
                        object.add("status", item.element.status.label)
                    }
                )
            }
        )
        root.add("notes", strings: wording.findings(explanation).map(\.en))
        return root.value
    }
}
