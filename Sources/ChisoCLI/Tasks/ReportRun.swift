import ChisoCore
package import ChisoFormats
package import ChisoReports

/// What `chiso report` reads: the scoring job, and beside it the sides to compare with (scored here), a plan and an
/// uncertainty analysis (the CSV outputs of `chiso plan` and `chiso uncertainty`), and the units to explain.
package enum ReportRun {
    /// Reads and scores everything a report needs.
    ///
    /// - Parameters:
    ///   - framework: A built-in framework ID or the path of a framework file.
    ///   - data: The assessment CSV.
    ///   - children: The subordinate units' assessment CSV, for a framework that rolls them up.
    ///   - childLevels: The subordinate units' recognised levels, instead of `children`.
    ///   - compare: Other sides to compare the data with: data files scored with the same framework, or outputs of
    ///     `chiso score --format csv`.
    ///   - plan: The CSV of `chiso plan` (`--format csv`, with or without `--summary`).
    ///   - budget: The plan's budget, for a file that gives none; it must be the file's own when it gives one.
    ///   - currency: The currency written after the plan's amounts, if any.
    ///   - uncertainty: The CSV of `chiso uncertainty --format csv`.
    ///   - units: The values of `--units` and `--unit`: the units to give a section of their own (IDs, several
    ///     separated by commas), `all` or `none`; empty for every unit up to ``HTMLReport/unitSectionLimit`` and
    ///     none above (``UnitSelection``).
    ///   - reading: How the assessment files are read.
    /// - Returns: The report's input, and the warnings met while reading.
    /// - Throws: ``InputError``: every problem of an input (`.data`), an input that cannot be read (`.noInput`), or a
    ///   unit that is not in the data (`.usage`).
    package static func run(
        framework: String, data: String, children: String? = nil, childLevels: String? = nil, compare: [String] = [],
        plan: String? = nil, budget: Double? = nil, currency: String? = nil, uncertainty: String? = nil,
        units: [String] = [], reading: ReadingOptions = ReadingOptions()
    ) throws(InputError) -> (ReportInput, [Diagnostic]) {
        let scoring = try ScoringRun.run(
            framework: framework, data: data, children: children, childLevels: childLevels, reading: reading)
        return try run(
            scoring, framework: framework, data: data, children: children, childLevels: childLevels, compare: compare,
            plan: plan, budget: budget, currency: currency, uncertainty: uncertainty, units: units, reading: reading)
    }

    /// Reads everything else a report needs beside a loaded scoring run: the parameters are those of
    /// ``run(framework:data:children:childLevels:compare:plan:budget:currency:uncertainty:units:reading:)``.
    static func run(
        _ scoring: ScoringRun, framework: String, data: String, children: String?, childLevels: String?,
        compare: [String], plan: String?, budget: Double? = nil, currency: String? = nil, uncertainty: String?,
        units: [String], reading: ReadingOptions
    ) throws(InputError) -> (ReportInput, [Diagnostic]) {
        var warnings = scoring.warnings
        let order = scoring.results.map(\.unit.id)
        let ids = Set(order)
        let selection: UnitSelection
        switch UnitSelection.read(units) {
        case .success(let read): selection = read
        case .failure(let mixed):
            throw InputError(
                .usage,
                [
                    Diagnostic(
                        file: data, field: "--units", value: mixed.word, ReportMessage.mixedUnitWords(word: mixed.word))
                ])
        }
        var named: [String] = []
        var unknown: [Diagnostic] = []
        if case .named(let wanted) = selection {
            for id in wanted {
                guard ids.contains(id) else {
                    let near = NearestMatch.suggestion(for: id, among: scoring.results.map(\.unit.id))
                    unknown.append(
                        Diagnostic(
                            file: data, field: "--unit", value: id,
                            ReportMessage.unknownUnit(unit: id, data: data, suggestion: near)))
                    continue
                }
                named.append(id)
            }
        }
        guard unknown.isEmpty else { throw InputError(.usage, unknown) }
        if selection == .all, order.count > HTMLReport.unitSectionLimit {
            warnings.append(Diagnostic(.warning, file: data, ReportMessage.longReport(units: order.count)))
        }
        var input = ReportInput(
            scoring: scoring.cohort, dataFile: data, childrenFile: children ?? childLevels,
            explained: selection.explained(among: order), unitsNamed: !named.isEmpty, selection: selection)
        if !compare.isEmpty {
            let (comparison, notes) = try comparisonRun(
                scoring, data: data, framework: framework, others: compare, reading: reading)
            input.comparison = comparison.comparison
            warnings += notes
        }
        if let plan {
            let rows = try records(plan, scoring: scoring, what: "the plan")
            var table = try PlanTable.read(rows, file: plan)
            try checkUnits(table.units.map(\.id), file: plan, what: .plan, scoring: scoring, data: data)
            try checkPlanOrigin(rows, file: plan, scoring: scoring, data: data, children: children)
            if let budget {
                // The file's funded column speaks of its own budget: another one beside it would contradict it.
                if let planned = table.budget, abs(planned - budget) > max(0.005, 1e-9 * planned) {
                    throw InputError(
                        .usage, file: plan,
                        ReportMessage.otherBudget(
                            given: NumberText.shortest(budget), planned: NumberText.shortest(planned)))
                }
                table.budget = budget
            }
            input.plan = table
            input.currency = currency
        }
        if let uncertainty {
            let rows = try records(uncertainty, scoring: scoring, what: "the uncertainty output")
            let table = try UncertaintyTable.read(
                rows, file: uncertainty, classes: scoring.framework.scheme.classes.count)
            try checkUnits(
                table.units.map(\.id), file: uncertainty, what: .uncertainty, scoring: scoring, data: data)
            try checkUncertaintyOrigin(rows, file: uncertainty, scoring: scoring, data: data)
            input.uncertainty = table
        }
        return (input, warnings)
    }

    /// Refuses an analysis that names units the data does not hold: drawn beside the data's units, they would pass
    /// for units of the report.
    private static func checkUnits(
        _ ids: [String], file: String, what: ReportMessage.Analysis, scoring: ScoringRun, data: String
    ) throws(InputError) {
        let known = Set(scoring.results.map(\.unit.id))
        let strangers = ids.filter { !known.contains($0) }
        guard !strangers.isEmpty else { return }
        throw InputError(
            .data, file: file,
            ReportMessage.strangers(analysis: what, data: data, units: strangers))
    }

    /// The data's own results and each other side read as `chiso compare` reads it, in the order of time when every
    /// side holds one year (so that a rank shift runs from the earlier year to the later, whichever file the report
    /// is on), else the data first.
    private static func comparisonRun(
        _ scoring: ScoringRun, data: String, framework: String, others: [String], reading: ReadingOptions
    ) throws(InputError) -> (CompareRun, [Diagnostic]) {
        let files = [data] + others
        let dataYears = Set(scoring.results.compactMap(\.unit.year))
        var years = [dataYears.count == 1 ? dataYears.first : nil]
        for file in others { years.append(try YearColumn.single(of: file)) }
        let known = years.compactMap { $0 }
        let byYear = known.count == years.count && Set(known).count == known.count
        // Sides that each hold one year are named by it ("2025 → 2026"), else by their files' names.
        let baseNames = files.map { $0.split(separator: "/").last.map(String.init) ?? $0 }
        let labels =
            byYear ? known.map(String.init) : Set(baseNames).count == baseNames.count ? baseNames : files
        let classCount = scoring.framework.scheme.classes.count
        let first = CompareRun.Side(
            results: ComparisonSide(
                name: labels[0], classCount: classCount > 0 ? classCount : nil,
                entries: CompareRun.outcomes(of: scoring)),
            framework: scoring.framework, source: data, approximation: scoring.approximation)
        var sides = [first]
        var notes: [Diagnostic] = []
        for (offset, file) in others.enumerated() {
            let (side, warnings) = try CompareRun.readSide(
                file: file, framework: framework, label: labels[offset + 1], year: nil, idMap: [:], reading: reading)
            sides.append(side)
            notes += warnings
        }
        if byYear {
            sides = zip(known, sides).sorted { $0.0 < $1.0 }.map(\.1)
            if known.first != known.min() {
                notes.append(
                    Diagnostic(
                        .notice, file: data,
                        ReportMessage.yearOrder(years: known.sorted().map(String.init))))
            }
        }
        var pairs: [PairComparison] = []
        for i in sides.indices {
            for j in sides.indices where j > i { pairs.append(PairComparison(sides[i].results, sides[j].results)) }
        }
        return (CompareRun(sides: sides, pairs: pairs, warnings: notes), notes)
    }

    /// The records of an analysis's CSV, refused when its `framework` column names another framework.
    private static func records(_ path: String, scoring: ScoringRun, what: String) throws(InputError) -> [CSVRecord] {
        let source = TableReader.read(try InputFile.readBytes(path), file: path)
        let (records, problems) = (source.records, source.problems)
        let errors =
            problems.filter { $0.severity == .error }
            + OutputOrigin.check(records, file: path, expected: scoring.framework, what: what)
        guard errors.isEmpty else { throw InputError(.data, source.placed(errors)) }
        // Rows of separators only, as spreadsheets leave them, are blank rows.
        return records.filter { !$0.fields.allSatisfy { TextNormalization.key($0).isEmpty } }
    }
}
