package import ChisoCore
package import ChisoFormats
import ChisoReports

/// One scoring job from files: load the framework and the assessment file, and, if the framework rolls up
/// subordinate units, their file too; then score everything together (``LinkedScoring``) and rank the cohort.
package struct ScoringRun: Sendable {
    /// The framework used.
    package var framework: Framework
    /// One result per unit scored, in file order.
    package var results: [UnitResult]
    /// The units' data, as read, in the order of ``results``.
    package var assessments: [Assessment] = []
    /// The ranks of the units among those scored, by position in ``results``.
    package var ranks: CohortRanks
    /// For each result, the shares its file gave as two counts (`ID.num`, `ID.den`), by measure index.
    package var fractions: [[Int: Fraction]] = []
    /// The subordinate units and their parents scored together, when subordinate units were given.
    package var linked: LinkedScoring?
    /// Warnings about the inputs (columns absent, no subordinate units given, rows that could not be read, …).
    package var warnings: [Diagnostic]
    /// The row errors of rows left out under `skipInvalid`; empty otherwise.
    package var skipped: [Diagnostic]
    /// The units of the assessment file left out under `skipInvalid`, by unit ID, with their lines.
    package var skippedUnits: [String: Int] = [:]
    /// The columns passed through to the output under ``ReadingOptions/ExtraColumns/keep``, and their values for
    /// each result.
    package var extraColumns: PassThroughColumns?
    /// Why the data's values are an approximation, from its `approximation` column (``AssessmentTable/approximation``):
    /// the results then are not the framework's own, and every output says so.
    package var approximation: String?
    /// The years of a panel asked to be scored year by year (`panel`), in increasing order; nothing is scored then.
    /// Empty for data of one year.
    package var panelYears: [Int] = []

    /// The cohort scored, as the core and the renderers hold it.
    package var cohort: ScoredCohort {
        ScoredCohort(
            framework: framework, results: results, ranks: ranks, linked: linked, approximation: approximation)
    }

    /// What made the outputs of this run: its framework, and the approximation its data is.
    package var origin: OutputOrigin { OutputOrigin(framework, approximation: approximation) }

    /// Creates the value from its parts.
    package init(
        framework: Framework, results: [UnitResult], assessments: [Assessment] = [], ranks: CohortRanks,
        fractions: [[Int: Fraction]] = [], linked: LinkedScoring? = nil, warnings: [Diagnostic], skipped: [Diagnostic],
        skippedUnits: [String: Int] = [:], extraColumns: PassThroughColumns? = nil, approximation: String? = nil
    ) {
        self.framework = framework
        self.results = results
        self.assessments = assessments
        self.ranks = ranks
        self.fractions = fractions
        self.linked = linked
        self.warnings = warnings
        self.skipped = skipped
        self.skippedUnits = skippedUnits
        self.extraColumns = extraColumns
        self.approximation = approximation
    }
}

extension ScoringRun {
    /// Runs a scoring job on the inputs of a data command.
    ///
    /// - Throws: ``InputError`` with every problem of the inputs; nothing is scored then.
    static func run(_ inputs: ScoringInputs, panel: Bool = false) throws(InputError) -> ScoringRun {
        try run(
            framework: inputs.framework, data: inputs.data, moreData: Array(inputs.dataFiles.dropFirst()),
            children: inputs.children, childLevels: inputs.childLevels, skipInvalid: inputs.skipInvalid,
            reading: inputs.reading, panel: panel)
    }

    /// Runs a scoring job.
    ///
    /// - Parameters:
    ///   - framework: A built-in framework ID or the path of a framework file.
    ///   - data: The path of the assessment file (CSV or workbook), or of a folder of filled forms.
    ///   - moreData: More files to read with `data` as one assessment (filled forms, one per unit).
    ///   - children: The path of the subordinate units' assessment CSV (a district's communes), if any.
    ///   - childLevels: The path of a list of recognised levels of the subordinate units (`unit_id,parent_id,level`),
    ///     used instead of `children`; the two cannot be mixed.
    ///   - skipInvalid: Score the rows without errors and report the others in ``skipped``, instead of failing.
    ///     A subordinate unit left out this way makes its parent's roll-up condition missing, never passing.
    ///   - reading: Columns to leave out or pass through, whether percentages are given as shares, and the year of a
    ///     panel to read; for both assessment files.
    ///   - panel: Whether data of several years is welcome: the run then only names them in ``panelYears``, to be
    ///     scored one year at a time. Otherwise such data is a usage error that names `--year`.
    /// - Throws: ``InputError`` with every problem of the inputs; nothing is scored then. A file whose columns are
    ///   those of another framework is one error that says so.
    package static func run(
        framework reference: String,
        data: String,
        moreData: [String] = [],
        children: String? = nil,
        childLevels: String? = nil,
        skipInvalid: Bool = false,
        reading: ReadingOptions = ReadingOptions(),
        panel: Bool = false
    ) throws(InputError) -> ScoringRun {
        let (framework, frameworkWarnings) = try FrameworkCatalog.load(reference)
        if let children, childLevels != nil {
            throw InputError(
                .usage, file: children,
                ScoringMessage.childrenTwice)
        }
        try checkScorable(framework, reference: reference, children: children ?? childLevels)
        let scheme = framework.scheme
        let computed = computedCriteria(of: framework)
        let table =
            try moreData.isEmpty && !FormInput.isFolder(data)
            ? AssessmentLoader.load(
                try InputFile.readBytes(data), file: data, measures: scheme.measures,
                levelCount: scheme.classes.count, computed: computed, options: reading, framework: framework)
            : FormInput.load(
                paths: [data] + moreData, measures: scheme.measures, levelCount: scheme.classes.count,
                computed: computed, options: reading, framework: framework)
        do {
            var run = try scored(
                table, framework: framework, reference: reference, data: data, children: children,
                childLevels: childLevels, skipInvalid: skipInvalid, reading: reading, computed: computed,
                frameworkWarnings: frameworkWarnings, panel: panel)
            run.warnings = table.placed(run.warnings, file: data)
            run.skipped = table.placed(run.skipped, file: data)
            return run
        } catch {
            throw table.placed(error, file: data)
        }
    }

    /// Scores the units of `table`, read from `data`, with the subordinate units of `children` or `childLevels`.
    private static func scored(
        _ table: AssessmentTable, framework: Framework, reference: String, data: String, children: String?,
        childLevels: String?, skipInvalid: Bool, reading: ReadingOptions, computed: [String: String],
        frameworkWarnings: [Diagnostic], panel: Bool
    ) throws(InputError) -> ScoringRun {
        let scheme = framework.scheme
        try FileMixUp.check(
            table, file: data, framework: framework, reference: reference,
            role: children == nil ? .alone : .parents(children: children ?? ""))
        let subordinates = try loadSubordinates(
            children: children, childLevels: childLevels, of: framework, reference: reference, parents: table,
            data: data, computed: computed, reading: reading)
        var warnings = frameworkWarnings + subordinates.warnings
        let problems = subordinates.problems + table.diagnostics
        warnings += problems.filter { $0.severity != .error }
        warnings += unmatchedIgnores(
            reading.ignoredColumns, found: table.ignoredColumns.union(subordinates.ignoredColumns), data)
        let errors = problems.filter { $0.severity == .error }
        if errors.contains(where: { !$0.isRowProblem }) || (!errors.isEmpty && !skipInvalid) {
            throw InputError(.data, errors + warnings)
        }
        let several = PanelYear.severalYears(in: table, file: data)
        // Recognised levels carry no year: each year would take the same.
        if let several, !panel || childLevels != nil { throw InputError(.usage, [several]) }
        let withoutYear =
            PanelYear.rowsWithoutYear(in: table, file: data)
            + (subordinates.input.map { PanelYear.rowsWithoutYear(in: $0.table, file: children ?? "") } ?? [])
        guard withoutYear.isEmpty else { throw InputError(.data, withoutYear + warnings) }
        if several != nil {
            var run = ScoringRun(framework: framework, results: [], ranks: .none, warnings: [], skipped: [])
            run.panelYears = table.years
            return run
        }
        // Subordinate units of several years would roll up into one year's parents.
        if let children, let childTable = subordinates.input?.table,
            let several = PanelYear.severalYears(in: childTable, file: children)
        {
            throw InputError(.usage, [several])
        }
        var run = prepared(table, framework: framework, warnings: warnings, skipped: errors, file: data)
        if let recognised = subordinates.recognised {
            run.results = scheme.score(table.assessments, subordinates: recognised)
        } else {
            run.score(table.assessments, children: subordinates.input, file: children ?? "")
        }
        run.ranks = scheme.rank(run.results)
        if let notice = unrankedNotice(run.results, scheme: scheme, file: data) { run.warnings.append(notice) }
        return run
    }

    /// The subordinate units as given: their data (`--children`), read and checked against the parents, or their
    /// recognised levels (`--children-levels`), or neither.
    private struct Subordinates {
        /// The subordinate units' recognised levels, by parent, when given as a list.
        var recognised: [String: ChildLevelSummary]?
        /// The subordinate units' framework and data, when given as data.
        var input: ChildInput?
        /// What the user should know about them (or, when neither is given, about the criteria they would fill).
        var warnings: [Diagnostic] = []
        /// The problems of their file.
        var problems: [Diagnostic] = []
        /// The columns of their file left out with `--ignore-column`.
        var ignoredColumns: Set<String> = []
    }

    /// Reads the subordinate units, whichever option gives them; without either, a warning names the criteria
    /// computed from them, which count as missing.
    private static func loadSubordinates(
        children: String?, childLevels: String?, of framework: Framework, reference: String,
        parents table: AssessmentTable, data: String, computed: [String: String], reading: ReadingOptions
    ) throws(InputError) -> Subordinates {
        var subordinates = Subordinates()
        if let childLevels {
            let (summaries, levelProblems, notice) = try loadRecognisedLevels(
                childLevels, of: framework, reference: reference, parents: table)
            subordinates.recognised = summaries
            subordinates.problems += levelProblems
            subordinates.warnings.append(notice)
        } else if let children {
            let input = try loadChildren(
                children, of: framework, reference: reference, parents: table, data: data, reading: reading)
            subordinates.warnings += input.warnings
            subordinates.problems += input.table.diagnostics
            subordinates.ignoredColumns = input.table.ignoredColumns
            subordinates.input = input
        } else if !computed.isEmpty {
            subordinates.warnings.append(
                Diagnostic(
                    .warning,
                    file: data,
                    field: computed.keys.sorted().joined(separator: ", "),
                    ScoringMessage.noChildrenFile
                )
            )
        }
        return subordinates
    }

    /// A run of the data's units, not scored yet: their assessments and what the table says about them (shares
    /// read as fractions, rows skipped, columns passed through, an approximation).
    private static func prepared(
        _ table: AssessmentTable, framework: Framework, warnings: [Diagnostic], skipped: [Diagnostic], file data: String
    ) -> ScoringRun {
        var run = ScoringRun(
            framework: framework, results: [], ranks: .none, linked: nil, warnings: warnings, skipped: skipped)
        run.fractions = table.fractions
        for (line, unit) in table.unreadable where !unit.id.isEmpty { run.skippedUnits[unit.id] = line }
        if !table.extraColumns.isEmpty {
            run.extraColumns = PassThroughColumns(names: table.extraColumns, values: table.extraValues)
        }
        run.assessments = table.assessments
        if let approximation = table.approximation {
            run.approximation = approximation
            run.warnings.append(
                Diagnostic(
                    .warning, file: data, field: OutputOrigin.approximationColumn,
                    ScoringMessage.approximateData(framework: framework.id)))
        }
        return run
    }

    /// A notice naming the units the scheme leaves unranked (below the lowest tier of Decision 3043), so that an
    /// empty rank says why wherever it is written.
    static func unrankedNotice(_ results: [UnitResult], scheme: any ScoringScheme, file: String) -> Diagnostic? {
        let unranked = results.filter { !scheme.isRanked($0) }.map(\.unit.id)
        guard !unranked.isEmpty else { return nil }
        let lowest = scheme.className(1)
        return Diagnostic(
            .warning, file: file,
            ScoringMessage.unranked(
                count: unranked.count, lowest: lowest, shown: Array(unranked.prefix(10)), more: unranked.count > 10))
    }

    /// A list of recognised levels, read, with a notice that says where the roll-up's levels come from.
    private static func loadRecognisedLevels(
        _ path: String, of framework: Framework, reference: String, parents: AssessmentTable
    ) throws(InputError) -> ([String: ChildLevelSummary], [Diagnostic], Diagnostic) {
        let maximumLevel = try FrameworkCatalog.loadChild(of: framework, reference: reference)?.0.scheme.classes.count
        let (summaries, problems) = RecognisedLevels.read(
            try InputFile.readBytes(path), file: path, maximumLevel: maximumLevel ?? framework.scheme.classes.count,
            parents: parents.assessments.map(\.unit.id))
        let count = summaries.values.reduce(0) { $0 + $1.total }
        let notice = Diagnostic(
            .warning, file: path,
            ScoringMessage.recognisedLevels(count: count))
        return (summaries, problems, notice)
    }

    /// Scores the units, with their subordinate units linked when given.
    private mutating func score(_ assessments: [Assessment], children: ChildInput?, file: String) {
        let scheme = framework.scheme
        guard let children else {
            results = scheme.score(assessments)
            return
        }
        let linked = LinkedScoring(
            parents: assessments,
            scheme: scheme,
            children: children.table.assessments,
            scheme: children.framework.scheme,
            unreadable: children.table.unreadable.map {
                LinkedScoring.UnreadableChild(id: $0.unit.id, parentID: $0.unit.parentID)
            }
        )
        self.linked = linked
        results = linked.parentResults
        warnings += Self.unreadableWarnings(children, file: file)
    }

    /// Refuses a framework that cannot score (unknown weights) or that is given subordinate units it does not roll up.
    private static func checkScorable(_ framework: Framework, reference: String, children: String?) throws(InputError) {
        let unknown = framework.scheme.unknownWeights.map { framework.scheme.conditions[$0].id }
        if !unknown.isEmpty {
            throw InputError(
                .data,
                file: reference,
                ScoringMessage.unknownWeights(criteria: unknown, framework: framework.id)
            )
        }
        if let children, !framework.scheme.rollsUpChildren {
            throw InputError(
                .usage,
                file: children,
                ScoringMessage.noRollUp(framework: framework.id)
            )
        }
    }

    /// The subordinate units' framework and file, read.
    private struct ChildInput {
        var framework: Framework
        var table: AssessmentTable
        var warnings: [Diagnostic]
    }

    private static func loadChildren(
        _ children: String,
        of framework: Framework,
        reference: String,
        parents: AssessmentTable,
        data: String,
        reading: ReadingOptions
    ) throws(InputError) -> ChildInput {
        guard let (childFramework, childWarnings) = try FrameworkCatalog.loadChild(of: framework, reference: reference)
        else {
            throw InputError(
                .usage,
                file: children,
                ScoringMessage.noChildFramework(framework: framework.id)
            )
        }
        let childScheme = childFramework.scheme
        // Columns pass through from the scored file only; the subordinate units' extra columns are left out.
        var childReading = reading
        if childReading.extraColumns == .keep { childReading.extraColumns = .ignore }
        childReading.sheet = nil  // --sheet names the scored file's sheet; a workbook of subordinates is read first

        var table = AssessmentLoader.load(
            try InputFile.readBytes(children),
            file: children,
            measures: childScheme.measures,
            levelCount: childScheme.classes.count,
            options: childReading,
            framework: childFramework
        )
        try FileMixUp.check(
            table, file: children, framework: childFramework, reference: framework.childFramework ?? "",
            role: .children(parents: data, parentFramework: framework))
        table.diagnostics = table.placed(
            table.diagnostics + parentProblems(table, parents: parents, file: children), file: children)
        // Rows spoiled only by the parent check were read but must not count either.
        let spoiled = Set(table.diagnostics.filter { $0.severity == .error && $0.isRowProblem }.compactMap(\.line))
        var kept: [Assessment] = []
        var keptLines: [Int] = []
        for (line, assessment) in zip(table.lines, table.assessments) {
            if spoiled.contains(line) {
                table.unreadable.append((line, assessment.unit))
            } else {
                kept.append(assessment)
                keptLines.append(line)
            }
        }
        table.assessments = kept
        table.lines = keptLines
        return ChildInput(framework: childFramework, table: table, warnings: childWarnings)
    }

    /// One warning per parent whose roll-up lacks subordinate units that could not be read.
    private static func unreadableWarnings(_ input: ChildInput, file: String) -> [Diagnostic] {
        var byParent: [String: [String]] = [:]
        for (_, unit) in input.table.unreadable { byParent[unit.parentID ?? "", default: []].append(unit.id) }
        return byParent.keys.sorted().map { parent in
            let ids = byParent[parent] ?? []
            return Diagnostic(
                .warning,
                file: file,
                field: "parent_id",
                value: parent.isEmpty ? nil : parent,
                ScoringMessage.unreadableChildren(ids: ids, parent: parent.isEmpty ? nil : parent),
                group: Diagnostic.Group(
                    "unreadable subordinate units", shown: 5, summary: ScoringMessage.unreadableChildrenParents)
            )
        }
    }

    /// A warning for each `--ignore-column` name that no file of the run has.
    private static func unmatchedIgnores(_ names: [String], found: Set<String>, _ file: String) -> [Diagnostic] {
        names.map(TextNormalization.key).filter { !found.contains($0) }.map {
            Diagnostic(
                .warning, file: file, field: $0,
                ScoringMessage.ignoredColumnAbsent)
        }
    }

    /// Criteria computed rather than read from a column, with the reason, for messages.
    static func computedCriteria(of framework: Framework) -> [String: String] {
        var computed: [String: String] = [:]
        for condition in framework.scheme.conditions where condition.tags.contains(.rollUp) {
            computed[condition.id] = "it is computed from the levels of the subordinate units given with --children"
        }
        return computed
    }

    /// Row errors for subordinate units whose `parent_id` is empty or names no unit of the parent file.
    static func parentProblems(_ children: AssessmentTable, parents: AssessmentTable, file: String) -> [Diagnostic] {
        let parentIDs = Set(parents.assessments.map(\.unit.id))
        let sortedIDs = parentIDs.sorted()
        var problems: [Diagnostic] = []
        guard let index = children.header.firstIndex(of: "parent_id") else {
            guard !children.header.isEmpty else { return [] }
            return [
                Diagnostic(
                    file: file, line: 1, field: "parent_id",
                    ScoringMessage.noParentColumn)
            ]
        }
        let column = index + 1
        for (line, assessment) in zip(children.lines, children.assessments) {
            guard let parent = assessment.unit.parentID else {
                problems.append(
                    Diagnostic(
                        file: file,
                        line: line,
                        column: column,
                        field: "parent_id",
                        ScoringMessage.emptyParent,
                        isRowProblem: true,
                        group: Diagnostic.Group("empty parent_id", summary: ScoringMessage.emptyParentRows)
                    )
                )
                continue
            }
            guard !parentIDs.contains(parent) else { continue }
            let near =
                problems.count < 50 && parent.utf8.count <= 64
                ? NearestMatch.suggestion(for: parent, among: sortedIDs) : nil
            problems.append(
                Diagnostic(
                    file: file,
                    line: line,
                    column: column,
                    field: "parent_id",
                    value: parent,
                    ScoringMessage.unknownParent(suggestion: near),
                    isRowProblem: true,
                    group: Diagnostic.Group("unknown parent_id", summary: ScoringMessage.unknownParentRows)
                )
            )
        }
        return problems
    }
}
