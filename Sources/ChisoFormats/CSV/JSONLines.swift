/// JSON Lines (`--format jsonl`): a command's CSV output as one flat JSON object per data row, one object a line,
/// as pandas' `read_json(path, lines=True)` and R's `jsonlite::stream_in(file(path))` load into a tidy frame.
///
/// Every object has the CSV's columns as keys, in the CSV's order, on every line. A column whose every non-empty
/// field is a plain decimal number (as chiso's CSV writes them, see ``CSVWriter/plainDecimalPlaces(_:)``) and which
/// does not hold IDs (``CSVWriter/isIdentifierColumn(_:)``) is written as numbers, each the number its CSV text
/// reads as; every other column as strings. An empty field is `null`, so that every line has every key.
package enum JSONLines {
    /// The JSON Lines of `csv`, a command's CSV output: one line per data row, none for the header.
    ///
    /// - Parameter csv: CSV text with a header row, as chiso's commands write it.
    /// - Returns: The lines, each ending in a line break; empty for a CSV without data rows.
    /// - Complexity: O(*n*) in the size of the CSV.
    package static func document(csv: String) -> String {
        let (records, _) = CSVReader.read(Array(csv.utf8), file: "")
        guard let header = records.first?.fields else { return "" }
        let rows = records.dropFirst().map(\.fields)
        let numeric = header.indices.map { column in
            !CSVWriter.isIdentifierColumn(header[column])
                && rows.allSatisfy { row in
                    column >= row.count || row[column].isEmpty || CSVWriter.plainDecimalPlaces(row[column]) != nil
                }
        }
        var json = CompactJSON(capacity: csv.utf8.count * 2)
        for row in rows {
            json.beginObject()
            for (column, name) in header.enumerated() {
                let field = column < row.count ? row[column] : ""
                if field.isEmpty {
                    json.add(name, nil as String?)
                } else if numeric[column], let number = Double(field) {
                    json.add(name, number)
                } else {
                    json.add(name, field)
                }
            }
            json.endObject()
            json.appendRaw("\n")
        }
        return json.take()
    }
}
