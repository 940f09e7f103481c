public import ChisoCore
public import ChisoFormats

/// Renders scoring results in the output formats, streaming unit by unit where the format allows (CSV, JSON), through
/// the scheme's ``SchemeReporting`` and ``SchemeWording``.
public enum ResultReport {
    /// Writes results.
    ///
    /// - Parameters:
    ///   - results: The results, in the order to show them.
    ///   - ranks: The cohort's ranks, by position in `results`.
    ///   - framework: The framework that produced them.
    ///   - format: The output format.
    ///   - language: The language of names in tables (the class column and the summary line).
    ///   - frameworkFile: The file the framework was read from, when it was not a built-in: JSON names it.
    ///   - extraColumns: Columns of the input passed through (`--extra-columns keep`), written after the other
    ///     columns of the CSV format; other formats leave them out.
    ///   - origin: What made the results (parameters, an approximation), when more than the framework; its
    ///     approximation adds a column before `framework` to CSV, `made_by.approximation` to JSON and a sentence
    ///     after a table's summary.
    ///   - write: Receives the text in pieces, in order.
    /// - Throws: What `write` throws.
    /// - Complexity: O(*n* × *m*) for *n* units and *m* conditions; CSV and JSON hold one unit's text at a time.
    public static func write(
        _ results: [UnitResult],
        ranks: CohortRanks,
        framework: Framework,
        format: OutputFormat,
        language: Language = .vi,
        frameworkFile: String? = nil,
        extraColumns: PassThroughColumns? = nil,
        origin: OutputOrigin? = nil,
        to write: (String) throws(InputError) -> Void
    ) throws(InputError) {
        let reporting = framework.reporting
        let origin = origin ?? OutputOrigin(framework)
        switch format {
        case .csv:
            // Units ranked in groups carry their group, after the other unit columns.
            let grouped = results.contains { $0.unit.group != nil }
            func withGroup(_ fields: [String], _ group: String) -> [String] {
                guard grouped, fields.count >= 4 else { return fields }
                return Array(fields[..<4]) + [group] + fields[4...]
            }
            let layout = reporting.csvColumns()
            let columns = withGroup(layout.map(\.name), "group") + origin.trailingColumns
            try write(CSVWriter.line(columns + (extraColumns?.header(after: columns) ?? [])))
            var chunk = ""
            for (index, result) in results.enumerated() {
                let unitRanks = ranks.ranks(ofUnit: index)
                let row = layout.map { $0.cell(result, unitRanks, language) }
                chunk += CSVWriter.line(
                    withGroup(row, result.unit.group ?? "") + origin.trailingValues
                        + (extraColumns?.values(ofUnit: index) ?? []))
                if chunk.utf8.count >= 1 << 16 {
                    try write(chunk)
                    chunk = ""
                }
            }
            try write(chunk)
        case .json:
            try writeJSON(results, ranks: ranks, framework: framework, file: frameworkFile, origin: origin, to: write)
        case .table, .markdown:
            let layout = reporting.tableColumns()
            let rows = results.indices.map { index in
                let unitRanks = ranks.ranks(ofUnit: index)
                return layout.map { $0.cell(results[index], unitRanks, language) }
            }
            let right = Set(layout.indices.filter { layout[$0].rightAligned })
            let table = TextTable(
                header: layout.map { $0.heading.text(in: language) }, rows: rows, rightAligned: right)
            try write(format == .markdown ? table.markdown() : table.plainText())
            try write("\n" + framework.wording.summary(results, classNames: language).text(in: language))
            if let why = origin.approximation {
                try write(ApproximationNotice.sentence(why).text(in: language) + "\n")
            }
        }
    }

    /// Renders results as one text (for tests and small outputs).
    public static func render(
        _ results: [UnitResult], ranks: CohortRanks, framework: Framework, format: OutputFormat,
        language: Language = .vi
    ) -> String {
        var text = ""
        try? write(results, ranks: ranks, framework: framework, format: format, language: language) {
            (piece: String) throws(InputError) in text += piece
        }
        return text
    }

    /// `score --format json`: a `framework` block that states every requirement once, then one object per unit
    /// that refers to it by condition ID, written unit by unit.
    private static func writeJSON(
        _ results: [UnitResult],
        ranks: CohortRanks,
        framework: Framework,
        file: String?,
        origin: OutputOrigin,
        to write: (String) throws(InputError) -> Void
    ) throws(InputError) {
        let reporting = framework.reporting
        var header = frameworkHeader(framework, file: file)
        reporting.jsonFramework(into: &header)
        try write(
            "{\n\"framework\": " + JSONWriter.write(header.value).dropLast() + ",\n\"made_by\": "
                + JSONWriter.write(origin.json).dropLast() + ",\n\"units\": [\n")
        var chunk = CompactJSON(capacity: 1 << 17)
        for (index, result) in results.enumerated() {
            reporting.writeJSON(result, ranks: ranks.ranks(ofUnit: index), into: &chunk)
            chunk.appendRaw(index == results.count - 1 ? "\n" : ",\n")
            if chunk.text.utf8.count >= 1 << 16 { try write(chunk.take()) }
        }
        try write(chunk.take())
        try write("]\n}\n")
    }

    /// The `framework` block's common part: ID, the file it was read from (for a framework file), source, the
    /// scheme's classes lowest first, and status codes.
    static func frameworkHeader(_ framework: Framework, file: String?) -> JSONObjectBuilder {
        var header = JSONObjectBuilder()
        header.add("id", framework.id)
        if let file { header.add("file", file) }
        header.add("decision", framework.provenance.decision)
        header.add("date", framework.provenance.date)
        header.add("classes", .array(framework.scheme.classes.map(JSONNode.Value.localized)))
        var codes = JSONObjectBuilder()
        for status in CriterionStatus.allCases { codes.add(String(ConditionWords.code(status)), status.label) }
        header.add("status_codes", codes.value)
        return header
    }
}
