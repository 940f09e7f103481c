import ChisoCore
import Foundation
import Testing

@testable import ChisoCLI
@testable import ChisoFormats
@testable import ChisoReports

/// Issue 17: a spec whose entries would silently replace one another, or that varies nothing once the data are
/// known, is refused or said in the output — never run as if it varied what it names.
@Suite struct UncertaintySpecRefusalTests {
    static let dti = repository.appendingPathComponent("notebooks-data/sample-vn-dti-922-province.csv").path

    /// Two units of vn-dti-922-province: NT missing for both, TC 0 for both, the rest varying.
    static func ratios() throws -> String {
        try temporaryFile(
            "ratios.csv",
            "unit_id,NT,TC,HT,NL,AT,DT,HD.CQS,HD.KTS,HD.XHS\nA,,0,0.5,0.5,0.5,0.5,0.5,0.5,0.5\n"
                + "B,,0,0.6,0.4,0.5,0.5,0.5,0.5,0.5\n")
    }

    static func provinceDistrict() throws -> String {
        try temporaryFile(
            "epd.csv", chiso("sample", "--framework", "example-province-district", "--units", "15").output)
    }

    /// Each entry draws around the nominal value, so the second entry's draws replaced the first's: ±0.3 on NT
    /// gave an index sd of 0.0002, as if only ±0.001 were given.
    @Test(arguments: ["uncertainty", "sensitivity"])
    func aColumnInTwoNoiseEntriesIsRefused(command: String) throws {
        let spec = try temporaryFile(
            "spec.json",
            """
            {"noise": [
              {"columns": ["NT"], "absolute": 0.3, "name": "survey"},
              {"columns": ["TC", "NT"], "absolute": 0.001}
            ]}
            """)
        let run = chisoInEnglish(command, "--framework", "vn-dti-922-province", Self.dti, "--spec", spec)
        #expect(run.status == .dataError)
        #expect(
            run.error.contains(
                "spec.json:3:3: error: noise[1]: NT is moved by noise[0] (\"survey\", line 2, column 3) and again by "
                    + "noise[1]: each entry draws around the nominal value, so only the last would count"),
            "\(run.error)")
        #expect(run.output.isEmpty)
    }

    /// A flip entry over every column moves the yes/no answers only: it neither clashes with nor undoes the
    /// numbers' noise (it drew them back to their nominal values).
    @Test func entriesOfOtherKindsOverTheSameColumnsDoNotClash() throws {
        let spec = try temporaryFile(
            "spec.json",
            """
            {"noise": [{"columns": ["NT"], "absolute": 0.3}, {"columns": "*", "flip": 0.1}]}
            """)
        let run = chiso(
            "uncertainty", "--framework", "vn-dti-922-province", Self.dti, "--spec", spec, "--runs", "200",
            "--format", "csv")
        #expect(run.status == .ok, "\(run.error)")
        let sd = run.output.split(separator: "\n").first { $0.hasPrefix("U01,index_sd,") }
        let value = try #require(sd.flatMap { Double($0.split(separator: ",")[2]) })
        #expect(value > 0.005, "\(sd ?? "")")
    }

    /// A command-line option adds its entry after the spec's: it would replace the entry's draws on the columns
    /// both move.
    @Test(arguments: [
        (["--noise-absolute", "0.1"], "--noise-absolute"),
        (["--noise-relative", "0.1", "--noise-absolute", "0.1"], "--noise-absolute and --noise-relative"),
    ])
    func aColumnInTheSpecAndAnOptionIsAUsageError(options: [String], option: String) throws {
        let spec = try temporaryFile("spec.json", "{\"noise\": [{\"columns\": [\"NT\"], \"absolute\": 0.3}]}")
        let run = chisoInEnglish(
            ["uncertainty", "--framework", "vn-dti-922-province", Self.dti, "--spec", spec] + options)
        #expect(run.status == .usage)
        #expect(
            run.error.contains("spec.json:1:12: error: noise[0]: NT is moved by this entry and by \(option)"),
            "\(run.error)")
        // An option that moves other columns (yes/no answers; vn-dti-922-province has none) does not clash.
        let flip = chisoInEnglish(
            "uncertainty", "--framework", "vn-dti-922-province", Self.dti, "--spec", spec, "--flip", "0.1", "--runs",
            "20", "--lang", "en")
        #expect(flip.status == .ok, "\(flip.error)")
        #expect(flip.output.contains("noise \"yes/no\" moves no unit's score: the framework has no column of a kind"))
    }

    /// `--noise-absolute` and `--count-step` both move counts: they make one entry, so neither undoes the other.
    @Test func countOptionsMakeOneEntryPerColumn() throws {
        var shorthands = UncertaintyRun.Shorthands()
        shorthands.absolute = 2
        shorthands.countStep = 1
        shorthands.flip = 0.1
        let (framework, _) = try FrameworkCatalog.load("vn-2361-commune")
        let measures = framework.scheme.measures
        let options = UncertaintyRun.noiseOptions(shorthands, measures: measures)
        var moved: [Int] = []
        for (_, noise) in options {
            moved += noise.measures.filter { noise.moves(measures[$0].kind) }
        }
        #expect(moved.count == Set(moved).count)
        let counts = try #require(options.first { $0.noise.name == "counts" })
        #expect(counts.noise.absolute == 2 && counts.noise.countStep == 1)
        #expect(counts.name == "count-step and --noise-absolute")
        #expect(!counts.noise.measures.isEmpty)
    }

    @Test func aFrameworkListedTwiceIsRefused() throws {
        let data = try temporaryFile(
            "hue.csv", chiso("sample", "--framework", "vn-hue-3043", "--units", "12").output)
        let twice = try temporaryFile("spec.json", "{\"frameworks\": [\"vn-hue-3043\", \"vn-hue-3043\"]}")
        let run = chisoInEnglish("uncertainty", "--framework", "vn-hue-3043", data, "--spec", twice)
        #expect(run.status == .dataError)
        #expect(
            run.error.contains(
                "frameworks[1]: vn-hue-3043 is listed twice (frameworks[0] and frameworks[1]): each run draws one "
                    + "of the frameworks"), "\(run.error)")
        // A copy under another ID scores as the original does.
        let copy = URL(fileURLWithPath: twice).deletingLastPathComponent().appendingPathComponent("copy.json")
        let text = try String(
            contentsOf: repository.appendingPathComponent("frameworks/vn-hue-3043.json"), encoding: .utf8)
        try Data(text.replacingOccurrences(of: "\"vn-hue-3043\"", with: "\"hue-copy\"").utf8).write(to: copy)
        try Data("{\"frameworks\": [\"vn-hue-3043\", \"copy.json\"]}".utf8).write(to: URL(fileURLWithPath: twice))
        let copied = chisoInEnglish("uncertainty", "--framework", "vn-hue-3043", data, "--spec", twice)
        #expect(copied.status == .dataError)
        #expect(
            copied.error.contains("frameworks[1]: hue-copy scores exactly as frameworks[0] (vn-hue-3043) does"),
            "\(copied.error)")
        // The nominal framework alone is no alternative.
        let alone = try temporaryFile("spec.json", "{\"frameworks\": [\"vn-hue-3043\"]}")
        let nominal = chisoInEnglish("uncertainty", "--framework", "vn-hue-3043", data, "--spec", alone)
        #expect(nominal.status == .dataError)
        #expect(nominal.error.contains("nothing varies from run to run"), "\(nominal.error)")
    }

    /// A noise entry that cannot move a score is refused when it is the only source of variation, with the reason.
    @Test(arguments: [
        ("{\"noise\": [{\"columns\": [\"NT\"], \"absolute\": 0.1}]}", "NT is missing for every unit"),
        (
            "{\"noise\": [{\"columns\": [\"TC\"], \"relative\": 0.1}]}",
            "TC is 0 for every unit, and relative noise moves 0 nowhere"
        ),
        (
            "{\"noise\": [{\"columns\": [\"NT\", \"TC\"], \"relative\": 0.1, \"name\": \"both\"}]}",
            "noise \"both\" moves no unit's score: NT is missing for every unit; TC is 0 for every unit"
        ),
        (
            "{\"noise\": [{\"columns\": [\"NT\"], \"absolute\": 0.1}], \"missing\": [\"zero\", \"columnMean\"]}",
            "NT is missing for every unit; the missing-value rules (zero, columnMean) read every value alike"
        ),
        (
            "{\"missing\": [\"zero\", \"columnMean\", \"groupMean\"]}",
            "(the missing-value rules (zero, columnMean, groupMean) read every value alike: no scored column is "
                + "missing for one unit and present for another"
        ),
    ])
    func noiseThatMovesNoScoreGivenTheDataIsRefused(spec text: String, reason: String) throws {
        let spec = try temporaryFile("spec.json", text)
        let data = try Self.ratios()
        for command in ["uncertainty", "sensitivity"] {
            let run = chisoInEnglish(command, "--framework", "vn-dti-922-province", data, "--spec", spec)
            #expect(run.status == .dataError, "\(command): \(run.error)")
            #expect(run.error.contains("nothing varies from run to run"), "\(run.error)")
            #expect(run.error.contains(reason), "\(run.error)")
        }
    }

    @Test(arguments: ["uncertainty", "sensitivity"])
    func noiseOnAnInformationOnlyColumnIsRefused(command: String) throws {
        let spec = try temporaryFile("spec.json", "{\"noise\": [{\"columns\": [\"TTC.01\"], \"absolute\": 5}]}")
        let run = chisoInEnglish(
            command, "--framework", "example-province-district", try Self.provinceDistrict(), "--spec", spec)
        #expect(run.status == .dataError)
        #expect(
            run.error.contains(
                "nothing varies from run to run: every run would give the same result and every probability 0% or "
                    + "100% (noise \"noise[0]\" moves no unit's score: TTC.01 is information-only: no score reads it)"),
            "\(run.error)")
    }

    /// Beside noise that moves scores, an entry that moves none is run and said: in the table, on stderr with CSV,
    /// and in JSON's notices.
    @Test(arguments: ["uncertainty", "sensitivity"])
    func noiseThatMovesNoScoreBesideNoiseThatDoesIsSaid(command: String) throws {
        let spec = try temporaryFile(
            "spec.json",
            """
            {"noise": [{"columns": ["TTC.01"], "absolute": 5, "name": "info"}, {"columns": ["HT"], "absolute": 1}]}
            """)
        let data = try Self.provinceDistrict()
        let notice = "noise \"info\" moves no unit's score: TTC.01 is information-only: no score reads it"
        let arguments = [command, "--framework", "example-province-district", data, "--spec", spec, "--lang", "en"]
        let runs = command == "uncertainty" ? ["--runs", "50"] : ["--samples", "64"]
        let table = chisoInEnglish(arguments + runs)
        #expect(table.status == .ok, "\(table.error)")
        #expect(table.output.contains("Notice: \(notice)."), "\(table.output)")
        let csv = chisoInEnglish(arguments + runs + ["--format", "csv"])
        #expect(csv.status == .ok)
        #expect(csv.error.contains("note: \(notice)"), "\(csv.error)")
        let json = chiso(arguments + runs + ["--format", "json"])
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        let notices = try #require(object["notices"] as? [String])
        #expect(notices.contains(notice), "\(notices)")
    }
}
