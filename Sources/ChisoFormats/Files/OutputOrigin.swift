public import ChisoCore

/// What made an output: its framework, chiso's version and the parameters of the run. Every CSV output ends with a
/// `framework` column and every JSON output has a `made_by` object, so that a file read later — by `compare`,
/// `report`, `whatif` or `score` — cannot be taken for another framework's, and a reader knows how it was made.
public struct OutputOrigin: Sendable {
    /// The name of the column that names the framework, in CSV outputs and in data files.
    public static let column = "framework"
    /// chiso's version.
    public static let version = "0.1.0"
    /// The name of the column that marks an output whose values are an approximation (a crosswalk accepted with
    /// `--accept-approximation`), holding the reason on every row; files derived from it carry it on.
    public static let approximationColumn = "approximation"

    /// The framework's ID.
    public var framework: String
    /// The run's parameters that shaped the output (seed, runs, noise, target, budget, …), in order.
    public var parameters: [(name: String, value: String)]
    /// Why the output's values are an approximation, not the framework's own quantities; `nil` when they are its own.
    public var approximation: String?

    /// The origin of an output of `framework`, made with `parameters`, approximated for the reason `approximation`.
    public init(
        _ framework: Framework, parameters: [(name: String, value: String)] = [], approximation: String? = nil
    ) {
        self.framework = framework.id
        self.parameters = parameters
        self.approximation = approximation
    }

    /// The columns an output ends with: `approximation` (only for an approximation), then `framework`.
    public var trailingColumns: [String] {
        approximation == nil ? [Self.column] : [Self.approximationColumn, Self.column]
    }

    /// The values of ``trailingColumns`` on every row.
    public var trailingValues: [String] {
        approximation.map { [$0, framework] } ?? [framework]
    }

    /// CSV text: `header` and `rows`, each with the framework's column last (after the `approximation` column for
    /// an approximation).
    public func csv(header: [String], rows: [[String]]) -> String {
        CSVWriter.document(header: header + trailingColumns, rows: rows.map { $0 + trailingValues })
    }

    /// The sentence that says an output is an approximation, for tables and reports; `nil` when it is not.
    public var approximationSentence: String? {
        approximation.map { Self.approximationSentence($0) }
    }

    /// The sentence that says values are an approximation for the reason `why`.
    public static func approximationSentence(_ why: String) -> String {
        "APPROXIMATION: these values were carried from another framework by a crosswalk that is an approximation; "
            + "they are not this framework's own quantities, so its scores, tiers and ranks are not its own either: "
            + why
    }

    /// The approximation a file says it is, from its `approximation` column: the first non-empty value, or `nil`.
    package static func approximation(in records: [CSVRecord]) -> String? {
        guard let header = records.first,
            let position = header.fields.firstIndex(where: {
                TextNormalization.key($0).lowercased() == approximationColumn
            })
        else { return nil }
        for record in records.dropFirst() where position < record.fields.count {
            let value = TextNormalization.key(record.fields[position])
            if !value.isEmpty { return value }
        }
        return nil
    }

    /// The `made_by` object of JSON outputs: `framework`, `chiso_version`, `approximation` when there is one, and
    /// the parameters.
    package var json: JSONNode.Value {
        Self.json(parameters: parameters, approximation: approximation) { $0.add("framework", framework) }
    }

    /// The `made_by` object of an output of several frameworks (`compare`): `frameworks`, each once in the order
    /// given, `chiso_version`, `approximation` when there is one, and the parameters.
    package static func json(
        frameworks: [String], parameters: [(name: String, value: String)], approximation: String? = nil
    ) -> JSONNode.Value {
        var seen: Set<String> = []
        let distinct = frameworks.filter { seen.insert($0).inserted }
        return json(parameters: parameters, approximation: approximation) { $0.add("frameworks", strings: distinct) }
    }

    private static func json(
        parameters: [(name: String, value: String)], approximation: String?,
        framework: (inout JSONObjectBuilder) -> Void
    ) -> JSONNode.Value {
        var object = JSONObjectBuilder()
        framework(&object)
        object.add("chiso_version", version)
        if let approximation { object.add("approximation", approximation) }
        if !parameters.isEmpty {
            var values = JSONObjectBuilder()
            for (name, value) in parameters { values.add(name, value) }
            object.add("parameters", values.value)
        }
        return object.value
    }

    /// The framework a file says made it, from its `framework` column: the one value its rows hold, `nil` when it
    /// has no such column or only empty cells, and every problem (two frameworks in one file, or one that is not
    /// `expected`).
    ///
    /// - Parameters:
    ///   - records: The file's records, header first.
    ///   - file: Its name, for messages.
    ///   - expected: The framework the run uses, to refuse a file made by another.
    ///   - what: What the file is, for messages ("the plan", "this score output").
    package static func check(_ records: [CSVRecord], file: String, expected: Framework, what: String) -> [Diagnostic] {
        check(records, file: file, expected: expected, what: FileMessage.names(what))
    }

    /// ``check(_:file:expected:what:)`` with what the file is in both languages.
    package static func check(_ records: [CSVRecord], file: String, expected: Framework, what: LocalizedText)
        -> [Diagnostic]
    {
        guard let header = records.first,
            let position = header.fields.firstIndex(where: { TextNormalization.key($0).lowercased() == column })
        else { return [] }
        for record in records.dropFirst() where position < record.fields.count {
            let named = TextNormalization.key(record.fields[position])
            guard !named.isEmpty, named != expected.id else { continue }
            return [
                Diagnostic(
                    file: file, line: record.line, column: position + 1, field: column, value: named,
                    FileMessage.otherFramework(what: what, named: named, expected: expected.id))
            ]
        }
        return []
    }
}
