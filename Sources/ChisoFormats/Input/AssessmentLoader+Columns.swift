import ChisoCore

extension AssessmentLoader {
    /// The column names an assessment file of one framework may have.
    struct KnownColumns {
        let measures: [Measure]
        /// Measure index by column name.
        let measureIndex: [String: Int]
        /// Every known name, lowercased, to the names it may stand for.
        let byLowercase: [String: [String]]
        /// Every known name, lowercased.
        var lowercased: Set<String> { Set(byLowercase.keys) }
        /// Every known name.
        let names: Set<String>
        /// Known names for suggestions ("did you mean …?").
        let suggestions: [String]

        init(measures: [Measure], computed: [String: String]) {
            self.measures = measures
            measureIndex = Dictionary(measures.enumerated().map { ($1.key, $0) }, uniquingKeysWith: { a, _ in a })
            let shares = measures.flatMap(FractionColumns.columns)
            suggestions = AssessmentLoader.unitColumns + AssessmentLoader.optionalColumns + measures.map(\.key)
            let all = suggestions + shares + computed.keys.sorted()
            names = Set(all)
            var byLowercase: [String: [String]] = [:]
            for name in names { byLowercase[name.lowercased(), default: []].append(name) }
            self.byLowercase = byLowercase
        }

        /// The known name `name` stands for regardless of case, when exactly one does.
        func match(_ name: String) -> String? {
            if names.contains(name) { return name }
            guard let candidates = byLowercase[name.lowercased()], candidates.count == 1 else { return nil }
            return candidates[0]
        }
    }

    /// A header row matched against the known columns.
    struct ColumnLayout {
        var unitID: Int?
        var unitName: Int?
        var parentID: Int?
        var year: Int?
        var registeredLevel: Int?
        var group: Int?
        /// The `framework` column, naming the framework the file was made for.
        var framework: Int?
        /// For each column, the index of the measure it holds, if any.
        var measureOfColumn: [Int?]
        /// The column names, as matched: `cqs.01` is `CQS.01` here.
        var columnNames: [String]
        var diagnostics: [Diagnostic] = []
        /// Shares given as two counts, `ID.num` and `ID.den`, instead of the column `ID`.
        var fractions: [FractionColumns] = []
        /// Columns passed through to the output (`--extra-columns keep`), in file order.
        var extraColumns: [Int] = []
        /// Names of the columns that are neither unit columns nor the framework's.
        var unknownColumns: [String] = []
        /// The names of `--ignore-column` found in the header.
        var matchedIgnores: Set<String> = []
        /// The fewest fields a row may have: columns after the last with a name or a value may be absent.
        var requiredFields = 0
        /// Whether blank fields beyond the header are padding: the header itself ends with columns without a name
        /// (Excel writes the width of its used range), or every data row has the same number of fields, more than
        /// the header. Otherwise a blank field beyond the header, in one row, is the trace of a separator too many
        /// (an unquoted decimal comma) that moved the values after it one column right: the row is an error.
        var isPadded = false
        /// The line of the header row.
        var headerLine = 1

        init(
            header: CSVRecord, rows: ArraySlice<CSVRecord>, file: String, known: KnownColumns,
            computed: [String: String], options: ReadingOptions
        ) {
            let given = header.fields.map(TextNormalization.key)
            headerLine = header.line
            columnNames = given
            measureOfColumn = Array(repeating: nil, count: given.count)
            var found: [Diagnostic] = []
            func problem(_ index: Int, _ message: AssessmentMessage, group: Diagnostic.Group? = nil) {
                found.append(
                    Diagnostic(
                        file: file, line: header.line, column: index + 1,
                        field: given[index].isEmpty ? nil : given[index], message, group: group))
            }
            let ignored = options.ignoredColumns.map(TextNormalization.key)
            let unnamed = Set(given.indices.filter { Self.isUnnamed(given[$0]) })
            let withValues = Set(unnamed.filter { Self.hasValues(column: $0, rows) })
            measureWidths(of: given, rows: rows, unnamed: unnamed, withValues: withValues)
            var renamed: [String] = []
            var passedOver: [AssessmentMessage.UnknownColumn] = []
            var seen: [String: Int] = [:]
            for (index, name) in given.enumerated() {
                if Self.isUnnamed(name) {
                    if withValues.contains(index) { unnamedWithValues.append(index) }
                    continue
                }
                if isIgnored(name, by: ignored) { continue }
                let canonical = known.match(name)
                let key = canonical ?? name
                if let first = seen[key] {
                    problem(
                        index, .duplicateColumn(first: first + 1),
                        group: Diagnostic.Group("duplicate column", summary: AssessmentMessage.Summary.duplicateColumns)
                    )
                    continue
                }
                seen[key] = index
                guard let canonical else {
                    if let message = unknown(
                        index, named: name, known: known, options: options, passedOver: &passedOver)
                    {
                        problem(
                            index, message,
                            group: Diagnostic.Group(
                                "unknown column", shown: 10, summary: AssessmentMessage.Summary.unknownColumns))
                    }
                    continue
                }
                if canonical != name { renamed.append("\(name) → \(canonical)") }
                if let message = assign(index, named: canonical, known: known, computed: computed) {
                    problem(index, message)
                }
            }
            found += unnamedProblems(header: header, rows: rows, file: file)
            diagnostics = notices(header: header, file: file, renamed: renamed, passedOver: passedOver, options)
            diagnostics += found + headerProblems(header: header, file: file, measures: known.measures)
        }

        /// Sets the fewest fields a row may have, and whether blank fields beyond the header are padding.
        private mutating func measureWidths(
            of given: [String], rows: ArraySlice<CSVRecord>, unnamed: Set<Int>, withValues: Set<Int>
        ) {
            requiredFields = (given.indices.last { !unnamed.contains($0) || withValues.contains($0) } ?? -1) + 1
            let widths = Set(rows.filter { !$0.fields.allSatisfy(Self.isBlank) }.map(\.fields.count))
            isPadded =
                given.last.map(Self.isUnnamed) == true
                || (widths.count == 1 && (widths.first ?? 0) > given.count)
        }

        /// Whether `--ignore-column` leaves the column out (its exact name first, else regardless of case); the option
        /// is then recorded as matched.
        private mutating func isIgnored(_ name: String, by ignored: [String]) -> Bool {
            guard
                let option = ignored.first(where: { $0 == name })
                    ?? ignored.first(where: { $0.lowercased() == name.lowercased() })
            else { return false }
            matchedIgnores.insert(option)
            return true
        }

        /// An unknown column, refused, passed over or kept as the options say: the problem's message when refused.
        private mutating func unknown(
            _ index: Int, named name: String, known: KnownColumns, options: ReadingOptions,
            passedOver: inout [AssessmentMessage.UnknownColumn]
        ) -> AssessmentMessage? {
            unknownColumns.append(name)
            switch options.extraColumns {
            case .refuse:
                return .unknownColumn(near: Self.suggestion(for: name, known: known.suggestions))
            case .ignore:
                passedOver.append(.init(name: name, near: Self.suggestion(for: name, known: known.suggestions)))
            case .keep:
                passedOver.append(.init(name: name, near: Self.suggestion(for: name, known: known.suggestions)))
                extraColumns.append(index)
            }
            return nil
        }

        /// Records what column `index`, under its canonical name, holds; the problem's message when it gives a
        /// criterion that is not read from a column.
        private mutating func assign(
            _ index: Int, named canonical: String, known: KnownColumns, computed: [String: String]
        ) -> AssessmentMessage? {
            columnNames[index] = canonical
            switch canonical {
            case "unit_id": unitID = index
            case "unit_name": unitName = index
            case "parent_id": parentID = index
            case "year": year = index
            case "registered_level": registeredLevel = index
            case "group": group = index
            case OutputOrigin.column: framework = index
            case OutputOrigin.approximationColumn: break
            default:
                if let measure = known.measureIndex[canonical] {
                    measureOfColumn[index] = measure
                } else if let (measure, isNumerator) = FractionColumns.part(
                    canonical, known.measureIndex, known.measures)
                {
                    addFractionColumn(index, measure: measure, isNumerator: isNumerator)
                } else if computed[canonical] != nil {
                    return .computedCriterion
                }
            }
            return nil
        }

        /// Unnamed columns that have values, to be told apart from a row index.
        private var unnamedWithValues: [Int] = []
        /// Leading unnamed columns read as a row index (pandas' index, R's row names) and left out.
        private(set) var rowIndexColumns: [Int] = []

        /// Whether column `index` holds a criterion of the framework (a measure, or half of a share as counts).
        func isCriterionColumn(_ index: Int) -> Bool {
            measureOfColumn[index] != nil
                || fractions.contains { $0.numerator == index || $0.denominator == index }
        }

        /// A header cell with no name: empty, or `Unnamed: 3` as pandas names such a column when it reads it.
        static func isUnnamed(_ name: String) -> Bool {
            if name.isEmpty { return true }
            let lowered = name.lowercased()
            guard lowered.hasPrefix("unnamed:") else { return false }
            let number = lowered.dropFirst("unnamed:".count).drop { $0 == " " }
            return !number.isEmpty && number.allSatisfy(\.isNumber)
        }

        static func isBlank(_ field: String) -> Bool {
            field.utf8.allSatisfy { $0 == 0x20 || $0 == 0x09 } || TextNormalization.key(field).isEmpty
        }

        /// Whether a `unit_id` cell says `unit_id`: the row repeats the header.
        static func isHeaderLike(_ id: String) -> Bool {
            // A cheap look at the first byte first: this runs once per row.
            guard let first = id.utf8.first, first | 0x20 == UInt8(ascii: "u") || first <= 0x20 || first == 0xC2
            else { return false }
            return id.utf8.count >= 7 && TextNormalization.key(id).lowercased() == "unit_id"
        }

        private static func hasValues(column: Int, _ rows: ArraySlice<CSVRecord>) -> Bool {
            rows.contains { column < $0.fields.count && !isBlank($0.fields[column]) }
        }

        /// Unnamed columns with values: a leading row index is left out with a notice; any other is an error.
        private mutating func unnamedProblems(header: CSVRecord, rows: ArraySlice<CSVRecord>, file: String)
            -> [Diagnostic]
        {
            var problems: [Diagnostic] = []
            for index in unnamedWithValues {
                let leading = index == rowIndexColumns.count
                if leading, let kind = Self.rowIndexKind(column: index, rows, unitID: unitID) {
                    rowIndexColumns.append(index)
                    problems.append(
                        Diagnostic(
                            .notice, file: file, line: header.line, column: index + 1,
                            AssessmentMessage.rowIndex(column: index + 1, kind: kind)))
                    continue
                }
                problems.append(
                    Diagnostic(
                        file: file, line: header.line, column: index + 1,
                        AssessmentMessage.unnamedColumn(leading: leading),
                        group: Diagnostic.Group("unnamed column", summary: AssessmentMessage.Summary.unnamedColumns)))
            }
            return problems
        }

        /// How a column numbers the rows, if it does: "numbers the rows 0, 1, 2, …" (pandas), "numbers the rows"
        /// (strictly increasing whole numbers, R's row names after a subset), or "repeats unit_id" (row names set to
        /// the IDs); `nil` if it holds anything else.
        private static func rowIndexKind(column: Int, _ rows: ArraySlice<CSVRecord>, unitID: Int?)
            -> AssessmentMessage.RowIndexKind?
        {
            var previous = -1
            var first: Int?
            var increasing = true
            var sameAsID = unitID != nil
            var count = 0
            for row in rows where !row.fields.allSatisfy(isBlank) {
                guard column < row.fields.count else { return nil }
                if let unitID, unitID < row.fields.count, isHeaderLike(row.fields[unitID]) { continue }
                let value = TextNormalization.key(row.fields[column])
                count += 1
                if sameAsID, let unitID,
                    unitID >= row.fields.count || TextNormalization.key(row.fields[unitID]) != value
                {
                    sameAsID = false
                }
                if increasing, let number = Int(value), number > previous {
                    previous = number
                    first = first ?? number
                } else {
                    increasing = false
                }
                if !increasing, !sameAsID { return nil }
            }
            guard count > 0 else { return nil }
            if increasing, let first, first <= 1, previous == first + count - 1 {
                return .fromStart(first: first)
            }
            return increasing ? .increasing : .unitID
        }

        /// One notice for the names matched regardless of case, and one for columns left out or passed through.
        private func notices(
            header: CSVRecord, file: String, renamed: [String], passedOver: [AssessmentMessage.UnknownColumn],
            _ options: ReadingOptions
        ) -> [Diagnostic] {
            var notices: [Diagnostic] = []
            if !renamed.isEmpty {
                notices.append(
                    Diagnostic(
                        .notice, file: file, line: header.line,
                        AssessmentMessage.caseMatched(names: renamed)))
            }
            if !passedOver.isEmpty {
                notices.append(
                    Diagnostic(
                        .notice, file: file, line: header.line,
                        AssessmentMessage.columnsPassedOver(kept: options.extraColumns == .keep, columns: passedOver)))
            }
            return notices
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
                        AssessmentMessage.noUnitIDColumn
                    )
                )
            }
            diagnostics += fractionProblems(header: header, file: file, measures: measures)
            let present = Set(measureOfColumn.compactMap { $0 } + fractions.map(\.measure))
            let absent = measures.indices.filter { !present.contains($0) }.map { measures[$0].key }
            if absent.count == 1 {
                diagnostics.append(
                    Diagnostic(
                        .warning, file: file, line: header.line, field: absent[0],
                        AssessmentMessage.measureWithoutColumn))
            } else if !absent.isEmpty {
                diagnostics.append(
                    Diagnostic(
                        .warning, file: file, line: header.line,
                        AssessmentMessage.measuresWithoutColumns(keys: absent)))
            }
            return diagnostics
        }

        /// The known name `name` is probably a typo of, if one is near.
        private static func suggestion(for name: String, known: [String]) -> String? {
            guard name.utf8.count <= 64 else { return nil }
            return NearestMatch.suggestion(for: name, among: known)
        }
    }
}
