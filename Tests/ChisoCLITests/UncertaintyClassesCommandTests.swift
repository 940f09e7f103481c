import ChisoCLI
import ChisoFormats
import ChisoReports
import Foundation
import Testing

/// Issue 17, class 6: `uncertainty` and `sensitivity` never mix classes, never run on nothing, and say in their
/// output what the reader must know.
@Suite struct UncertaintyClassesCommandTests {
    static let dti = repository.appendingPathComponent("notebooks-data/sample-vn-dti-922-province.csv").path

    static func hueData() throws -> String {
        try temporaryFile("hue.csv", chiso("sample", "--framework", "vn-hue-3043", "--units", "12").output)
    }

    /// vn-hue-3043 with its lowest tier renamed: a tier the nominal framework does not have.
    static func renamedHue() throws -> String {
        let text = try String(
            contentsOf: repository.appendingPathComponent("frameworks/vn-hue-3043.json"), encoding: .utf8)
        let renamed = text.replacingOccurrences(of: "\"vn-hue-3043\"", with: "\"hue-renamed\"")
            .replacingOccurrences(of: "\"vi\": \"Mức IV\"", with: "\"vi\": \"Mức V\"")
            .replacingOccurrences(of: "\"en\": \"Tier IV\"", with: "\"en\": \"Tier V\"")
        #expect(renamed != text)
        return try temporaryFile("hue-renamed.json", renamed)
    }

    @Test func anAlternativeWithATierTheNominalLacksIsRefused() throws {
        // The alternative's file beside the spec, named as a spec names it.
        let renamed = URL(fileURLWithPath: try Self.renamedHue())
        let spec = renamed.deletingLastPathComponent().appendingPathComponent("spec.json").path
        try Data("{\"frameworks\": [\"vn-hue-3043\", \"hue-renamed.json\"]}".utf8).write(to: URL(fileURLWithPath: spec))
        let run = chisoInEnglish("uncertainty", "--framework", "vn-hue-3043", try Self.hueData(), "--spec", spec)
        #expect(run.status == .dataError)
        #expect(
            run.error.contains(
                "frameworks[1]: hue-renamed has a tier that vn-hue-3043 does not have (Mức V; vn-hue-3043 has Mức IV, "
                    + "Mức III, Mức II, Mức I)"), "\(run.error)")
        // The same tiers with other thresholds and floors are counted by name.
        let strict = try temporaryFile("strict.json", "{\"frameworks\": [\"vn-hue-3043\", \"vn-hue-3043-strict\"]}")
        let counted = chiso(
            "uncertainty", "--framework", "vn-hue-3043", try Self.hueData(), "--spec", strict, "--runs", "50")
        #expect(counted.status == .ok, "\(counted.error)")
    }

    /// Values are held in the nominal framework's column order: an alternative that lists the same columns in
    /// another order would read one column's value as another's, so it is refused; one that adds a node is
    /// counted, and the output says its node is not counted as binding.
    @Test func anAlternativeInAnotherColumnOrderIsRefused() throws {
        let url = repository.appendingPathComponent("frameworks/vn-hue-3043.json")
        var object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        var nodes = try #require(object["nodes"] as? [Any])
        nodes.swapAt(0, 1)
        object["nodes"] = nodes
        object["id"] = "hue-swapped"
        let swapped = try temporaryFile(
            "hue-swapped.json", String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self))
        let spec = URL(fileURLWithPath: swapped).deletingLastPathComponent().appendingPathComponent("spec.json").path
        try Data("{\"frameworks\": [\"vn-hue-3043\", \"hue-swapped\"]}".utf8).write(to: URL(fileURLWithPath: spec))
        let run = chisoInEnglish("uncertainty", "--framework", "vn-hue-3043", try Self.hueData(), "--spec", spec)
        #expect(run.status == .dataError)
        #expect(
            run.error.contains("frameworks[1]: hue-swapped reads the columns of vn-hue-3043 in another order"),
            "\(run.error)")
    }

    @Test func anAlternativeWithoutTiersIsRefused() throws {
        let spec = try temporaryFile(
            "spec.json",
            "{\"noise\": [{\"columns\": \"*\", \"absolute\": 0.05}], \"frameworks\": [\"vn-dti-922-province\", \"vn-dti-1726-province\"]}"
        )
        let run = chiso("uncertainty", "--framework", "vn-dti-922-province", Self.dti, "--spec", spec)
        #expect(run.status == .dataError)
        #expect(run.error.contains("frameworks[1]"), "\(run.error)")
    }

    @Test(arguments: [
        ("{}", ExitCode.dataError),
        ("{\"noise\": [{\"columns\": \"*\", \"absolute\": 0, \"relative\": 0}]}", ExitCode.dataError),
        ("{\"noise\": [{\"columns\": \"*\", \"flip\": 0.2}]}", ExitCode.dataError),  // no yes/no column
        ("{\"frameworks\": [\"vn-2361-commune\"]}", ExitCode.dataError),
        ("{\"missing\": [\"columnMean\"]}", ExitCode.dataError),
    ])
    func aSpecThatVariesNothingIsRefused(spec text: String, status: ExitCode) throws {
        let spec = try temporaryFile("spec.json", text)
        let data = try temporaryFile(
            "ratios.csv", "unit_id,NT,TC,HT,NL,AT,DT,HD.CQS,HD.KTS,HD.XHS\nA,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5\n")
        for command in ["uncertainty", "sensitivity"] {
            let framework = text.contains("2361") ? "vn-2361-commune" : "vn-dti-922-province"
            let run = chisoInEnglish(
                command, "--framework", framework, text.contains("2361") ? communes : data, "--spec", spec)
            #expect(run.status == status, "\(command) \(text): \(run.error)")
            #expect(run.error.contains("nothing varies from run to run"), "\(run.error)")
        }
    }

    @Test func zeroShorthandsAreAUsageError() {
        let run = chisoInEnglish("uncertainty", "--framework", "vn-2361-commune", communes, "--noise-absolute", "0")
        #expect(run.status == .usage)
        #expect(run.error.contains("nothing varies from run to run"))
    }

    /// More threads than cores add only memory: they are capped, with a note, and the result is the same.
    @Test func threadsBeyondTheCoresAreCappedWithANote() {
        let arguments = [
            "uncertainty", "--framework", "vn-2361-commune", communes, "--noise-absolute", "3", "--runs", "64",
            "--format", "csv", "--lang", "en",
        ]
        let many = chiso(arguments + ["--threads", "1024"])
        let one = chiso(arguments + ["--threads", "1"])
        #expect(many.status == .ok)
        #expect(many.output == one.output)
        let cores = ProcessInfo.processInfo.activeProcessorCount
        #expect(many.error.contains("note: --threads 1024 runs on \(cores) (this machine's cores)"), "\(many.error)")
        #expect(!one.error.contains("--threads"))
    }

    @Test func noiseWiderThanAColumnIsSaidInTheOutput() throws {
        let arguments = ["uncertainty", "--framework", "vn-dti-922-province", Self.dti, "--noise-absolute", "2"]
        let table = chisoInEnglish(arguments + ["--runs", "20"])
        #expect(table.status == .ok)
        #expect(
            table.output.contains(
                "Notice: noise \"data\" of ±2 is at least the whole range of NT, TC, HT, NL (+5 more) (0–1)"),
            "\(table.output)")
        let json = chiso(arguments + ["--runs", "20", "--format", "json"])
        #expect(json.output.contains("\"notices\": [\"noise \\\"data\\\" of ±2 is at least the whole range"))
        let csv = chisoInEnglish(arguments + ["--runs", "20", "--format", "csv"])
        #expect(csv.error.contains("note: noise \"data\" of ±2 is at least the whole range"))
        let sensible = chiso([
            "uncertainty", "--framework", "vn-dti-922-province", Self.dti, "--noise-absolute", "0.05",
        ])
        #expect(!sensible.output.contains("whole range"))
        let sensitivity = chiso(
            "sensitivity", "--framework", "vn-dti-922-province", Self.dti, "--noise-absolute", "2", "--samples", "20",
            "--lang", "en")
        #expect(sensitivity.output.contains("Notice: noise \"data\" of ±2 is at least the whole range"))
    }

    /// A design too small for its estimates (N = 10: first-order estimates below 0 and above 1) says so.
    @Test func aTooSmallSobolDesignAsksForMoreSamples() throws {
        let data = try temporaryFile(
            "hue.csv", chiso("sample", "--framework", "vn-hue-3043", "--units", "30").output)
        let arguments = [
            "sensitivity", "--framework", "vn-hue-3043", data, "--noise-relative", "0.05", "--weights", "0.25",
            "--samples", "10", "--lang", "en",
        ]
        let table = chiso(arguments)
        #expect(table.status == .ok)
        // One estimate or several, as the draw falls.
        #expect(
            table.output.contains("fall outside 0–1, where a share of the variance lies: N = 10 is too small")
                || table.output.contains("falls outside 0–1, where a share of the variance lies: N = 10 is too small"))
        #expect(table.output.contains("raise --samples (e.g. --samples 40)"), "\(table.output)")
        let csv = chisoInEnglish(arguments + ["--format", "csv"])
        #expect(csv.error.contains("note: the Sobol estimate"))
        let json = chiso(arguments + ["--format", "json"])
        #expect(json.output.contains("raise --samples"))
    }

    /// Issue 17, class 7: a framework without tiers reports ranks and index, not a class at 100%.
    @Test func aFrameworkWithoutTiersReportsRankAndIndexOnly() {
        let arguments = [
            "uncertainty", "--framework", "vn-dti-922-province", Self.dti, "--noise-absolute", "0.05", "--runs", "50",
            "--lang", "en",
        ]
        let csv = chisoInEnglish(arguments + ["--format", "csv"])
        #expect(csv.status == .ok)
        #expect(!csv.output.contains("p_class_") && !csv.output.contains("nominal_class"))
        #expect(csv.output.contains("U01,index_mean,") && csv.output.contains("U01,rank_p95,"))
        #expect(csv.error.contains("note: vn-dti-922-province has no tiers"))
        let table = chisoInEnglish(arguments)
        #expect(
            table.output.hasPrefix("unit_id   index  mean index      sd  rank  90% interval  mean rank\n"),
            "\(table.output)")
        #expect(!table.output.contains("Không xếp hạng") && !table.output.contains("100.0%"))
        #expect(table.output.contains("Notice: vn-dti-922-province has no tiers"))
        let changes = chisoInEnglish(
            "sensitivity", "--framework", "vn-dti-922-province", Self.dti, "--noise-absolute", "0.05",
            "--target", "class-change")
        #expect(changes.status == .usage)
        #expect(changes.error.contains("has no tiers, so no class can change"))
    }
}
