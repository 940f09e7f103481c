extension LevelScheme {
    /// Explains a result of this scheme: each criterion's value against each level's requirement, the criteria
    /// that keep the unit from the next level, and the values that are missing.
    ///
    /// - Parameter result: A result returned by ``score(_:context:)`` of this scheme.
    /// - Returns: The explanation.
    /// - Complexity: O(*c* × *l*) for *c* criteria and *l* levels.
    public func explain(_ result: UnitResult) -> Explanation {
        let level = result.standing.ordinal
        let blockers = Set(result.blockers)
        var rows: [Explanation.Row] = []
        for (index, criterion) in criteria.enumerated() where index < result.statuses.count {
            let secondKinds = Dictionary(
                criterion.secondMeasures.map { ($0.suffix, $0.kind) },
                uniquingKeysWith: { first, _ in first }
            )
            let cells = criterion.requirements.enumerated().map { offset, requirement in
                Explanation.Cell(
                    requirement: requirement.rule.summary(kind: criterion.kind, secondKinds: secondKinds),
                    status: result.statuses[index][offset + 1]
                )
            }
            rows.append(
                Explanation.Row(
                    id: criterion.id,
                    name: criterion.name,
                    value: valueText(of: index, in: result),
                    cells: cells,
                    isBinding: blockers.contains(criterion.id)
                )
            )
        }
        var notes: [String] = []
        if level < levels.count {
            let next = levelName(level + 1)
            let names = result.blockers.joined(separator: ", ")
            let count = result.blockers.count == 1 ? "1 criterion falls" : "\(result.blockers.count) criteria fall"
            notes.append("Level \(level + 1) (\(next.vi) / \(next.en)) is not reached: \(count) short of it: \(names).")
        } else {
            notes.append("Level \(level) is the highest level; every criterion meets it.")
        }
        if !result.missing.isEmpty {
            notes.append(
                "Missing values count as not met: \(result.missing.joined(separator: ", ")). "
                    + "Fill them in to score the unit fully."
            )
        }
        if let children = result.children, children.total == 0 {
            notes.append(
                "No subordinate units have parent_id \(result.unit.id), so the roll-up criterion is not met."
            )
        }
        if let registered = result.unit.registeredLevel {
            let verdict = level >= registered ? "reaches it" : "does not reach it"
            notes.append("The unit registered for level \(registered) and \(verdict).")
        }
        return Explanation(
            unit: result.unit,
            standing: result.standing,
            standingName: levelName(level),
            classes: levels,
            rows: rows,
            notes: notes,
            headline: "Level \(level) — \(levelName(level).vi) (\(levelName(level).en))"
        )
    }

    /// A criterion's value in a result as text: `72.5%`, `yes`, `3; share 100%`, or a roll-up's level counts.
    public func valueText(of criterionIndex: Int, in result: UnitResult) -> String {
        let criterion = criteria[criterionIndex]
        guard let kind = criterion.kind else {
            guard let children = result.children else { return "missing (no subordinate units given)" }
            guard children.total > 0 else { return "no subordinate units" }
            let counts = children.counts.enumerated().filter { $0.element > 0 }.map { "L\($0.offset): \($0.element)" }
            return "\(children.total) units (\(counts.joined(separator: ", ")))"
        }
        var parts = [kind.text(for: mainValue(of: criterionIndex, in: result.values))]
        for extra in criterion.secondMeasures {
            let value = secondValue(extra.suffix, of: criterionIndex, in: result.values)
            parts.append("\(extra.suffix) \(extra.kind.text(for: value))")
        }
        return parts.joined(separator: "; ")
    }
}
