public import ChisoCore
public import ChisoFormats

/// Renders an uncertainty analysis: for each unit its nominal class and rank beside how sure they are (the class's
/// probability, the 90% rank interval, the criteria that bind), as a table, tidy CSV (`unit_id,statistic,value`) or
/// JSON.
public enum UncertaintyReport {
    /// The columns of `uncertainty --format csv`: one row per unit and statistic.
    public static let columns = ["unit_id", "statistic", "value"]

    /// What the rendering reads, and the figures every format shares.
    private struct Analysis {
        var statistics: UncertaintyStatistics
        var nominal: MonteCarlo.Outcome
        var units: [UnitInfo]
        var scheme: any ScoringScheme
        var seed: UInt64

        var classes: Int { scheme.classes.count }
        /// A framework without tiers has no class to be sure of: ranks and index only.
        var tiered: Bool { classes > 0 }
        /// A unit the scheme does not rank (nominally, or in some runs) has ranks only where it is ranked.
        var someUnranked: Bool {
            units.indices.contains { statistics.rankedShare($0) < 1 || nominal.ranks[$0] == 0 }
        }

        func rank(_ position: Int) -> String { nominal.ranks[position] > 0 ? String(nominal.ranks[position]) : "" }

        /// The numbers of the text outputs.
        var numbers: Numerals { Numerals.text(language) }
        /// The language of the text outputs.
        var language = Language.en

        func interval(_ position: Int) -> String {
            guard let low = statistics.rankQuantile(position, 0.05), let high = statistics.rankQuantile(position, 0.95)
            else { return AnalysisWords.notRanked.text.text(in: language) }
            return "\(numbers.integer(low))–\(numbers.integer(high))"
        }

        func meanRank(_ position: Int) -> String {
            statistics.meanRank(position).map { numbers.fixed($0, decimals: 1) } ?? ""
        }

        func ranked(_ position: Int) -> [String] {
            someUnranked ? [numbers.fixed(statistics.rankedShare(position) * 100, decimals: 0) + "%"] : []
        }

        func shownRank(_ position: Int) -> String {
            nominal.ranks[position] > 0 ? numbers.integer(nominal.ranks[position]) : ""
        }
    }

    /// Renders an uncertainty analysis.
    ///
    /// - Parameters:
    ///   - statistics: The statistics of the runs.
    ///   - nominal: The nominal outcome.
    ///   - spec: The spec the runs drew from.
    ///   - seed: The seed.
    ///   - units: The units, in the order of the statistics.
    ///   - near: Per unit, the criteria within the margin of a threshold they face (criterion ID, distance).
    ///   - notices: What a reader must know to read the result.
    ///   - scoring: The nominal scoring.
    ///   - format: The output format.
    ///   - language: The language of the table and Markdown reports (CSV and JSON are the same in both).
    /// - Returns: The text.
    public static func render(
        _ statistics: UncertaintyStatistics, nominal: MonteCarlo.Outcome, spec: UncertaintySpec, seed: UInt64,
        units: [UnitInfo], near: [[(id: String, distance: Double)]], notices: [LocalizedText], scoring: ScoredCohort,
        format: OutputFormat, language: Language = .vi
    ) -> String {
        let analysis = Analysis(
            statistics: statistics, nominal: nominal, units: units, scheme: scoring.framework.scheme, seed: seed,
            language: language)
        let rows = rows(analysis, near: near)
        let origin = OutputOrigin(
            scoring.framework, parameters: parameters(spec: spec, statistics: statistics, seed: seed),
            approximation: scoring.approximation)
        switch format {
        case .csv:
            return origin.csv(header: Self.columns, rows: rows)
        case .json:
            return json(analysis, rows: rows, origin: origin, notices: notices.map(\.en), framework: scoring.framework)
        case .table, .markdown:
            let notes = AnalysisWords.notes(notices, approximation: scoring.approximation, language: language)
            let render = { (table: TextTable) in format == .markdown ? table.markdown() : table.plainText() }
            return
                (analysis.tiered
                ? classTable(analysis, render: render) : indexTable(analysis, render: render))
                + notes
        }
    }

    /// What made the output: runs, seed, rank bins and each source of variation, as `made_by` and the CSV name
    /// them.
    static func parameters(
        spec: UncertaintySpec, statistics: UncertaintyStatistics, seed: UInt64
    ) -> [(name: String, value: String)] {
        var list: [(name: String, value: String)] = [
            ("runs", String(statistics.runs)), ("seed", String(seed)), ("rank_bin_width", String(statistics.binWidth)),
        ]
        for noise in spec.noise {
            var parts: [String] = []
            if let absolute = noise.absolute { parts.append("absolute ±\(NumberText.shortest(absolute))") }
            if let relative = noise.relative { parts.append("relative ±\(NumberText.shortest(relative))") }
            if let flip = noise.flip { parts.append("flip \(NumberText.shortest(flip))") }
            if let step = noise.countStep { parts.append("count step ±\(step)") }
            parts.append("\(noise.distribution.rawValue), \(noise.measures.count) columns")
            list.append(("noise \(noise.name)", parts.joined(separator: "; ")))
        }
        if spec.missing.count > 1 { list.append(("missing", spec.missing.map(\.rawValue).joined(separator: ", "))) }
        if let weights = spec.weights {
            let depths = weights.depths.map(String.init).joined(separator: ",")
            list.append(("weights", "±\(NumberText.shortest(weights.amplitude)) at depths \(depths)"))
        }
        if !spec.alternatives.isEmpty { list.append(("alternatives", String(spec.alternatives.count))) }
        return list
    }

    /// A statistic as the CSV and JSON write it: four decimals at most.
    private static func number(_ value: Double) -> String { NumberText.shortest((value * 10_000).rounded() / 10_000) }

    /// The rows of ``columns``: every statistic of every unit.
    private static func rows(_ analysis: Analysis, near: [[(id: String, distance: Double)]]) -> [[String]] {
        let statistics = analysis.statistics
        let scheme = analysis.scheme
        var rows: [[String]] = []
        for (position, unit) in analysis.units.enumerated() {
            let id = unit.id
            func add(_ statistic: String, _ value: String) { rows.append([id, statistic, value]) }
            if analysis.tiered { add("nominal_class", String(analysis.nominal.ordinals[position])) }
            add("nominal_rank", analysis.rank(position))
            if analysis.someUnranked { add("p_ranked", number(statistics.rankedShare(position))) }
            add("mean_rank", statistics.meanRank(position).map(number) ?? "")
            add("median_rank", statistics.rankQuantile(position, 0.5).map(String.init) ?? "")
            add("rank_p05", statistics.rankQuantile(position, 0.05).map(String.init) ?? "")
            add("rank_p95", statistics.rankQuantile(position, 0.95).map(String.init) ?? "")
            for ordinal in 0...analysis.classes where analysis.tiered {
                add("p_class_\(ordinal)", number(statistics.probability(position, ofClass: ordinal)))
            }
            if analysis.tiered, let registered = unit.registeredLevel {
                add("p_registered", number(statistics.probability(position, atLeast: registered)))
            }
            if let index = analysis.nominal.indices[position] { add("index_nominal", number(index)) }
            if let index = statistics.index(position) {
                add("index_mean", number(index.mean))
                add("index_sd", number(index.deviation))
            }
            for (condition, item) in scheme.conditions.enumerated() {
                let share = statistics.bindingShare(position, condition: condition)
                if share > 0 { add("binding:\(item.id)", number(share)) }
            }
            for item in near[position] { add("near:\(item.id)", number(item.distance)) }
        }
        return rows
    }

    /// The JSON: the run's figures, then each unit's statistics (a number, text, or null when empty).
    private static func json(
        _ analysis: Analysis, rows: [[String]], origin: OutputOrigin, notices: [String], framework: Framework
    ) -> String {
        var root = JSONObjectBuilder()
        root.add("framework", framework.id)
        root.add("made_by", origin.json)
        root.add("runs", analysis.statistics.runs)
        root.add("seed", String(analysis.seed))
        root.add("rank_bin_width", analysis.statistics.binWidth)
        root.add("notices", strings: notices)
        let grouped = Dictionary(grouping: rows, by: { $0[0] })
        root.add(
            "units",
            .objects(analysis.units.map(\.id)) { id, object in
                object.add("unit_id", id)
                for row in grouped[id] ?? [] {
                    if let value = Double(row[2]) {
                        object.add(row[1], value)
                    } else {
                        // An empty statistic (no rank for a unit never ranked) is null.
                        object.add(row[1], row[2].isEmpty ? nil : row[2])
                    }
                }
            })
        return JSONWriter.write(root.value)
    }

    /// The table of a framework without tiers: index and rank.
    private static func indexTable(_ analysis: Analysis, render: (TextTable) -> String) -> String {
        let statistics = analysis.statistics
        let numbers = analysis.numbers
        let say = { (words: AnalysisWords) in words.text.text(in: analysis.language) }
        let rows = analysis.units.enumerated().map { position, unit -> [String] in
            let index = statistics.index(position)
            return [
                unit.id, analysis.nominal.indices[position].map { numbers.fixed($0, decimals: 4) } ?? "",
                index.map { numbers.fixed($0.mean, decimals: 4) } ?? "",
                index.map { numbers.fixed($0.deviation, decimals: 4) } ?? "",
                analysis.shownRank(position),
            ] + analysis.ranked(position) + [analysis.interval(position), analysis.meanRank(position)]
        }
        let someUnranked = analysis.someUnranked
        let table = TextTable(
            header: [say(.unitColumn), say(.indexColumn), say(.meanIndexColumn), say(.sdColumn), say(.rankColumn)]
                + (someUnranked ? [say(.rankedColumn)] : []) + [say(.intervalColumn), say(.meanRankColumn)],
            rows: rows, rightAligned: someUnranked ? [1, 2, 3, 4, 5, 7] : [1, 2, 3, 4, 6])
        return render(table) + "\n" + reading(analysis, tiered: false)
    }

    /// The sentence under a table: runs, seed, resolution and how to read the columns.
    private static func reading(_ analysis: Analysis, tiered: Bool) -> String {
        AnalysisWords.uncertaintyReading(
            runs: analysis.statistics.runs, seed: analysis.seed, binWidth: analysis.statistics.binWidth,
            someUnranked: analysis.someUnranked, tiered: tiered,
            classNoun: Framework.wording(of: analysis.scheme).classNoun.vi
        ).text(in: analysis.language)
    }

    /// The table of a framework with tiers: class, how sure, rank, and what binds.
    private static func classTable(_ analysis: Analysis, render: (TextTable) -> String) -> String {
        let statistics = analysis.statistics
        let scheme = analysis.scheme
        let numbers = analysis.numbers
        let language = analysis.language
        let say = { (words: AnalysisWords) in words.text.text(in: language) }
        let someUnranked = analysis.someUnranked
        // A level framework's classes are levels (mức), a point framework's tiers (xếp loại).
        let noun = Framework.wording(of: scheme).classNoun.vi
        let classWords =
            language == .vi
            ? [noun.prefix(1).uppercased() + noun.dropFirst(), "P(\(noun))", "P(từng \(noun))"]
            : [say(.classColumn), say(.classShareColumn), say(.eachClassColumn)]
        let header =
            [say(.unitColumn)] + classWords + [say(.rankColumn)]
            + (someUnranked ? [say(.rankedColumn)] : []) + [
                say(.intervalColumn), say(.meanRankColumn), say(.bindingColumn),
            ]
        let rows = analysis.units.enumerated().map { position, unit -> [String] in
            let ordinal = analysis.nominal.ordinals[position]
            let spread = (0...analysis.classes).filter { statistics.probability(position, ofClass: $0) > 0 }.map {
                "\($0): \(numbers.fixed(statistics.probability(position, ofClass: $0) * 100, decimals: 0))%"
            }
            let binding = scheme.conditions.indices.map { ($0, statistics.bindingShare(position, condition: $0)) }
                .filter { $0.1 > 0 }.sorted { $0.1 > $1.1 }.prefix(3)
                .map { "\(scheme.conditions[$0.0].id) \(numbers.fixed($0.1 * 100, decimals: 0))%" }
            return [
                unit.id, scheme.className(ordinal).text(in: language),
                numbers.fixed(statistics.probability(position, ofClass: ordinal) * 100, decimals: 1) + "%",
                spread.joined(separator: language == .vi ? "; " : ", "), analysis.shownRank(position),
            ] + analysis.ranked(position) + [
                analysis.interval(position), analysis.meanRank(position), binding.joined(separator: ", "),
            ]
        }
        let table = TextTable(header: header, rows: rows, rightAligned: someUnranked ? [2, 4, 5, 7] : [2, 4, 6])
        return render(table) + "\n" + reading(analysis, tiered: true)
    }
}
