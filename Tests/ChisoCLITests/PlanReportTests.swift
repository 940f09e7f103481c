import ChisoCore
import Foundation
import Testing

@testable import ChisoCLI
@testable import ChisoFormats
@testable import ChisoReports

/// What a plan's outputs say.
@Suite struct PlanReportTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The department sample planned to its next tier, with every criterion costing 1 a unit and 5 to start.
    static func run() throws -> PlanRun {
        let data = repository.appendingPathComponent("notebooks-data/sample-example-province-department.csv").path
        let header = try String(contentsOfFile: data, encoding: .utf8).prefix { $0 != "\n" }
        let criteria = header.split(separator: ",").dropFirst(5)
        let costs = try Support.temporaryDirectory().appendingPathComponent("costs.csv")
        try Data(("unit_id,criterion,per_point,fixed,max\n" + criteria.map { ",\($0),1,5,\n" }.joined()).utf8)
            .write(to: costs)
        return try PlanRun.run(
            framework: "example-province-department", data: data, costs: costs.path, target: "next", unit: "U01")
    }

    /// A plan the planner could not prove the cheapest says so in every format: the summary's reason, the table's
    /// changes and closing sentence, and JSON's `optimal`.
    @Test func aPlanNotProvedTheCheapestSaysSo() throws {
        var run = try Self.run()
        let plan = try #require(run.plans.first)
        guard case .plan(let changes, let cost, let reaches) = plan.outcome else {
            Issue.record("\(plan.outcome)")
            return
        }
        #expect(PlanReport.render(run, format: .json).contains("\"optimal\": true"))
        #expect(
            PlanReport.render(run, format: .table, language: .en).contains(
                "Each plan is the cheapest there is (exact search).\n"))
        run.plans[0].outcome = .bestFound(changes: changes, cost: cost, reaches: reaches)
        let summary = PlanReport.render(run, format: .csv, summary: true)
        #expect(
            summary.contains(
                ",yes,\(PlanReport.money(cost)),\(changes.count),\(CSVWriter.field(PlanReport.unprovedNote)),example-province-department\n"
            ),
            "\(summary)")
        let changeCSV = PlanReport.render(run, format: .csv)
        #expect(changeCSV.hasPrefix("unit_id,criterion,from,to,cost,proved,framework\n"), "\(changeCSV)")
        #expect(
            changeCSV.split(separator: "\n").dropFirst().allSatisfy { $0.hasSuffix(",no,example-province-department") })
        let table = PlanReport.render(run, format: .table, language: .en)
        #expect(table.contains("may not be the cheapest: "), "\(table)")
        #expect(table.contains("except 1 plan the search could not prove the cheapest"), "\(table)")
        let json = PlanReport.render(run, format: .json)
        #expect(json.contains("\"optimal\": false"), "\(json)")
        #expect(json.contains(PlanReport.unprovedNote))
    }
}
