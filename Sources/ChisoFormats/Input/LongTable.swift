import ChisoCore

/// A long assessment table — `unit_id, criterion, value`, one row per unit and criterion, optionally with `year` and
/// the other unit columns (`unit_name`, `parent_id`, `registered_level`, `group`) — as pandas holds data after
/// `df.melt(...)`, widened into the records of a wide file that ``AssessmentLoader`` reads, with a map back to the
/// long file's own lines so that every problem of a value points to its line and the `value` column.
///
/// A `year` column makes (`unit_id`, `year`) the key: each unit and year is one wide row. Unit columns must say the
/// same on every row of a unit (an empty cell says nothing); a criterion given twice for a unit is an error naming
/// both lines; a criterion absent for a unit is missing data, as an empty cell of a wide file.
struct LongTable {
    /// The wide records: the header, then one record per unit (and year), on the line of the unit's first row.
    private(set) var records: [CSVRecord] = []
    /// The problems found while widening, located in the long file.
    private(set) var diagnostics: [Diagnostic] = []
    /// The long file's header line.
    private let headerLine: Int
    /// The long file's header, with `unit_id`, `criterion` and `value` under those names.
    private let longHeader: [String]
    /// For each wide unit column, the long column (from 0) it comes from.
    private var unitColumns: [Int] = []
    /// The long column of `criterion` and of `value` (from 0).
    private let criterionColumn: Int
    private let valueColumn: Int
    /// The criteria, in the order first met: the wide criterion columns.
    private var criteria: [String] = []
    /// The line each criterion is first met on.
    private var criterionLines: [Int] = []
    /// The units (or units and years) in the order first met.
    private var units: [Unit] = []
    /// The index in ``units`` of the unit whose wide record stands on a line.
    private var unitOfLine: [Int: Int] = [:]
    /// The names an unknown criterion may be a typo of.
    private let suggestions: [String]
    /// The measures no row gives, which count as missing for every unit.
    private var absent: [String] = []
    /// Criteria written otherwise than the framework writes them (`cqs.01 → CQS.01`), each once.
    private var renamed: [String] = []

    /// One unit (and year) of the long table.
    private struct Unit {
        var firstLine: Int
        /// The values of the unit columns, and the line each was taken from.
        var unitValues: [String]
        var unitLines: [Int]
        /// The value of each criterion given, with its line, by criterion position.
        var values: [Int: (text: String, line: Int)] = [:]
        /// Whether a problem met while widening spoils the unit.
        var spoiled = false
    }

    /// The long names a header cell may have, lowercased: English and the glossary's Vietnamese.
    private static let aliases: [String: String] = [
        "unit_id": "unit_id", "mã đơn vị": "unit_id", "criterion": "criterion", "tiêu chí": "criterion",
        "value": "value", "giá trị": "value",
    ]

    /// Reads `records` as a long table when its header has `unit_id`, `criterion` and `value` and no column of the
    /// framework; `nil` for any other file (a wide one).
    ///
    /// - Parameter problems: The CSV reader's problems: the units of a row it could not read are left out.
    /// - Complexity: O(*n*) in the number of rows, O(*u* × *c*) for the wide records of *u* units and *c* criteria.
    init?(_ records: [CSVRecord], file: String, known: AssessmentLoader.KnownColumns, problems: [Diagnostic]) {
        guard let header = records.first else { return nil }
        let names = header.fields.map { name -> String in
            let key = TextNormalization.key(name)
            return Self.aliases[key.lowercased()] ?? key
        }
        guard let idColumn = names.firstIndex(of: "unit_id"), let criterion = names.firstIndex(of: "criterion"),
            let value = names.firstIndex(of: "value"),
            !names.contains(where: { known.match($0).map { known.measureIndex[$0] != nil } ?? false })
        else { return nil }
        headerLine = header.line
        longHeader = names
        diagnostics = problems.map { problem in
            var problem = problem
            if problem.line == header.line { problem.isRowProblem = false }
            return problem
        }
        criterionColumn = criterion
        valueColumn = value
        suggestions = known.suggestions
        let unnamed = names.indices.filter { AssessmentLoader.ColumnLayout.isUnnamed(names[$0]) }
        unitColumns =
            [idColumn]
            + names.indices.filter { $0 != idColumn && $0 != criterion && $0 != value }
            .filter { !unnamed.contains($0) }
        let yearColumn = names.firstIndex { $0.lowercased() == "year" }
        let badLines = Set(problems.filter(\.isRowProblem).compactMap(\.line))
        var positions: [String: Int] = [:]
        var unitIndex: [String: Int] = [:]
        for record in records.dropFirst() {
            read(
                record, file: file, known: known, yearColumn: yearColumn, positions: &positions,
                unitIndex: &unitIndex, alreadyInvalid: badLines.contains(record.line))
        }
        if unnamed.contains(where: { column in
            records.dropFirst().contains {
                column < $0.fields.count && !TextNormalization.key($0.fields[column]).isEmpty
            }
        }) {
            diagnostics.append(
                Diagnostic(.notice, file: file, line: headerLine, LongTableMessage.indexLeftOut(count: unnamed.count)))
        }
        diagnostics.append(
            Diagnostic(
                .notice, file: file, line: headerLine,
                LongTableMessage.readAsLong(units: units.count, criteria: criteria.count)))
        if !renamed.isEmpty {
            diagnostics.append(
                Diagnostic(.notice, file: file, line: headerLine, AssessmentMessage.caseMatched(names: renamed)))
        }
        let given = Set(criteria)
        absent = known.measures.filter { measure in
            !given.contains(measure.key) && !FractionColumns.columns(of: measure).contains(where: given.contains)
        }.map(\.key)
        if !absent.isEmpty {
            diagnostics.append(
                Diagnostic(
                    .warning, file: file, line: headerLine, LongTableMessage.criteriaWithoutRows(keys: absent)))
        }
        self.records = wideRecords(header: header)
    }

    /// Reads one row of the long table into its unit.
    private mutating func read(
        _ record: CSVRecord, file: String, known: AssessmentLoader.KnownColumns, yearColumn: Int?,
        positions: inout [String: Int], unitIndex: inout [String: Int], alreadyInvalid: Bool
    ) {
        let fields = record.fields
        if fields.allSatisfy(AssessmentLoader.ColumnLayout.isBlank) { return }
        func problem(_ column: Int?, _ message: some DiagnosticMessage, value: String? = nil) {
            diagnostics.append(
                Diagnostic(
                    file: file, line: record.line, column: column.map { $0 + 1 },
                    field: column.map { longHeader[$0] }, value: value, message, isRowProblem: true))
        }
        guard
            fields.count >= longHeader.count
                || fields.count > max(unitColumns.max() ?? 0, criterionColumn, valueColumn)
        else {
            problem(nil, AssessmentMessage.fieldCount(fields: fields.count, expected: longHeader.count))
            return
        }
        func field(_ column: Int) -> String { column < fields.count ? TextNormalization.key(fields[column]) : "" }
        let id = field(unitColumns[0])
        if AssessmentLoader.ColumnLayout.isHeaderLike(id) {
            diagnostics.append(Diagnostic(.notice, file: file, line: record.line, AssessmentMessage.repeatedHeader))
            return
        }
        guard !id.isEmpty else { return problem(unitColumns[0], AssessmentMessage.emptyUnitID) }
        let written = field(criterionColumn)
        guard !written.isEmpty else { return problem(criterionColumn, LongTableMessage.emptyCriterion) }
        let criterion = known.match(written) ?? written
        if criterion != written, !renamed.contains("\(written) → \(criterion)") {
            renamed.append("\(written) → \(criterion)")
        }
        let year = yearColumn.map { PanelYear.key(field($0)) }
        var values = unitColumns.map(field)
        let unit = self.unit(
            year.map { id + "\u{1F}" + $0 } ?? id, values: values, line: record.line, unitIndex: &unitIndex)
        if alreadyInvalid { units[unit].spoiled = true }
        if units[unit].firstLine != record.line {
            // The year is part of the key: written `2024` or `2024.0`, it is one year, never a disagreement.
            if let yearColumn, let index = unitColumns.firstIndex(of: yearColumn) { values[index] = "" }
            agree(unit, fields: values, line: record.line, file: file)
        }
        let position = self.position(of: criterion, line: record.line, positions: &positions)
        if let first = units[unit].values[position] {
            units[unit].spoiled = true
            problem(
                criterionColumn,
                LongTableMessage.valueTwice(
                    first: first.line, criterion: criterion, year: year.flatMap { $0.isEmpty ? nil : $0 }),
                value: written)
            return
        }
        units[unit].values[position] = (valueColumn < fields.count ? fields[valueColumn] : "", record.line)
    }

    /// The index of the unit (and year) `key` in ``units``, added on its first row.
    private mutating func unit(_ key: String, values: [String], line: Int, unitIndex: inout [String: Int]) -> Int {
        if let known = unitIndex[key] { return known }
        let unit = units.count
        unitIndex[key] = unit
        unitOfLine[line] = unit
        units.append(
            Unit(firstLine: line, unitValues: values, unitLines: Array(repeating: line, count: unitColumns.count)))
        return unit
    }

    /// The position of `criterion` among the wide criterion columns, added on its first row.
    private mutating func position(of criterion: String, line: Int, positions: inout [String: Int]) -> Int {
        if let known = positions[criterion] { return known }
        positions[criterion] = criteria.count
        criteria.append(criterion)
        criterionLines.append(line)
        return criteria.count - 1
    }

    /// Checks that a row says what the unit's earlier rows say in every unit column; an empty cell says nothing.
    private mutating func agree(_ unit: Int, fields: [String], line: Int, file: String) {
        for (index, value) in fields.enumerated() where index > 0 && !value.isEmpty {
            let held = units[unit].unitValues[index]
            if held.isEmpty {
                units[unit].unitValues[index] = value
                units[unit].unitLines[index] = line
            } else if held != value {
                units[unit].spoiled = true
                let column = unitColumns[index]
                diagnostics.append(
                    Diagnostic(
                        file: file, line: line, column: column + 1, field: longHeader[column], value: value,
                        LongTableMessage.unitColumnDisagrees(first: units[unit].unitLines[index], firstValue: held),
                        isRowProblem: true))
            }
        }
    }

    /// The header of the wide records, then one record per unit.
    private func wideRecords(header: CSVRecord) -> [CSVRecord] {
        let names = unitColumns.map { longHeader[$0] } + criteria
        var wide = [CSVRecord(line: header.line, fields: names)]
        wide.reserveCapacity(units.count + 1)
        for unit in units {
            let values = criteria.indices.map { unit.values[$0]?.text ?? "" }
            wide.append(CSVRecord(line: unit.firstLine, fields: unit.unitValues + values))
        }
        return wide
    }
}

extension LongTable {
    /// The table read from the wide records, with every problem, line and column moved back to the long file: a
    /// value's problem to its own line and the `value` column, a unit column's to the row it was taken from, a
    /// criterion column's (an unknown criterion) to the first row that names it. Units spoiled while widening are
    /// left out, as rows with errors are.
    func relocate(_ wide: AssessmentTable) -> AssessmentTable {
        var table = wide
        // The wide records' "no column for these measures" is said of rows here.
        let said = wide.diagnostics.filter { $0.code != AssessmentMessage.measureWithoutColumn.code }
        table.diagnostics = said.map(relocate) + diagnostics
        table.diagnostics.sort { ($0.line ?? 0, $0.column ?? 0) < ($1.line ?? 0, $1.column ?? 0) }
        table.header = longHeader
        var kept: [Int] = []
        for (row, line) in table.lines.enumerated() {
            if let unit = unitOfLine[line], units[unit].spoiled {
                table.unreadable.append((line, table.assessments[row].unit))
            } else {
                kept.append(row)
            }
        }
        if kept.count < table.lines.count {
            table.assessments = kept.map { table.assessments[$0] }
            table.fractions = kept.map { table.fractions[$0] }
            if !table.extraValues.isEmpty { table.extraValues = kept.map { table.extraValues[$0] } }
            table.lines = kept.map { table.lines[$0] }
        }
        return table
    }

    /// One problem of the wide records, placed in the long file.
    private func relocate(_ diagnostic: Diagnostic) -> Diagnostic {
        guard let line = diagnostic.line, let column = diagnostic.column.map({ $0 - 1 }), column >= 0 else {
            return diagnostic
        }
        var moved = diagnostic
        if line == headerLine {
            if column < unitColumns.count {
                moved.column = unitColumns[column] + 1
            } else if column - unitColumns.count < criteria.count {
                let criterion = criteria[column - unitColumns.count]
                moved.line = criterionLines[column - unitColumns.count]
                moved.column = criterionColumn + 1
                if diagnostic.code == AssessmentMessage.unknownColumn(near: nil).code {
                    let near =
                        criterion.utf8.count <= 64 ? NearestMatch.suggestion(for: criterion, among: suggestions) : nil
                    moved = Diagnostic(
                        diagnostic.severity, file: diagnostic.file, line: moved.line, column: moved.column,
                        field: longHeader[criterionColumn], value: criterion,
                        LongTableMessage.unknownCriterion(near: near), group: diagnostic.group)
                }
            }
        } else if let unit = unitOfLine[line] {
            if column < unitColumns.count {
                moved.line = units[unit].unitLines[column]
                moved.column = unitColumns[column] + 1
            } else if let value = units[unit].values[column - unitColumns.count] {
                moved.line = value.line
                moved.column = valueColumn + 1
            } else {
                moved.column = nil
            }
        }
        return moved
    }
}
