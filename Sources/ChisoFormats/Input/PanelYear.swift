import ChisoCore

/// Panel data: a file whose `year` column makes (`unit_id`, `year`) the key, so that it holds several years of the
/// same units. `--year` picks one year of it before it is read; a command that works on one cohort refuses a file
/// that still holds several.
public enum PanelYear {
    /// Keeps the header and the rows of `year` (a repeated header row too), telling how many rows were kept; an
    /// error when the file has no `year` column or no row of that year, naming the years it holds.
    ///
    /// - Returns: The problems: a notice, or one error (and then `records` is left as it was).
    /// - Complexity: O(*n*) in the number of rows.
    static func pick(_ year: Int, from records: inout [CSVRecord], file: String) -> [Diagnostic] {
        guard let header = records.first else { return [] }
        guard let column = header.fields.firstIndex(where: { TextNormalization.key($0).lowercased() == "year" })
        else {
            return [Diagnostic(file: file, line: header.line, field: "year", LongTableMessage.noYearColumn(year: year))]
        }
        var kept = [header]
        var present: Set<String> = []
        var total = 0
        for record in records.dropFirst() {
            guard !record.fields.allSatisfy(AssessmentLoader.ColumnLayout.isBlank) else { continue }
            let text = column < record.fields.count ? TextNormalization.key(record.fields[column]) : ""
            if text.lowercased() == "year" { continue }
            total += 1
            if let held = CellParser.wholeNumber(text), held == year {
                kept.append(record)
            } else if !text.isEmpty {
                present.insert(CellParser.wholeNumber(text).map(String.init) ?? text)
            }
        }
        guard kept.count > 1 else {
            return [
                Diagnostic(
                    file: file, line: header.line, column: column + 1, field: "year",
                    LongTableMessage.unknownYear(year: year, present: present.sorted()))
            ]
        }
        records = kept
        return [
            Diagnostic(
                .notice, file: file, line: header.line, column: column + 1, field: "year",
                LongTableMessage.yearPicked(year: year, rows: kept.count - 1, total: total))
        ]
    }

    /// A `year` cell as a key of a panel: `2024` and `2024.0` are one year.
    static func key(_ cell: String) -> String {
        let text = TextNormalization.key(cell)
        return CellParser.wholeNumber(text).map(String.init) ?? text
    }

    /// The errors for the rows of a file with a `year` column whose `year` cell is empty where that makes a unit
    /// vanish or split: in a panel (several years), scored one year at a time, such a row would belong to no year
    /// and be left out without a word; in a file of one year, a row without a year of a unit that another row gives
    /// a year would stand as a second unit of the same ID. None for a file without years, or whose rows without a
    /// year are units of their own in a file of one year.
    ///
    /// - Complexity: O(*n* log *n*) in the number of units.
    public static func rowsWithoutYear(in table: AssessmentTable, file: String) -> [Diagnostic] {
        let years = table.years
        guard !years.isEmpty else { return [] }
        let read = zip(table.lines, table.assessments.map(\.unit))
        let rows = (Array(read) + table.unreadable.map { ($0.line, $0.unit) }).sorted { $0.0 < $1.0 }
        var dated: [String: (line: Int, year: Int)] = [:]
        for (line, unit) in rows where dated[unit.id] == nil {
            if let year = unit.year { dated[unit.id] = (line, year) }
        }
        return rows.compactMap { line, unit in
            guard unit.year == nil else { return nil }
            if years.count > 1 {
                return Diagnostic(
                    file: file, line: line, field: "year", LongTableMessage.yearMissing(years: years.map(String.init)))
            }
            guard let other = dated[unit.id] else { return nil }
            return Diagnostic(
                file: file, line: line, field: "year",
                LongTableMessage.yearMissingBeside(line: other.line, year: String(other.year)))
        }
    }

    /// The error for a table that holds several years where one is needed; `nil` when it holds one or none.
    public static func severalYears(in table: AssessmentTable, file: String) -> Diagnostic? {
        let years = table.years
        guard years.count > 1 else { return nil }
        return Diagnostic(
            file: file, field: "year", LongTableMessage.severalYears(years: years.map(String.init)))
    }
}

extension AssessmentTable {
    /// The years the units read hold, each once, in increasing order; empty when the file has no `year` column.
    public var years: [Int] {
        Array(Set(assessments.compactMap(\.unit.year) + unreadable.compactMap(\.unit.year))).sorted()
    }
}
