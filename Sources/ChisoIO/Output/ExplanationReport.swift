public import ChisoCore

/// Renders an ``Explanation`` for a person (table or Markdown) or a program (JSON).
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

    /// Renders an explanation.
    ///
    /// - Parameters:
    ///   - explanation: The explanation.
    ///   - framework: The framework it comes from.
    ///   - format: The output format; CSV is rendered as a table.
    /// - Returns: The text.
    public static func render(_ explanation: Explanation, framework: Framework, format: OutputFormat) -> String {
        if format == .json { return JSONWriter.write(json(explanation, framework: framework)) }
        let unit = explanation.unit
        var text = "Unit \(unit.id)"
        if let name = unit.name { text += " — \(name)" }
        if let parent = unit.parentID { text += " (parent \(parent))" }
        text += "\nFramework: \(framework.id) (\(framework.provenance.decision))\n"
        text += explanation.headline + "\n\n"
        var header = ["", "criterion", "value"]
        let isLevels = if case .levels = framework.scheme { true } else { false }
        header += explanation.classes.enumerated().map {
            isLevels ? "L\($0.offset + 1) \($0.element.en)" : $0.element.vi
        }
        header.append("name")
        let rows = explanation.rows.map { row -> [String] in
            [row.isBinding ? "*" : ""] + [row.id, row.value]
                + row.cells.map {
                    $0.status == .notApplicable && $0.requirement.isEmpty ? "" : "\(mark($0.status)) \($0.requirement)"
                }
                + [shortened(row.name.en, to: 60)]
        }
        let table = TextTable(header: header, rows: rows)
        text += format == .markdown ? table.markdown() : table.plainText()
        text += "\n✓ met  ✗ not met  · not applicable  ? missing (counts as not met)  * binding: keeps the unit from "
        text += isLevels ? "the next level\n\n" : "the next tier\n\n"
        for note in explanation.notes { text += "- \(note)\n" }
        return text
    }

    private static func shortened(_ text: String, to length: Int) -> String {
        text.count <= length ? text : String(text.prefix(length - 1)) + "…"
    }

    private static func json(_ explanation: Explanation, framework: Framework) -> JSONNode.Value {
        var root = JSONObjectBuilder()
        root.add("framework", ResultReport.frameworkHeader(framework))
        root.add("unit_id", explanation.unit.id)
        root.add("unit_name", explanation.unit.name)
        root.add("level", explanation.standing.ordinal)
        root.add("level_name", ResultReport.localized(explanation.standingName))
        root.add("binding", strings: explanation.binding)
        root.add(
            "criteria",
            .array(
                explanation.rows.map { row in
                    var entry = JSONObjectBuilder()
                    entry.add("id", row.id)
                    entry.add("name", ResultReport.localized(row.name))
                    entry.add("value", row.value)
                    entry.add("binding", row.isBinding)
                    entry.add(
                        "levels",
                        .array(
                            row.cells.enumerated().map { offset, cell in
                                var object = JSONObjectBuilder()
                                object.add("level", offset + 1)
                                object.add("requirement", cell.requirement)
                                object.add("status", cell.status.label)
                                return object.value
                            }
                        )
                    )
                    return entry.value
                }
            )
        )
        root.add("notes", strings: explanation.notes)
        return root.value
    }
}
