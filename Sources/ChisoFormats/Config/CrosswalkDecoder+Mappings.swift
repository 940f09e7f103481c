import ChisoCore

/// Reads the `mappings` and `unmapped` of a crosswalk file, one section of an entry at a time, against the two
/// frameworks it names.
struct CrosswalkMappingDecoder {
    let reader: ConfigReader
    let source: Framework
    let target: Framework
    /// The extra columns of A's data the crosswalk reads.
    let columns: [String]
    /// The file's lines, to read a number as written.
    let lines: [Substring]
    let sourceKeys: [String]
    let targetKeys: [String]
    /// The entry that fills or leaves each of B's columns, by column.
    private(set) var claimed: [Int: String] = [:]

    init(reader: ConfigReader, source: Framework, target: Framework, columns: [String], text: String) {
        self.reader = reader
        self.source = source
        self.target = target
        self.columns = columns
        lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        sourceKeys = source.measures.map(\.key)
        targetKeys = target.measures.map(\.key)
    }

    /// The column `node` names among `keys`, the input columns of `framework`.
    func measure(_ node: JSONNode, path: String, in keys: [String], of framework: Framework) -> Int? {
        guard let key = reader.string(node, path: path) else { return nil }
        if let index = keys.firstIndex(of: key) { return index }
        reader.problem(
            CrosswalkMessage.notInputColumn(
                key, framework: framework.id, suggestion: NearestMatch.suggestion(for: key, among: keys)),
            at: node, path: path)
        return nil
    }

    /// A number as a data cell takes it: the token as written, so that 500.000 is not read as 500.
    func number(_ node: JSONNode, path: String) -> Double? {
        let written: String
        switch node.value {
        case .number(let value):
            written = CrosswalkDecoder.token(at: node.position, in: lines) ?? NumberText.shortest(value)
        case .string(let text): written = text
        default:
            reader.problem(ConfigMessage.wrongType(expected: .number, found: .init(node)), at: node, path: path)
            return nil
        }
        switch CellParser.sideNumber(written) {
        case .value(let value): return value
        case .missing:
            reader.problem(CrosswalkMessage.emptyNumber, at: node, path: path)
        case .invalid(let message):
            reader.problem(CrosswalkMessage.unreadableNumber(written, english: message), at: node, path: path)
        }
        return nil
    }

    /// Mapping `position`, checked; `nil` when it cannot be made (its problems are reported).
    mutating func decodeMapping(_ item: JSONNode, position: Int) -> Crosswalk.Mapping? {
        let path = "mappings[\(position)]"
        guard let members = reader.object(item, path: path, allowed: CrosswalkDecoder.mappingKeys) else { return nil }
        let targetIndex = members.node("to").flatMap {
            measure($0, path: members.path("to"), in: targetKeys, of: target)
        }
        let (sources, sourcesValid) = decodeSources(members)
        let aggregation = decodeAggregation(members)
        if sources.count > 1, aggregation == nil, members["aggregate"] == nil {
            reader.problem(
                CrosswalkMessage.aggregateNeeded, at: item,
                path: path)
        }
        let weights = decodeWeights(members, sources: sources, aggregation: aggregation)
        let (conversion, conversionValid) = decodeConversion(members, targetIndex: targetIndex)
        if let targetIndex, conversionValid, sourcesValid, !sources.isEmpty,
            sources.count == 1 || aggregation != nil,
            weights == nil || weights?.count == sources.count
        {
            let mapping = Crosswalk.Mapping(
                target: targetIndex, sources: sources, aggregation: aggregation, weights: weights,
                conversion: conversion)
            for message in CrosswalkDecoder.problems(of: mapping, source: source, target: target) {
                reader.problem(message, at: item, path: path)
            }
        }
        if let targetIndex {
            if let earlier = claimed[targetIndex] {
                reader.problem(
                    CrosswalkMessage.alreadyFilled(column: targetKeys[targetIndex], by: earlier), at: members["to"],
                    path: members.path("to"))
            }
            claimed[targetIndex] = path
        }
        guard let targetIndex, sourcesValid, !sources.isEmpty else { return nil }
        return Crosswalk.Mapping(
            target: targetIndex, sources: sources, aggregation: aggregation, weights: weights,
            conversion: conversion,
            note: members.node("note", required: false).flatMap {
                CrosswalkDecoder.localizedText($0, path: members.path("note"), reader: reader)
            } ?? LocalizedText(vi: "", en: ""))
    }

    /// The source columns of `from` (one column or a list), and whether each was found.
    private func decodeSources(_ members: ConfigReader.Members) -> (sources: [Int], valid: Bool) {
        guard let node = members.node("from") else { return ([], true) }
        guard case .array(let items) = node.value else {
            guard let found = measure(node, path: members.path("from"), in: sourceKeys, of: source) else {
                return ([], false)
            }
            return ([found], true)
        }
        var sources: [Int] = []
        var valid = true
        for (index, element) in items.enumerated() {
            if let found = measure(element, path: members.path("from") + "[\(index)]", in: sourceKeys, of: source) {
                sources.append(found)
            } else {
                valid = false
            }
        }
        if items.isEmpty {
            reader.problem(CrosswalkMessage.emptySources(framework: source.id), at: node, path: members.path("from"))
            valid = false
        }
        return (sources, valid)
    }

    /// The `aggregate` rule, when given and known.
    private func decodeAggregation(_ members: ConfigReader.Members) -> Crosswalk.Aggregation? {
        guard let text = members.string("aggregate", required: false) else { return nil }
        let aggregation = Crosswalk.Aggregation(rawValue: text)
        if aggregation == nil {
            reader.problem(
                CrosswalkMessage.unknownAggregation(text, expected: Crosswalk.Aggregation.allCases.map(\.rawValue)),
                at: members["aggregate"], path: members.path("aggregate"))
        }
        return aggregation
    }

    /// The `weights` of a mean, each more than 0: one per source column.
    private func decodeWeights(
        _ members: ConfigReader.Members, sources: [Int], aggregation: Crosswalk.Aggregation?
    ) -> [Double]? {
        let weightNodes = members.array("weights", required: false)
        let weights = weightNodes?.enumerated().compactMap { index, node -> Double? in
            let path = members.path("weights") + "[\(index)]"
            guard let weight = number(node, path: path) else { return nil }
            guard weight > 0 else {
                reader.problem(
                    CrosswalkMessage.weightNotPositive(weight), at: node, path: path)
                return nil
            }
            return weight
        }
        if let weights, let weightNodes, weights.count != weightNodes.count {
            // Each bad weight is reported above.
        } else if let weights, weights.count != sources.count || aggregation != .mean {
            reader.problem(
                CrosswalkMessage.weightsMisfit, at: members["weights"],
                path: members.path("weights"))
        }
        return weights
    }

    /// The `convert` rule (none when not given), and whether it decoded.
    private func decodeConversion(_ members: ConfigReader.Members, targetIndex: Int?)
        -> (conversion: Crosswalk.Conversion, valid: Bool)
    {
        guard let node = members.node("convert", required: false),
            let convert = reader.object(node, path: members.path("convert"), allowed: CrosswalkDecoder.conversionKeys)
        else { return (.none, true) }
        let given = CrosswalkDecoder.conversionKeys.filter { convert[$0] != nil }
        if given.count != 1 {
            reader.problem(
                CrosswalkMessage.oneConversion, at: node, path: members.path("convert"))
            return (.none, false)
        }
        if let key = ["atLeast", "above"].first(where: { convert[$0] != nil }) {
            let threshold = convert.node(key, required: false).flatMap { number($0, path: convert.path(key)) }
            if let targetIndex, target.measures[targetIndex].kind != .yesNo {
                reader.problem(
                    CrosswalkMessage.yesNoConversionMisfit(
                        rule: key, column: targetKeys[targetIndex], framework: target.id), at: node,
                    path: members.path("convert"))
            }
            guard let threshold else { return (.none, false) }
            return (key == "atLeast" ? .atLeast(threshold) : .above(threshold), true)
        }
        if let column = convert.string("percentOf", required: false) {
            if !columns.contains(column) {
                reader.problem(
                    CrosswalkMessage.denominatorNotListed(column), at: convert["percentOf"],
                    path: members.path("convert"))
            }
            return (.percentOf(column: column), true)
        }
        guard let factor = convert.node("scale", required: false).flatMap({ number($0, path: convert.path("scale")) })
        else { return (.none, false) }
        return (.scale(factor), true)
    }

    /// The reasons of `unmapped`, by B's column.
    mutating func decodeUnmapped(_ top: ConfigReader.Members) -> [Int: LocalizedText] {
        var reasons: [Int: LocalizedText] = [:]
        for (position, item) in (top.array("unmapped", required: false) ?? []).enumerated() {
            let path = "unmapped[\(position)]"
            guard let members = reader.object(item, path: path, allowed: ["to", "reason"]),
                let node = members.node("to"),
                let index = measure(node, path: members.path("to"), in: targetKeys, of: target)
            else { continue }
            if let earlier = claimed[index] {
                reader.problem(
                    CrosswalkMessage.mappedAndUnmapped(column: targetKeys[index], by: earlier), at: node,
                    path: members.path("to"))
            }
            claimed[index] = path
            reasons[index] =
                members.node("reason").flatMap {
                    CrosswalkDecoder.localizedText($0, path: members.path("reason"), reader: reader)
                }
                ?? LocalizedText(vi: "", en: "")
        }
        return reasons
    }
}
