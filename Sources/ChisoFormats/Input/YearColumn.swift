/// The `year` column of a file chiso reads back — a data file or a score output — as the commands that label sides
/// by year check it against the years they are given.
package enum YearColumn {
    /// The distinct values of a file's `year` column, in the order first met (an empty cell is a value too); `nil`
    /// when the file has no `year` column.
    ///
    /// - Throws: ``InputError`` `.noInput` when the file cannot be read.
    /// - Complexity: O(*n*) in the size of the file.
    package static func values(of path: String) throws(InputError) -> [String]? {
        let records = TableReader.read(try InputFile.readBytes(path), file: path, knownColumns: ["year"]).records
        guard let header = records.first,
            let column = header.fields.firstIndex(where: { TextNormalization.key($0).lowercased() == "year" })
        else { return nil }
        var seen: Set<String> = []
        var values: [String] = []
        for record in records.dropFirst() {
            let value = column < record.fields.count ? TextNormalization.key(record.fields[column]) : ""
            if seen.insert(value).inserted { values.append(value) }
        }
        return values
    }

    /// The one year a file's `year` column holds, `nil` when it has no such column, several years, or a value that
    /// is not a year.
    ///
    /// - Throws: ``InputError`` `.noInput` when the file cannot be read.
    package static func single(of path: String) throws(InputError) -> Int? {
        guard let values = try values(of: path), values.count == 1 else { return nil }
        return CellParser.wholeNumber(values[0])
    }

    /// Whether a side's label names the year a file holds: the same text, or the same whole number (`2023` and
    /// `2023.0`).
    package static func label(_ label: String, names year: String) -> Bool {
        let label = TextNormalization.key(label)
        if label == year { return true }
        guard let labelled = CellParser.wholeNumber(label), let held = CellParser.wholeNumber(year) else {
            return false
        }
        return labelled == held
    }
}
