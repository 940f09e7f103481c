package import ChisoCore
import ChisoFormats

/// Tidy rows, as the `gap` and `whatif` outputs write them.
package enum TidyRows {
    /// Tidy rows as CSV, with the framework's column last, or as JSON: the framework block, what made the output
    /// (``OutputOrigin``, with the approximation the data is, if any), then one object per row under `key` (empty
    /// cells null).
    package static func render(
        columns: [String], rows: [[String]], format: OutputFormat, framework: Framework, key: String,
        parameters: [(name: String, value: String)] = [], approximation: String? = nil
    )
        -> String
    {
        let origin = OutputOrigin(framework, parameters: parameters, approximation: approximation)
        guard format == .json else { return origin.csv(header: columns, rows: rows) }
        var root = JSONObjectBuilder()
        root.add("framework", ResultReport.frameworkHeader(framework, file: nil).value)
        root.add("made_by", origin.json)
        root.add(
            key,
            .objects(rows) { row, entry in
                for (column, value) in zip(columns, row) { entry.add(column, value.isEmpty ? nil : value) }
            })
        return JSONWriter.write(root.value)
    }

}
