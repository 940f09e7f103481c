import ChisoCLI
import ChisoCore
import ChisoFormats
import ChisoReports
import Foundation
import Testing

/// Issue 17, class 7: `gap`, `plan` and `whatif` on a framework without tiers (the provincial DTI) say so, and
/// `gap` and `plan` take an index target.
@Suite struct IndexTargetCommandTests {
    static let dti = repository.appendingPathComponent("notebooks-data/sample-vn-dti-922-province.csv").path

    static func costs() throws -> String {
        try temporaryFile(
            "costs.csv",
            "unit_id,criterion,per_point,fixed,max\n,NT,1000,0,\n,TC,2000,0,\n,HT,1500,50,\n,NL,800,0,\n,AT,1200,0,\n"
                + ",HD.CQS,900,0,\n,HD.KTS,900,0,\n,HD.XHS,900,0,\n")
    }

    @Test(arguments: [
        (
            ["gap"],
            "vn-dti-922-province has no tiers, so there is no next class to aim at: give an index from 0 to 1 such as --target 0.70 (the index is the total over 1000)"
        ),
        (["gap", "--target", "Mức I"], "has no tiers, so there is no class to aim at (\"Mức I\")"),
        (
            ["gap", "--target", "70"],
            "an index target is from 0 to 1 (the index is the total over 1000); got 70; did you mean 0.7?"
        ),
        (["plan", "--target", "next"], "has no tiers, so there is no next class to aim at"),
        (["plan", "--target", "2"], "an index target is from 0 to 1"),
    ])
    func classTargetsOfAFrameworkWithoutTiersAreUsageErrors(arguments: [String], message: String) throws {
        let costs = arguments[0] == "plan" ? ["--costs", try Self.costs()] : []
        let run = chisoInEnglish(arguments + ["--framework", "vn-dti-922-province", Self.dti] + costs)
        #expect(run.status == .usage)
        #expect(run.error.contains(message), "\(run.error)")
    }

    @Test func anIndexTargetOnAFrameworkWithoutAnIndexIsAUsageError() {
        let run = chisoInEnglish("gap", "--framework", "vn-2361-commune", communes, "--target", "0.7")
        #expect(run.status == .usage)
        #expect(run.error.contains("\"0.7\" is an index target, and vn-2361-commune computes no index"), "\(run.error)")
    }

    @Test func gapToAnIndexListsTheUnitsBelowIt() throws {
        let run = chiso("gap", "--framework", "vn-dti-922-province", Self.dti, "--target", "0.70", "--format", "csv")
        #expect(run.status == .ok, "\(run.error)")
        let scoring = try ScoringRun.run(framework: "vn-dti-922-province", data: Self.dti)
        let below = Set(scoring.results.filter { ($0.pointDetail?.index ?? 1) < 0.7 }.map(\.unit.id))
        #expect(!below.isEmpty && below.count < scoring.results.count)
        let (records, _) = CSVReader.read(Array(run.output.utf8), file: "gap")
        let rows = records.dropFirst().map(\.fields)
        let totals = rows.filter { $0[6] == "total" }
        #expect(Set(totals.map { $0[0] }) == below)
        #expect(Set(rows.map { $0[0] }) == below)
        for row in totals {
            #expect(row[1] == "chỉ số ≥ 0.7")
            #expect(row[4] == "700")
            let unit = try #require(scoring.results.first { $0.unit.id == row[0] })
            let total = try #require(unit.pointDetail?.total)
            #expect(abs((Double(row[5]) ?? 0) - (700 - total)) < 0.006)
        }
        let everyone = chiso("gap", "--framework", "vn-dti-922-province", Self.dti, "--target", "0", "--lang", "en")
        #expect(everyone.output == "No gaps: every unit asked about already reaches the target.\n")
    }

    /// Each unit's plan, applied, raises its index to the target; units already there need nothing.
    @Test func planToAnIndexReachesIt() throws {
        let run = try PlanRun.run(
            framework: "vn-dti-922-province", data: Self.dti, costs: try Self.costs(), target: "0.70")
        let scheme = run.scoring.framework.scheme
        #expect(run.plans.count == run.scoring.results.count)
        for (plan, result) in zip(run.plans, run.scoring.results) {
            let before = try #require(result.pointDetail?.index)
            if before >= 0.7 {
                #expect(plan.outcome.cost == 0, "\(plan.unit.id)")
                continue
            }
            guard case .plan(let changes, let cost, _) = plan.outcome else {
                Issue.record("\(plan.unit.id): \(plan.outcome)")
                continue
            }
            #expect(cost > 0)
            var values = result.values
            for change in changes { values[change.measure] = change.to }
            let after = scheme.score(Assessment(unit: result.unit, values: values), subordinates: nil)
            #expect((after.pointDetail?.index ?? 0) >= 0.7 - 1e-9, "\(plan.unit.id)")
        }
        let table = chiso(
            "plan", "--framework", "vn-dti-922-province", Self.dti, "--costs", try Self.costs(), "--target", "0.70")
        #expect(table.status == .ok)
        #expect(table.output.contains("U01        Đơn vị Minh Họa 1   chỉ số < 0,7  chỉ số ≥ 0,7"), "\(table.output)")
    }

    @Test func whatifWithoutTiersShowsIndexAndRankNotAClass() {
        let run = chiso(
            "whatif", "--framework", "vn-dti-922-province", Self.dti, "--unit", "U01", "--set", "NT=0.9", "--lang", "en"
        )
        #expect(run.status == .ok)
        #expect(!run.output.contains("Không xếp hạng"))
        #expect(
            run.output.hasPrefix("unit_id  unit_name             index            score            rank\n"),
            "\(run.output)")
        #expect(run.output.contains("U01      Đơn vị Minh Họa 1     0.4476 → 0.4948  447.62 → 494.8   48 → 44"))
        #expect(run.output.contains("vn-dti-922-province has no tiers: the index and rank are shown, and no class."))
        let csv = chiso(
            "whatif", "--framework", "vn-dti-922-province", Self.dti, "--unit", "U01", "--set", "NT=0.9", "--format",
            "csv")
        #expect(
            csv.output.contains("\nU01,no,,,447.62,494.8,0.4476,0.4948,48,44,vn-dti-922-province\n"), "\(csv.output)")
    }
}
