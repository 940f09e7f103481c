extension LevelScheme {
    /// Explains a result of this scheme: each criterion's values against each level's requirement, the criteria
    /// that keep the unit from the next level, the values that are missing, and the subordinate units rolled up.
    ///
    /// - Parameters:
    ///   - result: A result returned by ``score(_:subordinates:)`` of this scheme.
    ///   - ranks: Ignored: level schemes do not rank.
    /// - Returns: The explanation.
    /// - Complexity: O(*c* × *l*) for *c* criteria and *l* levels.
    public func explain(_ result: UnitResult, ranks: [Figure: Int] = [:]) -> Explanation {
        let level = result.standing.ordinal
        let detail = result.levelDetail ?? LevelDetail(statuses: [])
        let blockers = Set(result.blockers)
        var rows: [Explanation.Row] = []
        for (index, condition) in conditions.enumerated() where index < detail.statuses.count {
            let cells = (0..<levels.count).map { offset in
                Explanation.Cell(
                    requirement: requirement(of: index, forClass: offset + 1),
                    status: detail.statuses[index][offset + 1]
                )
            }
            let value: Explanation.Value =
                condition.tags.contains(.rollUp)
                ? .subordinates(detail.subordinates)
                : .measures(condition.measures.map { result.values.indices.contains($0) ? result.values[$0] : nil })
            rows.append(
                Explanation.Row(
                    condition: index,
                    id: condition.id,
                    name: condition.name,
                    depth: condition.depth,
                    value: value,
                    cells: cells,
                    isBinding: blockers.contains(index)
                )
            )
        }
        var findings: [Explanation.Finding] = []
        if level < levels.count {
            findings.append(.nextClassNotReached(level + 1, blockers: result.blockers))
            if let shortfall = extendedShortfall(detail.statuses, level: level + 1) {
                findings.append(
                    .extendedShortfall(
                        level + 1, met: shortfall.met, applicable: shortfall.applicable, needed: shortfall.needed))
            }
        } else {
            findings.append(.highestClassReached(level))
        }
        if !result.missing.isEmpty { findings.append(.missingValues(result.missing)) }
        if let children = detail.subordinates {
            if children.totalWithUnreadable == 0 { findings.append(.noSubordinates) }
            if !children.unreadable.isEmpty { findings.append(.unreadableSubordinates(children.unreadable)) }
        }
        if let registered = result.unit.registeredLevel {
            findings.append(.registered(registered, reached: level >= registered))
        }
        findings.append(.levelRule(rule))
        return Explanation(unit: result.unit, standing: result.standing, rows: rows, findings: findings)
    }
}
