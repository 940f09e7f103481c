public import ChisoCore

/// Reads crosswalk files: JSON with the framework files' conventions (comments and trailing commas allowed, unknown
/// keys are errors with the nearest key suggested, every problem reported at once with its path, line and column).
///
/// ```json
/// {"id": "…", "from": "vn-dti-922-province", "to": "vn-dti-1726-province", "name": {"vi": "…", "en": "…"},
///  "notes": ["…"], "approximation": "why the values are not B's quantities (optional)",
///  "columns": ["so_doanh_nghiep"],
///  "mappings": [{"to": "CQS", "from": ["NT", "HD.CQS"], "aggregate": "mean", "weights": [100, 200], "note": "…"},
///               {"to": "X", "from": "Y", "convert": {"atLeast": 50}, "note": "…"},
///               {"to": "Z", "from": "W", "convert": {"above": 0}, "note": "…"}],
///  "unmapped": [{"to": "NT", "reason": "…"}]}
/// ```
public enum CrosswalkDecoder {
    /// A crosswalk as read, with the frameworks it names.
    public struct Loaded: Sendable {
        /// The crosswalk.
        public var crosswalk: Crosswalk
        /// Framework A, whose data it reads.
        public var source: Framework
        /// Framework B, whose columns it fills.
        public var target: Framework
        /// The extra columns of A's data that conversions read (denominators).
        public var columns: [String]
    }

    static let topKeys = ["id", "from", "to", "name", "notes", "approximation", "columns", "mappings", "unmapped"]
    static let mappingKeys = ["to", "from", "convert", "aggregate", "weights", "note"]
    static let conversionKeys = ["atLeast", "above", "percentOf", "scale"]

    /// Decodes a crosswalk; the frameworks it names are loaded with `load` (a built-in ID, or a file beside it).
    ///
    /// - Throws: ``InputError`` with every problem found.
    public static func decode(
        _ text: String, file: String, load: (String) throws(InputError) -> Framework
    ) throws(InputError) -> (Loaded, [Diagnostic]) {
        let root = try ConfigReader.parse(text, file: file)
        let reader = ConfigReader(file: file)
        guard let top = reader.object(root, path: "", allowed: topKeys) else {
            throw InputError(.data, reader.diagnostics)
        }
        let id = top.string("id")
        let name = top.localized("name")
        let notes = top.strings("notes", required: false) ?? []
        let approximation = top.string("approximation", required: false)
        if let approximation, approximation.allSatisfy(\.isWhitespace) {
            reader.problem(
                "\"approximation\" says why the values are not the same quantities; an empty reason says nothing "
                    + "(leave the key out when every mapping carries the same quantity)", at: top["approximation"],
                path: "approximation")
        }
        let columns = top.strings("columns", required: false) ?? []
        var frameworks: [Framework?] = []
        for key in ["from", "to"] {
            guard let reference = top.string(key) else {
                frameworks.append(nil)
                continue
            }
            do {
                frameworks.append(try load(reference))
            } catch {
                reader.problem(
                    "cannot load the framework \"\(reference)\": "
                        + (error.diagnostics.first?.message ?? "unknown"), at: top[key], path: key)
                frameworks.append(nil)
            }
        }
        guard let source = frameworks[0], let target = frameworks[1] else {
            throw InputError(.data, reader.diagnostics)
        }
        let sourceKeys = source.measures.map(\.key)
        let targetKeys = target.measures.map(\.key)
        func measure(_ node: JSONNode, path: String, in keys: [String], of framework: Framework) -> Int? {
            guard let key = reader.string(node, path: path) else { return nil }
            if let index = keys.firstIndex(of: key) { return index }
            var message = "\"\(key)\" is not an input column of \(framework.id)"
            if let near = NearestMatch.suggestion(for: key, among: keys) { message += "; did you mean \(near)?" }
            reader.problem(message, at: node, path: path)
            return nil
        }
        // Numbers as a data cell takes them: the token as written, so that 500.000 is not read as 500.
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        func number(_ node: JSONNode, path: String) -> Double? {
            let written: String
            switch node.value {
            case .number(let value): written = token(at: node.position, in: lines) ?? NumberText.shortest(value)
            case .string(let text): written = text
            default:
                reader.problem("expected a number, found \(node.kindDescription)", at: node, path: path)
                return nil
            }
            switch CellParser.sideNumber(written) {
            case .value(let value): return value
            case .missing:
                reader.problem("expected a number, found an empty string", at: node, path: path)
            case .invalid(let message):
                reader.problem(message, at: node, path: path)
            }
            return nil
        }
        var mappings: [Crosswalk.Mapping] = []
        var claimed: [Int: String] = [:]
        for (position, item) in (top.array("mappings", required: false) ?? []).enumerated() {
            let path = "mappings[\(position)]"
            guard let members = reader.object(item, path: path, allowed: mappingKeys) else { continue }
            let targetIndex = members.node("to").flatMap {
                measure($0, path: members.path("to"), in: targetKeys, of: target)
            }
            var sources: [Int] = []
            var sourcesValid = true
            if let node = members.node("from") {
                if case .array(let items) = node.value {
                    for (index, element) in items.enumerated() {
                        if let found = measure(
                            element, path: members.path("from") + "[\(index)]", in: sourceKeys, of: source)
                        {
                            sources.append(found)
                        } else {
                            sourcesValid = false
                        }
                    }
                    if items.isEmpty {
                        reader.problem(
                            "an empty list: name the columns of \(source.id)", at: node, path: members.path("from"))
                        sourcesValid = false
                    }
                } else if let found = measure(node, path: members.path("from"), in: sourceKeys, of: source) {
                    sources = [found]
                } else {
                    sourcesValid = false
                }
            }
            var aggregation: Crosswalk.Aggregation?
            if let text = members.string("aggregate", required: false) {
                aggregation = Crosswalk.Aggregation(rawValue: text)
                if aggregation == nil {
                    reader.problem(
                        "unknown aggregation \"\(text)\"; expected "
                            + Crosswalk.Aggregation.allCases.map(\.rawValue).joined(separator: ", "),
                        at: members["aggregate"], path: members.path("aggregate"))
                }
            }
            if sources.count > 1, aggregation == nil, members["aggregate"] == nil {
                reader.problem(
                    "several source columns need \"aggregate\": mean, min, max, sum, allOf or anyOf", at: item,
                    path: path)
            }
            let weightNodes = members.array("weights", required: false)
            let weights = weightNodes?.enumerated().compactMap { index, node -> Double? in
                let path = members.path("weights") + "[\(index)]"
                guard let weight = number(node, path: path) else { return nil }
                guard weight > 0 else {
                    reader.problem(
                        "a weight must be more than 0, found \(NumberText.shortest(weight)); a column that should "
                            + "take no part is left out of \"from\"", at: node, path: path)
                    return nil
                }
                return weight
            }
            if let weights, let weightNodes, weights.count != weightNodes.count {
                // Each bad weight is reported above.
            } else if let weights, weights.count != sources.count || aggregation != .mean {
                reader.problem(
                    "weights need \"aggregate\": \"mean\" and one weight per source column", at: members["weights"],
                    path: members.path("weights"))
            }
            var conversion = Crosswalk.Conversion.none
            var conversionValid = true
            if let node = members.node("convert", required: false),
                let convert = reader.object(
                    node, path: members.path("convert"), allowed: conversionKeys)
            {
                let given = conversionKeys.filter { convert[$0] != nil }
                if given.count != 1 {
                    conversionValid = false
                    reader.problem(
                        "give one conversion: atLeast (yes when the value reaches it), above (yes when the value "
                            + "exceeds it), percentOf (a count over a denominator column, in %) or scale (times a "
                            + "factor)", at: node, path: members.path("convert"))
                } else if let key = ["atLeast", "above"].first(where: { convert[$0] != nil }) {
                    if let threshold = convert.node(key, required: false).flatMap({
                        number($0, path: convert.path(key))
                    }) {
                        conversion = key == "atLeast" ? .atLeast(threshold) : .above(threshold)
                    } else {
                        conversionValid = false
                    }
                    if let targetIndex, target.measures[targetIndex].kind != .yesNo {
                        reader.problem(
                            "\(key) turns a value into yes/no, but \(targetKeys[targetIndex]) of \(target.id) is not "
                                + "a yes/no column", at: node, path: members.path("convert"))
                    }
                } else if let column = convert.string("percentOf", required: false) {
                    conversion = .percentOf(column: column)
                    if !columns.contains(column) {
                        reader.problem(
                            "the denominator column \"\(column)\" must be listed in \"columns\", the extra columns the "
                                + "crosswalk reads from the data", at: convert["percentOf"],
                            path: members.path("convert"))
                    }
                } else if let factor = convert.node("scale", required: false).flatMap({
                    number($0, path: convert.path("scale"))
                }) {
                    conversion = .scale(factor)
                } else {
                    conversionValid = false
                }
            }
            if let targetIndex, conversionValid, sourcesValid, !sources.isEmpty,
                sources.count == 1 || aggregation != nil,
                weights == nil || weights?.count == sources.count
            {
                let mapping = Crosswalk.Mapping(
                    target: targetIndex, sources: sources, aggregation: aggregation, weights: weights,
                    conversion: conversion)
                for message in problems(of: mapping, source: source, target: target) {
                    reader.problem(message, at: item, path: path)
                }
            }
            if let targetIndex {
                if let earlier = claimed[targetIndex] {
                    reader.problem(
                        "\(targetKeys[targetIndex]) is already filled by \(earlier)", at: members["to"],
                        path: members.path("to"))
                }
                claimed[targetIndex] = path
            }
            guard let targetIndex, sourcesValid, !sources.isEmpty else { continue }
            mappings.append(
                Crosswalk.Mapping(
                    target: targetIndex, sources: sources, aggregation: aggregation, weights: weights,
                    conversion: conversion, note: members.string("note", required: false) ?? ""))
        }
        var reasons: [Int: String] = [:]
        for (position, item) in (top.array("unmapped", required: false) ?? []).enumerated() {
            let path = "unmapped[\(position)]"
            guard let members = reader.object(item, path: path, allowed: ["to", "reason"]),
                let node = members.node("to"),
                let index = measure(node, path: members.path("to"), in: targetKeys, of: target)
            else { continue }
            if let earlier = claimed[index] {
                reader.problem(
                    "\(targetKeys[index]) is mapped by \(earlier) and also listed as unmapped", at: node,
                    path: members.path("to"))
            }
            claimed[index] = path
            reasons[index] = members.string("reason") ?? ""
        }
        for (index, key) in targetKeys.enumerated() where claimed[index] == nil {
            reader.problem(
                "\(key) of \(target.id) is neither mapped nor listed under \"unmapped\" with a reason", at: root,
                path: "unmapped", severity: .warning)
        }
        guard let id, let name, !reader.hasErrors else { throw InputError(.data, reader.diagnostics) }
        let crosswalk = Crosswalk(
            id: id, name: name, notes: notes, sourceMeasures: source.measures, targetMeasures: target.measures,
            mappings: mappings, reasons: reasons, approximation: approximation)
        return (Loaded(crosswalk: crosswalk, source: source, target: target, columns: columns), reader.diagnostics)
    }

    /// The number token that starts at `position` (line and column counted in Unicode scalars, from 1), as written.
    static func token(at position: SourcePosition, in lines: [Substring]) -> String? {
        guard position.line >= 1, position.line <= lines.count else { return nil }
        let scalars = lines[position.line - 1].unicodeScalars.dropFirst(position.column - 1)
        let token = scalars.prefix { "+-.eE0123456789".unicodeScalars.contains($0) }
        return token.isEmpty ? nil : String(String.UnicodeScalarView(token))
    }
}
