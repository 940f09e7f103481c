public import ChisoCore

/// The units read from an assessment file.
public struct AssessmentTable: Sendable {
    /// The assessments of the rows that could be read, in file order.
    public var assessments: [Assessment]
    /// The line each assessment stands on.
    public var lines: [Int]
    /// The column names of the header row, normalised (and matched regardless of case to the names they stand for).
    public var header: [String] = []
    /// Every problem found: errors, warnings and notices.
    public var diagnostics: [Diagnostic]
    /// For each assessment, the shares given as two counts (`ID.num`, `ID.den`), by measure index.
    public var fractions: [[Int: Fraction]] = []
    /// The units of rows that have errors and were left out of ``assessments``, as far as they could be read, with
    /// their lines; a row whose fields could not be lined up with the header is not among them.
    public var unreadable: [(line: Int, unit: UnitInfo)] = []
    /// The columns passed through under ``ReadingOptions/ExtraColumns/keep``, in file order.
    public var extraColumns: [String] = []
    /// For each assessment, the values of ``extraColumns``.
    public var extraValues: [[String]] = []
    /// The criterion columns of the framework the file has (measures and shares given as two counts).
    public var criterionColumns: [String] = []
    /// The columns that are neither unit columns nor the framework's, whatever was done with them: the clue to a
    /// file meant for another framework.
    public var unknownColumns: [String] = []
    /// The names given in ``ReadingOptions/ignoredColumns`` that this file has.
    public var ignoredColumns: Set<String> = []
    /// Why the file's values are an approximation, from its `approximation` column (a crosswalk accepted with
    /// `--accept-approximation` wrote it); `nil` when the file has no such column or only empty cells.
    public var approximation: String?
    /// The sheet read, when the file is a workbook (the problems found on it are placed there already).
    public var sheet: String?

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
/// trimming and Unicode NFC normalisation; headers then regardless of case when that is unambiguous.
///
/// Files are read as spreadsheets, pandas and R write them: comma, semicolon or tab separated, UTF-8, UTF-16 or
/// Windows-1258 (``CSVReader``); a row index without a name is left out, as are columns with neither name nor values
/// and rows with no values; a repeated header row is skipped.
public enum AssessmentLoader {
    /// The columns every assessment file may have besides the measures.
    public static let unitColumns = ["unit_id", "unit_name", "parent_id", "year", "registered_level"]
    /// Further unit columns a file may have that templates leave out: `group`, the group a unit is ranked in.
    /// `framework`, the framework an output of chiso was made with (``OutputOrigin``): a file that names another
    /// framework than the one it is read for is refused. `approximation`, the reason an output's values are an
    /// approximation (``AssessmentTable/approximation``).
    public static let optionalColumns = ["group", OutputOrigin.column, OutputOrigin.approximationColumn]
    /// Every column name an assessment file gives to something other than a measure: no criterion or node of a
    /// framework may have one of these IDs (compared regardless of case, as headers are).
    public static let reservedColumns = unitColumns + optionalColumns

    /// Reads an assessment file.
    ///
    /// - Parameters:
    ///   - bytes: The file's contents.
    ///   - file: The file's name, for messages.
    ///   - measures: The measures of the scheme that will score the units.
    ///   - levelCount: The number of levels, to check `registered_level`; `nil` if the scheme has none.
    ///   - computed: Criteria that are computed rather than read, with the reason, so that a column of that name
    ///     is reported helpfully (district `CHUNG.01`).
    ///   - options: Columns to leave out or pass through, and whether percentages are given as shares.
    /// - Returns: The units of every row without errors, and every problem found. A row with errors is left out.
    /// - Complexity: O(*n*) in the size of the file.
    public static func load(
        _ bytes: [UInt8],
        file: String,
        measures: [Measure],
        levelCount: Int?,
        computed: [String: String] = [:],
        options: ReadingOptions = ReadingOptions(),
        framework: Framework? = nil
    ) -> AssessmentTable {
        let known = KnownColumns(measures: measures, computed: computed)
        let source = TableReader.read(bytes, file: file, knownColumns: known.lowercased, sheet: options.sheet)
        // A workbook of filled per-unit forms has no unit_id column: its sheets are read as forms.
        if source.sheet != nil, let header = source.records.first,
            !header.fields.contains(where: { TextNormalization.key($0).lowercased() == "unit_id" }),
            let forms = FormInput.assembled(
                [(file, bytes)], name: file, sheet: options.sheet, known: known.lowercased,
                keepsEvidence: options.extraColumns == .keep)
        {
            let table = load(
                records: forms.assembly.records, problems: [], file: file, measures: measures,
                levelCount: levelCount, computed: computed, options: options, framework: framework)
            return forms.finish(table, name: file)
        }
        var table = load(
            records: source.records, problems: source.problems, file: file, measures: measures,
            levelCount: levelCount, computed: computed, options: options, framework: framework)
        table.diagnostics = source.placed(table.diagnostics)
        table.sheet = source.sheet
        return table
    }

    /// Reads an assessment table already split into records (header first): a panel's year picked, a
    /// self-scoring workbook's result columns left out, a long table widened, then the wide table read.
    ///
    /// - Parameters:
    ///   - records: The records, header first.
    ///   - problems: The problems found while reading them (a row problem spoils its record).
    ///   - file: The name problems are told at.
    ///   - measures: see ``load(_:file:measures:levelCount:computed:options:framework:)``.
    /// - Complexity: O(*n*) in the number of cells.
    package static func load(
        records: [CSVRecord], problems: [Diagnostic], file: String, measures: [Measure], levelCount: Int?,
        computed: [String: String] = [:], options: ReadingOptions = ReadingOptions(), framework: Framework? = nil
    ) -> AssessmentTable {
        let known = KnownColumns(measures: measures, computed: computed)
        var (records, csvProblems) = (records, problems)
        if let year = options.year {
            let picked = PanelYear.pick(year, from: &records, file: file)
            guard !picked.contains(where: { $0.severity == .error }) else {
                return AssessmentTable(assessments: [], lines: [], diagnostics: csvProblems + picked)
            }
            csvProblems += picked
        }
        var options = options
        if let header = records.first {
            let results = SelfScoringColumns.found(
                in: header.fields, measures: Set(known.measures.map { $0.key.lowercased() }))
            if !results.isEmpty {
                options.ignoredColumns += results
                csvProblems.append(
                    Diagnostic(.notice, file: file, line: header.line, AssessmentMessage.selfScoringColumns(results)))
            }
        }
        let reading = Reading(file: file, known: known, levelCount: levelCount, computed: computed, options: options)
        if let long = LongTable(records, file: file, known: known, problems: csvProblems) {
            return long.relocate(load(long.records, csvProblems: [], reading, framework: framework))
        }
        return load(records, csvProblems: csvProblems, reading, framework: framework)
    }

    /// What ``load(_:file:measures:levelCount:computed:options:framework:)`` reads a file with.
    private struct Reading {
        let file: String
        let known: KnownColumns
        let levelCount: Int?
        let computed: [String: String]
        let options: ReadingOptions
    }

    /// Reads the records of a wide assessment file.
    private static func load(
        _ records: [CSVRecord], csvProblems: [Diagnostic], _ reading: Reading, framework: Framework?
    ) -> AssessmentTable {
        let (file, known, levelCount, computed, options) = (
            reading.file, reading.known, reading.levelCount, reading.computed, reading.options
        )
        var diagnostics = csvProblems
        guard let header = records.first else {
            if !csvProblems.contains(where: { $0.severity == .error }) {
                diagnostics.append(
                    Diagnostic(file: file, AssessmentMessage.emptyFile)
                )
            }
            return AssessmentTable(assessments: [], lines: [], diagnostics: diagnostics)
        }
        // Problems in the header row spoil the file.
        for index in diagnostics.indices where diagnostics[index].line == header.line {
            diagnostics[index].isRowProblem = false
        }
        let layout = ColumnLayout(
            header: header, rows: records.dropFirst(), file: file, known: known, computed: computed, options: options)
        diagnostics += layout.diagnostics
        if let framework, layout.framework != nil {
            diagnostics += OutputOrigin.check(
                records, file: file, expected: framework, what: FileMessage.names("this file"))
        }
        var table = emptyTable(layout, records: records)
        guard layout.unitID != nil else {
            table.diagnostics = diagnostics
            return table
        }
        var reader = RowReader(file: file, layout: layout, levelCount: levelCount, measures: known.measures)
        let badLines = Set(csvProblems.filter(\.isRowProblem).compactMap(\.line))
        for record in records.dropFirst() {
            reader.read(record, alreadyInvalid: badLines.contains(record.line))
        }
        diagnostics += reader.diagnostics
        diagnostics += reader.duplicateDiagnostics()
        if reader.dataRows == 0 {
            diagnostics.append(
                Diagnostic(
                    file: file, line: header.line,
                    AssessmentMessage.noUnits))
        }
        diagnostics += reader.checkShareColumns(records: records.dropFirst(), readAsShares: options.fractions)
        let spoiled = Set(diagnostics.filter { $0.severity == .error && $0.isRowProblem }.compactMap(\.line))
        add(reader, to: &table, layout: layout, spoiled: spoiled)
        diagnostics.sort { ($0.line ?? 0, $0.column ?? 0) < ($1.line ?? 0, $1.column ?? 0) }
        table.diagnostics = diagnostics
        return table
    }

    /// A table without units yet, with what the header says: its columns, the unknown and ignored ones, and the
    /// approximation a crosswalk's output declares.
    private static func emptyTable(_ layout: ColumnLayout, records: [CSVRecord]) -> AssessmentTable {
        var table = AssessmentTable(assessments: [], lines: [], diagnostics: [])
        table.header = layout.columnNames
        table.approximation = OutputOrigin.approximation(in: records)
        table.unknownColumns = layout.unknownColumns
        table.ignoredColumns = layout.matchedIgnores
        table.criterionColumns = layout.columnNames.indices.filter(layout.isCriterionColumn).map {
            layout.columnNames[$0]
        }
        return table
    }

    /// Adds the rows read to the table: those on a line with an error as unreadable, the others as units.
    private static func add(
        _ reader: RowReader, to table: inout AssessmentTable, layout: ColumnLayout, spoiled: Set<Int>
    ) {
        for (row, (line, assessment)) in zip(reader.lines, reader.assessments).enumerated() {
            if spoiled.contains(line) {
                table.unreadable.append((line, assessment.unit))
            } else {
                table.assessments.append(assessment)
                table.fractions.append(reader.fractions[row])
                table.lines.append(line)
                if !layout.extraColumns.isEmpty { table.extraValues.append(reader.extraValues[row]) }
            }
        }
        table.extraColumns = layout.extraColumns.map { layout.columnNames[$0] }
    }
}
