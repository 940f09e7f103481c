public import ChisoCore
public import ChisoFormats

/// Renders a sensitivity analysis: Sobol indices of each input group on a target, and for a point framework the
/// rank changes of each top-level node's weight moved or left out.
public enum SensitivityReport {
    /// The columns of `sensitivity --format csv`: one row per input group (Sobol) or weight change.
    public static let columns = ["analysis", "input", "statistic", "value", "low", "high"]

    /// Renders a sensitivity analysis: a table, tidy CSV or JSON.
    ///
    /// - Parameters:
    ///   - indices: The Sobol indices of each input group.
    ///   - variance: The target's variance over the design.
    ///   - evaluations: The scorings of the whole cohort the design took.
    ///   - samples: *N*, the design's base sample.
    ///   - weightEffects: The one-at-a-time weight sweep and the removals, for a point framework.
    ///   - target: The target's name, as given.
    ///   - notices: What a reader must know to read the result.
    ///   - scoring: The nominal scoring.
    ///   - format: The output format.
    ///   - language: The language of the table and Markdown reports (CSV and JSON are the same in both).
    /// - Returns: The text.
    public static func render(
        _ indices: [SobolIndex], variance: Double, evaluations: Int, samples: Int, weightEffects: [WeightEffect],
        target targetName: String, notices: [LocalizedText], scoring: ScoredCohort, format: OutputFormat,
        language: Language = .vi
    ) -> String {
        let node = { (effect: WeightEffect) in scoring.framework.scheme.conditions[effect.condition].id }
        let rows = self.rows(indices, weightEffects: weightEffects, node: node)
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
            root.add("notices", strings: notices.map(\.en))
            root.add(
                "results",
                .objects(rows) { row, object in
                    object.add(row: row, columns: Self.columns) { ["value", "low", "high"].contains($0) }
                })
            return JSONWriter.write(root.value)
        case .table, .markdown:
            let render = { (table: TextTable) in format == .markdown ? table.markdown() : table.plainText() }
            let say = { (words: AnalysisWords) in words.text.text(in: language) }
            let numbers = Numerals.text(language)
            var text = AnalysisWords.sobolHead(
                target: targetName, samples: samples, evaluations: evaluations, variance: variance
            ).text(in: language)
            text += sobolText(indices, variance: variance, language: language, render: render)
            if !weightEffects.isEmpty {
                text += "\n" + say(.weightsHead) + "\n\n"
                text += render(
                    TextTable(
                        header: [
                            say(.nodeColumn), say(.changeColumn), say(.meanShiftColumn), say(.largestShiftColumn),
                        ],
                        rows: weightEffects.map {
                            [
                                node($0), Self.change($0.change, language: language),
                                numbers.quantity(AnalysisWords.rounded($0.meanShift)), numbers.integer($0.maximumShift),
                            ]
                        },
                        rightAligned: [2, 3]))
            }
            let word = say(.notice)
            return text + notices.map { "\n\(word): \($0.text(in: language)).\n" }.joined()
                + (scoring.approximation.map { "\n" + AnalysisWords.approximation($0).text(in: language) + "\n" } ?? "")
        }
    }

    /// A statistic as outputs write it: at most four decimals.
    private static func number(_ value: Double) -> String { NumberText.shortest((value * 10_000).rounded() / 10_000) }

    /// The tidy rows: two per input group (first and total order), then two per weight change.
    private static func rows(
        _ indices: [SobolIndex], weightEffects: [WeightEffect], node: (WeightEffect) -> String
    ) -> [[String]] {
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
            let analysis =
                effect.change == .removed ? "leave-one-out" : "weight \(Self.change(effect.change, language: .en))"
            rows.append([analysis, node(effect), "mean_abs_rank_shift", number(effect.meanShift), "", ""])
            rows.append([analysis, node(effect), "max_rank_shift", String(effect.maximumShift), "", ""])
        }
        return rows
    }

    /// The Sobol table and how to read it, or why there is none.
    private static func sobolText(
        _ indices: [SobolIndex], variance: Double, language: Language, render: (TextTable) -> String
    ) -> String {
        let say = { (words: AnalysisWords) in words.text.text(in: language) }
        let numbers = Numerals.text(language)
        let shown = { (value: Double) in numbers.quantity(AnalysisWords.rounded(value)) }
        // Brackets, not a dash: a bound may be negative (a first-order estimate below 0 on a small design).
        let separator = language == .vi ? "; " : ", "
        let interval = { (range: ClosedRange<Double>) in
            "[\(shown(range.lowerBound))\(separator)\(shown(range.upperBound))]"
        }
        var text = ""
        if variance <= 0 {
            text += say(.nothingToApportion) + "\n"
        } else {
            text += render(
                TextTable(
                    header: [
                        say(.inputColumn), say(.firstOrderColumn), say(.intervalColumn), say(.totalColumn),
                        say(.intervalColumn),
                    ],
                    rows: indices.map {
                        [
                            AnalysisWords.group($0.group).text(in: language), shown($0.first),
                            interval($0.firstInterval), shown($0.total), interval($0.totalInterval),
                        ]
                    }, rightAligned: [1, 3]))
        }
        return text + "\n" + say(.sobolReading) + "\n"
    }

    /// A weight change as outputs write it: `+0.2`, `-0.2` or `removed`; `+0,2`, `bỏ ra`.
    private static func change(_ change: WeightEffect.Change, language: Language = .en) -> String {
        let numbers = language == .en ? Numerals.plain : Numerals.text(language)
        switch change {
        case .scaled(let amount): return amount > 0 ? "+\(numbers.quantity(amount))" : "-\(numbers.quantity(-amount))"
        case .removed: return AnalysisWords.removed.text.text(in: language)
        }
    }
}
