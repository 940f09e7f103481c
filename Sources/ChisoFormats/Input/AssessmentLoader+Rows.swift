import ChisoCore

extension AssessmentLoader {
    /// Reads data rows into assessments, collecting problems.
    struct RowReader {
        let file: String
        let layout: ColumnLayout
        let levelCount: Int?
        let measures: [Measure]
        let kinds: [MeasureKind]
        let maximums: [Double?]
        let conditionals: [Bool]
        let measureOfColumn: [Int?]
        var assessments: [Assessment] = []
        var fractions: [[Int: Fraction]] = []
        /// For each assessment, the values of the columns passed through.
        var extraValues: [[String]] = []
        var lines: [Int] = []
        var diagnostics: [Diagnostic] = []
        var linesOfID: [String: [Int]] = [:]
        /// The rows of data met, read or not: not blank, not a repeated header.
        var dataRows = 0

        init(file: String, layout: ColumnLayout, levelCount: Int?, measures: [Measure]) {
            self.file = file
            self.layout = layout
            self.levelCount = levelCount
            self.measures = measures
            self.kinds = measures.map(\.kind)
            self.maximums = measures.map(\.maximum)
            self.conditionals = measures.map(\.isConditional)
            self.measureOfColumn = layout.measureOfColumn
        }

        mutating func problem(
            _ line: Int, _ column: Int?, _ field: String?, _ value: String?, _ message: String,
            group: Diagnostic.Group? = nil
        ) {
            diagnostics.append(
                Diagnostic(
                    file: file, line: line, column: column, field: field, value: value, message: message,
                    isRowProblem: true, group: group)
            )
        }

        mutating func read(_ record: CSVRecord, alreadyInvalid: Bool) {
            guard let fields = lineUp(record) else { return }
            guard let idColumn = layout.unitID else { return }
            let id = TextNormalization.key(fields[idColumn])
            if id.isEmpty {
                // A row of separators only (",,,,", as spreadsheets write empty rows) is a blank line.
                if fields.allSatisfy(ColumnLayout.isBlank) { return }
                problem(record.line, idColumn + 1, "unit_id", fields[idColumn], "empty unit_id; every row needs one")
            } else if ColumnLayout.isHeaderLike(id) {
                repeatedHeader(fields, line: record.line)
                return
            } else {
                linesOfID[id, default: []].append(record.line)
            }
            dataRows += 1
            var values = [Double?](repeating: nil, count: measures.count)
            for (column, measureIndex) in measureOfColumn.enumerated() {
                guard let measureIndex else { continue }
                let text = fields[column]
                let reading =
                    kinds[measureIndex] == .choice
                    ? CellParser.choice(text, categories: measures[measureIndex].categories)
                    : CellParser.read(
                        text, kind: kinds[measureIndex], maximum: maximums[measureIndex],
                        conditional: conditionals[measureIndex])
                switch reading {
                case .value(let value): values[measureIndex] = value
                case .missing: break
                case .invalid(let expectation):
                    // Errors of one kind in one column are summed up after the first few.
                    let kind = Diagnostic.Group(
                        "cell \(column) \(expectation.prefix { $0 != ";" })", summary: "rows with the same problem")
                    problem(record.line, column + 1, layout.columnNames[column], text, expectation, group: kind)
                }
            }
            let rowFractions = layout.fractions.isEmpty ? [:] : readFractions(fields, line: record.line, into: &values)
            let info = UnitInfo(
                id: id,
                name: layout.unitName.map { TextNormalization.key(fields[$0]) }.flatMap { $0.isEmpty ? nil : $0 },
                parentID: layout.parentID.map { TextNormalization.key(fields[$0]) }.flatMap { $0.isEmpty ? nil : $0 },
                year: integer(in: fields, column: layout.year, name: "year", range: 1900...2200, line: record.line),
                registeredLevel: integer(
                    in: fields,
                    column: layout.registeredLevel,
                    name: "registered_level",
                    range: (levelCount ?? 0) >= 1 ? 1...(levelCount ?? 1) : nil,
                    line: record.line
                ),
                group: layout.group.map { TextNormalization.key(fields[$0]) }.flatMap { $0.isEmpty ? nil : $0 }
            )
            assessments.append(Assessment(unit: info, values: values))
            fractions.append(rowFractions)
            if !layout.extraColumns.isEmpty { extraValues.append(layout.extraColumns.map { fields[$0] }) }
            lines.append(record.line)
        }

        /// The fields of `record`, one per header column: trailing empty fields beyond the header are dropped, and
        /// absent fields of trailing columns that have neither name nor values are empty. `nil` for a blank row or a
        /// row that cannot be lined up (reported).
        private mutating func lineUp(_ record: CSVRecord) -> [String]? {
            let fields = record.fields
            let expected = layout.columnNames.count
            if fields.count == expected { return fields }
            if fields.allSatisfy(ColumnLayout.isBlank) { return nil }
            if fields.count > expected, layout.isPadded,
                fields[expected...].allSatisfy(ColumnLayout.isBlank)
            {
                return Array(fields[..<expected])
            }
            if fields.count < expected, fields.count >= layout.requiredFields {
                return fields + Array(repeating: "", count: expected - fields.count)
            }
            dataRows += 1
            problem(
                record.line, nil, nil, nil,
                "the row has \(Plural.count(fields.count, "field")) but the header has \(expected); check for a "
                    + "missing or extra separator, or a separator inside a value that should be quoted",
                group: Diagnostic.Group(
                    "field count", summary: "rows whose number of fields differs from the header's"))
            return nil
        }

        /// A row whose `unit_id` says `unit_id`: the header again, as when files are joined. The same header is
        /// skipped with a notice; a different one is an error, as its columns would be read under the first.
        private mutating func repeatedHeader(_ fields: [String], line: Int) {
            let same = zip(fields, layout.columnNames).allSatisfy { field, name in
                let key = TextNormalization.key(field)
                return key == name || key.lowercased() == name.lowercased() || ColumnLayout.isUnnamed(key)
            }
            if same {
                diagnostics.append(
                    Diagnostic(
                        .notice, file: file, line: line,
                        message: "this row repeats the header row (files joined together?) and was skipped",
                        group: Diagnostic.Group(
                            "repeated header", shown: 1, summary: "rows that repeat the header row, skipped too")))
            } else {
                dataRows += 1
                problem(
                    line, nil, nil, nil,
                    "this row looks like a header row (its unit_id says unit_id) but its columns differ from those of "
                        + "the header on the first line; files with different columns joined together? Give each "
                        + "file the same columns",
                    group: Diagnostic.Group("different header", shown: 1, summary: "rows that look like other headers"))
            }
        }

        mutating func integer(in fields: [String], column: Int?, name: String, range: ClosedRange<Int>?, line: Int)
            -> Int?
        {
            guard let column else { return nil }
            let text = TextNormalization.key(fields[column])
            if CellParser.isMissing(text) { return nil }
            guard let range else {
                problem(
                    line, column + 1, name, fields[column],
                    "this framework has no levels or tiers to register for; leave it empty")
                return nil
            }
            guard let value = CellParser.wholeNumber(text), range.contains(value) else {
                problem(
                    line, column + 1, name, fields[column],
                    "expected a whole number from \(range.lowerBound) to \(range.upperBound)")
                return nil
            }
            return value
        }

        /// Errors for unit IDs that stand on more than one row: every such row is left out, and each ID is told
        /// once, with its count and first few lines.
        ///
        /// - Complexity: O(*n*) in the number of rows.
        func duplicateDiagnostics() -> [Diagnostic] {
            guard let column = layout.unitID else { return [] }
            var result: [Diagnostic] = []
            for (id, lines) in linesOfID where lines.count > 1 {
                let others = lines.dropFirst()
                let listed = others.prefix(5).map(String.init).joined(separator: ", ")
                let more = others.count > 5 ? " and \(others.count - 5) more" : ""
                let place = others.count == 1 ? "line \(listed)" : "lines \(listed)\(more) (\(lines.count) rows in all)"
                result.append(
                    Diagnostic(
                        file: file, line: lines[0], column: column + 1, field: "unit_id", value: id,
                        message: "duplicate unit_id; it also stands on \(place). Each unit may appear once",
                        isRowProblem: true,
                        group: Diagnostic.Group(
                            "duplicate unit_id", shown: 10, summary: "unit_ids that stand on more than one row")))
                // The other rows are left out too and counted, but the message above tells of them.
                let quiet = Diagnostic.Group("duplicate unit_id \(id)", shown: 0, summary: LocalizedText?.none)
                for line in others {
                    result.append(
                        Diagnostic(
                            file: file, line: line, column: column + 1, field: "unit_id", value: id,
                            message: "duplicate unit_id; line \(lines[0]) has it too", isRowProblem: true,
                            group: quiet))
                }
            }
            return result
        }
    }
}
