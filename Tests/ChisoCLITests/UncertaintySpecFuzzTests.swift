import ChisoCore
import Foundation
import Testing

@testable import ChisoCLI
@testable import ChisoFormats
@testable import ChisoReports

/// Issue 17: fuzzing extended to uncertainty specs. Seeded random damage to valid specs, run through `uncertainty`:
/// every run ends with a sysexits status, a refusal names the spec, and an accepted spec gives each unit class
/// probabilities that add up to 1 — no run counted outside the nominal framework's classes.
@Suite struct UncertaintySpecFuzzTests {
    static let specs: [(framework: String, spec: String)] = [
        (
            "vn-hue-3043",
            """
            {
              // every kind of entry a point framework takes
              "noise": [{"columns": ["NT", "TC"], "absolute": 0.5, "name": "self-reported"},
                        {"group": "HT", "relative": 0.05, "distribution": "normal"}],
              "missing": ["zero", "columnMean", "groupMean"],
              "weights": {"levels": [0], "amplitude": 0.2},
              "frameworks": ["vn-hue-3043", "vn-hue-3043-strict"],
            }
            """
        ),
        (
            "vn-2361-commune",
            """
            {"noise": [{"columns": "*", "flip": 0.05}, {"columns": "*", "countStep": 1},
                       {"columns": ["CQS.01", "CQS.02"], "absolute": 3}],
             "missing": ["zero", "columnMean"]}
            """
        ),
    ]

    @Test func damagedSpecsNeverCrashAndNeverMixClasses() throws {
        let folder = try FuzzTests.directory()
        let hue = try FuzzTests.write(
            Array(chiso("sample", "--framework", "vn-hue-3043", "--units", "10").output.utf8), "hue.csv", in: folder)
        var random = SplitMix64(seed: 6017)
        for (framework, spec) in Self.specs {
            let data = framework == "vn-hue-3043" ? hue : communes
            let classes = try FrameworkCatalog.load(framework).0.scheme.classes.count
            for round in 0..<40 {
                let bytes = round == 0 ? Array(spec.utf8) : FuzzTests.damaged(spec, using: &random)
                let file = try FuzzTests.write(bytes, "\(framework)-\(round).json", in: folder)
                let run = chiso(
                    "uncertainty", "--framework", framework, data, "--spec", file, "--runs", "16", "--threads", "2",
                    "--format", "csv")
                #expect(FuzzTests.allowed.contains(run.status), "\(file): \(run.status) \(run.error)")
                if round == 0 { #expect(run.status == .ok, "\(run.error)") }
                guard run.status == .ok else {
                    #expect(run.error.contains(file) || run.error.contains("--"), "\(run.error)")
                    continue
                }
                var sums: [String: Double] = [:]
                for line in run.output.split(separator: "\n").dropFirst() {
                    let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
                    guard fields.count == 4, fields[1].hasPrefix("p_class_") else { continue }
                    #expect((Int(fields[1].dropFirst("p_class_".count)) ?? 99) <= classes)
                    sums[fields[0], default: 0] += Double(fields[2]) ?? -1
                }
                #expect(!sums.isEmpty)
                for (unit, sum) in sums { #expect(abs(sum - 1) < 0.001, "\(file) \(unit): \(sum)") }
            }
        }
    }
}
