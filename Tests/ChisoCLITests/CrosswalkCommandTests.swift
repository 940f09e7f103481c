import ChisoCLI
import ChisoFormats
import ChisoReports
import Foundation
import Testing

/// `chiso crosswalk` with the shipped crosswalks and with files of one's own.
@Suite struct CrosswalkCommandTests {
    @Test(arguments: [
        ("vn-2361-commune-to-district", "16 of 32 inputs of vn-2361-district can be filled from vn-2361-commune"),
        ("vn-2361-district-to-commune", "19 of 39 inputs of vn-2361-commune can be filled from vn-2361-district"),
        ("vn-2361-district-to-dti-922", "0 of 9 inputs of vn-dti-922-province can be filled from vn-2361-district"),
        ("vn-dti-922-to-1726", "3 of 3 inputs of vn-dti-1726-province can be filled from vn-dti-922-province"),
        ("vn-dti-1726-to-922", "0 of 9 inputs of vn-dti-922-province can be filled from vn-dti-1726-province"),
    ])
    func shippedCoverage(id: String, summary: String) {
        let run = chiso("crosswalk", "--map", id, "--coverage", "--lang", "en")
        #expect(run.status == .ok)
        #expect(run.error.isEmpty, "\(run.error)")  // every input of B mapped or given a reason
        #expect(run.output.contains(summary))
    }

    @Test func coverageAsTidyCSV() {
        let run = chiso("crosswalk", "--map", "vn-dti-922-to-1726", "--coverage", "--format", "csv")
        let lines = run.output.split(separator: "\n").map(String.init)
        #expect(lines[0] == "to,status,from,how,units_filled,units_missing,note,frameworks")
        // An approximation, not a same-quantity mapping: its rows say so (issue 18).
        #expect(
            lines[1].hasPrefix(
                "CQS,approximate,NT;TC;HT;NL;AT;HD.CQS,\"weighted mean (100, 100, 100, 100, 100, 200)\",,,"))
    }

    /// The 922 pillars carried into 1726 are exactly the pillar views chiso computes when it scores 922.
    @Test func dtiPillarsMatchTheViewsOfTheScore() throws {
        let sample = repository.appendingPathComponent("notebooks-data/sample-vn-dti-922-province.csv").path
        let translated = chiso(
            "crosswalk", "--map", "vn-dti-922-to-1726", "--accept-approximation", sample, "--lang", "en")
        #expect(translated.status == .ok)
        #expect(translated.error.contains("For 63 units: "))
        let scored = chiso("score", "--framework", "vn-dti-922-province", sample, "--format", "csv")
        let (a, _) = CSVReader.read(Array(translated.output.utf8), file: "a")
        let (b, _) = CSVReader.read(Array(scored.output.utf8), file: "b")
        let headerA = try #require(a.first?.fields)
        let headerB = try #require(b.first?.fields)
        var compared = 0
        for (rowA, rowB) in zip(a.dropFirst(), b.dropFirst()) {
            for pillar in ["CQS", "KTS", "XHS"] {
                let x = rowA.fields[try #require(headerA.firstIndex(of: pillar))]
                let y = rowB.fields[try #require(headerB.firstIndex(of: "index.\(pillar)"))]
                guard let carried = Double(x), let view = Double(y) else {
                    #expect(x.isEmpty, "a pillar is filled only when all its sources are")
                    continue
                }
                #expect(abs(carried - view) < 0.00005, "\(rowA.fields[0]) \(pillar)")
                compared += 1
            }
        }
        #expect(compared > 150)
    }

    static func write(_ crosswalk: String) throws -> String { try temporaryFile("x.crosswalk.json", crosswalk) }

    @Test func aConversionThatCannotApplyLeavesAGapAndSaysSo() throws {
        let map = try Self.write(
            """
            {"id": "firms", "from": "vn-2361-commune", "to": "vn-2361-district",
             "name": {"vi": "thử", "en": "test"}, "columns": ["firms"],
             "mappings": [{"to": "KTS.01", "from": "KTS.04", "convert": {"percentOf": "firms"}, "note": "test"}]}
            """)
        let data = try temporaryFile("d.csv", "unit_id,KTS.04,firms\nA,3,12\nB,2,\nC,5,0\n")
        let run = chisoInEnglish("crosswalk", "--map", map, data)
        #expect(run.status == .ok, "\(run.error)")
        let lines = run.output.split(separator: "\n").map(String.init)
        let column = try #require(
            lines[0].split(separator: ",", omittingEmptySubsequences: false).firstIndex(of: "KTS.01"))
        let cell = { (line: String) in String(line.split(separator: ",", omittingEmptySubsequences: false)[column]) }
        #expect(cell(lines[1]) == "25")
        #expect(cell(lines[2]) == "" && cell(lines[3]) == "")
        #expect(run.error.contains("2 left missing because a source value was missing or could not be converted"))
        let coverage = chisoInEnglish("crosswalk", "--map", map, data, "--coverage", "--format", "csv")
        #expect(coverage.output.contains("KTS.01,mapped,KTS.04,percentOf firms,1,2,test"))
        // The other inputs of B have no reason in this file: each is a warning.
        #expect(coverage.error.contains("warning: unmapped: CQS.01 of vn-2361-district is neither mapped nor listed"))
    }

    @Test func everyProblemOfAFileAtOnce() throws {
        let map = try Self.write(
            """
            {"id": "bad", "from": "vn-2361-commune", "to": "vn-2361-district", "name": {"vi": "x", "en": "x"},
             "mappings": [
               {"to": "CQS.1", "from": "CQS.01"},
               {"to": "CQS.02", "from": "CQS.02", "convert": {"percentOf": "staff"}},
               {"to": "CQS.03", "from": ["CQS.03", "CQS.02"]},
               {"to": "CQS.04", "from": "CQS.01"},
               {"to": "CQS.05", "from": "CQS.05", "aggregat": "mean"},
             ],
             "unmapped": [{"to": "CQS.02", "reason": "twice"}]}
            """)
        let run = chisoInEnglish("crosswalk", "--map", map, "--coverage")
        #expect(run.status == .dataError)
        for expected in [
            "x.crosswalk.json:3:11: error: mappings[0].to: \"CQS.1\" is not an input column of vn-2361-district; did you mean CQS.01?",
            "mappings[1].convert: the denominator column \"staff\" must be listed in \"columns\"",
            "mappings[2]: several source columns need \"aggregate\"",
            "mappings[3]: CQS.04 of vn-2361-district is a yes/no column, and this mapping makes percent values (0–100): give {\"atLeast\": …}",
            "mappings[4].aggregat: unknown key",
            "unmapped[0].to: CQS.02 is mapped by mappings[1] and also listed as unmapped",
        ] {
            #expect(run.error.contains(expected), "\(expected)\n\(run.error)")
        }
    }

    @Test func unknownCrosswalk() {
        let run = chisoInEnglish("crosswalk", "--map", "vn-dti-922-to-1762", "--coverage")
        #expect(run.status == .usage)
        #expect(run.error.contains("did you mean vn-dti-922-to-1726?"))
        let nothing = chiso("crosswalk", "--map", "vn-dti-922-to-1726")
        #expect(nothing.status == .usage)
    }

    /// One mapping each, from commune columns to district columns: every way of inventing a value is refused with
    /// the mapping's line and what to do instead.
    @Test(arguments: [
        (
            #""from": ["CQS.01", "CQS.02"], "aggregate": "mean", "weights": [0, 0]"#,
            "a weight must be more than 0, found 0"
        ),
        (
            #""from": ["CQS.01", "CQS.02"], "aggregate": "mean", "weights": [2, -1]"#,
            "a weight must be more than 0, found -1"
        ),
        (
            #""from": ["CQS.01", "CQS.02"], "aggregate": "mean", "weights": [500.000, 1]"#,
            "500.000 may be 500000 written with a thousands separator"
        ),
        (#""from": ["CQS.01", "CQS.02"], "aggregate": "mean", "weights": [1e308, 1]"#, "1e308 is too large"),
        (#""from": ["CQS.01", "CQS.02"], "aggregate": "mean", "weights": ["0x10", 1]"#, "expected a number"),
        (#""from": ["CQS.01", "CQS.02"], "aggregate": "mean", "weights": ["inf", 1]"#, "expected a number"),
        (#""from": ["CQS.04", "CQS.07"], "aggregate": "mean""#, "CQS.04 is a yesNo column and CQS.07 a count one"),
        (#""from": ["CQS.01", "CQS.02"], "aggregate": "anyOf""#, "anyOf combines yes/no columns"),
        (
            #""from": ["CQS.01", "CQS.02"], "aggregate": "sum""#,
            "makes values of 0–200, and CQS.01 of vn-2361-district holds 0–100"
        ),
        (#""from": "CQS.01", "convert": {"scale": 100}"#, "makes values of 0–10000"),
        (#""from": "CQS.01", "convert": {"scale": 0}"#, "scale 0 makes every value 0"),
        (#""from": "CQS.04", "convert": {"percentOf": "firms"}"#, "percentOf makes a share of a count"),
        (#""from": "CQS.04""#, "CQS.01 of vn-2361-district is a percent column, and this mapping makes yesNo values"),
    ])
    func inventedValuesAreRefused(mapping: String, message: String) throws {
        // CQS.01 of the district is a percentage; the commune's CQS.01/02 percentages, CQS.04 yes/no, CQS.07 a count.
        let map = try Self.write(
            """
            {"id": "t", "from": "vn-2361-commune", "to": "vn-2361-district", "name": {"vi": "t", "en": "t"},
             "columns": ["firms"],
             "mappings": [{"to": "CQS.01", \(mapping)}]}
            """)
        let run = chisoInEnglish("crosswalk", "--map", map, "--coverage")
        #expect(run.status == .dataError)
        #expect(run.error.contains("x.crosswalk.json:3:"), "\(run.error)")
        #expect(run.error.contains(message), "\(run.error)")
    }

    /// Into yes/no and count columns: only yes/no values and whole numbers.
    @Test(arguments: [
        (
            "CQS.04", #""from": ["CQS.04", "CQS.05"], "aggregate": "mean""#,
            "CQS.04 of vn-2361-district is a yes/no column"
        ),
        (
            "CQS.04", #""from": ["CQS.04", "CQS.05"], "aggregate": "sum""#,
            "CQS.04 of vn-2361-district is a yes/no column"
        ),
        ("CQS.04", #""from": "CQS.01", "convert": {"atLeast": 0}"#, "atLeast 0 is always reached"),
        ("CQS.04", #""from": "CQS.01", "convert": {"atLeast": 101}"#, "atLeast 101 is never reached"),
        ("CQS.13", #""from": ["CQS.07", "KTS.04"], "aggregate": "mean""#, "a mean of counts is no count"),
        ("CQS.13", #""from": "CQS.07", "convert": {"scale": 0.5}"#, "is a count (a whole number of 0 or more)"),
    ])
    func yesNoAndCountTargets(to: String, mapping: String, message: String) throws {
        let map = try Self.write(
            """
            {"id": "t", "from": "vn-2361-commune", "to": "vn-2361-district", "name": {"vi": "t", "en": "t"},
             "mappings": [{"to": "\(to)", \(mapping)}]}
            """)
        let run = chisoInEnglish("crosswalk", "--map", map, "--coverage")
        #expect(run.status == .dataError)
        #expect(run.error.contains(message), "\(run.error)")
    }

    /// What a data cell accepts, a weight accepts: a decimal comma (in a string), and the weights take effect.
    @Test func weightsReadAsDataCells() throws {
        let map = try Self.write(
            """
            {"id": "t", "from": "vn-2361-commune", "to": "vn-2361-district", "name": {"vi": "t", "en": "t"},
             "mappings": [{"to": "CQS.01", "from": ["CQS.01", "CQS.02"], "aggregate": "mean", "weights": ["1,5", 0.5]},
                          {"to": "CQS.04", "from": ["CQS.01", "CQS.02"], "aggregate": "max", "convert": {"atLeast": 50}}]}
            """)
        let data = try temporaryFile("d.csv", "unit_id,CQS.01,CQS.02\nA,40,80\nB,20,30\n")
        let run = chisoInEnglish("crosswalk", "--map", map, data)
        #expect(run.status == .ok, "\(run.error)")
        let lines = run.output.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        let header = lines[0]
        let cqs01 = try #require(header.firstIndex(of: "CQS.01"))
        let cqs04 = try #require(header.firstIndex(of: "CQS.04"))
        #expect(lines[1][cqs01] == "50" && lines[2][cqs01] == "22.5")  // (1.5 × 40 + 0.5 × 80) / 2
        #expect(lines[1][cqs04] == "có" && lines[2][cqs04] == "không")  // max 80 ≥ 50; max 30 < 50
    }

    /// A denominator is a count, read as a data cell of a count is.
    @Test func denominatorsAreReadAsCounts() throws {
        let map = try Self.write(
            """
            {"id": "firms", "from": "vn-2361-commune", "to": "vn-2361-district",
             "name": {"vi": "thử", "en": "test"}, "columns": ["firms"],
             "mappings": [{"to": "KTS.01", "from": "KTS.04", "convert": {"percentOf": "firms"}, "note": "test"}]}
            """)
        let data = try temporaryFile("d.csv", "unit_id,KTS.04,firms\nA,3,1.000\nB,2,0x10\nC,1,4\n")
        let run = chisoInEnglish("crosswalk", "--map", map, data)
        #expect(run.status == .dataError)
        #expect(
            run.error.contains(
                "d.csv:2: error: firms \"1.000\": expected a whole number of 0 or more; 1.000 looks like 1000"))
        #expect(run.error.contains("d.csv:3: error: firms \"0x10\""))
    }

    /// Every shipped crosswalk, on the sample data of its A, writes a file its B scores: a registered level is
    /// carried only where B has A's classes (the DTI has none).
    @Test(arguments: [
        ("vn-2361-commune-to-district", "notebooks-data/sample-communes.csv", "vn-2361-district"),
        ("vn-2361-district-to-commune", "notebooks-data/sample-districts.csv", "vn-2361-commune"),
        ("vn-2361-district-to-dti-922", "notebooks-data/sample-districts.csv", "vn-dti-922-province"),
        ("vn-dti-922-to-1726", "notebooks-data/sample-vn-dti-922-province.csv", "vn-dti-1726-province"),
    ])
    func shippedOutputsAreScorable(id: String, sample: String, target: String) throws {
        let accept = id == "vn-dti-922-to-1726" ? ["--accept-approximation"] : []
        let run = chisoInEnglish(
            ["crosswalk", "--map", id] + accept + [repository.appendingPathComponent(sample).path])
        #expect(run.status == .ok, "\(run.error)")
        let output = try temporaryFile("b.csv", run.output)
        let scored = chiso("score", "--framework", target, output)
        #expect(scored.status == .ok, "\(scored.error)")
        if target == "vn-dti-922-province" {
            #expect(run.error.contains("the registered levels are classes of vn-2361-district"))
            #expect(run.output.split(separator: "\n")[1].hasPrefix("H01,Huyện Minh Họa 1,,2025,,"))
        }
    }

    /// Issue 18, item 2: "The 922 → 1726 crosswalk is not a same-quantity mapping" (1726's pillars include "Thông tin
    /// và dữ liệu số"; 922's have Đô thị thông minh instead): translating data with it is a usage error (exit 64)
    /// unless the approximation is accepted, and accepted, every output says it is one.
    @Test(arguments: [
        ([String](), ExitCode.usage, "is an approximation, not a same-quantity mapping"),
        (["--accept-approximation"], ExitCode.ok, "approximation accepted (--accept-approximation)"),
        (["--coverage"], ExitCode.usage, "Give --accept-approximation"),
        (["--coverage", "--accept-approximation"], ExitCode.ok, "APPROXIMATION (accepted"),
    ])
    func approximationsAreAcceptedExplicitly(options: [String], status: ExitCode, words: String) {
        let sample = repository.appendingPathComponent("notebooks-data/sample-vn-dti-922-province.csv").path
        let run = chisoInEnglish(["crosswalk", "--map", "vn-dti-922-to-1726"] + options + [sample])
        #expect(run.status == status, "\(run.error)")
        #expect((run.error + run.output).contains(words), "\(run.error)")
        if status == .usage { #expect(run.output.isEmpty) }
    }
}
