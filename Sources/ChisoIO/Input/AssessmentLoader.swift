public import ChisoCore

/// The units read from an assessment file.
public struct AssessmentTable: Sendable {
    /// The assessments of the rows that could be read, in file order.
    public var assessments: [Assessment]
    /// The line each assessment stands on.
    public var lines: [Int]
    /// The column names of the header row, normalised.
    public var header: [String] = []
    /// Every problem found: errors and warnings.
    public var diagnostics: [Diagnostic]
    /// For each assessment, the shares given as two counts (`ID.num`, `ID.den`), by measure index.
    public var fractions: [[Int: Fraction]] = []
    /// The units of rows that have errors and were left out of ``assessments``, as far as they could be read, with
    /// their lines; a row whose fields could not be lined up with the header is not among them.
    public var unreadable: [(line: Int, unit: UnitInfo)] = []

    /// Whether any problem spoils the whole file rather than single rows.
    public var hasFileErrors: Bool { diagnostics.contains { $0.severity == .error && !$0.isRowProblem } }

    /// Whether any error was found.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// The lines of the rows that have errors and were left out of ``assessments``.
    public var skippedLines: [Int] {
        Array(Set(diagnostics.filter { $0.severity == .error && $0.isRowProblem }.compactMap(\.line))).sorted()
    }
}

/// Reads a wide assessment CSV: `unit_id` (required), optional `unit_name`, `parent_id`, `year`,
/// `registered_level`, then one column per measure of the scheme. Headers and unit IDs are compared after
/// trimming and Unicode NFC normalisation.
public enum AssessmentLoader {
    /// The columns every assessment file may have besides the measures.
    public static let unitColumns = ["unit_id", "unit_name", "parent_id", "year", "registered_level"]
    /// Further unit columns a file may have that templates leave out: `group`, the group a unit is ranked in.
    public static let optionalColumns = ["group"]

    /// Reads an assessment file.
    ///
    /// - Parameters:
    ///   - bytes: The file's contents.
    ///   - file: The file's name, for messages.
    ///   - measures: The measures of the scheme that will score the units.
    ///   - levelCount: The number of levels, to check `registered_level`; `nil` if the scheme has none.
    ///   - computed: Criteria that are computed rather than read, with the reason, so that a column of that name
    ///     is reported helpfully (district `CHUNG.01`).
    /// - Returns: The units of every row without errors, and every problem found. A row with errors is left out.
    /// - Complexity: O(*n*) in the size of the file.
    public static func load(
        _ bytes: [UInt8],
        file: String,
        measures: [Measure],
        levelCount: Int?,
        computed: [String: String] = [:]
    ) -> AssessmentTable {
        let (records, csvProblems) = CSVReader.read(bytes, file: file)
        var diagnostics = csvProblems
        guard let header = records.first else {
            if csvProblems.isEmpty {
                diagnostics.append(
                    Diagnostic(file: file, message: "the file is empty; expected a header row starting with unit_id")
                )
            }
            return AssessmentTable(assessments: [], lines: [], diagnostics: diagnostics)
        }
        // Problems in the header row spoil the file.
        for index in diagnostics.indices where diagnostics[index].line == header.line {
            diagnostics[index].isRowProblem = false
        }
        let layout = ColumnLayout(header: header, file: file, measures: measures, computed: computed)
        diagnostics += layout.diagnostics
        guard layout.unitID != nil else {
            return AssessmentTable(assessments: [], lines: [], diagnostics: diagnostics)
        }
        var reader = RowReader(file: file, layout: layout, levelCount: levelCount, measures: measures)
        let badLines = Set(csvProblems.filter(\.isRowProblem).compactMap(\.line))
        for record in records.dropFirst() {
            reader.read(record, alreadyInvalid: badLines.contains(record.line))
        }
        diagnostics += reader.diagnostics
        diagnostics += reader.duplicateDiagnostics()
        let spoiled = Set(diagnostics.filter { $0.severity == .error && $0.isRowProblem }.compactMap(\.line))
        var assessments: [Assessment] = []
        var lines: [Int] = []
        var unreadable: [(line: Int, unit: UnitInfo)] = []
        var fractions: [[Int: Fraction]] = []
        for (row, (line, assessment)) in zip(reader.lines, reader.assessments).enumerated() {
            if spoiled.contains(line) {
                unreadable.append((line, assessment.unit))
            } else {
                assessments.append(assessment)
                fractions.append(reader.fractions[row])
                lines.append(line)
            }
        }
        diagnostics.sort { ($0.line ?? 0, $0.column ?? 0) < ($1.line ?? 0, $1.column ?? 0) }
        return AssessmentTable(
            assessments: assessments, lines: lines, header: layout.columnNames, diagnostics: diagnostics,
            fractions: fractions, unreadable: unreadable)
    }

    /// A header row matched against the known columns.
    struct ColumnLayout {
        var unitID: Int?
        var unitName: Int?
        var parentID: Int?
        var year: Int?
        var registeredLevel: Int?
        var group: Int?
        /// For each column, the index of the measure it holds, if any.
        var measureOfColumn: [Int?]
        var columnNames: [String]
        var diagnostics: [Diagnostic] = []
        /// Shares given as two counts, `ID.num` and `ID.den`, instead of the column `ID`.
        var fractions: [FractionColumns] = []

        init(header: CSVRecord, file: String, measures: [Measure], computed: [String: String]) {
            let measureIndex = Dictionary(measures.enumerated().map { ($1.key, $0) }, uniquingKeysWith: { a, _ in a })
            columnNames = header.fields.map(TextNormalization.key)
            measureOfColumn = Array(repeating: nil, count: columnNames.count)
            var seen: [String: Int] = [:]
            var found: [Diagnostic] = []
            let known = AssessmentLoader.unitColumns + AssessmentLoader.optionalColumns + measures.map(\.key)
            for (index, name) in columnNames.enumerated() {
                func problem(_ message: String) {
                    found.append(
                        Diagnostic(
                            file: file, line: header.line, column: index + 1, field: name.isEmpty ? nil : name,
                            message: message)
                    )
                }
                if let first = seen[name] {
                    problem("duplicate column; column \(first + 1) has the same name. Remove or rename one of them")
                    continue
                }
                seen[name] = index
                switch name {
                case "unit_id": unitID = index
                case "unit_name": unitName = index
                case "parent_id": parentID = index
                case "year": year = index
                case "registered_level": registeredLevel = index
                case "group": group = index
                case "": problem("a column has no name; expected unit_id, a unit column or a criterion ID")
                default:
                    if let measure = measureIndex[name] {
                        measureOfColumn[index] = measure
                    } else if let (measure, isNumerator) = FractionColumns.part(name, measureIndex, measures) {
                        addFractionColumn(index, measure: measure, isNumerator: isNumerator)
                    } else if let reason = computed[name] {
                        problem("this criterion is not read from a column: \(reason). Remove the column")
                    } else {
                        problem(Self.unknownColumnMessage(name, known: known))
                    }
                }
            }
            diagnostics = found + headerProblems(header: header, file: file, measures: measures)
        }

        /// A missing `unit_id` column, and measures with no column (a warning).
        private func headerProblems(header: CSVRecord, file: String, measures: [Measure]) -> [Diagnostic] {
            var diagnostics: [Diagnostic] = []
            if unitID == nil {
                diagnostics.append(
                    Diagnostic(
                        file: file,
                        line: header.line,
                        field: "unit_id",
                        message: "no unit_id column; the first row must be a header with a unit_id column: rename "
                            + "the column that identifies the units to unit_id (see `chiso template`)"
                    )
                )
            }
            diagnostics += fractionProblems(header: header, file: file, measures: measures)
            let present = Set(measureOfColumn.compactMap { $0 } + fractions.map(\.measure))
            let absent = measures.indices.filter { !present.contains($0) }.map { measures[$0].key }
            if !absent.isEmpty {
                let subject =
                    absent.count == 1
                    ? "no column for this measure; it counts"
                    : "no columns for these \(absent.count) measures; they count"
                diagnostics.append(
                    Diagnostic(
                        .warning,
                        file: file,
                        line: header.line,
                        field: absent.joined(separator: ", "),
                        message: "\(subject) as missing for every unit"
                    )
                )
            }
            return diagnostics
        }

        private static func unknownColumnMessage(_ name: String, known: [String]) -> String {
            if let near = NearestMatch.suggestion(for: name, among: known) {
                return "unknown column; did you mean \(near)?"
            }
            return "unknown column; expected unit_id, unit_name, parent_id, year, registered_level or a criterion ID "
                + "of the framework (see `chiso template`)"
        }
    }

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
        var lines: [Int] = []
        var diagnostics: [Diagnostic] = []
        var linesOfID: [String: [Int]] = [:]

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

        mutating func problem(_ line: Int, _ column: Int?, _ field: String?, _ value: String?, _ message: String) {
            diagnostics.append(
                Diagnostic(
                    file: file, line: line, column: column, field: field, value: value, message: message,
                    isRowProblem: true)
            )
        }

        mutating func read(_ record: CSVRecord, alreadyInvalid: Bool) {
            let fields = record.fields
            let expected = layout.columnNames.count
            guard fields.count == expected else {
                problem(
                    record.line,
                    nil,
                    nil,
                    nil,
                    "the row has \(fields.count) fields but the header has \(expected); check for a missing or extra "
                        + "comma, or a comma inside a value that should be quoted"
                )
                return
            }
            guard let idColumn = layout.unitID else { return }
            let id = TextNormalization.key(fields[idColumn])
            if id.isEmpty {
                problem(record.line, idColumn + 1, "unit_id", fields[idColumn], "empty unit_id; every row needs one")
            } else {
                linesOfID[id, default: []].append(record.line)
            }
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
                    problem(record.line, column + 1, layout.columnNames[column], text, expectation)
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
            lines.append(record.line)
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
            guard let value = Int(text), range.contains(value) else {
                problem(
                    line, column + 1, name, fields[column],
                    "expected a whole number from \(range.lowerBound) to \(range.upperBound)")
                return nil
            }
            return value
        }

        /// Errors for unit IDs that stand on more than one row: every such row is left out.
        func duplicateDiagnostics() -> [Diagnostic] {
            guard let column = layout.unitID else { return [] }
            var result: [Diagnostic] = []
            for (id, lines) in linesOfID where lines.count > 1 {
                for line in lines {
                    let others = lines.filter { $0 != line }.map(String.init).joined(separator: ", ")
                    result.append(
                        Diagnostic(
                            file: file,
                            line: line,
                            column: column + 1,
                            field: "unit_id",
                            value: id,
                            message: "duplicate unit_id; it also stands on line \(others). Each unit may appear once",
                            isRowProblem: true
                        )
                    )
                }
            }
            return result
        }
    }
}
