package import ChisoCore
package import ChisoFormats
package import ChisoReports

/// Which uncertain inputs move the results most: Sobol indices of each input group on a target, and for a point
/// framework a one-at-a-time sweep of each top-level node's weight and the removal of each top-level node.
package struct SensitivityRun: Sendable {
    /// The nominal scoring job.
    package var scoring: ScoringRun
    /// What was explained.
    package var target: SensitivityTarget
    /// The target's name, as given.
    package var targetName: String
    /// The Sobol indices.
    package var indices: [SobolIndex]
    /// The target's variance over the design.
    package var variance: Double
    /// Scorings of the whole cohort the design took.
    package var evaluations: Int
    /// *N*.
    package var samples: Int
    /// The one-at-a-time weight sweep and the removals, for a point framework.
    package var weightEffects: [WeightEffect]
    /// What a reader must know to read the result: noise that swamps a column, a design too small for its
    /// estimates.
    package var notices: [UncertaintyNotice] = []

    /// How far outside 0–1 an estimate may fall before the design is called too small (estimates of a small index
    /// scatter around it, a little below 0 included).
    static let tolerance = 0.01

    /// Advice when some estimates fall outside 0–1 beyond ``tolerance`` — a first order below 0 (its interval
    /// spanning 0 or not), an index above 1: a share of the variance lies in 0–1, so the design is too small to tell
    /// those inputs from sampling noise.
    static func samplesAdvice(_ indices: [SobolIndex], samples: Int) -> UncertaintyNotice? {
        func outside(_ value: Double) -> Bool { value < -tolerance || value > 1 + tolerance }
        func shown(_ value: Double) -> String { NumberText.shortest((value * 10_000).rounded() / 10_000) }
        let doubtful = indices.filter { outside($0.first) || outside($0.total) }
        guard !doubtful.isEmpty else { return nil }
        let listed = doubtful.map { index in
            UncertaintyNotice.Doubtful(
                group: index.group, first: outside(index.first) ? shown(index.first) : nil,
                total: outside(index.total) ? shown(index.total) : nil)
        }
        return .samplesTooSmall(doubtful: listed, samples: samples)
    }

    /// Runs a sensitivity analysis.
    package static func run(
        framework: String, data: String, children: String? = nil, spec: String?,
        shorthands: UncertaintyRun.Shorthands, target: String, samples: Int, seed: UInt64, bootstrap: Int,
        threads: Int, sweep: Double, reading: ReadingOptions = ReadingOptions()
    ) throws(InputError) -> SensitivityRun {
        let scoring = try ScoringRun.run(framework: framework, data: data, children: children, reading: reading)
        return try run(
            scoring, framework: framework, data: data, spec: spec, shorthands: shorthands, target: target,
            samples: samples, seed: seed, bootstrap: bootstrap, threads: threads, sweep: sweep)
    }

    /// Runs a sensitivity analysis of a loaded scoring run; `framework` and `data` name the inputs in messages.
    static func run(
        _ scoring: ScoringRun, framework: String, data: String, spec: String?,
        shorthands: UncertaintyRun.Shorthands, target: String, samples: Int, seed: UInt64, bootstrap: Int,
        threads: Int, sweep: Double
    ) throws(InputError) -> SensitivityRun {
        let analysis = try UncertaintyRun.prepare(
            scoring, framework: framework, data: data, spec: spec, shorthands: shorthands)
        let resolved: SensitivityTarget
        switch target {
        case "rank-shift": resolved = .rankShift
        case "class-change": resolved = .classChange
        default:
            let ids = analysis.assessments.map(\.unit.id)
            guard let unit = ids.firstIndex(of: TextNormalization.key(target)) else {
                let near = NearestMatch.suggestion(for: target, among: ids + ["rank-shift", "class-change"])
                throw InputError(
                    .usage, file: data,
                    UncertaintyRunMessage.unknownTarget(target: target, data: data, suggestion: near))
            }
            resolved = .unit(unit)
        }
        if resolved == .classChange, scoring.framework.scheme.classes.isEmpty {
            throw InputError(
                .usage, file: framework,
                UncertaintyRunMessage.noClassToChange(framework: scoring.framework.id))
        }
        guard !analysis.groups.isEmpty else {
            throw InputError(
                .usage, file: spec ?? data,
                UncertaintyRunMessage.nothingUncertain)
        }
        let (indices, variance, evaluations) = analysis.sensitivity(
            target: resolved, samples: samples, seed: seed, bootstrap: bootstrap, threads: threads)
        var notices = UncertaintyRun.notices(analysis, framework: scoring.framework, sayingTiers: false)
        if let advice = samplesAdvice(indices, samples: samples) { notices.append(advice) }
        return SensitivityRun(
            scoring: scoring, target: resolved, targetName: target, indices: indices, variance: variance,
            evaluations: evaluations, samples: samples,
            weightEffects: analysis.weightEffects(sweep: sweep), notices: notices)
    }

    /// Renders the analysis: a table, tidy CSV or JSON (``SensitivityReport``).
    package func render(format: OutputFormat, language: Language = .vi) -> String {
        SensitivityReport.render(
            indices, variance: variance, evaluations: evaluations, samples: samples, weightEffects: weightEffects,
            target: targetName, notices: notices.map(\.text), scoring: scoring.cohort, format: format,
            language: language)
    }
}
