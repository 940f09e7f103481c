import ChisoCLI
import ChisoFormats
import ChisoReports
import Foundation
import Testing

/// `chiso uncertainty` from the command line.
@Suite struct UncertaintyCommandTests {
    @Test func tidyCSVAndTheSameResultOnAnyNumberOfThreads() {
        let arguments = [
            "uncertainty", "--framework", "vn-2361-commune", communes, "--noise-absolute", "3", "--flip", "0.05",
            "--runs", "100", "--seed", "7", "--margin", "5", "--format", "csv",
        ]
        let one = chiso(arguments + ["--threads", "1"])
        let four = chiso(arguments + ["--threads", "4"])
        #expect(one.status == .ok, "\(one.error)")
        #expect(one.output == four.output)
        let lines = one.output.split(separator: "\n").map(String.init)
        #expect(lines[0] == "unit_id,statistic,value,framework")
        for statistic in [
            "nominal_class", "nominal_rank", "mean_rank", "median_rank", "rank_p05", "rank_p95", "p_class_0",
        ] {
            #expect(lines.contains { $0.hasPrefix("H01-X01,\(statistic),") }, "\(statistic)")
        }
        #expect(lines.contains { $0.hasPrefix("H01-X01,p_registered,") })
        #expect(lines.contains { $0.hasPrefix("H01-X01,binding:") })
        #expect(lines.contains { $0.contains(",near:") })
        let other = chiso(arguments.map { $0 == "7" ? "8" : $0 })
        #expect(other.output != one.output)
    }

    @Test func aSpecFileWithWeightsAndAlternativeReadings() throws {
        let data = try temporaryFile("hue.csv", chiso("sample", "--framework", "vn-hue-3043", "--units", "8").output)
        let spec = try temporaryFile(
            "spec.json",
            """
            {
              // comments are allowed
              "noise": [{"columns": "*", "relative": 0.05}],
              "weights": {"levels": [0], "amplitude": 0.2},
              "frameworks": ["vn-hue-3043", "vn-hue-3043-strict"],
            }
            """)
        let run = chiso(
            "uncertainty", "--framework", "vn-hue-3043", data, "--spec", spec, "--runs", "200",
            "--lang", "en")
        #expect(run.status == .ok, "\(run.error)")
        #expect(run.output.contains("200 runs, seed 1; ranks exact."))
    }

    @Test func everyProblemOfASpecAtOnce() throws {
        let spec = try temporaryFile(
            "bad.json",
            """
            {"noise": [{"columns": ["CQS.1"], "absolute": 2}, {"group": "CQS", "flip": 1.5}, {"columns": "*"}],
             "weights": {"amplitude": 0.2}, "frameworks": ["vn-2361-district"], "misssing": []}
            """)
        let run = chisoInEnglish("uncertainty", "--framework", "vn-2361-commune", communes, "--spec", spec)
        #expect(run.status == .dataError)
        for expected in [
            "bad.json:1:25: error: noise[0].columns[0]: \"CQS.1\" is not a column of vn-2361-commune; did you mean CQS.01?",
            "noise[1].flip: expected a number from 0 to 1",
            "noise[2]: give an amount",
            "weights: vn-2361-commune has no weights to vary",
            "frameworks[0]: vn-2361-district reads other columns than vn-2361-commune",
            "misssing: unknown key",
        ] {
            #expect(run.error.contains(expected), "\(expected)\n\(run.error)")
        }
    }

    @Test(arguments: [
        (["--runs", "10"], "nothing is uncertain"),
        (["--weights", "0.2"], "--weights varies the points of nodes, and vn-2361-commune has none"),
        (["--flip", "2"], "--flip takes a number from 0 to 1"),
        (["--flip", "0.1", "--missing", "average"], "--missing takes zero, columnMean or groupMean"),
    ])
    func usageErrors(options: [String], message: String) {
        let run = chisoInEnglish(["uncertainty", "--framework", "vn-2361-commune", communes] + options)
        #expect(run.status == .usage)
        #expect(run.error.contains(message), "\(run.error)")
    }

    @Test func districtsCarryTheirCommunesUncertainty() {
        let run = chiso(
            "uncertainty", "--framework", "vn-2361-district", districts, "--children", communes, "--flip", "0.05",
            "--runs", "100", "--format", "csv")
        #expect(run.status == .ok, "\(run.error)")
        #expect(run.output.contains("H01,p_class_0,"))
    }
}

/// `chiso sensitivity` from the command line.
@Suite struct SensitivityCommandTests {
    @Test func sobolIndicesWeightSweepAndLeaveOneOut() throws {
        let data = try temporaryFile("hue.csv", chiso("sample", "--framework", "vn-hue-3043", "--units", "12").output)
        let run = chiso(
            "sensitivity", "--framework", "vn-hue-3043", data, "--noise-relative", "0.05", "--weights", "0.2",
            "--samples", "200", "--bootstrap", "50", "--format", "csv")
        #expect(run.status == .ok, "\(run.error)")
        let lines = run.output.split(separator: "\n").map(String.init)
        #expect(lines[0] == "analysis,input,statistic,value,low,high,framework")
        for input in ["data", "weights (level 0)"] {
            #expect(lines.contains { $0.hasPrefix("sobol,\(input),first,") }, "\(input)")
            #expect(lines.contains { $0.hasPrefix("sobol,\(input),total,") }, "\(input)")
        }
        #expect(lines.contains { $0.hasPrefix("weight +0.1,NT,mean_abs_rank_shift,") })
        #expect(lines.contains { $0.hasPrefix("leave-one-out,HD,max_rank_shift,") })
        let again = chiso(
            "sensitivity", "--framework", "vn-hue-3043", data, "--noise-relative", "0.05", "--weights", "0.2",
            "--samples", "200", "--bootstrap", "50", "--format", "csv", "--threads", "1")
        #expect(again.output == run.output)
    }

    /// A province's own index, from its framework file alone: both commands run on its bundled sample.
    @Test func aCustomFrameworkFromItsFileAlone() {
        let data = repository.appendingPathComponent("notebooks-data/sample-example-province-department.csv").path
        let framework = repository.appendingPathComponent("frameworks/example-province-department.json").path
        let uncertainty = chiso(
            "uncertainty", "--framework", framework, data, "--noise-relative", "0.05", "--weights", "0.2", "--runs",
            "200", "--format", "csv")
        #expect(uncertainty.status == .ok, "\(uncertainty.error)")
        #expect(uncertainty.output.contains("\nU04,p_class_3,1,example-province-department\n"))
        #expect(uncertainty.output.contains("\nU09,rank_p95,"))
        let sensitivity = chiso(
            "sensitivity", "--framework", framework, data, "--noise-relative", "0.05", "--weights", "0.2",
            "--samples", "100", "--bootstrap", "20", "--format", "csv")
        #expect(sensitivity.status == .ok, "\(sensitivity.error)")
        #expect(sensitivity.output.contains("\nsobol,weights (level 1),total,"))
        #expect(sensitivity.output.contains("\nleave-one-out,NT,mean_abs_rank_shift,"))
    }

    @Test func levelFrameworksHaveNoWeightsToSweep() {
        let run = chiso(
            "sensitivity", "--framework", "vn-2361-commune", communes, "--flip", "0.05", "--noise-absolute", "3",
            "--missing", "zero,columnMean", "--samples", "50", "--bootstrap", "20", "--target", "class-change",
            "--lang", "en")
        #expect(run.status == .ok, "\(run.error)")
        #expect(run.output.contains("Sobol indices of class-change"))
        #expect(!run.output.contains("Weights of the top-level nodes"))
    }

    @Test func anUnknownTargetIsAUsageError() {
        let run = chisoInEnglish(
            "sensitivity", "--framework", "vn-2361-commune", communes, "--flip", "0.05", "--target", "H01-X1")
        #expect(run.status == .usage)
        #expect(run.error.contains("did you mean H01-X01?"))
    }
}

/// Both commands on a framework of one's own, from `frameworks new`.
@Suite struct UncertaintyOnACustomFrameworkTests {
    @Test func uncertaintyAndSensitivity() throws {
        let directory = URL(fileURLWithPath: try temporaryFile("placeholder", "")).deletingLastPathComponent().path
        let framework = directory + "/mine.json"
        #expect(chiso("frameworks", "new", "--scheme", "points", "--output", framework).status == .ok)
        let data = directory + "/units.csv"
        #expect(chiso("sample", "--framework", framework, "--units", "15", "--output", data).status == .ok)
        let spec = try temporaryFile(
            "spec.json",
            #"{"noise": [{"group": "HT", "relative": 0.1, "name": "infrastructure"}], "weights": {"amplitude": 0.2}}"#)
        let uncertainty = chiso("uncertainty", "--framework", framework, data, "--spec", spec, "--runs", "200")
        #expect(uncertainty.status == .ok, "\(uncertainty.error)")
        let sensitivity = chiso(
            "sensitivity", "--framework", framework, data, "--spec", spec, "--samples", "100", "--format", "csv")
        #expect(sensitivity.status == .ok, "\(sensitivity.error)")
        #expect(sensitivity.output.contains("sobol,infrastructure,first,"))
        #expect(sensitivity.output.contains("sobol,weights (level 1),total,"))
    }
}

/// The README's example spec runs as written, on the framework it is for.
@Suite struct ReadmeSpecTests {
    @Test func theReadmeSpecRunsAsWritten() throws {
        let readme = try String(contentsOf: repository.appendingPathComponent("README.md"), encoding: .utf8)
        let start = try #require(readme.range(of: "```json\n{\n  \"noise\""))
        let end = try #require(readme.range(of: "```", range: start.upperBound..<readme.endIndex))
        let spec = try temporaryFile(
            "spec.json", String(readme[readme.index(start.lowerBound, offsetBy: 8)..<end.lowerBound]))
        let data = try temporaryFile(
            "hue.csv", chiso("sample", "--framework", "vn-hue-3043", "--units", "20", "--seed", "5").output)
        let run = chiso(
            "uncertainty", "--framework", "vn-hue-3043", data, "--spec", spec, "--runs", "100", "--format", "csv")
        #expect(run.status == .ok, "\(run.error)")
    }
}
