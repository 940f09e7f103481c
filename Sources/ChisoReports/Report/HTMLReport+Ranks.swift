import ChisoCore
import ChisoFormats

extension HTMLReport {
    /// Ranks: the distribution of each ranked figure (a strip per figure) and a sortable table of every unit's index
    /// and rank on the total and on each top-level node and view.
    mutating func writeRanks() {
        let results = input.scoring.results
        let figures = scheme.rankedFigures
        let title = words(.ranks)
        let rows = figures.map { figure in
            StripChart.Row(
                label: words(wording.figureName(figure)),
                values: results.compactMap { scheme.value(of: figure, in: $0) })
        }
        let five = rows.map { StripChart.fiveNumbers($0.values) }
        ChartFigure(
            id: "chart-figures", title: title, description: words(.ranksDescription), chart: StripChart(rows: rows),
            table: DataTable(
                caption: title,
                header: [
                    words(.figureColumn), words(.minimumColumn), words(.quartile1Column), words(.medianColumn),
                    words(.quartile3Column), words(.maximumColumn),
                ],
                rows: zip(rows, five).map { row, numbers in
                    [row.label] + numbers.map { words.numbers.fixed($0, decimals: scheme.rankingPrecision) }
                },
                numeric: [1, 2, 3, 4, 5])
        ).write(into: &html, numbers: words.numbers)
        html.element("p", text: words(.ranksTableNote))
        let order = results.indices.sorted {
            (input.scoring.ranks.rank(of: .total, unit: $0) ?? Int.max, $0) < (
                input.scoring.ranks.rank(of: .total, unit: $1) ?? Int.max, $1
            )
        }
        // Two tables, the indices and the ranks, so that a framework with many nodes and views still fits the page;
        // their headings are the figures' full names (a table is a chart's text alternative: nothing is cut).
        let names = figures.map { figure in
            figure == .total ? words(.indexColumn) : words(wording.figureName(figure))
        }
        for ranks in [false, true] {
            var header = [words(.idColumn), words(.nameColumn)]
            if !ranks, !scheme.classes.isEmpty { header.append(words(wording.classNoun).capitalizedFirst) }
            let first = header.count
            header += names
            var table = DataTable(
                caption: ranks ? words(.ranks) : words(.indexColumn), header: header,
                rows: order.map { index in
                    let result = results[index]
                    var row = [result.unit.id, result.unit.name ?? ""]
                    if !ranks, !scheme.classes.isEmpty { row.append(className(result.standing.ordinal)) }
                    for figure in figures {
                        row.append(
                            ranks
                                ? input.scoring.ranks.rank(of: figure, unit: index).map(words.numbers.integer) ?? ""
                                : scheme.value(of: figure, in: result).map {
                                    words.numbers.fixed($0, decimals: scheme.rankingPrecision)
                                } ?? "–")
                    }
                    return row
                }, numeric: Set(first..<header.count))
            table.links = order.map { unitLink(results[$0].unit) }
            table.className = "sortable"
            table.write(into: &html)
        }
    }

    /// A unit's best and worst top-level nodes by rank among the units, as COINr's unit summaries: up to two of each,
    /// best first and worst first, as `name (rank/n)`, *n* the units ranked in its group.
    func strengthsAndWeaknesses(ofUnit index: Int) -> (strengths: [String], weaknesses: [String]) {
        let ranked = nodeFigures.compactMap { figure in
            input.scoring.ranks.rank(of: figure, unit: index).map { (figure: figure, rank: $0) }
        }.sorted { $0.rank < $1.rank }
        guard ranked.count >= 2 else { return ([], []) }
        let keep = min(2, ranked.count / 2)
        func text(_ entry: (figure: Figure, rank: Int)) -> String {
            let count = rankedCount(entry.figure, alongside: index)
            return
                "\(words(wording.figureName(entry.figure))) (\(words.numbers.integer(entry.rank))/\(words.numbers.integer(count)))"
        }
        return (ranked.prefix(keep).map(text), ranked.reversed().prefix(keep).map(text))
    }

    /// Strengths and weaknesses: per unit, its best and worst top-level nodes relative to the others.
    mutating func writeStrengths() {
        html.element("p", text: words(.strengthsDescription))
        let results = input.scoring.results
        let order = results.indices.sorted {
            (input.scoring.ranks.rank(of: .total, unit: $0) ?? Int.max, $0) < (
                input.scoring.ranks.rank(of: .total, unit: $1) ?? Int.max, $1
            )
        }
        var table = DataTable(
            caption: words(.strengths),
            header: [
                words(.idColumn), words(.nameColumn), words(.rankColumn), words(.strengthsColumn),
                words(.weaknessesColumn),
            ],
            rows: order.map { index in
                let (strengths, weaknesses) = strengthsAndWeaknesses(ofUnit: index)
                return [
                    results[index].unit.id, results[index].unit.name ?? "",
                    input.scoring.ranks.rank(of: .total, unit: index).map(words.numbers.integer) ?? "",
                    strengths.joined(separator: "; "), weaknesses.joined(separator: "; "),
                ]
            }, numeric: [2])
        table.links = order.map { unitLink(results[$0].unit) }
        table.write(into: &html)
    }
}

extension String {
    /// The text with its first letter in upper case: `Mức`, `Tier`.
    var capitalizedFirst: String {
        guard let first else { return self }
        return first.uppercased() + dropFirst()
    }
}
