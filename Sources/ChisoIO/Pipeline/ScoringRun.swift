public import ChisoCore

/// One scoring job from files: load the framework and the assessment file, score the subordinate units first if
/// the framework rolls them up, then score the units.
public struct ScoringRun: Sendable {
    /// The framework used.
    public var framework: Framework
    /// One result per unit scored, in file order.
    public var results: [UnitResult]
    /// Warnings about the inputs (columns absent, no subordinate units given, …).
    public var warnings: [Diagnostic]
    /// The row errors of rows left out under `skipInvalid`; empty otherwise.
    public var skipped: [Diagnostic]

    /// Runs a scoring job.
    ///
    /// - Parameters:
    ///   - framework: A built-in framework ID or the path of a framework file.
    ///   - data: The path of the assessment CSV.
    ///   - children: The path of the subordinate units' assessment CSV (a district's communes), if any.
    ///   - skipInvalid: Score the rows without errors and report the others in ``skipped``, instead of failing.
    /// - Throws: ``InputError`` with every problem of the inputs; nothing is scored then.
    public static func run(
        framework reference: String,
        data: String,
        children: String? = nil,
        skipInvalid: Bool = false
    ) throws(InputError) -> ScoringRun {
        let (framework, frameworkWarnings) = try FrameworkCatalog.load(reference)
        var warnings = frameworkWarnings
        if case .points(let points) = framework.scheme, !points.unknownMaxima.isEmpty {
            throw InputError(
                .data,
                file: reference,
                message: "the points of \(points.unknownMaxima.joined(separator: ", ")) are not given by the sources, "
                    + "so this framework cannot score without inventing weights. Copy it (chiso frameworks show "
                    + "\(framework.id) --format json > my.json), fill in \"max\" for each of them, and score with "
                    + "--framework my.json"
            )
        }
        let scheme = framework.scoring
        let levelCount = scheme.classes.count
        let dataBytes = try InputFile.readBytes(data)
        let computed = computedCriteria(of: framework)
        var table = AssessmentLoader.load(
            dataBytes,
            file: data,
            measures: scheme.measures,
            levelCount: levelCount,
            computed: computed
        )
        var context = ScoringContext()
        var problems: [Diagnostic] = []
        if let children {
            guard
                let (childFramework, childWarnings) = try FrameworkCatalog.loadChild(
                    of: framework, reference: reference)
            else {
                throw InputError(
                    .usage,
                    file: children,
                    message: "--children is given but framework \(framework.id) does not roll up subordinate units"
                )
            }
            warnings += childWarnings
            let childScheme = childFramework.scoring
            var childTable = AssessmentLoader.load(
                try InputFile.readBytes(children),
                file: children,
                measures: childScheme.measures,
                levelCount: childScheme.classes.count
            )
            childTable.diagnostics += parentProblems(childTable, parents: table, file: children)
            let childSpoiled = Set(
                childTable.diagnostics.filter { $0.severity == .error && $0.isRowProblem }.compactMap(\.line))
            let kept = zip(childTable.lines, childTable.assessments).filter { !childSpoiled.contains($0.0) }.map(\.1)
            problems += childTable.diagnostics
            let childResults = childScheme.score(kept, context: ScoringContext())
            context.childLevels = summaries(of: childResults, maximumLevel: childScheme.classes.count)
        } else if !computed.isEmpty {
            warnings.append(
                Diagnostic(
                    .warning,
                    file: data,
                    field: computed.keys.sorted().joined(separator: ", "),
                    message: "no --children file is given, so this criterion counts as missing for every unit; give "
                        + "the subordinate units' assessment file with --children to score it"
                )
            )
        }
        problems += table.diagnostics
        warnings += problems.filter { $0.severity == .warning }
        let errors = problems.filter { $0.severity == .error }
        let fileErrors = errors.filter { !$0.isRowProblem }
        if !fileErrors.isEmpty || (!errors.isEmpty && !skipInvalid) {
            throw InputError(.data, errors + warnings)
        }
        table.diagnostics = []
        let results = scheme.score(table.assessments, context: context)
        return ScoringRun(framework: framework, results: results, warnings: warnings, skipped: errors)
    }

    /// Criteria computed rather than read from a column, with the reason, for messages.
    static func computedCriteria(of framework: Framework) -> [String: String] {
        guard case .levels(let scheme) = framework.scheme else { return [:] }
        var computed: [String: String] = [:]
        for criterion in scheme.criteria where criterion.kind == nil {
            computed[criterion.id] = "it is computed from the levels of the subordinate units given with --children"
        }
        return computed
    }

    /// Levels of scored subordinate units, grouped by parent.
    public static func summaries(of results: [UnitResult], maximumLevel: Int) -> [String: ChildLevelSummary] {
        var byParent: [String: ChildLevelSummary] = [:]
        for result in results {
            guard let parent = result.unit.parentID else { continue }
            byParent[parent, default: ChildLevelSummary(maximumLevel: maximumLevel)].add(result.standing.ordinal)
        }
        return byParent
    }

    /// Row errors for subordinate units whose `parent_id` is empty or names no unit of the parent file.
    static func parentProblems(_ children: AssessmentTable, parents: AssessmentTable, file: String) -> [Diagnostic] {
        let parentIDs = Set(parents.assessments.map(\.unit.id))
        let sortedIDs = parentIDs.sorted()
        var problems: [Diagnostic] = []
        let column = children.header.firstIndex(of: "parent_id").map { $0 + 1 }
        for (line, assessment) in zip(children.lines, children.assessments) {
            guard let parent = assessment.unit.parentID else {
                problems.append(
                    Diagnostic(
                        file: file,
                        line: line,
                        column: column,
                        field: "parent_id",
                        message: "empty parent_id; every subordinate unit needs the unit_id of the unit it belongs to",
                        isRowProblem: true
                    )
                )
                continue
            }
            guard !parentIDs.contains(parent) else { continue }
            var message = "parent_id matches no unit_id of the scored file"
            if let near = NearestMatch.suggestion(for: parent, among: sortedIDs) {
                message += "; did you mean \(near)?"
            }
            problems.append(
                Diagnostic(
                    file: file,
                    line: line,
                    column: column,
                    field: "parent_id",
                    value: parent,
                    message: message,
                    isRowProblem: true
                )
            )
        }
        return problems
    }
}
