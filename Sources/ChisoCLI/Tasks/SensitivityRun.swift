public import ChisoCore
public import ChisoFormats
public import ChisoReports

/// Which uncertain inputs move the results most: Sobol indices of each input group on a target, and for a point
/// framework a one-at-a-time sweep of each top-level node's weight and the removal of each top-level node.
public struct SensitivityRun: Sendable {
    /// One node's weight moved, or the node left out: how far the ranks move.
    public struct WeightEffect: Sendable, Hashable {
        /// The node.
        public var node: String
        /// `+x`, `-x` (its points × 1 ± x, siblings renormalised) or `removed`.
        public var change: String
        /// The mean absolute rank change over the units.
        public var meanShift: Double
        /// The largest rank change of a unit.
        public var maximumShift: Int
    }

    /// The nominal scoring job.
    public var scoring: ScoringRun
    /// What was explained.
    public var target: SensitivityTarget
    /// The target's name, as given.
    public var targetName: String
    /// The Sobol indices.
    public var indices: [SobolIndex]
    /// The target's variance over the design.
    public var variance: Double
    /// Scorings of the whole cohort the design took.
    public var evaluations: Int
    /// *N*.
    public var samples: Int
    /// The one-at-a-time weight sweep and the removals, for a point framework.
    public var weightEffects: [WeightEffect]
    /// What a reader must know to read the result: noise that swamps a column, a design too small for its
    /// estimates.
    public var notices: [String] = []

    /// How far outside 0–1 an estimate may fall before the design is called too small (estimates of a small index
    /// scatter around it, a little below 0 included).
    static let tolerance = 0.01

    /// Advice when some estimates fall outside 0–1 beyond ``tolerance`` — a first order below 0 (its interval
    /// spanning 0 or not), an index above 1: a share of the variance lies in 0–1, so the design is too small to tell
    /// those inputs from sampling noise.
    static func samplesAdvice(_ indices: [SobolIndex], samples: Int) -> String? {
        func outside(_ value: Double) -> Bool { value < -tolerance || value > 1 + tolerance }
        func shown(_ value: Double) -> String { NumberText.shortest((value * 10_000).rounded() / 10_000) }
        let doubtful = indices.filter { outside($0.first) || outside($0.total) }
        guard !doubtful.isEmpty else { return nil }
        let listed = doubtful.map { index in
            let parts =
                (outside(index.first) ? ["first order \(shown(index.first))"] : [])
                + (outside(index.total) ? ["total \(shown(index.total))"] : [])
            return "\(index.group) (\(parts.joined(separator: ", ")))"
        }
        let one = doubtful.count == 1
        return "the Sobol \(one ? "estimate" : "estimates") of \(Plural.abbreviated(listed, keep: 4)) "
            + "\(one ? "falls" : "fall") outside 0–1, where a share of the variance lies: N = \(samples) is too small to "
            + "tell \(one ? "this input" : "these inputs") from sampling noise; raise --samples (e.g. --samples "
            + "\(samples * 4)) until every estimate lies in 0–1 and the intervals are narrow"
    }

    /// Runs a sensitivity analysis.
    public static func run(
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
                var message =
                    "--target takes rank-shift, class-change or a unit_id of \(data); \"\(target)\" is none of them"
                if let near = NearestMatch.suggestion(for: target, among: ids + ["rank-shift", "class-change"]) {
                    message += " (did you mean \(near)?)"
                }
                throw InputError(.usage, file: data, message: message)
            }
            resolved = .unit(unit)
        }
        if resolved == .classChange, scoring.framework.scheme.classes.isEmpty {
            throw InputError(
                .usage, file: framework,
                message: "\(scoring.framework.id) has no tiers, so no class can change: give --target rank-shift or a "
                    + "unit_id (its index)")
        }
        guard !analysis.groups.isEmpty else {
            throw InputError(
                .usage, file: spec ?? data,
                message: "nothing is uncertain: give --spec FILE or a shorthand such as --noise-absolute 2")
        }
        let (indices, variance, evaluations) = analysis.sensitivity(
            target: resolved, samples: samples, seed: seed, bootstrap: bootstrap, threads: threads)
        var notices = UncertaintyRun.notices(analysis, framework: scoring.framework, sayingTiers: false)
        if let advice = samplesAdvice(indices, samples: samples) { notices.append(advice) }
        return SensitivityRun(
            scoring: scoring, target: resolved, targetName: target, indices: indices, variance: variance,
            evaluations: evaluations, samples: samples,
            weightEffects: weightEffects(analysis, sweep: sweep), notices: notices)
    }

    /// Each top-level node's weight × (1 ± `sweep`) and each left out, siblings renormalised: the rank changes.
    static func weightEffects(_ analysis: MonteCarlo, sweep: Double) -> [WeightEffect] {
        guard let weighted = analysis.scheme as? any WeightedScheme else { return [] }
        return effects(weighted, analysis: analysis, sweep: sweep)
    }

    private static func effects(_ scheme: some WeightedScheme, analysis: MonteCarlo, sweep: Double) -> [WeightEffect] {
        let nominal = analysis.nominal()
        var effects: [WeightEffect] = []
        for condition in scheme.weightedConditions(atDepth: 0) {
            let id = scheme.conditions[condition].id
            var changes: [(String, Double)] = []
            if sweep > 0 {
                changes += [
                    ("+\(NumberText.shortest(sweep))", 1 + sweep), ("-\(NumberText.shortest(sweep))", 1 - sweep),
                ]
            }
            changes.append(("removed", 0))
            for (name, factor) in changes {
                guard let outcome = analysis.outcome(reweighting: [condition: factor]) else { continue }
                let shifts = outcome.rankShifts(from: nominal)
                effects.append(
                    WeightEffect(
                        node: id, change: name,
                        meanShift: Double(shifts.reduce(0, +)) / Double(max(shifts.count, 1)),
                        maximumShift: shifts.max() ?? 0))
            }
        }
        return effects
    }

    /// The columns of `sensitivity --format csv`: one row per input group (Sobol) or weight change.
    public static let columns = ["analysis", "input", "statistic", "value", "low", "high"]

    /// Renders the analysis: a table, tidy CSV or JSON.
    public func render(format: OutputFormat) -> String {
        func number(_ value: Double) -> String { NumberText.shortest((value * 10_000).rounded() / 10_000) }
        var rows: [[String]] = []
        for index in indices {
            rows.append([
                "sobol", index.group, "first", number(index.first), number(index.firstInterval.lowerBound),
                number(index.firstInterval.upperBound),
            ])
            rows.append([
                "sobol", index.group, "total", number(index.total), number(index.totalInterval.lowerBound),
                number(index.totalInterval.upperBound),
            ])
        }
        for effect in weightEffects {
            let analysis = effect.change == "removed" ? "leave-one-out" : "weight \(effect.change)"
            rows.append([analysis, effect.node, "mean_abs_rank_shift", number(effect.meanShift), "", ""])
            rows.append([analysis, effect.node, "max_rank_shift", String(effect.maximumShift), "", ""])
        }
        let origin = OutputOrigin(
            scoring.framework,
            parameters: [("target", targetName), ("samples", String(samples)), ("evaluations", String(evaluations))],
            approximation: scoring.approximation)
        switch format {
        case .csv:
            return origin.csv(header: Self.columns, rows: rows)
        case .json:
            var root = JSONObjectBuilder()
            root.add("framework", scoring.framework.id)
            root.add("made_by", origin.json)
            root.add("target", targetName)
            root.add("samples", samples)
            root.add("evaluations", evaluations)
            root.add("variance", variance)
            root.add("notices", strings: notices)
            root.add(
                "results",
                .objects(rows) { row, object in
                    object.add(row: row, columns: Self.columns) { ["value", "low", "high"].contains($0) }
                })
            return JSONWriter.write(root.value)
        case .table, .markdown:
            let render = { (table: TextTable) in format == .markdown ? table.markdown() : table.plainText() }
            // Brackets, not a dash: a bound may be negative (a first-order estimate below 0 on a small design).
            let interval = { (range: ClosedRange<Double>) in
                "[\(number(range.lowerBound)), \(number(range.upperBound))]"
            }
            var text =
                "Sobol indices of \(targetName) (N = \(samples), \(evaluations) scorings of the cohort; "
                + "variance \(number(variance))):\n\n"
            if variance <= 0 {
                text += "The target does not vary under this spec: there is nothing to apportion.\n"
            } else {
                text += render(
                    TextTable(
                        header: ["input", "first order", "90% interval", "total", "90% interval"],
                        rows: indices.map {
                            [
                                $0.group, number($0.first), interval($0.firstInterval), number($0.total),
                                interval($0.totalInterval),
                            ]
                        }, rightAligned: [1, 3]))
            }
            text +=
                "\nFirst order: the share of the target's variance that the input explains alone; total: with all its "
                + "interactions. An input whose total is near 0 can be fixed at any value without changing the results.\n"
            if !weightEffects.isEmpty {
                text += "\nWeights of the top-level nodes, one at a time (siblings renormalised):\n\n"
                text += render(
                    TextTable(
                        header: ["node", "change", "mean |rank change|", "largest rank change"],
                        rows: weightEffects.map {
                            [$0.node, $0.change, number($0.meanShift), String($0.maximumShift)]
                        },
                        rightAligned: [2, 3]))
            }
            return text + notices.map { "\nNotice: \($0).\n" }.joined()
                + (origin.approximationSentence.map { "\n" + $0 + "\n" } ?? "")
        }
    }
}
