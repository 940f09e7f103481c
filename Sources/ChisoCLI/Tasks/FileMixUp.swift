import ChisoCore
import ChisoFormats
import ChisoReports

/// A file given to the wrong framework or in the wrong place: a commune file scored with the district framework (or
/// the reverse), the communes given as the scored file, a DTI file under 2361, chiso's own output fed back, a list of
/// recognised levels given as data. Each is one error that says what the file looks like and what to do, instead of
/// an error per unknown column and per cell.
enum FileMixUp {
    /// Where a file stands in a run.
    enum Role {
        /// The scored file, with no subordinate units given.
        case alone
        /// The scored file, with subordinate units given in `children`.
        case parents(children: String)
        /// The subordinate units' file (`--children`), beside the parents' file scored with `parentFramework`.
        case children(parents: String, parentFramework: Framework)
    }

    /// Throws one error when `table`'s columns say that the file is not for `framework`.
    ///
    /// Runs only when the file has columns the framework does not know. Another framework is named when more of
    /// the file's criterion columns are its criteria than `framework`'s, it covers a larger share of its own
    /// criteria than `framework` does, and at least 90% of the file's criterion columns are its.
    static func check(_ table: AssessmentTable, file: String, framework: Framework, reference: String, role: Role)
        throws(InputError)
    {
        guard !table.unknownColumns.isEmpty else { return }
        let notices = table.diagnostics.filter { $0.severity == .notice && $0.line == nil }
        func fail(_ message: FileMixUpMessage) throws(InputError) {
            throw InputError(.data, [Diagnostic(file: file, line: 1, message)] + notices)
        }
        let unknown = Set(table.unknownColumns.map { $0.lowercased() })
        if !unknown.isDisjoint(with: ["level_name", "next_level_blockers", "next_tier_blockers", "max_score"]) {
            try fail(.scoreOutput)
        }
        if unknown == ["level"], table.criterionColumns.isEmpty, table.header.contains("parent_id") {
            try fail(.recognisedLevels)
        }
        let own = criteria(of: framework)
        // A share given as two counts stands for its criterion.
        let columns = Set(
            (table.criterionColumns + table.unknownColumns).map { name in
                let lowered = name.lowercased()
                return lowered.hasSuffix(".num") || lowered.hasSuffix(".den") ? String(lowered.dropLast(4)) : lowered
            })
        let matched = columns.intersection(own).count
        let best = bestFit(
            columns, unknown: unknown, own: own, besides: framework, reference: reference, role: role)
        guard let other = best.frameworks.first else { return }
        try fail(
            .otherFramework(
                others: best.frameworks, fit: best.fit, framework: framework.id,
                unknown: table.unknownColumns.count, absent: own.count - matched,
                advice: advice(other, framework: framework, role: role)))
    }

    /// The other frameworks whose criteria the file's `columns` fit best: at least three of their criteria, more
    /// than of `own`, one of them among the `unknown` columns, a larger share of their criteria than of `own`, and
    /// at least 90% of the file's criterion columns that are either's. Ties name every framework tied.
    private static func bestFit(
        _ columns: Set<String>, unknown: Set<String>, own: Set<String>, besides framework: Framework,
        reference: String, role: Role
    ) -> (frameworks: [String], fit: Int, coverage: Double) {
        let matched = columns.intersection(own).count
        let ownCoverage = Double(matched) / Double(max(own.count, 1))
        var best: (frameworks: [String], fit: Int, coverage: Double) = ([], 0, 0)
        for candidate in candidates(besides: framework, reference: reference, role: role) {
            let theirs = criteria(of: candidate)
            let fit = columns.intersection(theirs).count
            guard fit >= 3, fit > matched, !unknown.isDisjoint(with: theirs) else { continue }
            let coverage = Double(fit) / Double(theirs.count)
            let either = columns.intersection(theirs.union(own)).count
            guard coverage > ownCoverage, Double(fit) >= 0.9 * Double(either) else { continue }
            if fit > best.fit || (fit == best.fit && coverage > best.coverage) {
                best = ([candidate.id], fit, coverage)
            } else if fit == best.fit, coverage == best.coverage {
                best.frameworks.append(candidate.id)
            }
        }
        return best
    }

    /// What to do with a file whose columns are `other`'s criteria, given where it stands in the run.
    private static func advice(_ other: String, framework: Framework, role: Role) -> FileMixUpMessage.Advice {
        switch role {
        case .parents where other == framework.childFramework: .swappedParents
        case .alone where other == framework.childFramework: .subordinates(other: other)
        case .children(_, let parentFramework) where other == parentFramework.id: .swappedChildren
        case .children(_, let parentFramework): .checkChildren(parent: parentFramework.id, framework: framework.id)
        default: .scoreWith(other: other)
        }
    }

    /// The criterion columns a file of `framework` has, lowercased: measures read from columns and shares given as
    /// two counts, without the criteria computed from subordinate units.
    private static func criteria(of framework: Framework) -> Set<String> {
        let computed = ScoringRun.computedCriteria(of: framework)
        var names: Set<String> = []
        for measure in framework.scheme.measures where computed[measure.key] == nil {
            names.insert(measure.key.lowercased())
        }
        return names
    }

    /// The frameworks a file might have been meant for: the built-in ones, the framework's subordinate one and, for
    /// subordinate units, their parents'.
    private static func candidates(besides framework: Framework, reference: String, role: Role) -> [Framework] {
        var frameworks: [Framework] = []
        if case .children(_, let parentFramework) = role { frameworks.append(parentFramework) }
        if let (child, _) = try? FrameworkCatalog.loadChild(of: framework, reference: reference) {
            frameworks.append(child)
        }
        for entry in FrameworkCatalog.builtIn {
            if let (candidate, _) = try? FrameworkCatalog.load(entry.id) { frameworks.append(candidate) }
        }
        var seen: Set<String> = [framework.id]
        return frameworks.filter { seen.insert($0.id).inserted }
    }
}
