import ChisoCLI
import ChisoCore
import ChisoFormats
import ChisoReports
import Foundation
import Testing

/// Properties of the adapters over seeded random inputs: whatever a crosswalk file accepts carries only valid values
/// of B's columns, and whatever `regroup --data-only` writes, `score` reads.
@Suite struct AdapterPropertyTests {
    /// A valid cell of `measure`, often at the ends of its range, sometimes empty.
    static func cell(_ measure: Measure, using random: inout SplitMix64) -> String {
        if Int.random(in: 0..<8, using: &random) == 0 { return "" }
        let edge = Int.random(in: 0..<3, using: &random) == 0
        switch measure.kind {
        case .percent:
            return edge
                ? ["0", "100"].randomElement(using: &random) ?? "0" : String(Int.random(in: 0...100, using: &random))
        case .ratio:
            return edge
                ? ["0", "1"].randomElement(using: &random) ?? "0"
                : String(Double(Int.random(in: 0...1000, using: &random)) / 1000)
        case .count:
            return edge
                ? ["0", "1", "9999"].randomElement(using: &random) ?? "0"
                : String(Int.random(in: 0...40, using: &random))
        case .yesNo: return Bool.random(using: &random) ? "có" : "không"
        case .points:
            let maximum = measure.maximum ?? 10
            return edge
                ? NumberText.shortest(maximum)
                : NumberText.shortest(Double(Int.random(in: 0...100, using: &random)) / 100 * maximum)
        case .number: return String(Int.random(in: -50...50, using: &random))
        case .choice: return measure.categories.randomElement(using: &random)?.value ?? ""
        }
    }

    /// A random data file of `framework` with `count` units `U1…`, and the extra columns given.
    static func data(
        _ measures: [Measure], count: Int, extra: [(String, () -> String)] = [], using random: inout SplitMix64
    ) -> String {
        var text = (["unit_id", "unit_name"] + measures.map(\.key) + extra.map(\.0)).joined(separator: ",") + "\n"
        for unit in 1...count {
            let cells = measures.map { cell($0, using: &random) }
            text += (["U\(unit)", "Unit \(unit)"] + cells + extra.map { $0.1() }).joined(separator: ",") + "\n"
        }
        return text
    }

    /// One random mapping into `target` from commune columns: mostly columns of one kind, with any aggregation,
    /// weights and conversion, so that many are refused and many accepted.
    static func mapping(target: Measure, sources: [Measure], using random: inout SplitMix64) -> String {
        let kind = Bool.random(using: &random) ? target.kind : sources.randomElement(using: &random)?.kind ?? .percent
        let sameKind = sources.filter { $0.kind == kind }
        let count = Int.random(in: 1...3, using: &random)
        let chosen = (0..<count).compactMap { _ in
            (Int.random(in: 0..<5, using: &random) == 0 ? sources : sameKind).randomElement(using: &random)?.key
        }
        var fields = ["\"to\": \"\(target.key)\""]
        fields.append(
            chosen.count == 1
                ? "\"from\": \"\(chosen[0])\"" : "\"from\": [\(chosen.map { "\"\($0)\"" }.joined(separator: ", "))]")
        if chosen.count > 1 {
            let aggregation = Crosswalk.Aggregation.allCases.randomElement(using: &random) ?? .mean
            fields.append("\"aggregate\": \"\(aggregation.rawValue)\"")
            if aggregation == .mean, Bool.random(using: &random) {
                let weights = chosen.map { _ in
                    ["1", "2", "0.5", "\"2,5\"", "100"].randomElement(using: &random) ?? "1"
                }
                fields.append("\"weights\": [\(weights.joined(separator: ", "))]")
            }
        }
        switch Int.random(in: 0..<7, using: &random) {
        case 0:
            fields.append(
                "\"convert\": {\"atLeast\": \(["1", "50", "0.5", "100", "2"].randomElement(using: &random) ?? "1")}")
        case 1:
            fields.append(
                "\"convert\": {\"scale\": \(["100", "0.01", "1", "2", "-1", "0.5"].randomElement(using: &random) ?? "1")}"
            )
        case 2: fields.append("\"convert\": {\"percentOf\": \"firms\"}")
        default: break
        }
        return "{" + fields.joined(separator: ", ") + "}"
    }

    /// Every crosswalk file chiso accepts writes only valid values of B's columns: B's file is read by `score`
    /// without an error, whatever A's values (at the ends of their ranges too).
    @Test func acceptedCrosswalksCarryOnlyValidValues() throws {
        var random = SplitMix64(seed: 1726)
        let source = try FrameworkCatalog.load("vn-2361-commune").0.measures
        let target = try FrameworkCatalog.load("vn-2361-district").0.measures
        var firms = SplitMix64(seed: 9)
        let data = try temporaryFile(
            "a.csv",
            Self.data(
                source, count: 40,
                extra: [("firms", { ["0", "1", "5", "60", "10000", ""].randomElement(using: &firms) ?? "" })],
                using: &random))
        var accepted = 0
        var refused = 0
        for round in 0..<240 {
            let goals = (0..<Int.random(in: 1...2, using: &random)).compactMap { _ in
                target.randomElement(using: &random)
            }
            var seen: Set<String> = []
            let mappings = goals.filter { seen.insert($0.key).inserted }.map {
                Self.mapping(target: $0, sources: source, using: &random)
            }
            let map = try temporaryFile(
                "r\(round).crosswalk.json",
                """
                {"id": "r\(round)", "from": "vn-2361-commune", "to": "vn-2361-district", "name": {"vi": "r", "en": "r"},
                 "columns": ["firms"], "mappings": [\(mappings.joined(separator: ",\n"))]}
                """)
            let coverage = chiso("crosswalk", "--map", map, "--coverage")
            guard coverage.status == .ok else {
                #expect(coverage.status == .dataError, "round \(round): \(coverage.error)")
                refused += 1
                continue
            }
            accepted += 1
            let translated = chiso("crosswalk", "--map", map, data)
            #expect(translated.status == .ok, "round \(round): \(translated.error)")
            let output = try temporaryFile("b.csv", translated.output)
            let scored = chiso("score", "--framework", "vn-2361-district", output)
            #expect(scored.status == .ok, "round \(round): \(mappings)\n\(scored.error)")
            // And not because the core's last check dropped a value: the file's checks already rule it out.
            let run = try CrosswalkRun.run(map: map, data: data)
            let dropped = run.fills.joined().filter {
                if case .cannotConvert(let why) = $0 { return why.contains("is not a valid value") }
                return false
            }
            #expect(dropped.isEmpty, "round \(round): \(mappings)")
        }
        // The generator reaches both sides of the checks.
        #expect(accepted > 30 && refused > 30, "accepted \(accepted), refused \(refused)")
    }

    /// Whatever rules and maps `regroup` accepts, its `--data-only` output is an assessment file `score` reads
    /// without an error; a rule that cannot make a valid value of its column is refused as a usage error.
    @Test(arguments: ["vn-2361-commune", "vn-dti-922-province", "vn-hue-3043"])
    func regroupDataOnlyIsAlwaysScorable(framework: String) throws {
        var random = SplitMix64(seed: 202)
        let measures = try FrameworkCatalog.load(framework).0.measures
        var populations = SplitMix64(seed: 60)
        for round in 0..<30 {
            let units = Int.random(in: 2...24, using: &random)
            let data = try temporaryFile(
                "old.csv",
                Self.data(
                    measures, count: units,
                    extra: [("population", { ["1", "2.5", "1000", "0.5"].randomElement(using: &populations) ?? "1" })],
                    using: &random))
            // Old units into 1–4 new ones; some new units get an old unit the data lacks.
            let groups = Int.random(in: 1...4, using: &random)
            var map = "old_unit,new_unit\n"
            for unit in 1...units { map += "U\(unit),N\(Int.random(in: 1...groups, using: &random))\n" }
            if Bool.random(using: &random) { map += "U\(units + 1),N1\n" }
            let mapFile = try temporaryFile("map.csv", map)
            var options = ["--extra-columns", "ignore"]
            if Bool.random(using: &random) { options = ["--weight", "population"] }
            if Bool.random(using: &random) {
                options += ["--rule", MergeRule.allCases.randomElement(using: &random)?.rawValue ?? "mean"]
            }
            var invalid = false
            var ruled: Set<String> = []
            for _ in 0..<Int.random(in: 0...3, using: &random) {
                guard let measure = measures.randomElement(using: &random),
                    let rule = MergeRule.allCases.randomElement(using: &random), ruled.insert(measure.key).inserted
                else { continue }
                options += ["--rule", "\(measure.key)=\(rule.rawValue)"]
                invalid = invalid || !rule.applies(to: measure)
            }
            // Partial units are written only with --rank-partial (a data file has no room for the mark).
            let run = chiso(
                ["regroup", "--map", mapFile, "--framework", framework, data, "--data-only", "--rank-partial"] + options
            )
            if invalid {
                #expect(run.status == .usage, "round \(round): \(options)")
                continue
            }
            #expect(run.status == .ok, "round \(round): \(options)\n\(run.error)")
            let merged = try temporaryFile("new.csv", run.output)
            let scored = chiso("score", "--framework", framework, merged)
            #expect(scored.status == .ok, "round \(round): \(options)\n\(scored.error)")
        }
    }
}
