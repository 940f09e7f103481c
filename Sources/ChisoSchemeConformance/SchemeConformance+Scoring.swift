import ChisoCore

extension SchemeConformance {
    /// Results follow the input order and are deterministic; random units do not all land in one class.
    func resultsFollowTheInputOrder(_ log: inout FailureLog) {
        let (units, children) = RandomUnits.make(scheme, count: 200, seed: 1)
        let first = scheme.score(units, subordinates: children)
        log.expect(first.map(\.unit.id) == units.map(\.unit.id), "results are not in the input order")
        log.expect(scheme.score(units, subordinates: children) == first, "scoring twice gives different results")
        if scheme.classes.count > 1 {
            log.expect(Set(first.map(\.standing.ordinal)).count > 1, "the random units all land in one class")
        }
    }

    /// Shuffling the units changes no result and no rank.
    func orderOfUnitsDoesNotMatter(_ log: inout FailureLog) {
        let (units, children) = RandomUnits.make(scheme, count: 200, seed: 2)
        var random = SplitMix64(seed: 99)
        let shuffled = units.shuffled(using: &random)
        let results = scheme.score(units, subordinates: children)
        let ranks = scheme.rank(results)
        let byID = Dictionary(uniqueKeysWithValues: results.enumerated().map { ($1.unit.id, $0) })
        let shuffledResults = scheme.score(shuffled, subordinates: children)
        let shuffledRanks = scheme.rank(shuffledResults)
        for (position, result) in shuffledResults.enumerated() {
            guard let original = byID[result.unit.id] else {
                log.expect(false, "\(result.unit.id): not among the results in input order")
                continue
            }
            log.expect(results[original] == result, "\(result.unit.id): result changes with the order")
            log.expect(
                ranks.ranks(ofUnit: original) == shuffledRanks.ranks(ofUnit: position),
                "\(result.unit.id): ranks change with the order")
        }
    }

    /// Raising any value never lowers the standing.
    func raisingAValueNeverLowersTheStanding(_ log: inout FailureLog) {
        let (units, children) = RandomUnits.make(scheme, count: 300, seed: 3)
        var random = SplitMix64(seed: 4)
        let before = scheme.score(units, subordinates: children)
        for (unit, result) in zip(units, before) where !scheme.measures.isEmpty {
            var better = unit
            for _ in 0..<3 {
                let index = Int.random(in: 0..<scheme.measures.count, using: &random)
                better.values[index] = RandomUnits.raised(better.values[index], scheme.measures[index], using: &random)
            }
            let after = scheme.score(better, subordinates: children[unit.unit.id])
            log.expect(after.standing >= result.standing, "\(unit.unit.id): a raised value lowers the standing")
        }
    }

    /// The explanation agrees with the result: its standing, binding rows, one row per condition in order, one cell
    /// per class holding the scheme's requirement, and nothing blocking the class reached.
    func explanationAgreesWithTheOutcome(_ log: inout FailureLog) {
        let (units, children) = RandomUnits.make(scheme, count: 200, seed: 5)
        for result in scheme.score(units, subordinates: children) {
            let explanation = scheme.explain(result, ranks: [:])
            let unit = result.unit.id
            log.expect(explanation.standing == result.standing, "\(unit): explained standing")
            log.expect(explanation.binding == result.blockers, "\(unit): binding rows are not the blockers")
            log.expect(explanation.rows.map(\.condition) == Array(scheme.conditions.indices), "\(unit): row order")
            log.expect(explanation.rows.map(\.id) == scheme.conditions.map(\.id), "\(unit): row IDs")
            log.expect(explanation.rows.map(\.depth) == scheme.conditions.map(\.depth), "\(unit): row depths")
            let top = scheme.classes.count
            log.expect(
                result.blockers.isEmpty == (result.standing.ordinal == top), "\(unit): blockers at the top class")
            for row in explanation.rows { check(row, of: result, log: &log) }
        }
    }

    /// One row of an explanation against its result.
    private func check(_ row: Explanation.Row, of result: UnitResult, log: inout FailureLog) {
        let unit = result.unit.id
        log.expect(row.cells.count == scheme.classes.count, "\(unit) \(row.id): one cell per class")
        for (offset, cell) in row.cells.enumerated() {
            log.expect(
                cell.requirement == scheme.requirement(of: row.condition, forClass: offset + 1),
                "\(unit) \(row.id) at \(offset + 1): the cell's requirement is not the scheme's")
            if !cell.requirement.applies {
                log.expect(cell.status == .notApplicable, "\(unit) \(row.id) at \(offset + 1): status applies")
            }
            // Nothing blocks the class reached (a per-level rule may leave lower classes unmet).
            let extended = scheme.conditions[row.condition].tags.contains(.extended)
            if offset == result.standing.ordinal - 1 && !extended {
                log.expect(!cell.status.blocks, "\(unit) \(row.id) at \(offset + 1): blocks the class reached")
            }
        }
        // A binding row blocks the next class.
        if row.isBinding {
            log.expect(
                row.cells.indices.contains(result.standing.ordinal) && row.cells[result.standing.ordinal].status.blocks,
                "\(unit) \(row.id): binding, but does not block the next class")
        }
        // A requirement left undecided by a missing value belongs to a condition listed as missing.
        if row.cells.contains(where: { $0.status == .missing }) {
            log.expect(result.missing.contains(row.condition), "\(unit) \(row.id): missing, but not listed")
        }
    }

    /// Requirements as data, inverted: for each condition that reads a measure and each class, the least value the
    /// requirement names meets it when scored, and a value just below does not.
    func leastRequiredValues(_ log: inout FailureLog) {
        for (index, condition) in scheme.conditions.enumerated() {
            guard let main = condition.measures.first, condition.tags.contains(.input) else { continue }
            for ordinal in 1...max(scheme.classes.count, 1) where ordinal <= scheme.classes.count {
                let requirement = scheme.requirement(of: index, forClass: ordinal)
                guard let least = requirement.leastValue(of: main) else { continue }
                let status = { (value: Double) -> CriterionStatus in
                    var values = [Double?](repeating: nil, count: scheme.measures.count)
                    values[main] = value
                    let result = scheme.score(Assessment(unit: UnitInfo(id: "T"), values: values), subordinates: nil)
                    return scheme.explain(result, ranks: [:]).rows[index].cells[ordinal - 1].status
                }
                log.expect(status(least) == .met, "\(condition.id) at \(ordinal): \(least) does not meet it")
                let below =
                    scheme.measures[main].kind == .count || scheme.measures[main].kind == .yesNo
                    ? least - 1 : least - 1e-6
                if below >= 0 {
                    log.expect(status(below) != .met, "\(condition.id) at \(ordinal): \(below) meets it")
                }
            }
        }
    }
}
