import ChisoCLI
import ChisoIO
import Foundation
import Testing

/// `chiso crosswalk` with the shipped crosswalks and with files of one's own.
@Suite struct CrosswalkCommandTests {
    @Test(arguments: [
        ("vn-2361-commune-to-district", "17 of 32 inputs of vn-2361-district can be filled from vn-2361-commune"),
        ("vn-2361-district-to-commune", "17 of 39 inputs of vn-2361-commune can be filled from vn-2361-district"),
        ("vn-2361-district-to-dti-922", "0 of 9 inputs of vn-dti-922-province can be filled from vn-2361-district"),
        ("vn-dti-922-to-1726", "3 of 3 inputs of vn-dti-1726-province can be filled from vn-dti-922-province"),
        ("vn-dti-1726-to-922", "0 of 9 inputs of vn-dti-922-province can be filled from vn-dti-1726-province"),
    ])
    func shippedCoverage(id: String, summary: String) {
        let run = chiso("crosswalk", "--map", id, "--coverage")
        #expect(run.status == .ok)
        #expect(run.error.isEmpty, "\(run.error)")  // every input of B mapped or given a reason
        #expect(run.output.contains(summary))
    }

    @Test func coverageAsTidyCSV() {
        let run = chiso("crosswalk", "--map", "vn-dti-922-to-1726", "--coverage", "--format", "csv")
        let lines = run.output.split(separator: "\n").map(String.init)
        #expect(lines[0] == "to,status,from,how,units_filled,units_missing,note")
        #expect(
            lines[1].hasPrefix("CQS,mapped,NT;TC;HT;NL;AT;HD.CQS,\"weighted mean (100, 100, 100, 100, 100, 200)\",,,"))
    }

    /// The 922 pillars carried into 1726 are exactly the pillar views chiso computes when it scores 922.
    @Test func dtiPillarsMatchTheViewsOfTheScore() throws {
        let sample = repository.appendingPathComponent("notebooks-data/sample-vn-dti-922-province.csv").path
        let translated = chiso("crosswalk", "--map", "vn-dti-922-to-1726", sample)
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
        let run = chiso("crosswalk", "--map", map, data)
        #expect(run.status == .ok, "\(run.error)")
        let lines = run.output.split(separator: "\n").map(String.init)
        let column = try #require(
            lines[0].split(separator: ",", omittingEmptySubsequences: false).firstIndex(of: "KTS.01"))
        let cell = { (line: String) in String(line.split(separator: ",", omittingEmptySubsequences: false)[column]) }
        #expect(cell(lines[1]) == "25")
        #expect(cell(lines[2]) == "" && cell(lines[3]) == "")
        #expect(run.error.contains("2 left missing because a source value was missing or could not be converted"))
        let coverage = chiso("crosswalk", "--map", map, data, "--coverage", "--format", "csv")
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
        let run = chiso("crosswalk", "--map", map, "--coverage")
        #expect(run.status == .dataError)
        for expected in [
            "x.crosswalk.json:3:11: error: mappings[0].to: \"CQS.1\" is not an input column of vn-2361-district; did you mean CQS.01?",
            "mappings[1].convert: the denominator column \"staff\" must be listed in \"columns\"",
            "mappings[2]: several source columns need \"aggregate\"",
            "mappings[3]: CQS.01 is a percent column and CQS.04 a yesNo one: give a conversion",
            "mappings[4].aggregat: unknown key",
            "unmapped[0].to: CQS.02 is mapped by mappings[1] and also listed as unmapped",
        ] {
            #expect(run.error.contains(expected), "\(expected)\n\(run.error)")
        }
    }

    @Test func unknownCrosswalk() {
        let run = chiso("crosswalk", "--map", "vn-dti-922-to-1762", "--coverage")
        #expect(run.status == .usage)
        #expect(run.error.contains("did you mean vn-dti-922-to-1726?"))
        let nothing = chiso("crosswalk", "--map", "vn-dti-922-to-1726")
        #expect(nothing.status == .usage)
    }
}
