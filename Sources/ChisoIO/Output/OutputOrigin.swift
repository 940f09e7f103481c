public import ChisoCore

/// What made an output: its framework, chiso's version and the parameters of the run. Every CSV output ends with a
/// `framework` column and every JSON output has a `made_by` object, so that a file read later — by `compare`,
/// `report`, `whatif` or `score` — cannot be taken for another framework's, and a reader knows how it was made.
public struct OutputOrigin: Sendable {
    /// The name of the column that names the framework, in CSV outputs and in data files.
    public static let column = "framework"
    /// chiso's version.
    public static let version = "0.1.0"

    /// The framework's ID.
    public var framework: String
    /// The run's parameters that shaped the output (seed, runs, noise, target, budget, …), in order.
    public var parameters: [(name: String, value: String)]

    /// The origin of an output of `framework`, made with `parameters`.
    public init(_ framework: Framework, parameters: [(name: String, value: String)] = []) {
        self.framework = framework.id
        self.parameters = parameters
    }

    /// CSV text: `header` and `rows`, each with the framework's column last.
    public func csv(header: [String], rows: [[String]]) -> String {
        CSVWriter.document(header: header + [Self.column], rows: rows.map { $0 + [framework] })
    }

    /// The `made_by` object of JSON outputs: `framework`, `chiso_version` and the parameters.
    package var json: JSONNode.Value {
        var object = JSONObjectBuilder()
        object.add("framework", framework)
        object.add("chiso_version", Self.version)
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
        guard let header = records.first,
            let position = header.fields.firstIndex(where: { TextNormalization.key($0).lowercased() == column })
        else { return [] }
        for record in records.dropFirst() where position < record.fields.count {
            let named = TextNormalization.key(record.fields[position])
            guard !named.isEmpty, named != expected.id else { continue }
            return [
                Diagnostic(
                    file: file, line: record.line, column: position + 1, field: column, value: named,
                    message: "\(what) was made with the framework \(named), but this run uses \(expected.id): give "
                        + "--framework \(named), or the file made with \(expected.id)")
            ]
        }
        return []
    }
}
