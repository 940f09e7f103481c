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
            _ line: Int, _ column: Int?, _ field: String?, _ value: String?, _ message: some DiagnosticMessage,
            group: Diagnostic.Group? = nil
        ) {
            diagnostics.append(
                Diagnostic(
                    file: file, line: line, column: column, field: field, value: value, message,
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
                problem(record.line, idColumn + 1, "unit_id", fields[idColumn], AssessmentMessage.emptyUnitID)
            } else if ColumnLayout.isHeaderLike(id) {
                repeatedHeader(fields, line: record.line)
                return
            } else {
                // In a panel, (unit_id, year) is the key.
                let key = layout.year.map { id + "\u{1F}" + PanelYear.key(fields[$0]) } ?? id
                linesOfID[key, default: []].append(record.line)
            }
            dataRows += 1
            var values = [Double?](repeating: nil, count: measures.count)
            for (column, measureIndex) in measureOfColumn.enumerated() {
                guard let measureIndex else { continue }
                let text = fields[column]
                let reading =
                    kinds[measureIndex] == .choice
                    ? CellParser.choiceOutcome(text, categories: measures[measureIndex].categories)
                    : CellParser.outcome(
                        text, kind: kinds[measureIndex], maximum: maximums[measureIndex],
                        conditional: conditionals[measureIndex])
                switch reading {
                case .value(let value): values[measureIndex] = value
                case .missing: break
                case .invalid(let cellProblem):
                    // Errors of one kind in one column are summed up after the first few.
                    let kind = Diagnostic.Group(
                        "cell \(column) \(cellProblem.kindKey)", summary: AssessmentMessage.Summary.sameProblem)
                    problem(record.line, column + 1, layout.columnNames[column], text, cellProblem, group: kind)
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
                AssessmentMessage.fieldCount(fields: fields.count, expected: expected),
                group: Diagnostic.Group("field count", summary: AssessmentMessage.Summary.fieldCount))
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
                        AssessmentMessage.repeatedHeader,
                        group: Diagnostic.Group(
                            "repeated header", shown: 1, summary: AssessmentMessage.Summary.repeatedHeader)))
            } else {
                dataRows += 1
                problem(
                    line, nil, nil, nil,
                    AssessmentMessage.differentHeader,
                    group: Diagnostic.Group(
                        "different header", shown: 1, summary: AssessmentMessage.Summary.differentHeader))
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
                    AssessmentMessage.noLevelsToRegister)
                return nil
            }
            guard let value = CellParser.wholeNumber(text), range.contains(value) else {
                problem(
                    line, column + 1, name, fields[column],
                    AssessmentMessage.wholeNumber(low: range.lowerBound, high: range.upperBound))
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
            for (key, lines) in linesOfID where lines.count > 1 {
                let parts = key.split(separator: "\u{1F}", maxSplits: 1, omittingEmptySubsequences: false)
                let id = String(parts[0])
                let year = layout.year == nil ? nil : parts.count > 1 ? String(parts[1]) : ""
                let others = lines.dropFirst()
                result.append(
                    Diagnostic(
                        file: file, line: lines[0], column: column + 1, field: "unit_id", value: id,
                        year.map { AssessmentMessage.duplicateUnitYear(lines: lines, year: $0) }
                            ?? AssessmentMessage.duplicateUnitID(lines: lines),
                        isRowProblem: true,
                        group: Diagnostic.Group(
                            "duplicate unit_id", shown: 10, summary: AssessmentMessage.Summary.duplicateUnitIDs)))
                // The other rows are left out too and counted, but the message above tells of them.
                let quiet = Diagnostic.Group("duplicate unit_id \(key)", shown: 0, summary: LocalizedText?.none)
                for line in others {
                    result.append(
                        Diagnostic(
                            file: file, line: line, column: column + 1, field: "unit_id", value: id,
                            AssessmentMessage.duplicateUnitIDAgain(first: lines[0]), isRowProblem: true,
                            group: quiet))
                }
            }
            return result
        }
    }
}
