public import ChisoCore

/// A what-if: the units scored as they are, then again with some values changed — one unit's values given on the
/// command line, or a scenario file of many (a plan's CSV is one) — and, for districts scored with their communes,
/// communes' values too, which can lift their district through the roll-up.
public struct WhatIfRun: Sendable {
    /// One change asked for.
    public struct Change: Sendable {
        /// The unit changed.
        public var unit: String
        /// The column changed.
        public var criterion: String
        /// The new value as written.
        public var value: String

        /// Creates a change.
        public init(unit: String, criterion: String, value: String) {
            self.unit = unit
            self.criterion = criterion
            self.value = value
        }
    }

    /// One unit whose result changed, or that a change was asked for.
    public struct Difference: Sendable {
        /// The unit.
        public var unit: UnitInfo
        /// Whether it is a subordinate unit (a commune of a district run).
        public var isSubordinate: Bool
        /// The result before the changes.
        public var before: UnitResult
        /// The result after the changes.
        public var after: UnitResult
        /// The ranks before the changes (point schemes), by figure.
        public var rankBefore: [Figure: Int]
        /// The ranks after the changes (point schemes), by figure.
        public var rankAfter: [Figure: Int]
    }

    /// The scoring job before the changes.
    public var scoring: ScoringRun
    /// The units changed or affected, parents first then subordinate units, in file order.
    public var differences: [Difference]

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
    public static func run(
        framework: String, data: String, children: String? = nil, changes: [Change], file: String
    ) throws(InputError) -> WhatIfRun {
        let scoring = try ScoringRun.run(framework: framework, data: data, children: children)
        let scheme = scoring.framework.scheme
        var parents = scoring.results.map { Assessment(unit: $0.unit, values: $0.values) }
        var linked = scoring.linked
        let parentIndex = Dictionary(parents.enumerated().map { ($1.unit.id, $0) }, uniquingKeysWith: { a, _ in a })
        let childIndex = Dictionary(
            (linked?.children ?? []).enumerated().map { ($1.unit.id, $0) }, uniquingKeysWith: { a, _ in a })
        var problems: [Diagnostic] = []
        var changedParents: Set<Int> = []
        var changedChildren: Set<Int> = []
        for (number, change) in changes.enumerated() {
            let unit = TextNormalization.key(change.unit)
            let place = "change \(number + 1)"
            let isChild = parentIndex[unit] == nil && childIndex[unit] != nil
            guard let position = isChild ? childIndex[unit] : parentIndex[unit] else {
                var message = "\(place): no unit with unit_id \"\(unit)\""
                let known = parents.map(\.unit.id) + (linked?.children.map(\.unit.id) ?? [])
                if let near = NearestMatch.suggestion(for: unit, among: known) { message += "; did you mean \(near)?" }
                problems.append(Diagnostic(file: file, field: "unit_id", value: unit, message: message))
                continue
            }
            let measures = isChild ? (linked?.childScheme.measures ?? []) : scheme.measures
            let key = TextNormalization.key(change.criterion)
            guard let measure = measures.firstIndex(where: { $0.key == key }) else {
                var message = "\(place): unknown criterion"
                if let near = NearestMatch.suggestion(for: key, among: measures.map(\.key)) {
                    message += "; did you mean \(near)?"
                }
                problems.append(Diagnostic(file: file, field: "criterion", value: key, message: message))
                continue
            }
            switch CellParser.read(change.value, as: measures[measure]) {
            case .invalid(let expectation):
                problems.append(
                    Diagnostic(file: file, field: key, value: change.value, message: "\(place): \(expectation)"))
            case .missing, .value:
                let value: Double? =
                    if case .value(let number) = CellParser.read(change.value, as: measures[measure]) {
                        number
                    } else {
                        nil
                    }
                if isChild, var children = linked {
                    var assessment = children.children[position]
                    assessment.values[measure] = value
                    children.replaceChild(at: position, with: assessment)
                    linked = children
                    changedChildren.insert(position)
                } else {
                    parents[position].values[measure] = value
                    changedParents.insert(position)
                }
            }
        }
        if !problems.isEmpty { throw InputError(.data, problems) }
        return WhatIfRun(
            scoring: scoring,
            differences: differences(
                scoring: scoring, parents: parents, linked: linked, changedParents: changedParents,
                changedChildren: changedChildren))
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
        // Without tiers no class can change: a unit is affected when its rank moves.
        let byRank = scheme.classes.isEmpty
        for (position, before) in scoring.results.enumerated()
        where changedParents.contains(position) || before.standing != after[position].standing
            || (byRank && scoring.ranks.ranks(ofUnit: position)[.total] != ranksAfter.ranks(ofUnit: position)[.total])
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

    /// Reads a scenario file: CSV `unit_id,criterion,value`, or a plan's CSV (`unit_id,criterion,from,to,cost`),
    /// whose `to` column is used.
    public static func scenario(_ bytes: [UInt8], file: String) throws(InputError) -> [Change] {
        let (records, csvProblems) = CSVReader.read(bytes, file: file)
        guard csvProblems.allSatisfy({ $0.severity != .error }), let header = records.first else {
            throw InputError(
                .data, csvProblems.isEmpty ? [Diagnostic(file: file, message: "the file is empty")] : csvProblems)
        }
        let names = header.fields.map(TextNormalization.key)
        guard let unit = names.firstIndex(of: "unit_id"), let criterion = names.firstIndex(of: "criterion"),
            let value = names.firstIndex(of: "value") ?? names.firstIndex(of: "to")
        else {
            throw InputError(
                .data, file: file,
                message:
                    "a scenario has the columns unit_id,criterion,value (or a plan's unit_id,criterion,from,to,cost)")
        }
        return records.dropFirst().filter { $0.fields.count == names.count }.map {
            Change(unit: $0.fields[unit], criterion: $0.fields[criterion], value: $0.fields[value])
        }
    }
}
