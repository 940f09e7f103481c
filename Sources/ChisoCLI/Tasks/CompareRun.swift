package import ChisoCore
package import ChisoFormats
package import ChisoReports

/// Results of several sides — frameworks, years, files — joined on unit ID and compared: each unit's outcome on
/// the common scale and its rank on every side, and for each pair of sides the rank correlations, the agreement of
/// classes, the overlap of the tops and the units one side lacks.
///
/// A side is a file written by `chiso score --format csv` (its `level`, or `index`, `tier` and `rank` columns are
/// read), or a data file, which is scored here. Each side names its framework, which gives its classes and its
/// common scale.
package struct CompareRun: Sendable {
    /// One side as read.
    package typealias Side = CohortComparison.Side

    /// The sides and their pairs compared.
    package var comparison: CohortComparison
    /// The sides, in the order given.
    package var sides: [Side] { comparison.sides }
    /// Every pair of sides, side *i* against each later side *j*.
    package var pairs: [PairComparison] { comparison.pairs }
    /// Notices and warnings met while reading.
    package var warnings: [Diagnostic]
    /// The parameters that shaped the comparison (years, top, ID map), for `made_by`.
    package var parameters: [(name: String, value: String)] = []

    /// The columns of a score output that mark a file as one.
    package static let outcomeColumns: Set<String> = ["level", "index", "tier"]

    /// Creates the value from its parts.
    package init(
        sides: [Side], pairs: [PairComparison], warnings: [Diagnostic], parameters: [(name: String, value: String)] = []
    ) {
        self.comparison = CohortComparison(sides: sides, pairs: pairs)
        self.warnings = warnings
        self.parameters = parameters
    }
}

extension CompareReport {
    /// Renders a comparison run.
    package static func render(
        _ run: CompareRun, format: OutputFormat, summary: Bool = false, language: Language = .vi
    ) -> String {
        render(run.comparison, parameters: run.parameters, format: format, summary: summary, language: language)
    }
}

extension CompareRun {
    /// Reads and compares the sides.
    ///
    /// - Parameters:
    ///   - inputs: The sides' files (with `--years` and a single file, the file's `year` column splits it into
    ///     sides), one framework for every side or one per side, and how the data files among the sides are read
    ///     (a score output is read as it is).
    ///   - options: Labels for the sides (a panel across years; with one file, the years whose rows form the
    ///     sides), a CSV file with columns `from,to` of unit IDs to replace on every side before joining, and the
    ///     size of the tops to compare.
    /// - Throws: ``InputError``: `.usage` for mismatched counts, `.data` with every problem of a file.
    static func run(_ inputs: ScoringInputs, _ options: Options) throws(InputError) -> CompareRun {
        let (files, frameworks, years) = (inputs.dataFiles, inputs.frameworks, options.years)
        let splitByYear = files.count == 1 && !years.isEmpty
        let sideCount = try checkSides(files: files, frameworks: frameworks, years: years)
        let mapping = try options.idMap.map { (path: String) throws(InputError) in try readIDMap(path) } ?? [:]
        var sides: [Side] = []
        var warnings: [Diagnostic] = []
        let fileLabels = labels(of: files)
        for index in 0..<sideCount {
            let file = splitByYear ? files[0] : files[index]
            let reference = frameworks.count == 1 ? frameworks[0] : frameworks[index]
            let label = years.isEmpty ? fileLabels[index] : years[index]
            let (side, notes) = try readSide(
                file: file, framework: reference, label: label, year: splitByYear ? years[index] : nil,
                idMap: mapping, reading: inputs.reading)
            sides.append(side)
            warnings += notes
        }
        var pairs: [PairComparison] = []
        for i in sides.indices {
            for j in sides.indices where j > i {
                pairs.append(PairComparison(sides[i].results, sides[j].results, top: options.top))
            }
        }
        var run = CompareRun(sides: sides, pairs: pairs, warnings: warnings)
        if !years.isEmpty { run.parameters.append(("years", years.joined(separator: ","))) }
        if let top = options.top { run.parameters.append(("top", String(top))) }
        if let idMap = options.idMap { run.parameters.append(("id_map", idMap)) }
        return run
    }

    /// Checks that the files, frameworks and years make sides: two or more, a framework for all or for each, a
    /// year for each, no label twice, and years that agree with the files' own `year` columns.
    ///
    /// - Returns: The number of sides.
    /// - Throws: ``InputError`` (usage) for the first problem found.
    static func checkSides(files: [String], frameworks: [String], years: [String]) throws(InputError) -> Int {
        let splitByYear = files.count == 1 && !years.isEmpty
        guard files.count >= 2 || splitByYear else {
            throw InputError(
                .usage, file: files.first ?? "-",
                CompareMessage.tooFewSides)
        }
        let sideCount = splitByYear ? years.count : files.count
        guard frameworks.count == 1 || frameworks.count == sideCount else {
            throw InputError(
                .usage, file: files[0],
                CompareMessage.frameworkCount(sides: sideCount, frameworks: frameworks.count))
        }
        guard years.isEmpty || years.count == sideCount else {
            throw InputError(
                .usage, file: files[0],
                CompareMessage.yearCount(years: years.count, files: files.count))
        }
        guard !(splitByYear && years.count < 2) else {
            throw InputError(.usage, file: files[0], CompareMessage.tooFewYears)
        }
        // Each side's label is its own: two sides under one label make one column of a pivot, or one year twice.
        var seenYears: Set<String> = []
        for year in years where !seenYears.insert(TextNormalization.key(year)).inserted {
            throw InputError(
                .usage, file: files[0],
                CompareMessage.yearTwice(year: year, years: years))
        }
        if !splitByYear, !years.isEmpty { try checkYears(years, of: files) }
        return sideCount
    }

    /// The sides' labels when no years name them: their file names, else their paths when two names are alike; a
    /// file given twice is labelled as such, so that no two sides share a label.
    static func labels(of files: [String]) -> [String] {
        // Sides are named by their years, else by their file names, else by their paths when two names are alike.
        let baseNames = files.map { $0.split(separator: "/").last.map(String.init) ?? $0 }
        var fileLabels = Set(baseNames).count == baseNames.count || Set(files).count < files.count ? baseNames : files
        // One file given twice: the second is labelled as such, so that no two sides share a label.
        for index in fileLabels.indices {
            let earlier = fileLabels[..<index].filter {
                $0 == fileLabels[index] || $0.hasPrefix(fileLabels[index] + " (")
            }
            if !earlier.isEmpty { fileLabels[index] += " (\(earlier.count + 1))" }
        }
        return fileLabels
    }

    /// Refuses `--years` labels that contradict the files' own `year` columns: a file that holds 2022 on every row
    /// labelled 2023 would put its ranks under the wrong year without a word, and a file that holds several years
    /// is not one side of a panel. Standard input is read once, so it is not checked here.
    static func checkYears(_ years: [String], of files: [String]) throws(InputError) {
        var problems: [Diagnostic] = []
        for (file, label) in zip(files, years) where file != InputFile.standardInputName {
            guard let held = try YearColumn.values(of: file)?.filter({ !$0.isEmpty }), !held.isEmpty else { continue }
            if held.count > 1 {
                problems.append(
                    Diagnostic(
                        file: file, field: "year", value: Plural.abbreviated(held, keep: 5),
                        CompareMessage.manyYearsInFile(count: held.count, label: label)))
            } else if !YearColumn.label(label, names: held[0]) {
                problems.append(
                    Diagnostic(
                        file: file, field: "year", value: held[0],
                        CompareMessage.yearDisagrees(held: held[0], label: label, years: years)))
            }
        }
        guard problems.isEmpty else { throw InputError(.usage, problems) }
    }

    /// Reads an ID map: `from,to`, one row per ID to replace.
    static func readIDMap(_ path: String) throws(InputError) -> [String: String] {
        let rows = try RenameMap.read(
            bytes: try InputFile.readBytes(path), file: path, what: SideFileMessage.names("ID map")
        ) { $0 }
        let map = Dictionary(rows.map { ($0.old, $0.new) }, uniquingKeysWith: { first, _ in first })
        // The map applies to every side at once, so a new ID that is itself renamed makes the result depend on
        // which side already uses it: A → B, B → A swaps two units silently; A → B, B → C renames the B of a side
        // that already uses the new IDs. Each ID must be renamed once, straight to its final ID.
        let lineOf = Dictionary(rows.map { ($0.old, $0.line) }, uniquingKeysWith: { first, _ in first })
        var problems: [Diagnostic] = []
        var inCycle: Set<String> = []
        for row in rows where row.old != row.new && !inCycle.contains(row.old) {
            guard let next = map[row.new], next != row.new else { continue }
            var chain = [row.old, row.new]
            while let following = map[chain[chain.count - 1]], following != chain[chain.count - 1],
                !chain.contains(following), chain.count < 50
            {
                chain.append(following)
            }
            let message: CompareMessage
            if map[chain[chain.count - 1]] == row.old {
                inCycle.formUnion(chain)
                message = .renameCycle(chain: chain + [row.old])
            } else {
                message = .renameChain(old: row.old, new: row.new, next: next, line: lineOf[row.new])
            }
            problems.append(Diagnostic(file: path, line: row.line, value: row.old, message))
        }
        guard problems.isEmpty else { throw InputError(.data, problems) }
        return map
    }

    /// Reads one side: a score output as it is, a data file scored with the framework.
    static func readSide(
        file: String, framework reference: String, label: String, year: String?, idMap: [String: String],
        reading: ReadingOptions = ReadingOptions()
    ) throws(InputError) -> (Side, [Diagnostic]) {
        let (framework, frameworkWarnings) = try FrameworkCatalog.load(reference)
        let bytes = try InputFile.readBytes(file)
        let source = TableReader.read(
            bytes, file: file, knownColumns: outcomeColumns.union(["unit_id", "rank", "year", "group"]),
            sheet: reading.sheet)
        let (read, problems) = (source.records, source.problems)
        // Rows of separators only, as spreadsheets leave them, are blank rows.
        let records = read.filter { !$0.fields.allSatisfy { TextNormalization.key($0).isEmpty } }
        let errors = problems.filter { $0.severity == .error }
        guard errors.isEmpty, let header = records.first else {
            throw InputError(
                .data, source.placed(errors.isEmpty ? [Diagnostic(file: file, CompareMessage.emptyFile)] : errors))
        }
        let names = header.fields.map { TextNormalization.key($0).lowercased() }
        var entries: [ComparisonSide.Entry]
        var notes = frameworkWarnings + problems
        var approximation: String?
        if names.contains("unit_id"), !outcomeColumns.isDisjoint(with: names) {
            approximation = OutputOrigin.approximation(in: records)
            let mismatch = OutputOrigin.check(records, file: file, expected: framework, what: "this score output")
            guard mismatch.isEmpty else { throw InputError(.data, source.placed(mismatch)) }
            do { entries = try readOutcomes(records, names: names, file: file, framework: framework, year: year) } catch
            {
                throw source.placed(error)
            }
        } else {
            // A panel's side is its year's rows, scored as a file of that year alone.
            var reading = reading
            if let year {
                guard let picked = CellParser.wholeNumber(TextNormalization.key(year)) else {
                    throw InputError(.usage, file: file, CompareMessage.yearsNeedScoreOutput)
                }
                reading.year = picked
            }
            let scoring = try ScoringRun.run(framework: reference, data: file, reading: reading)
            // A workbook's notices come again from scoring it.
            if source.sheet != nil { notes = frameworkWarnings }
            notes += scoring.warnings
            approximation = scoring.approximation
            entries = outcomes(of: scoring)
        }
        // IDs after the map, each once.
        var seen: [String: Int] = [:]
        var duplicates: [Diagnostic] = []
        for index in entries.indices {
            let id = idMap[entries[index].unitID] ?? entries[index].unitID
            entries[index].unitID = id
            if let first = seen[id] {
                duplicates.append(
                    Diagnostic(
                        file: file, field: "unit_id", value: id,
                        CompareMessage.duplicateUnit(first: first + 1, second: index + 1, afterIDMap: !idMap.isEmpty)))
            } else {
                seen[id] = index
            }
        }
        guard duplicates.isEmpty else { throw InputError(.data, duplicates) }
        let classCount = framework.scheme.classes.count
        let side = ComparisonSide(name: label, classCount: classCount > 0 ? classCount : nil, entries: entries)
        return (Side(results: side, framework: framework, source: file, approximation: approximation), notes)
    }

    /// The entries of results scored here.
    static func outcomes(of scoring: ScoringRun) -> [ComparisonSide.Entry] {
        let framework = scoring.framework
        let scheme = framework.scheme
        let classCount = scheme.classes.count
        let values = scoring.results.map { framework.scale.value(of: $0, classCount: classCount) ?? 0 }
        let ordinals = scoring.results.map(\.standing.ordinal)
        // The scheme's own ranks where it ranks the total (within groups, without the units it leaves unranked);
        // else ranks of the outcome, within groups as the scheme would, for the units the scheme ranks.
        let ranksTotal = scoring.ranks.figures.contains(.total)
        let computed = ComparisonSide.ranks(
            of: scoring.results.map { result in
                scheme.isRanked(result) ? result.detail.commonIndex ?? Double(result.standing.ordinal) : nil
            },
            groups: scoring.results.map(\.unit.group))
        return scoring.results.indices.map { index in
            let result = scoring.results[index]
            let rank = ranksTotal ? scoring.ranks.rank(of: .total, unit: index) : computed[index]
            return ComparisonSide.Entry(
                unitID: result.unit.id,
                outcome: outcomeText(ordinal: ordinals[index], index: result.detail.commonIndex, framework: framework),
                ordinal: classCount > 0 ? ordinals[index] : nil, scale: values[index], rank: rank,
                group: result.unit.group, unitName: result.unit.name)
        }
    }

    /// The outcome as a reader knows it: a level number, a tier's name, or the index.
    static func outcomeText(ordinal: Int, index: Double?, framework: Framework) -> String {
        let scheme = framework.scheme
        if scheme.classes.isEmpty { return index.map { NumberText.fixed($0, decimals: 4) } ?? "" }
        if scheme is any IndexScheme { return scheme.className(ordinal).vi }
        return String(ordinal)
    }

    /// The kind of a cell of a score output that cannot be read: the first few of a column are shown, the rest
    /// summed up.
    static func unreadable(_ column: String) -> Diagnostic.Group {
        Diagnostic.Group("unreadable \(column)", summary: CompareMessage.unreadableRows(column))
    }

    /// The positions of a score output's columns, from its header.
    struct OutcomeColumns {
        let id: Int
        let level: Int?
        let index: Int?
        let tier: Int?
        let rank: Int?
        let year: Int?
        let group: Int?
        let name: Int?

        /// The positions of the columns among the header's `names` (normalised, lowercased).
        init(_ names: [String]) {
            let column = { (name: String) in names.firstIndex(of: name) }
            id = column("unit_id") ?? 0
            level = column("level")
            index = column("index")
            tier = column("tier")
            rank = column("rank")
            year = column("year")
            group = column("group")
            name = column("unit_name")
        }
    }

    /// One row of a score output, read: its unit, class, index, rank and group, and the unit's name if it has one.
    struct OutcomeRow {
        var id: String
        var name: String?
        var ordinal = 0
        var index: Double?
        var rank: Int?
        var group: String?
    }

    /// A row of a score output that cannot be read, with the problem of its first unreadable cell.
    struct RowProblem: Error {
        var diagnostic: Diagnostic
    }

    /// The cell of `record` at `position`, normalised; empty when there is no such column or cell.
    static func outcomeCell(_ record: CSVRecord, _ position: Int?) -> String {
        guard let position, position < record.fields.count else { return "" }
        return TextNormalization.key(record.fields[position])
    }

    /// The entries of a score output: `level`, or `index`, `tier` and `rank`.
    static func readOutcomes(
        _ records: [CSVRecord], names: [String], file: String, framework: Framework, year: String?
    ) throws(InputError) -> [ComparisonSide.Entry] {
        let columns = OutcomeColumns(names)
        try checkOutcomeColumns(columns, file: file, framework: framework, year: year)
        // A panel's output holds each unit once a year: as one side, its units would stand twice.
        let held = Set(records.dropFirst().map { outcomeCell($0, columns.year) }.filter { !$0.isEmpty })
        if year == nil, columns.year != nil, held.count > 1 {
            throw InputError(
                .usage,
                [Diagnostic(file: file, field: "year", LongTableMessage.severalYearsCompared(years: held.sorted()))])
        }
        let tiers = tierOrdinals(of: framework.scheme)
        var errors: [Diagnostic] = []
        var rows: [OutcomeRow] = []
        for record in records.dropFirst() {
            if year != nil, outcomeCell(record, columns.year).isEmpty {
                // A row of no year belongs to no side: left out in silence, its unit would pass for missing.
                errors.append(
                    Diagnostic(
                        file: file, line: record.line, column: (columns.year ?? 0) + 1, field: "year", value: "",
                        CompareMessage.emptyYear,
                        group: Diagnostic.Group("empty year", summary: CompareMessage.emptyYearRows)))
                continue
            }
            if let year, outcomeCell(record, columns.year) != year { continue }
            do throws(RowProblem) {
                rows.append(try readOutcome(record, columns: columns, tiers: tiers, framework: framework, file: file))
            } catch {
                errors.append(error.diagnostic)
            }
        }
        guard errors.isEmpty else { throw InputError(.data, errors) }
        try checkOutcomeRows(rows, records: records, columns: columns, framework: framework, year: year, file: file)
        return entries(of: rows, ranked: columns.rank != nil, framework: framework)
    }

    /// Refuses a score output whose columns are of another kind of framework (levels for a point framework, or
    /// the reverse), or that has no year column when `--years` splits it.
    static func checkOutcomeColumns(_ columns: OutcomeColumns, file: String, framework: Framework, year: String?)
        throws(InputError)
    {
        let scheme = framework.scheme
        if columns.level != nil, scheme is any IndexScheme {
            throw InputError(
                .data, file: file,
                CompareMessage.levelsForPointFramework(framework: framework.id))
        }
        if columns.level == nil, !(scheme is any IndexScheme) {
            throw InputError(
                .data, file: file,
                CompareMessage.pointsForLevelFramework(framework: framework.id))
        }
        if year != nil, columns.year == nil {
            throw InputError(
                .usage, file: file, CompareMessage.noYearColumn)
        }
    }

    /// Each class of the scheme by its names, Vietnamese and English (normalised, lowercased).
    static func tierOrdinals(of scheme: any ScoringScheme) -> [String: Int] {
        var tierNames: [String: Int] = [:]
        for ordinal in 0...scheme.classes.count {
            let name = scheme.className(ordinal)
            tierNames[TextNormalization.key(name.vi).lowercased()] = ordinal
            tierNames[TextNormalization.key(name.en).lowercased()] = ordinal
        }
        return tierNames
    }

    /// One row of a score output: its unit, then its level, or its index, tier and rank.
    ///
    /// - Throws: ``RowProblem`` for the row's first cell that cannot be read.
    static func readOutcome(
        _ record: CSVRecord, columns: OutcomeColumns, tiers: [String: Int], framework: Framework, file: String
    ) throws(RowProblem) -> OutcomeRow {
        let classCount = framework.scheme.classes.count
        let id = outcomeCell(record, columns.id)
        guard !id.isEmpty else {
            throw RowProblem(
                diagnostic: Diagnostic(
                    file: file, line: record.line, column: columns.id + 1, field: "unit_id", value: "",
                    CompareMessage.emptyUnitID, group: unreadable("unit_id")))
        }
        var row = OutcomeRow(id: id)
        let name = outcomeCell(record, columns.name)
        if !name.isEmpty { row.name = name }
        if let levelColumn = columns.level {
            let text = outcomeCell(record, levelColumn)
            guard let level = Int(text), level >= 0, level <= classCount else {
                throw RowProblem(
                    diagnostic: Diagnostic(
                        file: file, line: record.line, column: levelColumn + 1, field: "level", value: text,
                        CompareMessage.badLevel(classCount: classCount, framework: framework.id),
                        group: unreadable("level")))
            }
            row.ordinal = level
        } else {
            try readPoints(record, into: &row, columns: columns, tiers: tiers, framework: framework, file: file)
        }
        let group = outcomeCell(record, columns.group)
        row.group = group.isEmpty ? nil : group
        return row
    }

    /// The index, tier and rank of a row of a point framework's score output, each when written.
    ///
    /// - Throws: ``RowProblem`` for the first of them that cannot be read.
    static func readPoints(
        _ record: CSVRecord, into row: inout OutcomeRow, columns: OutcomeColumns, tiers: [String: Int],
        framework: Framework, file: String
    ) throws(RowProblem) {
        let scheme = framework.scheme
        let classCount = scheme.classes.count
        func problem(_ column: Int?, _ field: String, _ value: String, _ message: CompareMessage) -> RowProblem {
            RowProblem(
                diagnostic: Diagnostic(
                    file: file, line: record.line, column: (column ?? 0) + 1, field: field, value: value,
                    message, group: unreadable(field)))
        }
        let indexText = outcomeCell(record, columns.index)
        if columns.index != nil {
            // Read as a data cell: a decimal comma too, as Excel with Vietnamese settings saves the file.
            guard case .value(let value) = CellParser.read(indexText, kind: .ratio, maximum: nil),
                (0...1).contains(value)
            else { throw problem(columns.index, "index", indexText, .badIndex) }
            row.index = value
        }
        let tierText = outcomeCell(record, columns.tier)
        if !tierText.isEmpty {
            guard let known = tiers[tierText.lowercased()] else {
                let names = (1...max(classCount, 1)).filter { $0 <= classCount }.map { scheme.className($0).vi }
                let near = NearestMatch.suggestion(for: tierText, among: names)
                throw problem(columns.tier, "tier", tierText, .unknownTier(framework: framework.id, suggestion: near))
            }
            row.ordinal = known
        }
        let rankText = outcomeCell(record, columns.rank)
        if !rankText.isEmpty {
            guard let value = CellParser.wholeNumber(rankText), value >= 1 else {
                throw problem(columns.rank, "rank", rankText, .badRank)
            }
            row.rank = value
        }
    }

    /// Refuses the rows of a score output that cannot be of `framework`: no tier where it names one for every unit,
    /// no row of the year asked for, no index where it compares on its index.
    static func checkOutcomeRows(
        _ rows: [OutcomeRow], records: [CSVRecord], columns: OutcomeColumns, framework: Framework, year: String?,
        file: String
    ) throws(InputError) {
        // A framework with tiers writes one in every row ("Không xếp hạng" below the lowest): a file whose tier
        // column is empty throughout was scored with a framework without tiers.
        if framework.scheme.classes.count > 0, let tierColumn = columns.tier, !rows.isEmpty,
            records.dropFirst().allSatisfy({ outcomeCell($0, tierColumn).isEmpty })
        {
            throw InputError(
                .data, file: file,
                CompareMessage.noTiers(framework: framework.id))
        }
        if let year, rows.isEmpty {
            throw InputError(.data, file: file, CompareMessage.noRowOfYear(year: year))
        }
        if framework.scale == .index, rows.contains(where: { $0.index == nil }) {
            throw InputError(
                .data, file: file,
                CompareMessage.noIndexColumn(framework: framework.id))
        }
    }

    /// The entries of the rows read, on the common scale; with their ranks as written when the file has a rank
    /// column (`ranked`), else ranked here.
    static func entries(of rows: [OutcomeRow], ranked: Bool, framework: Framework) -> [ComparisonSide.Entry] {
        let classCount = framework.scheme.classes.count
        // A rank column is taken as written: an empty cell is a unit the framework does not rank (below the tiers
        // of Huế's rules), never one to rank here. Without a rank column, units are ranked on their outcome,
        // within their groups.
        let computed = ComparisonSide.ranks(
            of: rows.map { $0.index ?? Double($0.ordinal) }, groups: rows.map(\.group))
        return rows.indices.map { position in
            let row = rows[position]
            let scale =
                framework.scale == .index
                ? row.index ?? 0 : classCount > 0 ? Double(row.ordinal) / Double(classCount) : 0
            return ComparisonSide.Entry(
                unitID: row.id, outcome: outcomeText(ordinal: row.ordinal, index: row.index, framework: framework),
                ordinal: classCount > 0 ? row.ordinal : nil, scale: scale,
                rank: ranked ? row.rank : computed[position], group: row.group, unitName: row.name)
        }
    }
}

extension CompareRun {
    /// The choices of `chiso compare` besides its inputs: the sides' labels (`--years`), a map of unit IDs (`--id-
    /// map`), the size of the tops (`--top`) and whether only the summary is shown (`--summary`).
    struct Options: Sendable {
        var top: Int?
        var years: [String] = []
        var idMap: String?
        var summary = false
    }
}
