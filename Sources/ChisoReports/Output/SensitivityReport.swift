public import ChisoCore
import ChisoFormats

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
    /// - Returns: The text.
    public static func render(
        _ indices: [SobolIndex], variance: Double, evaluations: Int, samples: Int, weightEffects: [WeightEffect],
        target targetName: String, notices: [String], scoring: ScoredCohort, format: OutputFormat
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
            root.add("notices", strings: notices)
            root.add(
                "results",
                .objects(rows) { row, object in
                    object.add(row: row, columns: Self.columns) { ["value", "low", "high"].contains($0) }
                })
            return JSONWriter.write(root.value)
        case .table, .markdown:
            let render = { (table: TextTable) in format == .markdown ? table.markdown() : table.plainText() }
            var text =
                "Sobol indices of \(targetName) (N = \(samples), \(evaluations) scorings of the cohort; "
                + "variance \(number(variance))):\n\n"
            text += sobolText(indices, variance: variance, render: render)
            if !weightEffects.isEmpty {
                text += "\nWeights of the top-level nodes, one at a time (siblings renormalised):\n\n"
                text += render(
                    TextTable(
                        header: ["node", "change", "mean |rank change|", "largest rank change"],
                        rows: weightEffects.map {
                            [node($0), Self.change($0.change), number($0.meanShift), String($0.maximumShift)]
                        },
                        rightAligned: [2, 3]))
            }
            return text + notices.map { "\nNotice: \($0).\n" }.joined()
                + (origin.approximationSentence.map { "\n" + $0 + "\n" } ?? "")
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
            let analysis = effect.change == .removed ? "leave-one-out" : "weight \(Self.change(effect.change))"
            rows.append([analysis, node(effect), "mean_abs_rank_shift", number(effect.meanShift), "", ""])
            rows.append([analysis, node(effect), "max_rank_shift", String(effect.maximumShift), "", ""])
        }
        return rows
    }

    /// The Sobol table and how to read it, or why there is none.
    private static func sobolText(_ indices: [SobolIndex], variance: Double, render: (TextTable) -> String) -> String {
        // Brackets, not a dash: a bound may be negative (a first-order estimate below 0 on a small design).
        let interval = { (range: ClosedRange<Double>) in
            "[\(number(range.lowerBound)), \(number(range.upperBound))]"
        }
        var text = ""
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
        return text
            + "\nFirst order: the share of the target's variance that the input explains alone; total: with all its "
            + "interactions. An input whose total is near 0 can be fixed at any value without changing the results.\n"
    }

    /// A weight change as outputs write it: `+0.2`, `-0.2` or `removed`.
    private static func change(_ change: WeightEffect.Change) -> String {
        switch change {
        case .scaled(let amount): amount > 0 ? "+\(NumberText.shortest(amount))" : "-\(NumberText.shortest(-amount))"
        case .removed: "removed"
        }
    }
}
