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
            var lone: [Int] = []
            for (row, assessment) in assessments.enumerated() {
                guard let value = assessment.values[measure], !value.isNaN else { continue }
                largest = max(largest, value)
                if value > 0, value < 1 {
                    if between == nil { between = (value, lines[row]) }
                    lone.append(row)
                }
            }
            if largest > 1, !lone.isEmpty {
                problems += loneFractions(lone, column: column, measure: measure, records: records)
                continue
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
            problems.append(
                Diagnostic(
                    file: file, line: layout.headerLine, column: column + 1, field: name,
                    AssessmentMessage.fractionColumn(example: between.value, line: between.line),
                    group: Diagnostic.Group("fraction column", summary: AssessmentMessage.Summary.fractionColumns)))
        }
        if readAsShares {
            let message: AssessmentMessage =
                converted.isEmpty ? .noFractionColumns : .fractionColumnsRead(columns: converted)
            problems.append(Diagnostic(.notice, file: file, line: layout.headerLine, message))
        }
        return problems
    }

    /// Values strictly between 0 and 1 in a percentage column whose other values are percentage points (`0,65` among
    /// 25–95): a share written as a fraction, which would be read as 0.65% and fail every threshold in silence. Each is
    /// an error of its row, unless written with `%`, which says that a value under 1% is meant, or in scientific
    /// notation (`2.7e-07`), as programs write a computed value.
    private func loneFractions(_ rows: [Int], column: Int, measure: Int, records: ArraySlice<CSVRecord>)
        -> [Diagnostic]
    {
        let byLine = Dictionary(records.map { ($0.line, $0) }, uniquingKeysWith: { a, _ in a })
        var problems: [Diagnostic] = []
        let name = layout.columnNames[column]
        for row in rows {
            guard let record = byLine[lines[row]], column < record.fields.count,
                !record.fields[column].contains("%"), !record.fields[column].lowercased().contains("e"),
                let value = assessments[row].values[measure]
            else { continue }
            problems.append(
                Diagnostic(
                    file: file, line: record.line, column: column + 1, field: name, value: record.fields[column],
                    AssessmentMessage.loneFraction(column: name, value: value), isRowProblem: true,
                    group: Diagnostic.Group("lone fraction", summary: AssessmentMessage.Summary.loneFractions)))
        }
        return problems
    }
}
