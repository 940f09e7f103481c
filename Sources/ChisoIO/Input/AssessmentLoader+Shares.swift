import ChisoCore

extension AssessmentLoader.RowReader {
    /// Percentage columns that hold shares from 0 to 1 instead of percentage points: 0.63 for 63% would be read as
    /// 0.63% and fail every threshold silently. A column whose values all lie from 0 to 1, with one at least strictly
    /// between, is an error naming it; with `readAsShares` (`--fractions`), every percentage column whose values
    /// all lie from 0 to 1 is read as shares (× 100) and a notice lists them. A column with a `%` in any cell is
    /// taken at its word.
    ///
    /// - Complexity: O(*n* × *p*) for *n* rows and *p* percentage columns.
    mutating func checkShareColumns(records: ArraySlice<CSVRecord>, readAsShares: Bool) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        var converted: [String] = []
        for (column, measureIndex) in measureOfColumn.enumerated() {
            guard let measure = measureIndex, kinds[measure] == .percent else { continue }
            var largest = -Double.infinity
            var between: (value: Double, line: Int)?
            for (row, assessment) in assessments.enumerated() {
                guard let value = assessment.values[measure], !value.isNaN else { continue }
                largest = max(largest, value)
                if between == nil, value > 0, value < 1 { between = (value, lines[row]) }
                if largest > 1 { break }
            }
            guard largest >= 0, largest <= 1, readAsShares || between != nil else { continue }
            if records.contains(where: { column < $0.fields.count && $0.fields[column].contains("%") }) { continue }
            let name = layout.columnNames[column]
            if readAsShares {
                for row in assessments.indices {
                    guard let value = assessments[row].values[measure], !value.isNaN else { continue }
                    // × 100 to nine decimal places, so that 0.57 is 57, not 56.99999999999999.
                    assessments[row].values[measure] = (value * 1e11).rounded() / 1e9
                }
                converted.append(name)
                continue
            }
            guard let between else { continue }
            let example = NumberText.shortest(between.value)
            problems.append(
                Diagnostic(
                    file: file, line: layout.headerLine, column: column + 1, field: name,
                    message: "every value lies from 0 to 1 (\(example) on line \(between.line)): these look like "
                        + "fractions, but percentages are read in points, so \(example) would be read as \(example)%. "
                        + "Write percentages (\(example) as \(NumberText.shortest((between.value * 1e11).rounded() / 1e9))), "
                        + "give --fractions to read such columns as shares, or write \(example)% if that is meant",
                    group: Diagnostic.Group("fraction column", summary: "percentage columns that look like fractions")))
        }
        if readAsShares {
            let message =
                converted.isEmpty
                ? "--fractions: no percentage column has values from 0 to 1 only; every one was read in percentage "
                    + "points"
                : "--fractions: \(Plural.count(converted.count, "percentage column")) with values from 0 to 1 only "
                    + "read as shares (× 100): \(DisplayText.list(converted, limit: 10)); any other in percentage points"
            problems.append(Diagnostic(.notice, file: file, line: layout.headerLine, message: message))
        }
        return problems
    }
}
