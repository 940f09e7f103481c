package import ChisoCore
package import ChisoFormats
package import ChisoReports

/// How far each unit stands from a target class: for a level scheme, each criterion that must change, its value,
/// the value required and the gap, and for a district which communes must rise; for a point scheme, the deficit on
/// the total and on every floor, and the headroom each leaf still has. The gaps are the core's
/// (``ScoringScheme/gaps(of:toClass:reached:children:)``).
package struct GapRun: Sendable {
    /// The gaps, unit by unit.
    package var gaps: [Gap]
    /// The scoring job.
    package var scoring: ScoringRun
    /// The scheme the gaps were measured on: the framework's, or for an index target one with two classes.
    package var scheme: any ScoringScheme
    /// The target as given, which outputs name.
    package var target = "next"
}

extension GapReport {
    /// Renders a gap analysis run; tables and markdown in `language`.
    package static func render(_ run: GapRun, format: OutputFormat, language: Language = .vi) -> String {
        render(
            run.gaps, scheme: run.scheme, framework: run.scoring.framework, target: run.target,
            approximation: run.scoring.approximation, format: format, language: language,
            unitNames: NameCell.unitNames(run.scoring.cohort))
    }
}

extension GapRun {
    /// Runs a gap analysis.
    package static func run(
        framework: String, data: String, children: String? = nil, target: String, unit: String? = nil,
        reading: ReadingOptions = ReadingOptions()
    ) throws(InputError) -> GapRun {
        let scoring = try ScoringRun.run(framework: framework, data: data, children: children, reading: reading)
        return try run(scoring, framework: framework, data: data, target: target, unit: unit)
    }

    /// Runs a gap analysis on a loaded scoring run.
    ///
    /// - Parameters:
    ///   - scoring: The units, scored.
    ///   - framework: The framework as given (for messages).
    ///   - data: The data file (for messages).
    ///   - target: A class, `next`, or an index.
    ///   - unit: Only this unit, if given.
    static func run(_ scoring: ScoringRun, framework: String, data: String, target: String, unit: String?)
        throws(InputError) -> GapRun
    {
        let aim = try PlanTarget.read(target, framework: scoring.framework, file: framework)
        let scheme = aim.scheme
        let fixed = aim.ordinal
        var gaps: [Gap] = []
        for (position, result) in scoring.results.enumerated() {
            if let unit, result.unit.id != TextNormalization.key(unit) { continue }
            let current = aim.standing(of: result)
            let wanted = fixed ?? min(current + 1, scheme.classes.count)
            guard wanted > current || fixed != nil, wanted >= 1 else { continue }
            // A unit whose index already reaches an index target has no gap (its headroom is not one).
            if aim.index != nil, current >= wanted { continue }
            let children = scoring.linked.flatMap { linked in
                position < linked.childrenOfParent.count
                    ? linked.childrenOfParent[position].map { linked.childResults[$0] } : nil
            }
            gaps += scheme.gaps(of: result, toClass: wanted, reached: current >= wanted, children: children)
        }
        if let unit, !scoring.results.contains(where: { $0.unit.id == TextNormalization.key(unit) }) {
            let near = NearestMatch.suggestion(for: unit, among: scoring.results.map(\.unit.id))
            throw InputError(
                .usage, file: data,
                PlanMessage.unknownUnit(unit: TextNormalization.key(unit), data: data, suggestion: near))
        }
        return GapRun(gaps: gaps, scoring: scoring, scheme: scheme, target: TextNormalization.key(target))
    }
}
