public import ChisoCore
import ChisoFormats

/// Renders a comparison: a readable report for people; tidy CSV for programs, one row per unit and side, or with
/// `--summary` one row per pair of sides; JSON with the sides, the pairs and the units.
public enum CompareReport {
    /// The columns of `compare --format csv`: one row per unit and side. When a side is an approximation, an
    /// `approximation` column before `framework` holds its reason on that side's rows.
    public static let unitColumns = ["unit_id", "side", "outcome", "scale", "rank", "rank_shift", "framework"]
    /// The columns of `compare --summary --format csv`: one row per pair of sides; `frameworks` names side a's
    /// framework and side b's, `a;b`.
    public static let summaryColumns = [
        "a", "b", "n", "only_a", "only_b", "spearman_rho", "spearman_p", "kendall_tau_b", "kendall_p", "kappa_linear",
        "kappa_quadratic", "exact_agreement", "top_k", "top_k_overlap", "unranked_a", "unranked_b",
        "ranks_within_groups", "frameworks",
    ]

    /// Renders a comparison.
    ///
    /// - Parameters:
    ///   - comparison: The comparison.
    ///   - parameters: The parameters that shaped it (years, top, ID map), for `made_by`.
    ///   - format: The format.
    ///   - summary: One row per pair of sides instead of one per unit (CSV; JSON always has both).
    public static func render(
        _ comparison: CohortComparison, parameters: [(name: String, value: String)] = [], format: OutputFormat,
        summary: Bool = false
    ) -> String {
        let run = comparison
        switch format {
        case .csv:
            return summary
                ? CSVWriter.document(
                    header: summaryHeader(run), rows: summaryRows(run, approximation: hasApproximation(run)))
                : CSVWriter.document(header: unitHeader(run), rows: unitRows(run, approximation: hasApproximation(run)))
        case .json:
            return json(run, parameters: parameters)
        case .table, .markdown:
            return text(run, markdown: format == .markdown)
        }
    }

    /// One row per unit and side, in the first side's order, then units the first side lacks. `rank_shift` is the
    /// places gained since the previous side (positive: up), empty on the first side or when the unit was not on
    /// the previous side.
    static func unitRows(_ run: CohortComparison, approximation: Bool = false) -> [[String]] {
        var order: [String] = []
        var seen: Set<String> = []
        for side in run.sides {
            for entry in side.results.entries where seen.insert(entry.unitID).inserted { order.append(entry.unitID) }
        }
        let lookups = run.sides.map { side in
            Dictionary(side.results.entries.map { ($0.unitID, $0) }, uniquingKeysWith: { first, _ in first })
        }
        var rows: [[String]] = []
        for id in order {
            for (index, side) in run.sides.enumerated() {
                guard let entry = lookups[index][id] else { continue }
                let shift =
                    index > 0
                    ? lookups[index - 1][id].flatMap { PairComparison.Match(a: $0, b: entry).rankShift }.map(
                        String.init)
                        ?? "" : ""
                rows.append(
                    [
                        id, side.results.name, entry.outcome, number(entry.scale), entry.rank.map(String.init) ?? "",
                        shift,
                    ]
                        + (approximation ? [side.approximation ?? ""] : []) + [side.framework.id])
            }
        }
        return rows
    }

    /// Whether any side is an approximation.
    static func hasApproximation(_ run: CohortComparison) -> Bool { run.sides.contains { $0.approximation != nil } }

    /// The columns of the unit rows: ``unitColumns``, with `approximation` before `framework` when a side is one.
    static func unitHeader(_ run: CohortComparison) -> [String] {
        guard hasApproximation(run) else { return unitColumns }
        return unitColumns.dropLast() + [OutputOrigin.approximationColumn, OutputOrigin.column]
    }

    /// One row per pair of sides.
    static func summaryRows(_ run: CohortComparison, approximation: Bool = false) -> [[String]] {
        run.pairs.map { pair -> [String] in
            var row: [String] = [
                pair.a, pair.b, String(pair.matches.count), String(pair.onlyA.count), String(pair.onlyB.count),
                optional(pair.spearman?.value), optional(pair.spearman?.pValue), optional(pair.kendall?.value),
                optional(pair.kendall?.pValue), optional(pair.agreement?.kappa(.linear)),
                optional(pair.agreement?.kappa(.quadratic)), optional(pair.agreement?.exactShare),
            ]
            row += [pair.top.map(String.init) ?? "", optional(pair.topOverlap), String(pair.unrankedA)]
            row += [String(pair.unrankedB), pair.ranksWithinGroups ? "true" : "false"]
            if approximation { row.append(approximationOfPair(run, pair)) }
            return row + [frameworkPair(run, pair)]
        }
    }

    /// The columns of the summary rows: ``summaryColumns``, with `approximation` before `frameworks` when a side is
    /// one.
    static func summaryHeader(_ run: CohortComparison) -> [String] {
        guard hasApproximation(run) else { return summaryColumns }
        return summaryColumns.dropLast() + [OutputOrigin.approximationColumn, "frameworks"]
    }

    /// Why a pair's sides are approximations, each side's reason after its name; empty when neither is.
    private static func approximationOfPair(_ run: CohortComparison, _ pair: PairComparison) -> String {
        [pair.a, pair.b].compactMap { name in
            run.sides.first { $0.results.name == name }?.approximation.map { "\(name): \($0)" }
        }.joined(separator: " ")
    }

    /// The frameworks of a pair's sides, `a;b`.
    private static func frameworkPair(_ run: CohortComparison, _ pair: PairComparison) -> String {
        let framework = { (name: String) in run.sides.first { $0.results.name == name }?.framework.id ?? "" }
        return framework(pair.a) + ";" + framework(pair.b)
    }

    private static func number(_ value: Double) -> String {
        NumberText.shortest((value * 1e6).rounded() / 1e6)
    }

    private static func optional(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "" }
        return value != 0 && abs(value) < 1e-4 ? "\(value)" : number(value)
    }

    private static func json(_ run: CohortComparison, parameters: [(name: String, value: String)]) -> String {
        var root = JSONObjectBuilder()
        let approximate = run.sides.filter { $0.approximation != nil }.map(\.results.name)
        let reasons =
            approximate.isEmpty
            ? [] : ["\(approximate.joined(separator: ", ")): see each side's approximation"]
        root.add(
            "made_by",
            OutputOrigin.json(
                frameworks: run.sides.map(\.framework.id), parameters: parameters,
                approximation: reasons.isEmpty ? nil : reasons.joined(separator: " ")))
        root.add(
            "sides",
            .objects(run.sides) { side, object in
                object.add("name", side.results.name)
                object.add("file", side.source)
                object.add("framework", side.framework.id)
                object.add("scale", side.framework.scale.rawValue)
                object.add("classes", side.results.classCount)
                object.add("units", side.results.entries.count)
                if let approximation = side.approximation { object.add("approximation", approximation) }
            })
        let summaries = summaryRows(run)
        root.add(
            "pairs",
            .objects(Array(zip(run.pairs, summaries))) { item, object in
                let (pair, row) = item
                object.add(row: row, columns: Array(summaryColumns.dropLast())) { $0 != "a" && $0 != "b" }
                object.add("only_a_units", strings: pair.onlyA)
                object.add("only_b_units", strings: pair.onlyB)
                if let agreement = pair.agreement {
                    object.add(
                        "confusion",
                        JSONNode.Value.array(
                            agreement.table.map { row in JSONNode.Value.array(row.map { .number(Double($0)) }) }))
                }
            })
        root.add(
            "units",
            .objects(unitRows(run, approximation: hasApproximation(run))) { row, object in
                object.add(row: row, columns: unitHeader(run)) { ["scale", "rank", "rank_shift"].contains($0) }
            })
        return JSONWriter.write(root.value)
    }

    /// "up 17 places", "down 1 place", "no change".
    static func shiftText(_ shift: Int) -> String {
        if shift == 0 { return "no change" }
        let places = abs(shift) == 1 ? "place" : "places"
        return "\(shift > 0 ? "up" : "down") \(abs(shift)) \(places)"
    }

    private static func pValue(_ p: Double) -> String {
        p < 0.001 ? "p < 0.001" : "p = \(NumberText.fixed(p, decimals: 3))"
    }

    private static func text(_ run: CohortComparison, markdown: Bool) -> String {
        let render = { (table: TextTable) in markdown ? table.markdown() : table.plainText() }
        var text = sidesText(run)
        var position = 0
        for i in run.sides.indices {
            for j in run.sides.indices where j > i {
                text += pairText(run.pairs[position], i, j, run: run, render: render)
                position += 1
            }
        }
        text += "\n" + render(unitsTable(run))
        return text
    }

    /// Each side: its results, framework and common scale, and the approximation it was made with.
    private static func sidesText(_ run: CohortComparison) -> String {
        var text = "Sides:\n"
        for (index, side) in run.sides.enumerated() {
            let scale = side.framework.scale
            text +=
                "  \(label(index)). \(side.results.name): \(side.framework.id), \(side.results.entries.count) units, "
                + "common scale \(scale.rawValue): \(scale.explanation)\n"
            if let approximation = side.approximation {
                text += "     \(OutputOrigin.approximationSentence(approximation))\n"
            }
        }
        return text
    }

    /// Sides `i` and `j` compared: the units on both, rank statistics, agreement on classes, the top, the movers.
    private static func pairText(
        _ pair: PairComparison, _ i: Int, _ j: Int, run: CohortComparison, render: (TextTable) -> String
    ) -> String {
        var text = "\n\(label(i)) → \(label(j)): \(pair.matches.count) units on both sides"
        if !pair.onlyA.isEmpty { text += "; only on \(label(i)): \(list(pair.onlyA))" }
        if !pair.onlyB.isEmpty { text += "; only on \(label(j)): \(list(pair.onlyB))" }
        text += "\n"
        text += rankStatisticsText(pair, i, j)
        if let agreement = pair.agreement {
            text += agreementText(agreement, i, j, render: render)
        } else if run.sides[i].results.classCount != nil || run.sides[j].results.classCount != nil {
            text += "  Cohen's κ: not computed, the two sides do not rate on the same classes\n"
        }
        if let top = pair.top, let overlap = pair.topOverlap {
            text +=
                "  top \(top): \(NumberText.fixed(overlap * 100, decimals: 1))% of the larger top is in both\n"
        }
        let movers = pair.matches.compactMap { match in match.rankShift.map { (match, $0) } }.filter {
            $0.1 != 0
        }
        let up = movers.filter { $0.1 > 0 }.sorted { $0.1 > $1.1 }.prefix(5).map(\.0)
        let down = movers.filter { $0.1 < 0 }.sorted { $0.1 < $1.1 }.prefix(5).map(\.0)
        if !up.isEmpty { text += "  moved up most: \(moves(Array(up)))\n" }
        if !down.isEmpty { text += "  moved down most: \(moves(Array(down)))\n" }
        return text
    }

    /// The units left out of the rank statistics, and the rank correlations where they mean something.
    private static func rankStatisticsText(_ pair: PairComparison, _ i: Int, _ j: Int) -> String {
        var text = ""
        if pair.unrankedA > 0 || pair.unrankedB > 0 {
            text +=
                "  left out of the rank statistics as not ranked: \(pair.unrankedA) on \(label(i)), "
                + "\(pair.unrankedB) on \(label(j)) (below the tiers their framework ranks)\n"
        }
        if pair.ranksWithinGroups {
            text +=
                "  rank correlations and tops: not computed, a side ranks its units within groups, and ranks "
                + "of different groups are not one ranking; rank shifts are within a unit's group\n"
        } else if let rho = pair.spearman, let tau = pair.kendall {
            text += "  Spearman's ρ \(NumberText.fixed(rho.value, decimals: 3)) (\(pValue(rho.pValue))), "
            text += "Kendall's τ-b \(NumberText.fixed(tau.value, decimals: 3)) (\(pValue(tau.pValue)))\n"
        } else {
            text += "  rank correlations: not defined (fewer than 3 units, or one side ranks them all equal)\n"
        }
        return text
    }

    /// Cohen's weighted κ, the share of units in the same class, and the table of classes side by side.
    private static func agreementText(_ agreement: Agreement, _ i: Int, _ j: Int, render: (TextTable) -> String)
        -> String
    {
        let kappas = Agreement.Weights.allCases.map { weights in
            "\(weights.rawValue) \(agreement.kappa(weights).map { NumberText.fixed($0, decimals: 3) } ?? "undefined")"
        }
        var text = "  Cohen's weighted κ: \(kappas.joined(separator: ", "))"
        if let share = agreement.exactShare {
            text += "; same class for \(NumberText.fixed(share * 100, decimals: 1))% of units"
        }
        text += "\n"
        let classes = agreement.table.indices
        let table = TextTable(
            header: ["\(label(i)) \\ \(label(j))"] + classes.map(String.init),
            rows: classes.map { row in [String(row)] + agreement.table[row].map(String.init) },
            rightAligned: Set(1...classes.count))
        return text + indent(render(table))
    }

    /// Every unit, side by side: its outcome, scale and rank on each side, and its shift from the side before.
    private static func unitsTable(_ run: CohortComparison) -> TextTable {
        var header = ["unit_id"]
        for index in run.sides.indices {
            header += ["\(label(index)) outcome", "\(label(index)) scale", "\(label(index)) rank"]
            if index > 0 { header.append("\(label(index)) shift") }
        }
        let lookups = run.sides.map { side in
            Dictionary(side.results.entries.map { ($0.unitID, $0) }, uniquingKeysWith: { first, _ in first })
        }
        var order: [String] = []
        var seen: Set<String> = []
        for side in run.sides {
            for entry in side.results.entries where seen.insert(entry.unitID).inserted { order.append(entry.unitID) }
        }
        let rows = order.map { id -> [String] in
            var row = [id]
            for index in run.sides.indices {
                let entry = lookups[index][id]
                row += [
                    entry?.outcome ?? "—", entry.map { NumberText.fixed($0.scale, decimals: 3) } ?? "—",
                    entry.map { $0.rank.map(String.init) ?? "not ranked" } ?? "—",
                ]
                if index > 0 {
                    let previous = lookups[index - 1][id]
                    row.append(
                        entry.flatMap { now in
                            previous.flatMap { PairComparison.Match(a: $0, b: now).rankShift.map(shiftText) }
                        } ?? "")
                }
            }
            return row
        }
        let numeric = Set(header.indices.filter { header[$0].hasSuffix("scale") || header[$0].hasSuffix("rank") })
        return TextTable(header: header, rows: rows, rightAligned: numeric)
    }

    private static func label(_ index: Int) -> String {
        index < 26 ? String(UnicodeScalar(UInt8(65 + index))) : "S\(index + 1)"
    }

    /// IDs in a sentence, each on one line as a table cell shows it (``TextTable/cellText(_:)``).
    private static func list(_ ids: [String]) -> String {
        let shown = ids.prefix(8).map(TextTable.cellText).joined(separator: ", ")
        return ids.count <= 8 ? shown : shown + " and \(ids.count - 8) more"
    }

    private static func moves(_ matches: [PairComparison.Match]) -> String {
        matches.map { match in
            let shift = match.rankShift.map(shiftText) ?? ""
            return
                "\(TextTable.cellText(match.a.unitID)) (\(shift): \(match.a.rank.map(String.init) ?? "") → \(match.b.rank.map(String.init) ?? ""))"
        }.joined(
            separator: ", ")
    }

    private static func indent(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : "    " + $0 }.joined(
            separator: "\n")
    }
}
