import ChisoCore
import ChisoFormats

extension HTMLReport {
    /// The key points of the first page (five at most), most important first, each a sentence or two with its numbers: where the
    /// units stand, what holds them back, the spread of the index and its strongest and weakest components, what a
    /// plan's budget reaches, who moved since the other side compared, and how sure the classes are.
    var keyPoints: [String] {
        let noun = wording.classNoun
        var points: [String] = []
        if let classes = classPoint { points.append(classes) }
        if let registered = registeredPoint { points.append(registered) }
        if !scheme.classes.isEmpty, showsBlockers || facts.blockers.isEmpty {
            points.append(blockerPoint(noun: noun))
            if let one = oneBlockerPoint(noun: noun) { points.append(one) }
        }
        if let spread = spreadPoint { points.append(spread) }
        if let plan = planPoint { points.append(plan) }
        if let moves = movesPoint { points.append(moves) }
        if let unsure = unsurePoint { points.append(unsure) }
        if let components = componentsPoint { points.append(components) }
        if let ends = endsPoint { points.append(ends) }
        // Five at most: a leader reads them all.
        return Array(points.prefix(5))
    }

    /// Where the units stand: the class most of them sit in, every class from the highest, and how many reached
    /// the class they registered for.
    private var classPoint: String? {
        let counts = facts.classCounts
        guard !counts.isEmpty, facts.unitCount > 0 else { return nil }
        let numbers = words.numbers
        let total = Double(facts.unitCount)
        let count = { (ordinal: Int) in
            OverviewWords.ClassCount(
                name: self.classHeading(ordinal), count: numbers.integer(counts[ordinal]),
                share: numbers.percent(share: Double(counts[ordinal]) / total))
        }
        // The class with most units; on a tie, the higher.
        let mode = counts.indices.max { (counts[$0], $0) < (counts[$1], $1) } ?? 0
        var listed = counts.indices.reversed().filter { $0 > 0 && counts[$0] > 0 }.map(count)
        if counts[0] > 0 {
            listed.append(
                OverviewWords.ClassCount(
                    name: className(0).lowercasedFirst + ":", count: numbers.integer(counts[0]), share: ""))
        }
        var modeCount = count(mode)
        if mode == 0 { modeCount.name = className(0).lowercasedFirst }
        return words(
            OverviewWords.classes(
                total: numbers.integer(facts.unitCount), mode: modeCount, classes: listed, noun: wording.classNoun))
    }

    /// How many of the units that registered a class reached it.
    private var registeredPoint: String? {
        let registered = facts.registered
        guard registered.units > 0 else { return nil }
        return words(
            OverviewWords.registered(
                reached: words.numbers.integer(registered.reached), units: words.numbers.integer(registered.units),
                noun: wording.classNoun))
    }

    /// The units one condition alone keeps from their next class, the first five named with it.
    private func oneBlockerPoint(noun: LocalizedText) -> String? {
        guard facts.oneBlockerUnits > 0 else { return nil }
        let results = input.scoring.results
        let named = results.filter { Set($0.blockers).count == 1 }.prefix(5).compactMap { result in
            result.blockers.first.map { "\(label(result.unit)) (\(scheme.conditions[$0].id))" }
        }
        return words(
            OverviewWords.oneBlocker(
                units: words.numbers.integer(facts.oneBlockerUnits), noun: noun, named: named,
                more: facts.oneBlockerUnits > named.count))
    }

    /// The three conditions that hold most units back, and how many units one condition alone holds.
    private func blockerPoint(noun: LocalizedText) -> String {
        guard !facts.blockers.isEmpty else { return words(OverviewWords.noBlockers) }
        let items = facts.blockers.prefix(3).enumerated().map { position, blocker in
            words(
                OverviewWords.blocker(
                    id: scheme.conditions[blocker.condition].id, name: conditionName(blocker.condition),
                    units: words.numbers.integer(blocker.units), first: position == 0))
        }
        return words(OverviewWords.blockers(items, noun: noun))
    }

    /// The spread of the total, and the strongest and weakest top-level nodes.
    private var spreadPoint: String? {
        guard let spread = facts.spread else { return nil }
        let results = input.scoring.results
        let precision = scheme.rankingPrecision
        let value = { (number: Double) in self.words.numbers.fixed(number, decimals: precision) }
        let unit = { (index: Int) in self.label(results[index].unit) }
        var text = words(
            OverviewWords.spread(
                figure: words(.index), low: value(spread.low.value), lowUnit: unit(spread.low.unit),
                median: value(spread.median), high: value(spread.high.value), highUnit: unit(spread.high.unit)))
        return text
    }

    /// The strongest and weakest top-level nodes by the mean share of their maximum.
    private var componentsPoint: String? {
        let components = facts.components
        guard components.count >= 2 else { return nil }
        let take = components.count >= 4 ? 2 : 1
        let (words, wording) = (self.words, self.wording)
        let named = { (component: OverviewFacts.Component) in
            "\(words(wording.figureName(component.figure))) (\(words.numbers.percent(share: component.mean)))"
        }
        return words(
            OverviewWords.components(
                strongest: components.prefix(take).map(named), weakest: components.suffix(take).reversed().map(named)))
    }

    /// The three units ranked first and last on the total, when every unit is ranked in one group.
    private var endsPoint: String? {
        let results = input.scoring.results
        guard results.count >= 6, Set(results.map(\.unit.group)).count == 1 else { return nil }
        let ranked = results.indices.compactMap { unit in
            input.scoring.ranks.rank(of: .total, unit: unit).map { (unit: unit, rank: $0) }
        }
        .sorted { ($0.rank, $0.unit) < ($1.rank, $1.unit) }
        guard ranked.count >= 6 else { return nil }
        let named = { (item: (unit: Int, rank: Int)) in
            "\(self.label(results[item.unit].unit)) (\(self.words.numbers.integer(item.rank)))"
        }
        return words(
            OverviewWords.ends(
                first: ranked.prefix(3).map(named), last: ranked.suffix(3).map(named),
                total: words.numbers.integer(ranked.count)))
    }

    /// Who moved from the first side compared to the second: classes up and down, the largest rank shifts.
    private var movesPoint: String? {
        guard let pair = input.comparison?.pairs.first, !pair.matches.isEmpty else { return nil }
        let numbers = words.numbers
        let names = Dictionary(
            input.scoring.results.map { ($0.unit.id, label($0.unit)) }, uniquingKeysWith: { first, _ in first })
        var up = 0
        var down = 0
        var same = 0
        var classed = false
        for match in pair.matches {
            guard let a = match.a.ordinal, let b = match.b.ordinal else { continue }
            classed = true
            if b > a { up += 1 } else if b < a { down += 1 } else { same += 1 }
        }
        // Rank shifts where the scheme ranks its units: a level framework's ranks only order ties of levels.
        let shifts =
            scheme.rankedFigures.isEmpty
            ? [] : pair.matches.compactMap { match in match.rankShift.map { (match.a.unitID, $0) } }
        let rose = shifts.filter { $0.1 > 0 }.max { ($0.1, $1.0) < ($1.1, $0.0) }
        let fell = shifts.filter { $0.1 < 0 }.min { ($0.1, $0.0) < ($1.1, $1.0) }
        guard classed || rose != nil || fell != nil else { return nil }
        let shift = { (item: (String, Int)) in
            "\(names[item.0] ?? item.0) (\(item.1 > 0 ? "+" : "−")\(numbers.integer(abs(item.1))))"
        }
        return words(
            OverviewWords.moves(
                from: pair.a, to: pair.b, up: classed ? numbers.integer(up) : nil,
                down: classed ? numbers.integer(down) : nil, same: classed ? numbers.integer(same) : nil,
                noun: wording.classNoun, rose: rose.map(shift), fell: fell.map(shift)))
    }

    /// How many units an uncertainty analysis leaves less than 90% sure of their class.
    private var unsurePoint: String? {
        guard let uncertainty = input.uncertainty, !uncertainty.units.isEmpty else { return nil }
        let classed = uncertainty.units.filter { $0.nominalClass != nil && !$0.classProbabilities.isEmpty }
        guard !classed.isEmpty else { return nil }
        let unsure = classed.filter { unit in
            let nominal = unit.nominalClass ?? 0
            return (nominal < unit.classProbabilities.count ? unit.classProbabilities[nominal] : 0) < 0.9
        }
        return words(
            OverviewWords.unsure(
                units: words.numbers.integer(unsure.count), total: words.numbers.integer(classed.count),
                noun: wording.classNoun, threshold: words.numbers.percent(share: 0.9, decimals: 0)))
    }

    /// What a plan's budget reaches.
    private var planPoint: String? { planHeadline() }
}
