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
        var spec = UncertaintySpec()
        var noise = NoiseEntryDecoder(reader: reader, framework: framework, options: options)
        for (position, item) in (top.array("noise", required: false) ?? []).enumerated() {
            if let entry = noise.decode(item, position: position) { spec.noise.append(entry) }
        }
        if let rules = decodeMissing(top, reader: reader) { spec.missing = rules }
        if let weights = decodeWeights(top, reader: reader, framework: framework) { spec.weights = weights }
        if let references = top.strings("frameworks", required: false) {
            spec.alternatives = decodeAlternatives(
                references, top: top, reader: reader, framework: framework, load: load)
        }
        guard !reader.hasErrors else {
            let errors = reader.diagnostics.filter { $0.severity == .error }.count
            throw InputError(noise.clashesWithOptions == errors ? .usage : .data, reader.diagnostics)
        }
        return spec
    }

    /// The `missing` rules, when the file lists them (an unknown rule is a problem, and left out).
    private static func decodeMissing(_ top: ConfigReader.Members, reader: ConfigReader)
        -> [UncertaintySpec.MissingRule]?
    {
        guard let rules = top.strings("missing", required: false) else { return nil }
        var missing: [UncertaintySpec.MissingRule] = []
        for (index, rule) in rules.enumerated() {
            if let known = UncertaintySpec.MissingRule(rawValue: rule) {
                missing.append(known)
            } else {
                reader.problem(
                    UncertaintyMessage.unknownMissingRule(rule), at: top["missing"],
                    path: "missing[\(index)]")
            }
        }
        return missing
    }

    /// The `weights` noise, when the file gives it and the framework has weights to vary.
    private static func decodeWeights(_ top: ConfigReader.Members, reader: ConfigReader, framework: Framework)
        -> UncertaintySpec.WeightNoise?
    {
        guard let node = top.node("weights", required: false),
            let members = reader.object(node, path: "weights", allowed: ["levels", "amplitude"])
        else { return nil }
        let amplitude = members.number("amplitude") ?? 0
        if amplitude < 0 || amplitude >= 1 {
            reader.problem(
                UncertaintyMessage.amplitudeRange, at: members["amplitude"],
                path: "weights.amplitude")
        }
        guard let weighted = framework.scheme as? any WeightedScheme else {
            reader.problem(
                UncertaintyMessage.noWeights(framework: framework.id), at: node,
                path: "weights")
            return nil
        }
        let depths =
            members.array("levels", required: false)?.enumerated().compactMap { index, node in
                reader.integer(node, path: "weights.levels[\(index)]")
            } ?? Array(0..<weighted.weightDepth)
        for depth in depths where depth < 0 || depth >= weighted.weightDepth {
            reader.problem(
                UncertaintyMessage.noSuchWeightLevel(depth, framework: framework.id, deepest: weighted.weightDepth - 1),
                at: members["levels"], path: "weights.levels")
        }
        return UncertaintySpec.WeightNoise(depths: depths, amplitude: amplitude)
    }

    /// The alternative frameworks of `frameworks`, each loaded and checked against the nominal one; those that
    /// cannot be loaded or repeat an earlier one are left out.
    private static func decodeAlternatives(
        _ references: [String], top: ConfigReader.Members, reader: ConfigReader, framework: Framework,
        load: (String) throws(InputError) -> Framework
    ) -> [any ScoringScheme] {
        var alternatives: [any ScoringScheme] = []
        var listed: [String: Int] = [:]
        var contents: [String: Int] = [:]
        for (index, reference) in references.enumerated() {
            let path = "frameworks[\(index)]"
            do {
                let alternative = try load(reference)
                guard
                    isFirst(
                        alternative, at: index, references: references, listed: &listed, contents: &contents,
                        nominal: framework, report: { reader.problem($0, at: top["frameworks"], path: path) })
                else { continue }
                checkColumns(
                    of: alternative, nominal: framework,
                    report: { reader.problem($0, at: top["frameworks"], path: path) })
                if let difference = tierDifference(alternative, nominal: framework) {
                    reader.problem(difference, at: top["frameworks"], path: path)
                }
                alternatives.append(alternative.scheme)
            } catch {
                reader.problem(
                    UncertaintyMessage.cannotLoad(reference, reason: error.diagnostics.first?.text),
                    at: top["frameworks"],
                    path: path)
            }
        }
        return alternatives
    }

    /// Whether an alternative is listed for the first time: not by ID, nor as the same scoring under another ID
    /// or title (a copied file). Each run draws one framework uniformly: a repeat weighs it double and, alone,
    /// varies nothing.
    private static func isFirst(
        _ alternative: Framework, at index: Int, references: [String], listed: inout [String: Int],
        contents: inout [String: Int], nominal framework: Framework, report: (UncertaintyMessage) -> Void
    ) -> Bool {
        if let earlier = listed[alternative.id] {
            report(.listedTwice(id: alternative.id, earlier: earlier, index: index))
            return false
        }
        listed[alternative.id] = index
        var probe = alternative
        probe.id = framework.id
        probe.name = framework.name
        probe.unitType = framework.unitType
        probe.provenance = framework.provenance
        probe.childFramework = framework.childFramework
        let content = FrameworkEncoder.encode(probe)
        if let earlier = contents[content] {
            report(.sameScoring(id: alternative.id, earlier: earlier, reference: references[earlier]))
            return false
        }
        contents[content] = index
        return true
    }

    /// An alternative must read the nominal framework's columns, in its order: values are held in the nominal
    /// framework's column order, so another order would read one column's value as another's.
    private static func checkColumns(
        of alternative: Framework, nominal framework: Framework, report: (UncertaintyMessage) -> Void
    ) {
        let keys = framework.scheme.measures.map(\.key)
        let nominalKeys = Set(keys)
        if Set(alternative.measures.map(\.key)) != nominalKeys {
            report(.otherColumns(id: alternative.id, nominal: framework.id))
        }
        let order = alternative.measures.map(\.key)
        if Set(order) == nominalKeys, order != keys,
            let position = zip(order, keys).enumerated().first(where: { $0.element.0 != $0.element.1 })
        {
            report(
                .columnOrder(
                    id: alternative.id, nominal: framework.id, column: position.offset + 1, found: position.element.0,
                    expected: position.element.1))
        }
    }

    /// Why an alternative framework's classes cannot be counted in the nominal framework's, or `nil` when they can:
    /// every class of the alternative must have a namesake among the nominal's (its thresholds and floors may
    /// differ, and it may have fewer), and both have tiers or neither has.
    static func tierDifference(_ alternative: Framework, nominal: Framework) -> UncertaintyMessage? {
        let own = nominal.scheme.classes
        let other = alternative.scheme.classes
        if own.isEmpty != other.isEmpty {
            let (with, without) = own.isEmpty ? (alternative, nominal) : (nominal, alternative)
            return .tiersAndNone(
                without: without.id, with: with.id, classes: with.scheme.classes.map(\.vi), nominal: nominal.id)
        }
        let foreign = MonteCarlo.classesWithoutNamesake(in: alternative.scheme, nominal: nominal.scheme)
        guard !foreign.isEmpty else { return nil }
        return .foreignTiers(id: alternative.id, nominal: nominal.id, foreign: foreign.map(\.vi), own: own.map(\.vi))
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
