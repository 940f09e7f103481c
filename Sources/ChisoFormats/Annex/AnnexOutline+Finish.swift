extension AnnexOutline {
    /// The rows with their IDs, parents and depths settled, and the maxima checked: a row's maximum must be the
    /// sum of its children's when every child has one.
    func finish(problems: inout AnnexProblems) -> [AnnexRow] {
        let restarts = numberingRestarts
        var ids: [String: String] = [:]
        var depths: [String: Int] = [:]
        var rows: [AnnexRow] = []
        for draft in drafts {
            var row = draft.row
            let parentID = draft.parentKey.flatMap { ids[$0] }
            let derived =
                switch row.number {
                case .group: row.number.text
                case .path:
                    restarts && draft.group != nil
                        ? AnnexNumber.romanText(draft.group ?? 0) + "." + row.number.text : row.number.text
                case .item: (parentID.map { $0 + "." } ?? "") + row.number.text
                }
            row.id = draft.code.isEmpty ? derived : draft.code
            row.parentID = parentID
            row.depth = draft.parentKey.flatMap { depths[$0] }.map { $0 + 1 } ?? 0
            ids[draft.key] = row.id
            depths[draft.key] = row.depth
            rows.append(row)
        }
        checkSums(problems: &problems)
        return rows
    }

    /// Whether the numbering starts again in each group: a number is used in two groups.
    var numberingRestarts: Bool {
        var groupsOf: [String: Set<Int>] = [:]
        for draft in drafts {
            guard case .path = draft.row.number, let group = draft.group else { continue }
            groupsOf[draft.row.number.text, default: []].insert(group)
        }
        return groupsOf.values.contains { $0.count > 1 }
    }

    /// Adds a problem for each row whose maximum is not the sum of its children's maxima, when every child has
    /// one.
    func checkSums(problems: inout AnnexProblems) {
        var children: [String: [Draft]] = [:]
        for draft in drafts { if let parent = draft.parentKey { children[parent, default: []].append(draft) } }
        for draft in drafts {
            guard let maximum = draft.row.maxPoints, let below = children[draft.key], !below.isEmpty else { continue }
            let maxima = below.compactMap(\.row.maxPoints)
            guard maxima.count == below.count else { continue }
            let sum = maxima.reduce(0, +)
            if abs(sum - maximum) > 1e-9 * max(1, abs(maximum)) {
                problems.add(
                    .sumMismatch(maximum: maximum, sum: sum), line: draft.row.line, column: place[.maxPoints],
                    field: "Điểm tối đa", value: draft.maxText)
            }
        }
    }
}
