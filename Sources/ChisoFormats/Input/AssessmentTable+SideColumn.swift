package import ChisoCore

extension AssessmentTable {
    /// A column kept aside from the framework's (``extraColumns``), such as `regroup --weight population`: its
    /// position, found by name in any case, NFC and trimmed, as side-file columns are.
    ///
    /// - Parameter name: The column's name as given.
    /// - Returns: Its index into ``extraColumns``, or `nil` when the file has no such column.
    package func sideColumn(named name: String) -> Int? {
        let wanted = TextNormalization.key(name).lowercased()
        return extraColumns.firstIndex { TextNormalization.key($0).lowercased() == wanted }
    }

    /// The numbers of a column kept aside, one per assessment, each above 0 — a weight, a population — read as a
    /// side file's numbers are (``CellParser/sideNumber(_:)``: `500.000` is refused with a hint, never read as 500).
    ///
    /// - Parameters:
    ///   - column: An index into ``extraColumns`` (``sideColumn(named:)``).
    ///   - field: The column's name as given, for messages.
    ///   - file: The file's name, for messages.
    ///   - expected: What the column holds, for messages ("a weight of more than 0 (a population, …)").
    /// - Returns: The numbers (0 where a cell is refused), and an error for each cell refused, with its line.
    package func positiveNumbers(
        inSideColumn column: Int, field: String, file: String, expected: LocalizedText
    ) -> (values: [Double], problems: [Diagnostic]) {
        var values: [Double] = []
        var problems: [Diagnostic] = []
        for (row, cells) in extraValues.enumerated() {
            let text = column < cells.count ? cells[column] : ""
            let reading = CellParser.sideNumberOutcome(text)
            guard case .value(let value) = reading, value > 0 else {
                var problem: CellProblem?
                if case .invalid(let cellProblem) = reading { problem = cellProblem }
                problems.append(
                    Diagnostic(
                        file: file, line: row < lines.count ? lines[row] : nil, field: field, value: text,
                        AssessmentMessage.sideColumn(expected: expected, problem: problem)))
                values.append(0)
                continue
            }
            values.append(value)
        }
        return (values, problems)
    }

    /// ``positiveNumbers(inSideColumn:field:file:expected:)`` with what the column holds in English only, for callers
    /// not yet worded in Vietnamese: the one such caller's words (regroup's weight) are looked up, any other is shown
    /// in English.
    package func positiveNumbers(
        inSideColumn column: Int, field: String, file: String, expected: String
    ) -> (values: [Double], problems: [Diagnostic]) {
        let vi =
            switch expected {
            case "a weight of more than 0 (a population, a number of communes)":
                "một trọng số lớn hơn 0 (dân số, số xã)"
            default: expected
            }
        return positiveNumbers(
            inSideColumn: column, field: field, file: file, expected: LocalizedText(vi: vi, en: expected))
    }
}
