public import ChisoCore
public import ChisoFormats

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
    ///   - language: The language of the table and Markdown reports (CSV and JSON are the same in both).
    public static func render(
        _ comparison: CohortComparison, parameters: [(name: String, value: String)] = [], format: OutputFormat,
        summary: Bool = false, language: Language = .vi
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
            return text(run, markdown: format == .markdown, language: language)
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
    static func shiftText(_ shift: Int) -> String { CompareWords.shift(shift).en }

    private static func text(_ run: CohortComparison, markdown: Bool, language: Language) -> String {
        let render = { (table: TextTable) in markdown ? table.markdown() : table.plainText() }
        var text = sidesText(run, language: language)
        var position = 0
        for i in run.sides.indices {
            for j in run.sides.indices where j > i {
                text += pairText(run.pairs[position], i, j, run: run, language: language, render: render)
                position += 1
            }
        }
        text += "\n" + render(unitsTable(run, language: language))
        return text
    }

    /// Each side: its results, framework and common scale, and the approximation it was made with.
    private static func sidesText(_ run: CohortComparison, language: Language) -> String {
        var text = CompareWords.sides.text.text(in: language) + "\n"
        for (index, side) in run.sides.enumerated() {
            text += CompareWords.side(
                label: label(index), name: side.results.name, framework: side.framework.id,
                units: side.results.entries.count, scale: side.framework.scale
            ).text(in: language)
            if let approximation = side.approximation {
                text += "     \(AnalysisWords.approximation(approximation).text(in: language))\n"
            }
        }
        return text
    }

    /// Sides `i` and `j` compared: the units on both, rank statistics, agreement on classes, the top, the movers.
    private static func pairText(
        _ pair: PairComparison, _ i: Int, _ j: Int, run: CohortComparison, language: Language,
        render: (TextTable) -> String
    ) -> String {
        let say = { (text: LocalizedText) in text.text(in: language) }
        var text = "\n" + say(CompareWords.pairHead(label(i), label(j), shared: pair.matches.count))
        if !pair.onlyA.isEmpty { text += say(CompareWords.onlyOn(label(i), pair.onlyA.map(TextTable.cellText))) }
        if !pair.onlyB.isEmpty { text += say(CompareWords.onlyOn(label(j), pair.onlyB.map(TextTable.cellText))) }
        text += "\n"
        text += rankStatisticsText(pair, i, j, language: language)
        if let agreement = pair.agreement {
            text += agreementText(agreement, i, j, language: language, render: render)
        } else if run.sides[i].results.classCount != nil || run.sides[j].results.classCount != nil {
            text += "  " + say(CompareWords.kappaNotComputed.text) + "\n"
        }
        if let top = pair.top, let overlap = pair.topOverlap {
            text += say(CompareWords.top(top, overlap: overlap))
        }
        let movers = pair.matches.compactMap { match in match.rankShift.map { (match, $0) } }.filter {
            $0.1 != 0
        }
        let up = movers.filter { $0.1 > 0 }.sorted { $0.1 > $1.1 }.prefix(5).map(\.0)
        let down = movers.filter { $0.1 < 0 }.sorted { $0.1 < $1.1 }.prefix(5).map(\.0)
        if !up.isEmpty { text += "  \(say(CompareWords.movedUp.text)): \(moves(Array(up), language: language))\n" }
        if !down.isEmpty {
            text += "  \(say(CompareWords.movedDown.text)): \(moves(Array(down), language: language))\n"
        }
        return text
    }

    /// The units left out of the rank statistics, and the rank correlations where they mean something.
    private static func rankStatisticsText(_ pair: PairComparison, _ i: Int, _ j: Int, language: Language) -> String {
        let say = { (text: LocalizedText) in text.text(in: language) }
        var text = ""
        if pair.unrankedA > 0 || pair.unrankedB > 0 {
            text += say(CompareWords.unranked(label(i), pair.unrankedA, label(j), pair.unrankedB))
        }
        if pair.ranksWithinGroups {
            text += "  " + say(CompareWords.ranksWithinGroups.text) + "\n"
        } else if let rho = pair.spearman, let tau = pair.kendall {
            text += say(CompareWords.correlations(rho: rho.value, rhoP: rho.pValue, tau: tau.value, tauP: tau.pValue))
        } else {
            text += "  " + say(CompareWords.correlationsUndefined.text) + "\n"
        }
        return text
    }

    /// Cohen's weighted κ, the share of units in the same class, and the table of classes side by side.
    private static func agreementText(
        _ agreement: Agreement, _ i: Int, _ j: Int, language: Language, render: (TextTable) -> String
    ) -> String {
        let text = CompareWords.kappas(
            linear: agreement.kappa(.linear), quadratic: agreement.kappa(.quadratic),
            exactShare: agreement.exactShare
        ).text(in: language)
        let numbers = Numerals.text(language)
        let classes = agreement.table.indices
        let table = TextTable(
            header: ["\(label(i)) \\ \(label(j))"] + classes.map(String.init),
            rows: classes.map { row in [String(row)] + agreement.table[row].map(numbers.integer) },
            rightAligned: Set(1...classes.count))
        return text + indent(render(table))
    }

    /// Every unit, its name beside its ID, side by side: its outcome, scale and rank on each side, and its shift from
    /// the side before.
    private static func unitsTable(_ run: CohortComparison, language: Language) -> TextTable {
        let say = { (words: CompareWords) in words.text.text(in: language) }
        let numbers = Numerals.text(language)
        var header = [say(.unitColumn), say(.nameColumn)]
        var numeric: Set<Int> = []
        for index in run.sides.indices {
            numeric.formUnion([header.count + 1, header.count + 2])
            header += [
                "\(label(index)) \(say(.outcomeColumn))", "\(label(index)) \(say(.scaleColumn))",
                "\(label(index)) \(say(.rankColumn))",
            ]
            if index > 0 { header.append("\(label(index)) \(say(.shiftColumn))") }
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
            // The name as the first side that gives one has it.
            let name = lookups.lazy.compactMap { $0[id]?.unitName }.first { !$0.isEmpty }
            var row = [id, NameCell.text(name, width: NameCell.unitWidth)]
            for index in run.sides.indices {
                let entry = lookups[index][id]
                row += [
                    entry?.outcome ?? "—", entry.map { numbers.fixed($0.scale, decimals: 3) } ?? "—",
                    entry.map { $0.rank.map(numbers.integer) ?? say(.notRanked) } ?? "—",
                ]
                if index > 0 {
                    let previous = lookups[index - 1][id]
                    row.append(
                        entry.flatMap { now in
                            previous.flatMap {
                                PairComparison.Match(a: $0, b: now).rankShift.map {
                                    CompareWords.shift($0).text(in: language)
                                }
                            }
                        } ?? "")
                }
            }
            return row
        }
        return NameCell.droppingEmpty(column: 1, of: TextTable(header: header, rows: rows, rightAligned: numeric))
    }

    private static func label(_ index: Int) -> String {
        index < 26 ? String(UnicodeScalar(UInt8(65 + index))) : "S\(index + 1)"
    }

    private static func moves(_ matches: [PairComparison.Match], language: Language) -> String {
        let numbers = Numerals.text(language)
        return matches.map { match in
            let shift = match.rankShift.map { CompareWords.shift($0).text(in: language) } ?? ""
            let before = match.a.rank.map(numbers.integer) ?? ""
            let after = match.b.rank.map(numbers.integer) ?? ""
            return "\(TextTable.cellText(match.a.unitID)) (\(shift): \(before) → \(after))"
        }.joined(separator: ", ")
    }

    private static func indent(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : "    " + $0 }.joined(
            separator: "\n")
    }
}
