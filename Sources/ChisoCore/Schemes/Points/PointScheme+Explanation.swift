extension PointScheme {
    /// Explains a result of this scheme: the total and each node's points against their maxima, what each tier asks
    /// of them, and which conditions — the total, floors — hold the unit back.
    ///
    /// - Parameters:
    ///   - result: A result returned by ``score(_:subordinates:)`` of this scheme.
    ///   - ranks: The unit's ranks among its cohort, if it was ranked.
    /// - Returns: The explanation; the first row is the total.
    /// - Complexity: O(*m* × *t*) for *m* nodes and *t* tiers.
    public func explain(_ result: UnitResult, ranks: [Figure: Int] = [:]) -> Explanation {
        let detail =
            result.pointDetail
            ?? PointDetail(
                total: 0, maximum: maximum ?? 0, index: 0, nodePoints: Array(repeating: 0, count: nodes.count),
                viewIndices: Array(repeating: 0, count: views.count))
        let blockers = Set(result.blockers)
        let missing = Set(result.missing)
        var rows: [Explanation.Row] = []
        for (index, condition) in conditions.enumerated() {
            let cells = tiers.indices.map { position -> Explanation.Cell in
                let requirement = requirement(of: index, forClass: position + 1)
                guard requirement.applies else {
                    return Explanation.Cell(requirement: requirement, status: .notApplicable)
                }
                let failed = failedConditions(tiers[position], detail).contains(index)
                let status: CriterionStatus = missing.contains(index) ? .missing : failed ? .notMet : .met
                return Explanation.Cell(requirement: requirement, status: status)
            }
            rows.append(
                Explanation.Row(
                    condition: index,
                    id: condition.id,
                    name: condition.name,
                    depth: condition.depth,
                    value: value(ofCondition: index, detail: detail, result: result),
                    cells: cells,
                    isBinding: blockers.contains(index)
                )
            )
        }
        var findings: [Explanation.Finding] = []
        let ordinal = result.standing.ordinal
        if ordinal < tiers.count {
            findings.append(.nextClassNotReached(ordinal + 1, blockers: result.blockers))
        } else if !tiers.isEmpty {
            findings.append(.highestClassReached(ordinal))
        }
        if !result.missing.isEmpty { findings.append(.missingValues(result.missing)) }
        for position in views.indices where position < detail.viewIndices.count {
            findings.append(.view(position, index: detail.viewIndices[position]))
        }
        return Explanation(unit: result.unit, standing: result.standing, rows: rows, findings: findings, ranks: ranks)
    }

    private func value(ofCondition index: Int, detail: PointDetail, result: UnitResult) -> Explanation.Value {
        if index == 0 { return .total(detail.total, maximum: detail.maximum, index: detail.index) }
        let node = nodes[index - 1].node
        let input = measureOfNode[index - 1].flatMap { result.values.indices.contains($0) ? result.values[$0] : nil }
        if !node.isScored { return .informationOnly(input) }
        if measureOfNode[index - 1] != nil, input == nil { return .missingPoints(maximum: Self.effectiveMaximum(node)) }
        return .points(detail.nodePoints[index - 1], maximum: Self.effectiveMaximum(node))
    }
}
