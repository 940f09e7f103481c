package import ChisoCore
package import ChisoFormats
package import ChisoReports

/// A what-if: the units scored as they are, then again with some values changed — one unit's values given on the
/// command line, or a scenario file of many (a plan's CSV is one) — and, for districts scored with their communes,
/// communes' values too, which can lift their district through the roll-up.
package struct WhatIfRun: Sendable {
    /// One change asked for.
    package struct Change: Sendable {
        /// The unit changed: for a district plan's commune change, the district.
        package var unit: String
        /// The column changed.
        package var criterion: String
        /// The new value as written.
        package var value: String
        /// The subordinate unit changed (a district plan's `via`: the commune whose value changes), if any.
        package var via: String?
        /// The line of the scenario file, if the change comes from one.
        package var line: Int?
        /// The framework its row names (a plan's `framework` column), if any.
        package var framework: String?
        /// The sheet of the scenario workbook the change stands on, if it comes from one.
        package var sheet: String?

        /// Creates a change.
        package init(unit: String, criterion: String, value: String, via: String? = nil, line: Int? = nil) {
            self.unit = unit
            self.criterion = criterion
            self.value = value
            self.via = via
            self.line = line
        }

        /// Creates a change read from a file that names its framework.
        package init(unit: String, criterion: String, value: String, via: String?, line: Int, framework: String?) {
            self.init(unit: unit, criterion: criterion, value: value, via: via, line: line)
            self.framework = framework.flatMap { $0.isEmpty ? nil : $0 }
        }
    }

    /// One unit whose result changed, or that a change was asked for.
    package typealias Difference = ResultDifference

    /// The scoring job before the changes.
    package var scoring: ScoringRun
    /// The units changed or affected, parents first then subordinate units, in file order.
    package var differences: [Difference]

    /// Creates the value from its parts.
    package init(
        scoring: ScoringRun, differences: [Difference]
    ) {
        self.scoring = scoring
        self.differences = differences
    }
}

extension WhatIfReport {
    /// Renders a what-if run; tables and markdown in `language`.
    package static func render(_ run: WhatIfRun, format: OutputFormat, language: Language = .vi) -> String {
        render(run.differences, scoring: run.scoring.cohort, format: format, language: language)
    }
}

extension WhatIfRun {
    /// Runs a what-if.
    ///
    /// - Parameters:
    ///   - framework: A built-in framework ID or a framework file.
    ///   - data: The assessment CSV.
    ///   - children: The subordinate units' CSV, for a framework that rolls them up.
    ///   - changes: The changes; values are read exactly like data cells.
    ///   - file: Where the changes come from, for messages (`--set`, or the scenario file).
    /// - Throws: ``InputError`` with every problem at once: unknown units or criteria (with the nearest name),
    ///   values that cannot be read.
    package static func run(
        framework: String, data: String, children: String? = nil, changes: [Change], file: String,
        reading: ReadingOptions = ReadingOptions()
    ) throws(InputError) -> WhatIfRun {
        let scoring = try ScoringRun.run(framework: framework, data: data, children: children, reading: reading)
        return try run(scoring, changes: changes, file: file)
    }

    /// Runs a what-if on a loaded scoring run: `changes` come from `file` (`--set`, or the scenario file).
    static func run(_ scoring: ScoringRun, changes: [Change], file: String) throws(InputError) -> WhatIfRun {
        var parents = scoring.results.map { Assessment(unit: $0.unit, values: $0.values) }
        var linked = scoring.linked
        var resolver = ChangeResolver(scoring: scoring, file: file)
        var changedParents: Set<Int> = []
        var changedChildren: Set<Int> = []
        for (number, change) in changes.enumerated() {
            guard let resolved = resolver.resolve(change, number: number, linked: linked) else { continue }
            if resolved.isChild, var children = linked {
                var assessment = children.children[resolved.position]
                assessment.values[resolved.measure] = resolved.value
                children.replaceChild(at: resolved.position, with: assessment)
                linked = children
                changedChildren.insert(resolved.position)
            } else {
                parents[resolved.position].values[resolved.measure] = resolved.value
                changedParents.insert(resolved.position)
            }
        }
        if !resolver.problems.isEmpty { throw InputError(.data, resolver.problems) }
        return WhatIfRun(
            scoring: scoring,
            differences: differences(
                scoring: scoring, parents: parents, linked: linked, changedParents: changedParents,
                changedChildren: changedChildren))
    }

    /// Reads each change asked for into the unit, measure and value it sets, collecting every problem.
    private struct ChangeResolver {
        /// A change read: the unit (a parent, or a subordinate unit), the measure and the new value.
        struct Resolved {
            var isChild: Bool
            var position: Int
            var measure: Int
            var value: Double?
        }

        let scoring: ScoringRun
        let file: String
        let parentIndex: [String: Int]
        let childIndex: [String: Int]
        var problems: [Diagnostic] = []
        /// Where each unit's criterion was first set, for a change that sets it again.
        var seen: [String: (line: Int?, change: Int)] = [:]

        init(scoring: ScoringRun, file: String) {
            self.scoring = scoring
            self.file = file
            parentIndex = Dictionary(
                scoring.results.enumerated().map { ($1.unit.id, $0) }, uniquingKeysWith: { a, _ in a })
            childIndex = Dictionary(
                (scoring.linked?.children ?? []).enumerated().map { ($1.unit.id, $0) }, uniquingKeysWith: { a, _ in a })
        }

        /// The change read, or `nil` with its problem recorded.
        mutating func resolve(_ change: Change, number: Int, linked: LinkedScoring?) -> Resolved? {
            var problems = self.problems
            defer { self.problems = problems }
            func problem(_ field: String, _ value: String, _ message: WhatIfMessage, group: Diagnostic.Group? = nil) {
                problems.append(
                    Diagnostic(
                        file: file, line: change.line, field: field, value: value,
                        change.line == nil ? .inChange(number: number + 1, message) : message, group: group
                    ).placed(onSheet: change.sheet, of: file))
            }
            if let named = change.framework, named != scoring.framework.id {
                problem(
                    OutputOrigin.column, named,
                    .otherFramework(named: named, used: scoring.framework.id),
                    group: Diagnostic.Group("framework", summary: WhatIfMessage.otherFrameworkRows))
                return nil
            }
            guard let (isChild, position, unit) = place(of: change, linked: linked, problem: problem) else {
                return nil
            }
            let measures = isChild ? (linked?.childScheme.measures ?? []) : scoring.framework.scheme.measures
            let key = TextNormalization.key(change.criterion)
            guard let measure = measures.firstIndex(where: { $0.key == key }) else {
                let near = NearestMatch.suggestion(for: key, among: measures.map(\.key))
                problem("criterion", key, .unknownCriterion(suggestion: near))
                return nil
            }
            let identity = "\(isChild ? "child" : "parent")\u{0}\(unit)\u{0}\(key)"
            if let first = seen[identity] {
                problem(
                    key, change.value,
                    .setTwice(criterion: key, unit: unit, firstLine: first.line, firstChange: first.change))
                return nil
            }
            seen[identity] = (change.line, number + 1)
            switch CellParser.sideCell(change.value, as: measures[measure]) {
            case .invalid(let expectation):
                problem(key, change.value, .badValue(problem: LocalizedText(vi: expectation, en: expectation)))
                return nil
            case .missing: return Resolved(isChild: isChild, position: position, measure: measure, value: nil)
            case .value(let value):
                return Resolved(isChild: isChild, position: position, measure: measure, value: value)
            }
        }

        /// The unit a change names (a district's commune through `via`), or `nil` with its problem recorded.
        private func place(
            of change: Change, linked: LinkedScoring?,
            problem: (String, String, WhatIfMessage, Diagnostic.Group?) -> Void
        ) -> (isChild: Bool, position: Int, unit: String)? {
            let parent = TextNormalization.key(change.unit)
            let via = change.via.map(TextNormalization.key) ?? ""
            let unit = via.isEmpty ? parent : via
            let isChild = !via.isEmpty || (parentIndex[unit] == nil && childIndex[unit] != nil)
            guard let position = isChild ? childIndex[unit] : parentIndex[unit] else {
                let known = isChild ? (linked?.children.map(\.unit.id) ?? []) : scoring.results.map(\.unit.id)
                let near = NearestMatch.suggestion(for: unit, among: known)
                let message: WhatIfMessage =
                    !via.isEmpty && linked == nil
                    ? .viaWithoutChildren(via: via, suggestion: near) : .unknownUnit(unit: unit, suggestion: near)
                problem(via.isEmpty ? "unit_id" : "via", unit, message, nil)
                return nil
            }
            if !via.isEmpty, let linked, let parentPosition = parentIndex[parent],
                !linked.childrenOfParent[parentPosition].contains(position)
            {
                problem("via", via, .notSubordinate(via: via, parent: parent), nil)
                return nil
            }
            return (isChild, position, unit)
        }
    }

    private static func differences(
        scoring: ScoringRun, parents: [Assessment], linked: LinkedScoring?, changedParents: Set<Int>,
        changedChildren: Set<Int>
    ) -> [Difference] {
        let scheme = scoring.framework.scheme
        var after: [UnitResult]
        if var linked {
            for position in changedParents { linked.replaceParent(at: position, with: parents[position]) }
            after = linked.parentResults
        } else {
            after = scheme.score(parents)
        }
        let ranksAfter = scheme.rank(after)
        var result: [Difference] = []
        for (position, before) in scoring.results.enumerated()
        where changedParents.contains(position) || before.standing != after[position].standing
            // A unit whose rank moves because another rose is affected too, with tiers or without.
            || scoring.ranks.ranks(ofUnit: position)[.total] != ranksAfter.ranks(ofUnit: position)[.total]
        {
            result.append(
                Difference(
                    unit: before.unit, isSubordinate: false, before: before, after: after[position],
                    rankBefore: scoring.ranks.ranks(ofUnit: position), rankAfter: ranksAfter.ranks(ofUnit: position)))
        }
        if let linked, let original = scoring.linked {
            for position in changedChildren.sorted() {
                result.append(
                    Difference(
                        unit: linked.children[position].unit, isSubordinate: true,
                        before: original.childResults[position], after: linked.childResults[position], rankBefore: [:],
                        rankAfter: [:]))
            }
        }
        return result
    }

    /// Reads a scenario file: CSV `unit_id,criterion,value`, or a plan's CSV (`unit_id,criterion,from,to,cost` and,
    /// for a district plan, `via`, the commune whose value changes), whose `to` column is used. The header is checked
    /// like a data file's, and a row with more or fewer fields than the header is an error.
    package static func scenario(_ bytes: [UInt8], file: String) throws(InputError) -> [Change] {
        let table = SideTable(
            bytes, file: file, what: "a scenario (or a plan's CSV)",
            columns: [
                .init("unit_id", required: true), .init("criterion", required: true),
                .init("value", aliases: ["to"], required: true), .init("via"), .init("from", ignored: true),
                .init("cost", ignored: true), .init(OutputOrigin.column), .init("proved", ignored: true),
                .init(OutputOrigin.approximationColumn, ignored: true),
            ])
        if table.hasErrors { throw InputError(.data, table.problems) }
        if table.rows.isEmpty {
            throw InputError(.data, file: file, WhatIfMessage.noChanges)
        }
        return table.rows.map { row in
            var change = Change(
                unit: row[0], criterion: row[1], value: row[2], via: row.fields[3], line: row.line,
                framework: row.fields[6])
            change.sheet = table.source.sheet
            return change
        }
    }
}
