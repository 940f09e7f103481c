package import ChisoCore
package import ChisoFormats
package import ChisoReports

/// How sure each unit's class and rank are: the assessment scored again `runs` times with its uncertain inputs
/// drawn from a spec (``MonteCarlo``), with the nominal result beside the distribution.
package struct UncertaintyRun: Sendable {
    /// The nominal scoring job.
    package var scoring: ScoringRun
    /// The spec used.
    package var spec: UncertaintySpec
    /// The nominal outcome.
    package var nominal: MonteCarlo.Outcome
    /// The statistics of the runs.
    package var statistics: UncertaintyStatistics
    /// The seed.
    package var seed: UInt64
    /// Per unit, the criteria within the margin of a threshold they face (criterion ID, value − threshold).
    package var near: [[(id: String, distance: Double)]]
    /// What a reader must know to read the result: noise that swamps a column, a framework without tiers.
    package var notices: [UncertaintyNotice] = []

    /// Command-line shorthands for the common specs.
    package struct Shorthands: Sendable {
        /// ± this much on every numeric column, in its own unit.
        package var absolute: Double?
        /// ± this share of every numeric column's value.
        package var relative: Double?
        /// Normal instead of uniform noise.
        package var normal = false
        /// The probability that a yes/no answer is wrong.
        package var flip: Double?
        /// ± this many on every count.
        package var countStep: Int?
        /// ± this share on the points of every weighted node, at every level.
        package var weights: Double?
        /// Missing-value rules to draw from.
        package var missing: [UncertaintySpec.MissingRule] = []

        /// No shorthand.
        package init() {}

        /// Whether any shorthand is given.
        package var isEmpty: Bool {
            absolute == nil && relative == nil && flip == nil && countStep == nil && weights == nil && missing.isEmpty
        }
    }

    /// Runs an uncertainty analysis.
    ///
    /// - Parameters:
    ///   - framework: The framework.
    ///   - data: The assessment file.
    ///   - children: The subordinate units' file, for a framework that rolls them up.
    ///   - spec: A spec file, if any; shorthands add to it.
    ///   - shorthands: Command-line shorthands.
    ///   - runs: The number of runs.
    ///   - seed: The seed.
    ///   - threads: Runs at once.
    ///   - margin: Report criteria whose value is within this distance of a threshold they face.
    package static func run(
        framework: String, data: String, children: String? = nil, spec path: String?, shorthands: Shorthands,
        runs: Int, seed: UInt64, threads: Int, margin: Double?, reading: ReadingOptions = ReadingOptions()
    ) throws(InputError) -> UncertaintyRun {
        let scoring = try ScoringRun.run(framework: framework, data: data, children: children, reading: reading)
        return try run(
            scoring, framework: framework, data: data, spec: path, shorthands: shorthands, runs: runs, seed: seed,
            threads: threads, margin: margin)
    }

    /// Runs an uncertainty analysis of a loaded scoring run; `framework` and `data` name the inputs in messages.
    static func run(
        _ scoring: ScoringRun, framework: String, data: String, spec path: String?, shorthands: Shorthands,
        runs: Int, seed: UInt64, threads: Int, margin: Double?
    ) throws(InputError) -> UncertaintyRun {
        let analysis = try prepare(scoring, framework: framework, data: data, spec: path, shorthands: shorthands)
        let statistics = analysis.runOnThreads(runs: runs, seed: seed, threads: threads)
        let near =
            margin.map { nearThresholds(scoring, margin: $0) }
            ?? Array(repeating: [], count: analysis.assessments.count)
        return UncertaintyRun(
            scoring: scoring, spec: analysis.spec, nominal: analysis.nominal(), statistics: statistics, seed: seed,
            near: near,
            notices: notices(analysis, framework: scoring.framework) + rankNotices(analysis, statistics: statistics))
    }

    /// What a reader of the ranks must know: ranks within groups, and units some runs leave unranked.
    static func rankNotices(_ analysis: MonteCarlo, statistics: UncertaintyStatistics) -> [UncertaintyNotice] {
        var notices: [UncertaintyNotice] = []
        if analysis.assessments.contains(where: { $0.unit.group != nil }) { notices.append(.ranksWithinGroups) }
        let sometimes = analysis.assessments.indices.filter { statistics.rankedShare($0) < 1 }
        if !sometimes.isEmpty {
            let ids = sometimes.map { analysis.assessments[$0].unit.id }
            notices.append(.sometimesUnranked(count: sometimes.count, ids: ids))
        }
        return notices
    }

    /// What a reader of an analysis must know: each noise entry that moves no score (``MonteCarlo/inertNoise``),
    /// each noise that swamps a column (``MonteCarlo/wideNoise``), and a
    /// framework without tiers (ranks and index only), unless `sayingTiers` is false.
    static func notices(_ analysis: MonteCarlo, framework: Framework, sayingTiers: Bool = true) -> [UncertaintyNotice] {
        var notices = inertNoiseNotices(analysis)
        let measures = analysis.scheme.measures
        let wide = Dictionary(grouping: analysis.wideNoise, by: \.noise)
        for noise in wide.keys.sorted() {
            guard let entries = wide[noise], let first = entries.first else { continue }
            let name = analysis.spec.noise[noise].name
            let columns = entries.map { measures[$0.measure].key }
            let amount = NumberText.shortest(first.amount)
            if first.isRelative {
                notices.append(
                    .wideRelativeNoise(
                        name: name, amount: amount, percent: NumberText.shortest(first.amount * 100), columns: columns))
            } else {
                let ranges = Set(
                    entries.compactMap { measures[$0.measure].validRange }.map {
                        "\(NumberText.shortest($0.lowerBound))–\(NumberText.shortest($0.upperBound))"
                    }
                ).sorted().joined(separator: ", ")
                notices.append(.wideAbsoluteNoise(name: name, amount: amount, columns: columns, ranges: ranges))
            }
        }
        let foreign = analysis.spec.alternatives.flatMap {
            MonteCarlo.conditionsWithoutNamesake(in: $0, nominal: analysis.scheme)
        }
        if sayingTiers, !foreign.isEmpty {
            let listed = Array(Set(foreign)).sorted()
            notices.append(.foreignCriteria(framework: framework.id, listed: listed, count: foreign.count))
        }
        if sayingTiers, framework.scheme.classes.isEmpty {
            notices.append(.noTiers(framework: framework.id))
        }
        return notices
    }

    /// The scoring job and the analysis a spec file and shorthands describe, for uncertainty and sensitivity alike.
    package static func prepare(
        framework: String, data: String, children: String? = nil, spec path: String?, shorthands: Shorthands,
        reading: ReadingOptions = ReadingOptions()
    ) throws(InputError) -> (ScoringRun, MonteCarlo) {
        let scoring = try ScoringRun.run(framework: framework, data: data, children: children, reading: reading)
        return (scoring, try prepare(scoring, framework: framework, data: data, spec: path, shorthands: shorthands))
    }

    /// The analysis a spec file and shorthands describe, of a loaded scoring run.
    static func prepare(
        _ scoring: ScoringRun, framework: String, data: String, spec path: String?, shorthands: Shorthands
    ) throws(InputError) -> MonteCarlo {
        let options = noiseOptions(shorthands, measures: scoring.framework.measures)
        var spec = UncertaintySpec()
        if let path {
            let text = try InputFile.readText(path)
            spec = try UncertaintySpecDecoder.decode(text, file: path, framework: scoring.framework, options: options) {
                (name: String) throws(InputError) -> Framework in
                try FrameworkCatalog.load(FrameworkCatalog.childReference(name, of: path)).0
            }
        }
        spec.noise += options.map(\.noise)
        if let amplitude = shorthands.weights {
            guard let weighted = scoring.framework.scheme as? any WeightedScheme else {
                throw InputError(
                    .usage, file: framework,
                    UncertaintyRunMessage.weightsWithoutPoints(framework: scoring.framework.id))
            }
            spec.weights = UncertaintySpec.WeightNoise(depths: Array(0..<weighted.weightDepth), amplitude: amplitude)
        }
        if !shorthands.missing.isEmpty { spec.missing = shorthands.missing }
        var subordinates: MonteCarlo.Subordinates?
        if let linked = scoring.linked {
            subordinates = MonteCarlo.Subordinates(
                scheme: linked.childScheme, assessments: linked.children, unreadable: linked.unreadableChildren)
        }
        let parents = scoring.linked?.parents ?? scoring.assessments
        let analysis = MonteCarlo(
            scheme: scoring.framework.scheme, assessments: parents, spec: spec, subordinates: subordinates)
        guard analysis.varies else {
            // A spec file that varies nothing is a fault of the file; shorthands alone, of the command line.
            let fromFile = path != nil && shorthands.isEmpty
            let inert = inertNoiseNotices(analysis)
            throw InputError(
                fromFile ? .data : .usage, file: path ?? data,
                UncertaintyRunMessage.nothingVaries(inert: inert.map(\.text)))
        }
        return analysis
    }

    /// The noise entries the command-line options add, each with the option that adds it: absolute and relative
    /// noise on every number, and with `countStep` on every count (one entry, so that neither replaces the other's
    /// draws), `flip` on every yes/no answer.
    static func noiseOptions(_ shorthands: Shorthands, measures: [Measure]) -> [(
        name: String, noise: UncertaintySpec.DataNoise
    )] {
        var options: [(name: String, noise: UncertaintySpec.DataNoise)] = []
        let distribution: UncertaintySpec.Distribution = shorthands.normal ? .normal : .uniform
        let amounts = [
            shorthands.absolute.map { _ in "noise-absolute" }, shorthands.relative.map { _ in "noise-relative" },
        ]
        .compactMap { $0 }
        let counts = measures.indices.filter { measures[$0].kind == .count }
        let numbers = measures.indices.filter {
            ![.yesNo, .choice].contains(measures[$0].kind)
                && (shorthands.countStep == nil || measures[$0].kind != .count)
        }
        if !amounts.isEmpty {
            options.append(
                (
                    amounts.joined(separator: " and --"),
                    UncertaintySpec.DataNoise(
                        measures: numbers, absolute: shorthands.absolute, relative: shorthands.relative,
                        distribution: distribution, name: "data")
                ))
        }
        if let flip = shorthands.flip {
            options.append(
                (
                    "flip",
                    UncertaintySpec.DataNoise(
                        measures: measures.indices.filter { measures[$0].kind == .yesNo }, flip: flip, name: "yes/no")
                ))
        }
        if let step = shorthands.countStep {
            options.append(
                (
                    (["count-step"] + amounts).joined(separator: " and --"),
                    UncertaintySpec.DataNoise(
                        measures: counts, absolute: shorthands.absolute, relative: shorthands.relative,
                        distribution: distribution, countStep: step, name: "counts")
                ))
        }
        return options
    }

    /// One sentence per noise entry that cannot move any unit's score (``MonteCarlo/inertNoise``), naming the entry
    /// and why, and one for missing-value rules that read every value alike.
    static func inertNoiseNotices(_ analysis: MonteCarlo) -> [UncertaintyNotice] {
        let measures = analysis.scheme.measures
        return analysis.inertNoise.map { inert in
            let reasons = inert.parts.map { part -> UncertaintyNotice.InertReason in
                let columns = part.measures.map { measures[$0].key }
                let plural = part.measures.count != 1
                switch part.reason {
                case .noAmount: return part.measures.isEmpty ? .noColumnOfItsKind : .noAmount(columns: columns)
                case .informationOnly: return .informationOnly(columns: columns, plural: plural)
                case .allMissing: return .allMissing(columns: columns, plural: plural)
                case .allZero: return .allZero(columns: columns, plural: plural)
                }
            }
            return .inertNoise(name: analysis.spec.noise[inert.noise].name, reasons: reasons)
        }
            + (Set(analysis.spec.missing).count > 1 && !analysis.missingRulesVary
                ? [.missingRulesAlike(rules: analysis.spec.missing.map(\.rawValue))] : [])
    }

    /// The criteria of each unit whose value lies within `margin` of the threshold of its class or of the next
    /// class, in the column's own unit.
    static func nearThresholds(_ scoring: ScoringRun, margin: Double) -> [[(id: String, distance: Double)]] {
        let scheme = scoring.framework.scheme
        let assessments = scoring.linked?.parents ?? scoring.assessments
        return zip(assessments, scoring.results).map { assessment, result in
            var found: [(id: String, distance: Double)] = []
            let ordinal = result.standing.ordinal
            for (index, condition) in scheme.conditions.enumerated() {
                var best: Double?
                for target in [ordinal, ordinal + 1] where target >= 1 && target <= scheme.classes.count {
                    for measure in condition.measures {
                        guard let least = scheme.requirement(of: index, forClass: target).leastValue(of: measure),
                            measure < assessment.values.count, let value = assessment.values[measure], !value.isNaN
                        else { continue }
                        let distance = value - least
                        if abs(distance) <= margin, abs(distance) < abs(best ?? .infinity) { best = distance }
                    }
                }
                if let best { found.append((condition.id, best)) }
            }
            return found
        }
    }

    /// Renders the analysis: a table, tidy CSV (`unit_id,statistic,value`) or JSON (``UncertaintyReport``).
    package func render(format: OutputFormat, language: Language = .vi) -> String {
        UncertaintyReport.render(
            statistics, nominal: nominal, spec: spec, seed: seed,
            units: scoring.linked?.parents.map(\.unit) ?? scoring.assessments.map(\.unit), near: near,
            notices: notices.map(\.text), scoring: scoring.cohort,
            format: format, language: language)
    }
}
