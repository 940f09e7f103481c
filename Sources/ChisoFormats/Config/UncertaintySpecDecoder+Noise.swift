import ChisoCore

/// Reads the `noise` entries of an uncertainty spec one at a time, and checks that no two entries — nor an entry
/// and a noise command-line option — move the same column.
struct NoiseEntryDecoder {
    let reader: ConfigReader
    let framework: Framework
    let keys: [String]
    /// The option that moves each column, by column.
    let optionOf: [Int: String]
    /// Who moves each column so far: the entry (by position) and where it starts.
    private var mover: [Int: (position: Int, name: String, node: JSONNode)] = [:]
    /// How many problems are columns an entry and an option both move.
    private(set) var clashesWithOptions = 0

    init(reader: ConfigReader, framework: Framework, options: [(name: String, noise: UncertaintySpec.DataNoise)]) {
        self.reader = reader
        self.framework = framework
        let measures = framework.scheme.measures
        keys = measures.map(\.key)
        var optionOf: [Int: String] = [:]
        for (name, noise) in options {
            for measure in noise.measures where measure >= 0 && measure < measures.count {
                if noise.moves(measures[measure].kind), optionOf[measure] == nil { optionOf[measure] = name }
            }
        }
        self.optionOf = optionOf
    }

    /// Entry `position`, checked; `nil` when it is not an object with known keys.
    mutating func decode(_ item: JSONNode, position: Int) -> UncertaintySpec.DataNoise? {
        let path = "noise[\(position)]"
        guard let members = reader.object(item, path: path, allowed: UncertaintySpecDecoder.noiseKeys) else {
            return nil
        }
        var measures = columns(members)
        if let group = members.string("group", required: false) { measures += groupColumns(group, members: members) }
        if members["columns"] == nil, members["group"] == nil {
            reader.problem(UncertaintyMessage.noColumns, at: item, path: path)
        }
        let distribution = self.distribution(members)
        let step = members.integer("countStep", required: false)
        if let step, step < 0 {
            reader.problem(
                UncertaintyMessage.countStepRange, at: members["countStep"], path: members.path("countStep"))
        }
        var seen = Set<Int>()
        measures = measures.filter { seen.insert($0).inserted }
        let noise = UncertaintySpec.DataNoise(
            measures: measures, absolute: amount(members, "absolute"), relative: amount(members, "relative"),
            distribution: distribution, flip: amount(members, "flip", upTo: 1), countStep: step,
            name: members.string("name", required: false) ?? path)
        if noise.absolute == nil, noise.relative == nil, noise.flip == nil, noise.countStep == nil {
            reader.problem(
                UncertaintyMessage.noAmount, at: item, path: path)
        }
        let moved = measures.filter { noise.moves(framework.scheme.measures[$0].kind) }
        checkRepeats(moved, of: noise, at: item, position: position)
        checkClashes(moved, at: item, path: path)
        return noise
    }

    /// The columns of `columns`: a list of column names, or `"*"` for every column.
    private func columns(_ members: ConfigReader.Members) -> [Int] {
        guard let node = members.node("columns", required: false) else { return [] }
        if case .string("*") = node.value { return Array(keys.indices) }
        guard case .array(let items) = node.value else {
            reader.problem(
                UncertaintyMessage.columnsType, at: node, path: members.path("columns"))
            return []
        }
        var measures: [Int] = []
        for (index, element) in items.enumerated() {
            guard let key = reader.string(element, path: members.path("columns") + "[\(index)]") else { continue }
            if let found = keys.firstIndex(of: key) {
                measures.append(found)
            } else {
                reader.problem(
                    UncertaintyMessage.unknownColumn(
                        key, framework: framework.id, suggestion: NearestMatch.suggestion(for: key, among: keys)),
                    at: element, path: members.path("columns") + "[\(index)]")
            }
        }
        return measures
    }

    /// The columns of `group`: a criteria group, or a node and everything under it.
    private func groupColumns(_ group: String, members: ConfigReader.Members) -> [Int] {
        let scheme = framework.scheme
        let found = UncertaintySpecDecoder.measuresOf(group: group, in: scheme)
        if found.isEmpty {
            let names = Array(Set(scheme.conditions.compactMap(\.group) + scheme.conditions.map(\.id))).sorted()
            reader.problem(
                UncertaintyMessage.unknownGroup(
                    group, framework: framework.id, suggestion: NearestMatch.suggestion(for: group, among: names)),
                at: members["group"], path: members.path("group"))
        }
        return found
    }

    /// The `distribution`, uniform unless the entry names another.
    private func distribution(_ members: ConfigReader.Members) -> UncertaintySpec.Distribution {
        guard let name = members.string("distribution", required: false) else { return .uniform }
        if let known = UncertaintySpec.Distribution(rawValue: name) { return known }
        reader.problem(
            UncertaintyMessage.unknownDistribution(name), at: members["distribution"],
            path: members.path("distribution"))
        return .uniform
    }

    /// An amount from 0 (up to `limit` when given).
    private func amount(_ members: ConfigReader.Members, _ key: String, upTo limit: Double? = nil) -> Double? {
        guard let value = members.number(key, required: false) else { return nil }
        if value < 0 || (limit.map { value > $0 } ?? false) {
            reader.problem(
                UncertaintyMessage.amountRange(limit: limit),
                at: members[key], path: members.path(key))
        }
        return value
    }

    /// Columns an earlier entry moves already: each entry draws around the nominal value, so only the last would
    /// count.
    private mutating func checkRepeats(
        _ moved: [Int], of noise: UncertaintySpec.DataNoise, at item: JSONNode, position: Int
    ) {
        let path = "noise[\(position)]"
        let repeated = moved.compactMap { measure in mover[measure].map { (measure, $0.position) } }
        for (earlier, pairs) in Dictionary(grouping: repeated, by: \.1).sorted(by: { $0.key < $1.key }) {
            let columns = pairs.map(\.0)
            guard let first = mover[columns[0]] else { continue }
            reader.problem(
                UncertaintyMessage.movedTwice(
                    columns: columns.map { keys[$0] }, earlier: earlier,
                    earlierName: first.name == "noise[\(earlier)]" ? nil : first.name, line: first.node.position.line,
                    column: first.node.position.column, path: path, name: noise.name == path ? nil : noise.name),
                at: item, path: path)
        }
        for measure in moved where mover[measure] == nil {
            mover[measure] = (position, noise.name, item)
        }
    }

    /// Columns a noise option moves too: the option's draws would replace the entry's.
    private mutating func checkClashes(_ moved: [Int], at item: JSONNode, path: String) {
        let clashing = moved.filter { optionOf[$0] != nil }
        for (option, columns) in Dictionary(grouping: clashing, by: { optionOf[$0] ?? "" }).sorted(by: {
            $0.key < $1.key
        }) {
            reader.problem(
                UncertaintyMessage.movedByOption(columns: columns.map { keys[$0] }, option: option), at: item,
                path: path)
            clashesWithOptions += 1
        }
    }
}
