package import ChisoCore
package import ChisoFormats
import ChisoReports

/// Old units regrouped into new ones and scored: the 63 provinces that became 34 on 1 July 2025, merged communes,
/// any old → new map. A new unit's input values combine its old units' values (the arithmetic mean by default, as
/// for the published 2024 DTI of the 34 units), then the framework scores the new units.
package struct RegroupRun: Sendable {
    /// A map of old units to new ones.
    package struct UnitMap: Sendable {
        /// The map's ID (a built-in map) or file.
        package var name: String
        /// Each old unit's key and its new unit, in the map's order.
        package var pairs: [(old: String, new: String)]
        /// Each old unit's name as the map writes it, by key.
        package var names: [String: String]
        /// Where the map comes from, for a built-in map.
        package var source: String?
        /// Other names of old units as official tables write them, by loose form (``LooseUnitName``): `hcm` for
        /// Hồ Chí Minh, `huế` for Thừa Thiên Huế in the 2024 list.
        package var aliases: [String: String] = [:]
    }

    /// The built-in maps, by ID: the file in `frameworks/`, its sources, and other names of its old units (by
    /// loose form).
    package static let builtInMaps: [(id: String, file: String, source: String, aliases: [String: String])] = [
        (
            "vn-provinces-2025", "vn-provinces-2025.csv",
            "the 63 provinces and centrally run cities regrouped into 34 units from 1 July 2025, by Resolution "
                + "202/2025/QH15 of the National Assembly (12 June 2025), as Resolution 60-NQ/TW listed them; the "
                + "district level ended on the same day (Resolution 203/2025/QH15). Tabulated from the news "
                + "sources S55, S56a–S56n of the project's source list; names as the sources give them. Three rows "
                + "rest on less than a source naming the pair: Khánh Hòa + Ninh Thuận on a weak source only (S56o, "
                + "a non-news page on the expected merger); Quảng Ngãi + Kon Tum and Đồng Nai + Bình Phước on "
                + "elimination (no source at hand names them: they are the old provinces and new units left once "
                + "the 34 names of S56a, the 23 merged and 11 unchanged units of S56d, and the sourced rows are "
                + "placed). An independent audit (issue 18) found the three rows right",
            ["hcm": "hồ chí minh", "tphcm": "hồ chí minh", "huế": "thừa thiên huế"]
        )
    ]

    /// The scored new units.
    package var scoring: ScoringRun
    /// The new units as merged, in the order of the results.
    package var merged: [UnitMerger.Merged]
    /// The map used.
    package var map: UnitMap
    /// The rule each measure took, by index.
    package var rules: [MergeRule]
    /// What the user should know: old units the input lacks, new units on partial data, the rules taken.
    package var notices: [Diagnostic]
    /// The sentence the table adds on new units on partial data, or `nil` when there are none.
    package var partialSentence: LocalizedText?

    /// Reads a map: a built-in ID, or a CSV file of old and new units (``RenameMap``).
    package static func loadMap(_ reference: String) throws(InputError) -> UnitMap {
        let bytes: [UInt8]
        var source: String?
        var aliases: [String: String] = [:]
        if let builtIn = builtInMaps.first(where: { $0.id == reference }),
            let embedded = FrameworkCatalog.embeddedFile(named: builtIn.file)
        {
            bytes = Array(embedded.utf8)
            source = builtIn.source
            aliases = builtIn.aliases
        } else if reference.hasSuffix(".csv") || reference.hasSuffix(".xlsx") || reference.contains("/")
            || reference == "-"
        {
            bytes = try InputFile.readBytes(reference)
        } else {
            let near = NearestMatch.suggestion(for: reference, among: builtInMaps.map(\.id))
            throw InputError(
                .usage, file: reference,
                RegroupMessage.unknownMap(reference: reference, builtIn: builtInMaps.map(\.id), suggestion: near))
        }
        let rows = try RenameMap.read(
            bytes: bytes, file: reference, what: SideFileMessage.names("unit map"), key: key)
        let pairs = rows.map { (old: key($0.old), new: $0.new) }
        let display = Dictionary(rows.map { (key($0.old), $0.old) }, uniquingKeysWith: { first, _ in first })
        return UnitMap(name: reference, pairs: pairs, names: display, source: source, aliases: aliases)
    }

    /// How unit keys compare: NFC, trimmed, case folded.
    static func key(_ text: String) -> String { TextNormalization.key(text).lowercased() }

    /// Regroups and scores: the map, the framework and the old units' data loaded, the old units merged into new
    /// ones, the new units scored; with what the user should know.
    ///
    /// - Parameters:
    ///   - inputs: The framework that scores the new units, the old units' data and how it is read.
    ///   - options: The map (a built-in ID or a CSV file); which column of the data names the old units in the map
    ///     (`unit_id` or `unit_name`); a column of the data that weights the mean (population, number of communes);
    ///     a rule for every measure (`""`: the default for all, where it applies), or per criterion column; and
    ///     whether new units on partial data are ranked with the others.
    /// - Throws: ``InputError``.
    static func run(_ inputs: ScoringInputs, _ options: Options) throws(InputError) -> RegroupRun {
        let (data, by, reading) = (inputs.data, options.by, inputs.reading)
        guard by == "unit_id" || by == "unit_name" else {
            throw InputError(.usage, file: data, RegroupMessage.badBy(by: by))
        }
        let map = try loadMap(options.map)
        let (loaded, frameworkWarnings) = try FrameworkCatalog.load(inputs.framework)
        let measures = loaded.scheme.measures
        let table = AssessmentLoader.load(
            try InputFile.readBytes(data), file: data, measures: measures, levelCount: loaded.scheme.classes.count,
            options: ReadingOptions(
                ignoredColumns: reading.ignoredColumns,
                extraColumns: options.weight == nil ? reading.extraColumns : .keep, fractions: reading.fractions,
                year: reading.year, sheet: reading.sheet),
            framework: loaded)
        var errors = table.diagnostics.filter { $0.severity == .error }
        // A panel (one unit in several years) would merge a unit's years: old units of different years are told
        // apart below, a unit's own years only by --year.
        if errors.isEmpty, Set(table.assessments.map(\.unit.id)).count < table.assessments.count,
            let several = PanelYear.severalYears(in: table, file: data)
        {
            throw InputError(.usage, [several])
        }
        let weights = try readWeights(
            options.weight, table: table, loaded: loaded, data: data, reading: reading, errors: &errors)
        let chosen = try chosenRules(options.rules, measures: measures, framework: loaded, data: data)
        let written = table.assessments.map { TextNormalization.key(by == "unit_id" ? $0.unit.id : $0.unit.name ?? "") }
        var keys = written.map(key)
        let looseMatches = Self.matchLoosely(&keys, written: written, map: map)
        errors += collisions(table, keys: keys, written: written, by: by, file: data)
        guard errors.isEmpty else { throw InputError(.data, table.placed(errors, file: data)) }
        var merger = UnitMerger(map: map.pairs, measures: measures, rules: chosen.rules)
        merger.names = map.names
        for (position, name) in written.enumerated() { merger.names[keys[position]] = name }
        let (merged, unmapped) = merger.merge(table.assessments, keys: keys, weights: weights)
        // Old units of different groups or years merged into one new unit: no merge of like units, or a mean
        // across years, which no output could show.
        errors += merged.flatMap { Self.mixtures($0, table: table, file: data) }
        errors += unmappedErrors(unmapped, written: written, table: table, map: map, by: by, merged: merged, file: data)
        guard errors.isEmpty else { throw InputError(.data, table.placed(errors, file: data)) }
        var notices = frameworkWarnings
        notices += matchNotices(looseMatches, written: written, table: table, map: map, by: by, file: data)
        notices += ruleNotices(
            options.rules, keptStandard: chosen.keptStandard, merger: merger, measures: measures,
            weight: weights != nil ? options.weight ?? "" : nil, file: data)
        notices += partialNotices(merged, map: map, measures: measures, file: data)
        return scored(
            merged, framework: loaded, map: map, rules: measures.indices.map { merger.rule(of: $0) },
            rankPartial: options.rankPartial, notices: table.placed(notices, file: data),
            approximation: table.approximation, file: data)
    }

    /// The `--weight` column's values, one per row of the data (0 for a cell that is not a weight, with its error
    /// added to `errors`), or `nil` without `--weight`; with it, any other extra column is an error unless
    /// `--extra-columns` says what to do with it.
    ///
    /// - Throws: ``InputError`` (usage) when the data has no such column.
    static func readWeights(
        _ weight: String?, table: AssessmentTable, loaded: Framework, data: String, reading: ReadingOptions,
        errors: inout [Diagnostic]
    ) throws(InputError) -> [Double]? {
        // The weight column is kept aside; any other extra column is what the loader would have refused.
        var weights: [Double]?
        if let weight {
            guard let column = table.sideColumn(named: weight) else {
                throw InputError(
                    .usage, file: data,
                    RegroupMessage.noWeightColumn(weight: weight))
            }
            // A column named as the weight column (in another case) is that column, not an unknown one.
            for other in table.extraColumns
            where table.sideColumn(named: other) != column && reading.extraColumns == .refuse {
                errors.append(
                    Diagnostic(
                        file: data, line: 1, field: other,
                        RegroupMessage.unknownColumn(framework: loaded.id)))
            }
            let (values, problems) = table.positiveNumbers(
                inSideColumn: column, field: weight, file: data,
                expected: "a weight of more than 0 (a population, a number of communes)")
            errors += problems
            weights = values
        }
        return weights
    }

    /// The rule of each measure: the rule for all (`rules[""]`) where it makes a valid value of the column, then
    /// each column's own rule.
    ///
    /// - Returns: The rules chosen, by measure index, and the measures the rule for all does not apply to (they
    ///   keep their standard rule).
    /// - Throws: ``InputError`` (usage) for a column the framework does not have, or a rule that cannot make a
    ///   valid value of its column.
    static func chosenRules(_ rules: [String: MergeRule], measures: [Measure], framework: Framework, data: String)
        throws(InputError) -> (rules: [Int: MergeRule], keptStandard: [Int])
    {
        // Rules: one for all, where it makes a valid value of the column, then per column, where it must.
        var ruleOf: [Int: MergeRule] = [:]
        var keptStandard: [Int] = []
        if let all = rules[""] {
            for index in measures.indices {
                if all.applies(to: measures[index]) {
                    ruleOf[index] = all
                } else {
                    keptStandard.append(index)
                }
            }
        }
        for (column, rule) in rules.sorted(by: { $0.key < $1.key }) where !column.isEmpty {
            guard let index = measures.firstIndex(where: { $0.key.lowercased() == column.lowercased() }) else {
                let near = NearestMatch.suggestion(for: column, among: measures.map(\.key))
                throw InputError(
                    .usage, file: data,
                    RegroupMessage.unknownRuleColumn(
                        column: column, rule: rule, framework: framework.id, suggestion: near))
            }
            guard rule.applies(to: measures[index]) else {
                throw InputError(
                    .usage, file: data,
                    RegroupMessage.ruleDoesNotApply(
                        column: column, rule: rule, key: measures[index].key, kind: measures[index].kind,
                        allowed: MergeRule.allCases.filter { $0.applies(to: measures[index]) }))
            }
            ruleOf[index] = rule
            keptStandard.removeAll { $0 == index }
        }
        return (ruleOf, keptStandard)
    }

    /// One error per unit of the data that the map does not hold (the first 20, then how many more), with the
    /// nearest old unit of the map, or a hint to match by name when no unit matched at all.
    static func unmappedErrors(
        _ unmapped: [Int], written: [String], table: AssessmentTable, map: UnitMap, by: String,
        merged: [UnitMerger.Merged], file data: String
    ) -> [Diagnostic] {
        guard !unmapped.isEmpty else { return [] }
        let known = map.pairs.map(\.old)
        return unmapped.prefix(20).map { position in
            let near = NearestMatch.suggestion(for: written[position], among: known.map { map.names[$0] ?? $0 })
            let message = RegroupMessage.notInMap(
                map: map.name, by: by, suggestion: near, tryNames: merged.isEmpty && by == "unit_id")
            return Diagnostic(
                file: data, line: table.lines[position], field: by, value: written[position], message)
        }
            + (unmapped.count > 20
                ? [Diagnostic(file: data, RegroupMessage.moreNotInMap(count: unmapped.count - 20))]
                : [])
    }

    /// Notices on how the units were matched: the map's sources, for a built-in map, and each unit matched loosely.
    static func matchNotices(
        _ looseMatches: [(Int, String)], written: [String], table: AssessmentTable, map: UnitMap, by: String,
        file data: String
    ) -> [Diagnostic] {
        var notices: [Diagnostic] = []
        if let source = map.source {
            notices.append(
                Diagnostic(.notice, file: map.name, RegroupMessage.mapSource(map: map.name, english: source)))
        }
        for (position, match) in looseMatches {
            let variants = LooseUnitName.variants(
                matching: written[position], to: map.names[match] ?? match, aliases: map.aliases)
            notices.append(
                Diagnostic(
                    .notice, file: data, line: position < table.lines.count ? table.lines[position] : nil, field: by,
                    value: written[position],
                    RegroupMessage.matchedLoosely(name: map.names[match] ?? match, map: map.name, variants: variants)))
        }
        return notices
    }

    /// Notices on the rules taken: the kinds of column the rule for all does not apply to, and each rule with the
    /// columns it took (the mean weighted by `weight`, when given).
    static func ruleNotices(
        _ rules: [String: MergeRule], keptStandard: [Int], merger: UnitMerger, measures: [Measure], weight: String?,
        file data: String
    ) -> [Diagnostic] {
        var notices: [Diagnostic] = []
        let ruleList = measures.indices.map { merger.rule(of: $0) }
        if let all = rules[""] {
            for kind in MeasureKind.allCases {
                let columns = keptStandard.filter { measures[$0].kind == kind }
                guard let first = columns.first else { continue }
                notices.append(
                    Diagnostic(
                        .notice, file: data,
                        RegroupMessage.ruleKept(
                            rule: all, kind: kind, kept: merger.rule(of: first),
                            columns: columns.map { measures[$0].key })))
            }
        }
        let taken = Dictionary(grouping: measures.indices, by: { ruleList[$0] })
        for rule in MergeRule.allCases {
            guard let columns = taken[rule], !columns.isEmpty else { continue }
            let names = columns.count == measures.count ? nil : columns.map { measures[$0].key }
            notices.append(
                Diagnostic(.notice, file: data, RegroupMessage.ruleTaken(rule: rule, weight: weight, columns: names)))
        }
        return notices
    }

    /// Warnings on new units that rest on partial data: old units of the map not in the data, each new unit on
    /// partial data and why, and new units none of whose old units is in the data.
    static func partialNotices(
        _ merged: [UnitMerger.Merged], map: UnitMap, measures: [Measure], file data: String
    ) -> [Diagnostic] {
        var notices: [Diagnostic] = []
        let absent = merged.flatMap(\.absent)
        let missingNew = Set(map.pairs.map(\.new)).subtracting(merged.map(\.assessment.unit.id))
        if !absent.isEmpty {
            notices.append(
                Diagnostic(
                    .warning, file: data,
                    RegroupMessage.absentOldUnits(names: absent)))
        }
        for unit in merged where unit.isPartial {
            let message = RegroupMessage.partialUnit(
                found: unit.found, absent: unit.absent, thin: unit.thinMeasures.prefix(6).map { measures[$0].key },
                moreThin: max(unit.thinMeasures.count - 6, 0))
            notices.append(Diagnostic(.warning, file: data, field: unit.assessment.unit.id, message))
        }
        if !missingNew.isEmpty {
            let names = map.pairs.map(\.new).reduce(into: [String]()) { list, new in
                if missingNew.contains(new), !list.contains(new) { list.append(new) }
            }
            notices.append(
                Diagnostic(
                    .warning, file: data,
                    RegroupMessage.newUnitsLeftOut(names: names)))
        }
        return notices
    }

    /// The new units scored and ranked (those on partial data marked, and after the others unless `rankPartial`),
    /// with `notices` and the sentence on units on partial data.
    static func scored(
        _ merged: [UnitMerger.Merged], framework loaded: Framework, map: UnitMap, rules: [MergeRule],
        rankPartial: Bool, notices: [Diagnostic], approximation: String?, file data: String
    ) -> RegroupRun {
        var notices = notices
        // A new unit on partial data is not what the published figure of that unit measures (old Hải Phòng
        // without Hải Dương is not Hải Phòng): it is marked in its name, and left unranked unless asked, after
        // the units that are ranked.
        let partialCount = merged.filter(\.isPartial).count
        var ordered = merged
        if !rankPartial { ordered = merged.filter { !$0.isPartial } + merged.filter(\.isPartial) }
        for index in ordered.indices where ordered[index].isPartial {
            ordered[index].assessment.unit.name = "\(ordered[index].assessment.unit.id) \(partialMark)"
        }
        let assessments = ordered.map(\.assessment)
        let sentence = Self.partialSentence(count: partialCount, ranked: rankPartial)
        if let sentence { notices.append(Diagnostic(.warning, file: data, sentence)) }
        let scheme = loaded.scheme
        let results = scheme.score(assessments)
        let ranked = rankPartial ? results : Array(results.prefix(merged.count - partialCount))
        var scoring = ScoringRun(
            framework: loaded, results: results, ranks: scheme.rank(ranked), linked: nil, warnings: notices,
            skipped: [])
        scoring.approximation = approximation
        return RegroupRun(
            scoring: scoring, merged: ordered, map: map, rules: rules, notices: notices, partialSentence: sentence?.text
        )
    }

    /// The sentence on new units on partial data, or `nil` when there are none.
    static func partialSentence(count: Int, ranked: Bool) -> RegroupMessage? {
        guard count > 0 else { return nil }
        return .partialUnits(count: count, ranked: ranked)
    }

    /// How the name of a new unit on partial data is marked, in every output.
    package static let partialMark = "(partial)"

    /// The columns `regroup --format csv` adds after the results: whether a new unit rests on partial data, and why.
    package static let partialColumns = ["partial", "partial_why"]

    /// The values of ``partialColumns`` for each new unit, in the order of the results.
    package var partialValues: PassThroughColumns {
        let measures = scoring.framework.measures
        return PassThroughColumns(
            names: Self.partialColumns,
            values: merged.map { unit in
                guard unit.isPartial else { return ["no", ""] }
                var why: [String] = []
                if !unit.absent.isEmpty { why.append("without \(unit.absent.joined(separator: ", "))") }
                if !unit.thinMeasures.isEmpty {
                    why.append(
                        "missing values in "
                            + unit.thinMeasures.map { $0 < measures.count ? measures[$0].key : "?" }.joined(
                                separator: ", "))
                }
                return ["yes", why.joined(separator: "; ")]
            })
    }

    /// Why a rule does not apply to a kind of column.
    static func why(_ rule: MergeRule, _ kind: MeasureKind) -> String { RegroupMessage.why(rule, kind).en }

    /// Matches loosely (``LooseUnitName``) each unit whose key the map does not hold, where exactly one old unit of
    /// the map has its loose form: old tone placement, prefixes, dashes, `Đăk`/`Đắk` and the map's aliases.
    ///
    /// - Returns: The positions matched loosely, in order, each with the map's key it took.
    static func matchLoosely(_ keys: inout [String], written: [String], map: UnitMap) -> [(Int, String)] {
        let known = Set(map.pairs.map(\.old))
        var loose: [String: [String]] = [:]
        for old in Set(map.pairs.map(\.old)) {
            loose[LooseUnitName(map.names[old] ?? old).key, default: []].append(old)
        }
        var matches: [(Int, String)] = []
        for position in keys.indices where !known.contains(keys[position]) {
            let name = LooseUnitName(written[position], aliases: map.aliases)
            guard let candidates = loose[name.key], candidates.count == 1, let match = candidates.first else {
                continue
            }
            keys[position] = match
            matches.append((position, match))
        }
        return matches
    }

    /// The errors of a new unit whose old units are of different groups (a department merged into a district:
    /// units ranked apart are not alike) or of different years (a mean across years is the value of no year); a
    /// unit without a group or a year differs from one with it.
    static func mixtures(_ unit: UnitMerger.Merged, table: AssessmentTable, file: String) -> [Diagnostic] {
        func listed(_ values: [String?]) -> [RegroupMessage.MixedEntry] {
            zip(unit.found, zip(unit.foundPositions, values)).map { name, entry in
                RegroupMessage.MixedEntry(
                    name: name, line: entry.0 < table.lines.count ? table.lines[entry.0] : nil, value: entry.1)
            }
        }
        let checks: [(mixed: Bool, values: [String?], years: Bool)] = [
            (unit.mixesGroups, unit.foundGroups, false),
            (unit.mixesYears, unit.foundYears.map { $0.map(String.init) }, true),
        ]
        return checks.filter(\.mixed).map { check in
            Diagnostic(
                file: file,
                RegroupMessage.mixedOldUnits(
                    newUnit: unit.assessment.unit.id, years: check.years, entries: listed(check.values)))
        }
    }

    /// Under `--by unit_name`, two units of the data with one name (and, as the loader requires, different IDs):
    /// matched by name, they would merge as one unit.
    static func collisions(_ table: AssessmentTable, keys: [String], written: [String], by: String, file: String)
        -> [Diagnostic]
    {
        guard by == "unit_name" else { return [] }
        var first: [String: Int] = [:]
        var problems: [Diagnostic] = []
        for (position, key) in keys.enumerated() {
            guard let earlier = first[key] else {
                first[key] = position
                continue
            }
            let line = { (row: Int) in row < table.lines.count ? table.lines[row] : nil }
            problems.append(
                Diagnostic(
                    file: file, line: line(position), field: "unit_name", value: written[position],
                    RegroupMessage.sharedName(
                        earlierID: table.assessments[earlier].unit.id, earlierLine: line(earlier),
                        id: table.assessments[position].unit.id)))
        }
        return problems
    }
}

extension RegroupRun {
    /// The choices of `chiso regroup` besides its inputs: the map (`--map`), the column naming the old units
    /// (`--by`), the weighting column (`--weight`), the merge rules (`--rule`), and `--data-only`,
    /// `--rank-partial`.
    struct Options: Sendable {
        var map: String
        var by: String
        var weight: String?
        var rules: [String: MergeRule] = [:]
        var dataOnly: Bool
        var rankPartial: Bool
    }
}
