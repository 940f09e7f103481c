import ChisoCore
import Foundation
import Testing

@testable import ChisoCLI
@testable import ChisoFormats
@testable import ChisoReports

/// Outputs say what made them — a `framework` column in every CSV, a `made_by` object in every JSON — and the
/// commands that read an output back refuse one made with another framework.
@Suite struct OutputOriginTests {
    static let dti = repository.appendingPathComponent("notebooks-data/sample-vn-dti-922-province.csv").path

    /// A map that merges U01 and U02 of the DTI sample into N1 and keeps the others.
    static func map() throws -> String {
        let ids = (1...63).map { String(format: "U%02d", $0) }
        return try temporaryFile(
            "map.csv",
            "old_unit,new_unit\n" + ids.map { "\($0),\($0 == "U01" || $0 == "U02" ? "N1" : $0)\n" }.joined())
    }

    /// The `framework` column of a CSV output, header first (the last column, but for columns passed through after
    /// it: `--extra-columns keep`, regroup's `partial`).
    static func lastColumn(_ csv: String) -> [String] {
        let records = CSVReader.read(Array(csv.utf8), file: "out").records
        guard let position = records.first?.fields.firstIndex(of: "framework") else { return [] }
        return records.map { position < $0.fields.count ? $0.fields[position] : "" }
    }

    /// Every CSV output of a run ends with the framework's column, on every row.
    @Test func everyCSVOutputNamesItsFramework() throws {
        let costs = try PlanRoundTripTests.costs(for: "vn-2361-commune")
        let commune = ["--framework", "vn-2361-commune", communes, "--format", "csv"]
        let runs: [[String]] = [
            ["score"] + commune,
            ["gap"] + commune,
            ["plan"] + commune + ["--costs", costs, "--target", "next"],
            ["plan"] + commune + ["--costs", costs, "--target", "next", "--summary"],
            ["whatif"] + commune + ["--unit", "H04-X02", "--set", "CQS.11=60"],
            ["uncertainty"] + commune + ["--noise-absolute", "3", "--runs", "50"],
            [
                "sensitivity", "--framework", "vn-dti-922-province", Self.dti, "--format", "csv", "--noise-relative",
                "0.05", "--samples", "40", "--bootstrap", "10",
            ],
            [
                "regroup", "--map", try Self.map(), "--framework", "vn-dti-922-province", Self.dti, "--format", "csv",
            ],
        ]
        for arguments in runs {
            let run = chiso(arguments)
            #expect(run.status == .ok, "\(arguments[0]): \(run.error)")
            let column = Self.lastColumn(run.output)
            #expect(column.first == "framework", "\(arguments)")
            #expect(column.count > 1, "\(arguments)")
            let framework = arguments[arguments.firstIndex(of: "--framework")! + 1]
            #expect(column.dropFirst().allSatisfy { $0 == framework }, "\(arguments)")
        }
    }

    /// JSON outputs name the framework, chiso's version and the parameters that made them.
    @Test func jsonOutputsSayWhatMadeThem() throws {
        let costs = try PlanRoundTripTests.costs(for: "vn-2361-commune")
        let plan = chiso(
            "plan", "--framework", "vn-2361-commune", communes, "--costs", costs, "--target", "next", "--budget",
            "500", "--objective", "levels-gained", "--format", "json")
        let planJSON = try #require(
            try JSONSerialization.jsonObject(with: Data(plan.output.utf8)) as? [String: Any])
        let madeBy = try #require(planJSON["made_by"] as? [String: Any])
        #expect(madeBy["framework"] as? String == "vn-2361-commune")
        #expect(madeBy["chiso_version"] as? String == OutputOrigin.version)
        let parameters = try #require(madeBy["parameters"] as? [String: String])
        #expect(parameters == ["target": "next", "budget": "500", "objective": "levels-gained"])
        let uncertainty = chiso(
            "uncertainty", "--framework", "vn-2361-commune", communes, "--noise-absolute", "3", "--runs", "50",
            "--seed", "9", "--format", "json")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(uncertainty.output.utf8)) as? [String: Any])
        let made = try #require((root["made_by"] as? [String: Any])?["parameters"] as? [String: String])
        #expect(made["seed"] == "9")
        #expect(made["runs"] == "50")
        #expect(made.keys.contains { $0.hasPrefix("noise") })
        let score = chiso("score", "--framework", "vn-2361-commune", communes, "--format", "json")
        let scored = try #require(try JSONSerialization.jsonObject(with: Data(score.output.utf8)) as? [String: Any])
        #expect((scored["made_by"] as? [String: Any])?["chiso_version"] as? String == OutputOrigin.version)
    }

    /// Two DTI 922 score outputs compared as Huế's: refused by their framework column, and, for files written
    /// before the column, because no row has a tier.
    @Test func compareRefusesAnotherFrameworksOutput() throws {
        let score = chiso("score", "--framework", "vn-dti-922-province", Self.dti, "--format", "csv").output
        let a = try temporaryFile("score-2022.csv", score)
        let b = try temporaryFile("score-2023.csv", score)
        let run = chisoInEnglish("compare", a, b, "--framework", "vn-hue-3043")
        #expect(run.status == .dataError)
        #expect(
            run.error.contains(
                "this score output was made with the framework vn-dti-922-province, but this run uses vn-hue-3043"))
        // The same outputs without the column, as older versions wrote them.
        let stripped = CSVReader.read(Array(score.utf8), file: "s").records.map {
            $0.fields.dropLast().map(CSVWriter.field).joined(separator: ",") + "\n"
        }.joined()
        let old = try temporaryFile("old.csv", stripped)
        let older = chisoInEnglish("compare", old, old, "--framework", "vn-hue-3043")
        #expect(older.status == .dataError)
        #expect(older.error.contains("no row has a tier, but vn-hue-3043 has tiers"))
        #expect(chiso("compare", a, b, "--framework", "vn-dti-922-province").status == .ok)
    }

    /// A data file written by a run (regroup --data-only, crosswalk) names its framework; scored with another, it is
    /// refused, and so is a scenario made for another framework.
    @Test func dataAndScenariosNamingAnotherFrameworkAreRefused() throws {
        let hue = try temporaryFile(
            "hue.csv", chiso("sample", "--framework", "vn-hue-3043", "--units", "4", "--seed", "4").output)
        let map = try temporaryFile("map.csv", "old_unit,new_unit\nU1,N1\nU2,N1\nU3,N2\nU4,N2\n")
        let regrouped = chiso("regroup", "--map", map, "--framework", "vn-hue-3043", hue, "--data-only")
        #expect(regrouped.status == .ok, "\(regrouped.error)")
        let data = try temporaryFile("merged.csv", regrouped.output)
        #expect(chiso("score", "--framework", "vn-hue-3043", data).status == .ok)
        let refused = chisoInEnglish("score", "--framework", "vn-hue-3043-strict", data)
        #expect(refused.status == .dataError)
        #expect(refused.error.contains("this file was made with the framework vn-hue-3043, but this run uses"))
        let scenario = try temporaryFile(
            "s.csv", "unit_id,criterion,value,framework\nH04-X02,CQS.11,60,vn-2361-district\n")
        let whatif = chisoInEnglish("whatif", "--framework", "vn-2361-commune", communes, "--scenario", scenario)
        #expect(whatif.status == .dataError)
        #expect(whatif.error.contains("the scenario was made with the framework vn-2361-district"))
    }

    /// `report --plan` and `--uncertainty` refuse a file made with another framework, or for units the data does
    /// not hold.
    @Test func reportRefusesAnalysesOfAnotherFrameworkOrOtherUnits() throws {
        let hue = try temporaryFile(
            "hue.csv", chiso("sample", "--framework", "vn-hue-3043", "--units", "20", "--seed", "4").output)
        let costs = try PlanRoundTripTests.costs(for: "vn-hue-3043")
        let plan = chiso(
            "plan", "--framework", "vn-hue-3043", hue, "--costs", costs, "--target", "next", "--format", "csv",
            "--summary")
        let file = try temporaryFile("plan.csv", plan.output)
        #expect(chiso("report", "--framework", "vn-hue-3043", hue, "--plan", file).status == .ok)
        let other = chisoInEnglish("report", "--framework", "vn-hue-3043-strict", hue, "--plan", file)
        #expect(other.status == .dataError)
        #expect(other.error.contains("the plan was made with the framework vn-hue-3043, but this run uses"))
        let strangers = try temporaryFile(
            "plan.csv", "unit_id,current,target,reachable,total_cost,reason\nZZ-1,1,2,yes,10,\n")
        let run = chisoInEnglish("report", "--framework", "vn-2361-commune", communes, "--plan", strangers)
        #expect(run.status == .dataError)
        #expect(run.error.contains("the plan names 1 unit that"))
        #expect(run.error.contains("does not hold: ZZ-1"))
    }

    /// The report's comparison runs from the earlier year to the later, whichever file the report is on: a unit that
    /// fell is listed as fallen.
    @Test func reportComparisonRunsForwardInTime() throws {
        let text = try String(contentsOfFile: Self.dti, encoding: .utf8)
        var (records, _) = CSVReader.read(Array(text.utf8), file: "d")
        let year = try #require(records[0].fields.firstIndex(of: "year"))
        func file(_ name: String, _ value: String, scale: Double) throws -> String {
            var rows = records
            for index in rows.indices.dropFirst() {
                rows[index].fields[year] = value
            }
            // U01's values scaled, so that its rank moves between the years.
            let first = rows[1].fields.indices.filter { $0 > year }
            for column in first {
                if let number = Double(rows[1].fields[column]) {
                    rows[1].fields[column] = NumberText.shortest(min(number * scale, 1))
                }
            }
            return try temporaryFile(
                name, rows.map { $0.fields.map(CSVWriter.field).joined(separator: ",") + "\n" }.joined())
        }
        records = CSVReader.read(Array(text.utf8), file: "d").records
        let earlier = try file("dti-2022.csv", "2022", scale: 1.6)
        let later = try file("dti-2023.csv", "2023", scale: 1)
        let report = chiso(
            "report", "--framework", "vn-dti-922-province", later, "--compare", earlier, "--lang", "en")
        #expect(report.status == .ok, "\(report.error)")
        #expect(report.output.contains("2022 → 2023"))
        #expect(!report.output.contains("2023 → 2022"))
        #expect(report.error.contains("the sides are compared in the order of their years, 2022 → 2023"))
    }
}
