public import ChisoCore

/// Reads uncertainty spec files: JSON with the framework files' conventions (comments and trailing commas allowed,
/// unknown keys are errors with the nearest key suggested, every problem reported at once with its path, line and
/// column).
///
/// ```json
/// {
///   "noise": [
///     {"columns": ["CQS.01", "CQS.02"], "absolute": 2, "distribution": "uniform", "name": "self-reported"},
///     {"group": "XHS", "relative": 0.05, "distribution": "normal"},
///     {"columns": "*", "flip": 0.05},
///     {"columns": "*", "countStep": 1}
///   ],
///   "missing": ["zero", "columnMean"],
///   "weights": {"levels": [0, 1], "amplitude": 0.25},
///   "frameworks": ["vn-hue-3043", "vn-hue-3043-strict"]
/// }
/// ```
public enum UncertaintySpecDecoder {
    static let topKeys = ["noise", "missing", "weights", "frameworks"]
    static let noiseKeys = ["columns", "group", "absolute", "relative", "distribution", "flip", "countStep", "name"]

    /// Decodes a spec for a framework.
    ///
    /// - Parameters:
    ///   - text: The file's contents.
    ///   - file: Its name, for messages.
    ///   - framework: The nominal framework, whose columns and groups the spec names.
    ///   - load: Loads an alternative framework (a built-in ID, or a file beside the spec).
    ///   - options: The noise command-line options add to the spec, each with the option's name: an entry that
    ///     moves a column one of them moves is a usage error (each entry draws around the nominal value, so the
    ///     option's draws would replace the entry's).
    /// - Throws: ``InputError`` with every problem found: a data error, or a usage error when the only problems
    ///   are columns the options move too.
    public static func decode(
        _ text: String, file: String, framework: Framework,
        options: [(name: String, noise: UncertaintySpec.DataNoise)] = [],
        load: (String) throws(InputError) -> Framework
    ) throws(InputError) -> UncertaintySpec {
        let root = try ConfigReader.parse(text, file: file)
        let reader = ConfigReader(file: file)
        guard let top = reader.object(root, path: "", allowed: topKeys) else {
            throw InputError(.data, reader.diagnostics)
        }
        let scheme = framework.scheme
        let keys = scheme.measures.map(\.key)
        var spec = UncertaintySpec()
        // Who moves each column so far: the entry (by position) and where it starts.
        var mover: [Int: (position: Int, name: String, node: JSONNode)] = [:]
        var optionOf: [Int: String] = [:]
        for (name, noise) in options {
            for measure in noise.measures where measure >= 0 && measure < keys.count {
                if noise.moves(scheme.measures[measure].kind), optionOf[measure] == nil { optionOf[measure] = name }
            }
        }
        var clashesWithOptions = 0
        for (position, item) in (top.array("noise", required: false) ?? []).enumerated() {
            let path = "noise[\(position)]"
            guard let members = reader.object(item, path: path, allowed: noiseKeys) else { continue }
            var measures: [Int] = []
            if let node = members.node("columns", required: false) {
                if case .string("*") = node.value {
                    measures = Array(keys.indices)
                } else if case .array(let items) = node.value {
                    for (index, element) in items.enumerated() {
                        guard let key = reader.string(element, path: members.path("columns") + "[\(index)]") else {
                            continue
                        }
                        if let found = keys.firstIndex(of: key) {
                            measures.append(found)
                        } else {
                            var message = "\"\(key)\" is not a column of \(framework.id)"
                            if let near = NearestMatch.suggestion(for: key, among: keys) {
                                message += "; did you mean \(near)?"
                            }
                            reader.problem(message, at: element, path: members.path("columns") + "[\(index)]")
                        }
                    }
                } else {
                    reader.problem(
                        "expected a list of columns, or \"*\" for every column", at: node, path: members.path("columns")
                    )
                }
            }
            if let group = members.string("group", required: false) {
                let found = measuresOf(group: group, in: scheme)
                if found.isEmpty {
                    let names = Array(Set(scheme.conditions.compactMap(\.group) + scheme.conditions.map(\.id))).sorted()
                    var message = "\"\(group)\" is not a group or node of \(framework.id)"
                    if let near = NearestMatch.suggestion(for: group, among: names) {
                        message += "; did you mean \(near)?"
                    }
                    reader.problem(message, at: members["group"], path: members.path("group"))
                }
                measures += found
            }
            if members["columns"] == nil, members["group"] == nil {
                reader.problem("say which columns: \"columns\" (a list, or \"*\") or \"group\"", at: item, path: path)
            }
            func amount(_ key: String, upTo limit: Double? = nil) -> Double? {
                guard let value = members.number(key, required: false) else { return nil }
                if value < 0 || (limit.map { value > $0 } ?? false) {
                    reader.problem(
                        "expected a number from 0" + (limit.map { " to \(NumberText.shortest($0))" } ?? " up"),
                        at: members[key], path: members.path(key))
                }
                return value
            }
            var distribution = UncertaintySpec.Distribution.uniform
            if let name = members.string("distribution", required: false) {
                if let known = UncertaintySpec.Distribution(rawValue: name) {
                    distribution = known
                } else {
                    reader.problem(
                        "unknown distribution \"\(name)\"; expected uniform or normal", at: members["distribution"],
                        path: members.path("distribution"))
                }
            }
            let step = members.integer("countStep", required: false)
            if let step, step < 0 {
                reader.problem(
                    "expected a whole number from 0 up", at: members["countStep"], path: members.path("countStep"))
            }
            var seen = Set<Int>()
            measures = measures.filter { seen.insert($0).inserted }
            let noise = UncertaintySpec.DataNoise(
                measures: measures, absolute: amount("absolute"), relative: amount("relative"),
                distribution: distribution, flip: amount("flip", upTo: 1), countStep: step,
                name: members.string("name", required: false) ?? "noise[\(position)]")
            if noise.absolute == nil, noise.relative == nil, noise.flip == nil, noise.countStep == nil {
                reader.problem(
                    "give an amount: absolute, relative, flip (yes/no) or countStep (counts)", at: item, path: path)
            }
            let moved = measures.filter { noise.moves(scheme.measures[$0].kind) }
            let repeated = moved.compactMap { measure in mover[measure].map { (measure, $0.position) } }
            for (earlier, pairs) in Dictionary(grouping: repeated, by: \.1).sorted(by: { $0.key < $1.key }) {
                let columns = pairs.map(\.0)
                guard let first = mover[columns[0]] else { continue }
                let listed = Plural.abbreviated(columns.map { keys[$0] }, keep: 4)
                reader.problem(
                    "\(listed) \(columns.count == 1 ? "is" : "are") moved by noise[\(earlier)] "
                        + "(\(first.name == "noise[\(earlier)]" ? "" : "\"\(first.name)\", ")line "
                        + "\(first.node.position.line), column \(first.node.position.column)) and again by "
                        + "\(path)\(noise.name == path ? "" : " (\"\(noise.name)\")"): each entry draws "
                        + "around the nominal value, so only the last would count; name each column in one entry "
                        + "(with every amount it should take)", at: item, path: path)
            }
            for measure in moved where mover[measure] == nil {
                mover[measure] = (position, noise.name, item)
            }
            let clashing = moved.filter { optionOf[$0] != nil }
            for (option, columns) in Dictionary(grouping: clashing, by: { optionOf[$0] ?? "" }).sorted(by: {
                $0.key < $1.key
            }) {
                let listed = Plural.abbreviated(columns.map { keys[$0] }, keep: 4)
                reader.problem(
                    "\(listed) \(columns.count == 1 ? "is" : "are") moved by this entry and by --\(option): each "
                        + "draws around the nominal value, so only the option's draws would count; drop the option "
                        + "or put its amount in the spec", at: item, path: path)
                clashesWithOptions += 1
            }
            spec.noise.append(noise)
        }
        if let rules = top.strings("missing", required: false) {
            spec.missing = []
            for (index, rule) in rules.enumerated() {
                if let known = UncertaintySpec.MissingRule(rawValue: rule) {
                    spec.missing.append(known)
                } else {
                    reader.problem(
                        "unknown rule \"\(rule)\"; expected zero, columnMean or groupMean", at: top["missing"],
                        path: "missing[\(index)]")
                }
            }
        }
        if let node = top.node("weights", required: false),
            let members = reader.object(node, path: "weights", allowed: ["levels", "amplitude"])
        {
            let amplitude = members.number("amplitude") ?? 0
            if amplitude < 0 || amplitude >= 1 {
                reader.problem(
                    "expected a share from 0 to below 1 (0.25 is ±25%)", at: members["amplitude"],
                    path: "weights.amplitude")
            }
            if let weighted = scheme as? any WeightedScheme {
                let depths =
                    members.array("levels", required: false)?.enumerated().compactMap { index, node in
                        reader.integer(node, path: "weights.levels[\(index)]")
                    } ?? Array(0..<weighted.weightDepth)
                for depth in depths where depth < 0 || depth >= weighted.weightDepth {
                    reader.problem(
                        "no level \(depth): \(framework.id)'s tree has levels 0 (top) to \(weighted.weightDepth - 1)",
                        at: members["levels"], path: "weights.levels")
                }
                spec.weights = UncertaintySpec.WeightNoise(depths: depths, amplitude: amplitude)
            } else {
                reader.problem(
                    "\(framework.id) has no weights to vary: weight noise applies to point frameworks", at: node,
                    path: "weights")
            }
        }
        if let references = top.strings("frameworks", required: false) {
            let nominalKeys = Set(keys)
            var listed: [String: Int] = [:]
            var contents: [String: Int] = [:]
            for (index, reference) in references.enumerated() {
                do {
                    let alternative = try load(reference)
                    if let earlier = listed[alternative.id] {
                        // Each run draws one framework uniformly: a repeat weighs it double and, alone, varies nothing.
                        reader.problem(
                            "\(alternative.id) is listed twice (frameworks[\(earlier)] and frameworks[\(index)]): each "
                                + "run draws one of the frameworks, so a repeat would count it twice; list each "
                                + "framework once", at: top["frameworks"], path: "frameworks[\(index)]")
                        continue
                    }
                    listed[alternative.id] = index
                    // The same scoring under another ID or title (a copied file) is a repeat too.
                    var probe = alternative
                    probe.id = framework.id
                    probe.name = framework.name
                    probe.unitType = framework.unitType
                    probe.provenance = framework.provenance
                    probe.childFramework = framework.childFramework
                    let content = FrameworkEncoder.encode(probe)
                    if let earlier = contents[content] {
                        reader.problem(
                            "\(alternative.id) scores exactly as frameworks[\(earlier)] (\(references[earlier])) does: "
                                + "each run draws one of the frameworks, so a copy would count it twice and vary "
                                + "nothing; list each framework once", at: top["frameworks"],
                            path: "frameworks[\(index)]")
                        continue
                    }
                    contents[content] = index
                    if Set(alternative.measures.map(\.key)) != nominalKeys {
                        reader.problem(
                            "\(alternative.id) reads other columns than \(framework.id): alternatives must read the "
                                + "same data", at: top["frameworks"], path: "frameworks[\(index)]")
                    }
                    let order = alternative.measures.map(\.key)
                    if Set(order) == nominalKeys, order != keys,
                        let position = zip(order, keys).enumerated().first(where: { $0.element.0 != $0.element.1 })
                    {
                        // Values are held in the nominal framework's column order: another order would read one
                        // column's value as another's.
                        reader.problem(
                            "\(alternative.id) reads the columns of \(framework.id) in another order (column "
                                + "\(position.offset + 1) is \(position.element.0), not \(position.element.1)): list its "
                                + "criteria in the nominal framework's order", at: top["frameworks"],
                            path: "frameworks[\(index)]")
                    }
                    if let difference = tierDifference(alternative, nominal: framework) {
                        reader.problem(difference, at: top["frameworks"], path: "frameworks[\(index)]")
                    }
                    spec.alternatives.append(alternative.scheme)
                } catch {
                    reader.problem(
                        "cannot load \"\(reference)\": " + (error.diagnostics.first?.message ?? ""),
                        at: top["frameworks"],
                        path: "frameworks[\(index)]")
                }
            }
        }
        guard !reader.hasErrors else {
            let errors = reader.diagnostics.filter { $0.severity == .error }.count
            throw InputError(clashesWithOptions == errors ? .usage : .data, reader.diagnostics)
        }
        return spec
    }

    /// Why an alternative framework's classes cannot be counted in the nominal framework's, or `nil` when they can:
    /// every class of the alternative must have a namesake among the nominal's (its thresholds and floors may
    /// differ, and it may have fewer), and both have tiers or neither has.
    static func tierDifference(_ alternative: Framework, nominal: Framework) -> String? {
        func list(_ classes: [LocalizedText]) -> String { classes.map(\.vi).joined(separator: ", ") }
        let own = nominal.scheme.classes
        let other = alternative.scheme.classes
        let counted = "each run's class is counted among \(nominal.id)'s classes by name"
        if own.isEmpty != other.isEmpty {
            let (with, without) = own.isEmpty ? (alternative, nominal) : (nominal, alternative)
            return "\(without.id) has no tiers and \(with.id) has (\(list(with.scheme.classes))): \(counted), so the "
                + "two cannot be mixed; list alternatives that both have tiers or both have none"
        }
        let foreign = MonteCarlo.classesWithoutNamesake(in: alternative.scheme, nominal: nominal.scheme)
        guard !foreign.isEmpty else { return nil }
        return "\(alternative.id) has \(foreign.count == 1 ? "a tier" : "tiers") that \(nominal.id) does not have "
            + "(\(list(foreign)); \(nominal.id) has \(list(own))): \(counted), so they would land in no bin or "
            + "in the wrong one; list alternatives whose tiers are among the nominal framework's"
    }

    /// The columns of a group (a level scheme's criteria group) or of a node and everything under it.
    static func measuresOf(group: String, in scheme: any ScoringScheme) -> [Int] {
        let conditions = scheme.conditions
        func inside(_ index: Int) -> Bool {
            var current: Int? = index
            while let at = current {
                if conditions[at].id == group || conditions[at].group == group { return true }
                current = conditions[at].parent
            }
            return false
        }
        return Array(Set(conditions.indices.filter(inside).flatMap { conditions[$0].measures })).sorted()
    }
}
