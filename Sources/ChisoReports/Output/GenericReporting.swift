package import ChisoCore
package import ChisoFormats

/// Reports for a scheme that has no reporting of its own: the class reached, blockers and missing values, from the
/// shared protocol alone.
package struct GenericReporting: SchemeReporting {
    /// The scheme reported.
    package var scheme: any ScoringScheme

    package var classWord: String { "class" }

    package func planClassText(_ ordinal: Int) -> String { scheme.className(ordinal).vi }

    package func csvColumns() -> [String] {
        ["unit_id", "unit_name", "parent_id", "year", "class", "class_name", "class_name_en", "blockers", "missing"]
    }

    package func csvRow(_ result: UnitResult, ranks: [Figure: Int]) -> [String] {
        let name = scheme.className(result.standing.ordinal)
        return [
            result.unit.id, result.unit.name ?? "", result.unit.parentID ?? "", result.unit.year.map(String.init) ?? "",
            String(result.standing.ordinal), name.vi, name.en,
            ReportText.ids(result.blockers, in: scheme).joined(separator: ";"),
            ReportText.ids(result.missing, in: scheme).joined(separator: ";"),
        ]
    }

    package func tableColumns() -> (header: [String], rightAligned: Set<Int>) {
        (["unit_id", "unit_name", "class", "class_name", "missing", "blockers"], [2, 4])
    }

    package func tableRow(_ result: UnitResult, ranks: [Figure: Int], language: Language) -> [String] {
        let name = scheme.className(result.standing.ordinal)
        return [
            result.unit.id, result.unit.name ?? "", String(result.standing.ordinal), name.text(in: language),
            String(result.missing.count), ReportText.ids(result.blockers, in: scheme).joined(separator: ", "),
        ]
    }

    package func summary(_ results: [UnitResult], language: Language) -> String {
        var counts = Array(repeating: 0, count: scheme.classes.count + 1)
        for result in results { counts[min(max(result.standing.ordinal, 0), scheme.classes.count)] += 1 }
        let parts = counts.enumerated().map {
            "\($0.offset) \(scheme.className($0.offset).text(in: language)): \($0.element)"
        }
        return "\(Plural.count(results.count, "unit")) by class: \(parts.joined(separator: "; "))\n"
    }

    package func writeJSON(_ result: UnitResult, ranks: [Figure: Int], into unit: inout CompactJSON) {
        unit.beginObject()
        unit.add("unit_id", result.unit.id)
        unit.add("unit_name", result.unit.name)
        unit.add("class", result.standing.ordinal)
        unit.add("blockers", strings: ReportText.ids(result.blockers, in: scheme))
        unit.add("missing", strings: ReportText.ids(result.missing, in: scheme))
        unit.endObject()
    }

    package func jsonFramework(into object: inout JSONObjectBuilder) {}

    package func classHeading(_ ordinal: Int, language: Language) -> String {
        scheme.className(ordinal).text(in: language)
    }

    package func headline(_ explanation: Explanation) -> String {
        let name = scheme.className(explanation.standing.ordinal)
        return "Class \(explanation.standing.ordinal) — \(name.vi) (\(name.en))"
    }

    package func valueText(_ row: Explanation.Row, in explanation: Explanation) -> String {
        ReportText.value(row.value, condition: scheme.conditions[row.condition], measures: scheme.measures)
    }

    package func requirementText(_ requirement: ClassRequirement) -> String {
        ReportText.requirement(requirement, measures: scheme.measures)
    }

    package func sentences(_ explanation: Explanation) -> [String] {
        explanation.findings.compactMap { finding in
            switch finding {
            case .nextClassNotReached(let next, let blockers):
                return "Class \(next) is not reached: \(ReportText.ids(blockers, in: scheme).joined(separator: ", "))."
            case .missingValues(let missing):
                return "Missing values: \(ReportText.ids(missing, in: scheme).joined(separator: ", "))."
            default:
                return nil
            }
        }
    }

    package var validationSummary: String { "\(scheme.conditions.count) conditions" }

    package var listSummary: String { "\(scheme.classes.count) classes, \(scheme.conditions.count) conditions" }

    package func describe() -> String { "" }

    package func show(_ framework: Framework, format: OutputFormat, language: Language) -> String {
        let rows = scheme.conditions.map { [$0.id, $0.name.vi, $0.name.en] }
        if format == .csv { return CSVWriter.document(header: ["id", "name_vi", "name_en"], rows: rows) }
        let table = TextTable(
            header: ["id", "name"], rows: scheme.conditions.map { [$0.id, $0.name.text(in: language)] })
        return FrameworkReport.describe(framework) + "\n" + (format == .markdown ? table.markdown() : table.plainText())
    }

    package var hasRegisteredClass: Bool { false }
}
