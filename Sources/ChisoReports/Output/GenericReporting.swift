package import ChisoCore
package import ChisoFormats

/// Reports for a scheme that has no reporting of its own: the class reached, blockers and missing values, from the
/// shared protocol alone.
package struct GenericReporting: SchemeReporting {
    /// The scheme reported.
    package var scheme: any ScoringScheme

    package func csvColumns() -> [ScoreColumn] {
        let scheme = scheme
        return ScoreColumn.unitInFile + [
            .ordinal("class"), ScoreColumn("class_name") { scheme.className($0.standing.ordinal).vi },
            ScoreColumn("class_name_en") { scheme.className($0.standing.ordinal).en },
            .ids("blockers", of: scheme, separator: ";") { $0.blockers },
            .ids("missing", of: scheme, separator: ";") { $0.missing },
        ]
    }

    package func tableColumns() -> [ScoreColumn] {
        let scheme = scheme
        return ScoreColumn.unit + [
            .ordinal("class", heading: LocalizedText(vi: "Hạng", en: "class")),
            ScoreColumn("class_name", heading: LocalizedText(vi: "Tên hạng", en: "class_name")) { result, _, language in
                scheme.className(result.standing.ordinal).text(in: language)
            },
            .missingCount,
            .ids("blockers", of: scheme, separator: ", ") { $0.blockers }.headed(vi: "Cản trở", en: "blockers"),
        ]
    }

    package func writeJSON(_ result: UnitResult, ranks: [Figure: Int], into unit: inout CompactJSON) {
        unit.beginObject()
        unit.add("unit_id", result.unit.id)
        unit.add("unit_name", result.unit.name)
        unit.add("class", result.standing.ordinal)
        unit.add("blockers", strings: ConditionWords.ids(result.blockers, in: scheme))
        unit.add("missing", strings: ConditionWords.ids(result.missing, in: scheme))
        unit.endObject()
    }

    package func jsonFramework(into object: inout JSONObjectBuilder) {}

    package func show(_ framework: Framework, format: OutputFormat, language: Language) -> String {
        let rows = scheme.conditions.map { [$0.id, $0.name.vi, $0.name.en] }
        if format == .csv { return CSVWriter.document(header: ["id", "name_vi", "name_en"], rows: rows) }
        let table = TextTable(
            header: [
                FrameworkWords.idColumn.text.text(in: language), FrameworkWords.nameColumn.text.text(in: language),
            ],
            rows: scheme.conditions.map { [$0.id, $0.name.text(in: language)] })
        return FrameworkReport.describe(framework, language: language) + "\n"
            + (format == .markdown ? table.markdown() : table.plainText())
    }

    package var hasRegisteredClass: Bool { false }
}
