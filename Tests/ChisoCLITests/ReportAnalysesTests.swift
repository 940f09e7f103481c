import ChisoCLI
import ChisoCore
import ChisoFormats
import ChisoReports
import Foundation
import Testing

/// The parts of a report made from other analyses: a comparison (scored here), a plan and an uncertainty analysis
/// (read from the CSV outputs of `chiso plan` and `chiso uncertainty`).
@Suite struct ReportAnalysesTests {
    static let communes = HTMLReportTests.sample("sample-communes.csv")

    static func file(_ name: String, _ text: String) throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "chiso-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let url = directory.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    static func report(
        compare: [String] = [], plan: String? = nil, uncertainty: String? = nil, language: Language = .vi
    ) throws -> String {
        let (input, _) = try ReportRun.run(
            framework: "vn-2361-commune", data: communes, compare: compare, plan: plan, uncertainty: uncertainty,
            units: ["H01-X01"])
        var text = ""
        try HTMLReport.write(input, language: language) { (piece: String) throws(InputError) in text += piece }
        return text
    }

    static func part(_ id: String, of html: String) -> String {
        guard let start = html.range(of: "<section id=\"\(id)\"") else { return "" }
        let rest = html[start.lowerBound...]
        return String(rest[..<(rest.range(of: "</section>")?.upperBound ?? rest.endIndex)])
    }

    @Test func comparisonShowsAgreementAndASlopeChart() throws {
        let other = try Self.file(
            "other.csv", try String(contentsOfFile: Self.communes, encoding: .utf8))
        let html = try Self.report(compare: [other], language: .en)
        let part = Self.part("compare", of: html)
        #expect(part.contains("<h2 id=\"compare-heading\">Comparison</h2>"))
        #expect(part.contains("<th scope=\"row\">sample-communes.csv → other.csv</th><td class=\"num\">120</td>"))
        // The same data on both sides: perfect agreement, no unit moves.
        #expect(part.contains("<td>1.000 (p &lt; 0.001)</td><td>1.000 (p &lt; 0.001)</td><td>1.000</td><td>1.000</td>"))
        #expect(part.contains("<figure class=\"chart\" id=\"chart-slope-1\""))
        #expect(!part.contains("stroke-dasharray=\"4 3\""))
    }

    @Test func planSummaryGivesCostsAndWhatTheBudgetBuys() throws {
        let plan = try Self.file(
            "plan.csv",
            """
            unit_id,current,target,reachable,total_cost,reason,funded
            H01-X01,1,2,yes,3400,,yes
            H01-X02,1,2,yes,1200.5,,yes
            H01-X03,1,2,no,,CQS.14: no cost row for CQS.14,no

            """)
        let html = try Self.report(plan: plan)
        let part = Self.part("plan", of: html)
        #expect(part.contains("<h2 id=\"plan-heading\">Phương án và chi phí</h2>"))
        #expect(part.contains("<figure class=\"chart\" id=\"chart-plan-costs\""))
        #expect(part.contains("<text x=\"") && part.contains("class=\"value\">1.200,5</text>"))
        #expect(part.contains("<p>Được cấp kinh phí: 2 đơn vị, tổng chi phí 4.600,5.</p>"))
        // What the budget buys, step by step: the second unit funded brings the total to 4.600,5.
        #expect(
            part.contains(
                "<tr><th scope=\"row\" class=\"num\">2</th><td>H01-X01 Xã Minh Họa 1-1</td><td class=\"num\">3.400</td>"
                    + "<td class=\"num\">4.600,5</td></tr>"))
        #expect(part.contains("<td>CQS.14: no cost row for CQS.14</td>"))
    }

    @Test func planChangesAreSummedPerUnit() throws {
        let plan = try Self.file(
            "changes.csv",
            """
            unit_id,criterion,from,to,cost
            H01-X01,CQS.01,63,70,100
            H01-X01,CQS.02,28,60,600
            H01-X02,CQS.01,50,70,50

            """)
        let part = Self.part("plan", of: try Self.report(plan: plan, language: .en))
        #expect(part.contains("<td class=\"num\">700</td><td class=\"num\">2</td>"))
        #expect(part.contains("<tr><th scope=\"row\">CQS.01</th><td class=\"num\">2</td></tr>"))
    }

    /// The what-if panel gets each unit's planned values, by measure, for its "apply the plan" button; a unit
    /// without a plan gets none.
    @Test func planChangesReachTheWhatIfPanel() throws {
        let plan = try Self.file(
            "changes.csv",
            """
            unit_id,criterion,from,to,cost
            H01-X01,CQS.01,63,70,100
            H01-X01,CQS.14,0,có,600

            """)
        let part = Self.part("whatif", of: try Self.report(plan: plan, language: .en))
        let (framework, _) = try FrameworkCatalog.load("vn-2361-commune")
        let keys = framework.scheme.measures.map(\.key)
        let first = try #require(keys.firstIndex(of: "CQS.01"))
        let second = try #require(keys.firstIndex(of: "CQS.14"))
        let unit = try #require(part.range(of: "[\"H01-X01 "))
        let next = try #require(part.range(of: "[\"H01-X02 "))
        let entry = part[unit.lowerBound..<next.lowerBound]
        #expect(entry.hasSuffix(",[[\(first),70],[\(second),1]]],"), "\(entry)")
        let after = try #require(part.range(of: "[\"H01-X03 "))
        #expect(part[next.lowerBound..<after.lowerBound].hasSuffix(",null,null],"))
    }

    @Test func uncertaintyShowsRankIntervalsAndClassProbabilities() throws {
        let uncertainty = try Self.file(
            "u.csv",
            """
            unit_id,statistic,value
            H01-X01,nominal_class,1
            H01-X01,nominal_rank,62
            H01-X01,rank_p05,28
            H01-X01,rank_p95,72
            H01-X01,p_class_0,0.55
            H01-X01,p_class_1,0.45
            H01-X04,nominal_class,2
            H01-X04,nominal_rank,36
            H01-X04,rank_p05,36
            H01-X04,rank_p95,36
            H01-X04,p_class_0,0
            H01-X04,p_class_1,0
            H01-X04,p_class_2,1

            """)
        let part = Self.part("uncertainty", of: try Self.report(uncertainty: uncertainty))
        #expect(part.contains("<figure class=\"chart\" id=\"chart-rank-intervals\""))
        #expect(part.contains("<figure class=\"chart\" id=\"chart-class-probabilities\""))
        #expect(part.contains("<td class=\"num\">62</td><td class=\"num\">28–72</td>"))
        // The least sure unit first.
        let first = try #require(part.range(of: "<th scope=\"row\">H01-X01</th><td>Xã Minh Họa 1-1</td><td>Khởi động"))
        let second = try #require(part.range(of: "<th scope=\"row\">H01-X04</th><td>Xã Minh Họa 1-4</td><td>Kết nối"))
        #expect(first.lowerBound < second.lowerBound)
        #expect(part.contains("<td class=\"num\">55%</td><td class=\"num\">45%</td><td class=\"num\">0%</td>"))
    }

    @Test(arguments: [
        ("unit_id,statistic,value\nH01-X01,nominal_rank,abc\n", "not a number"),
        ("a,b\n1,2\n", "not an uncertainty output"),
    ])
    func badUncertaintyFilesAreDataErrors(text: String, message: String) throws {
        let path = try Self.file("u.csv", text)
        #expect {
            _ = try Self.report(uncertainty: path)
        } throws: { error in
            (error as? InputError)?.kind == .data
                && (error as? InputError)?.diagnostics.contains { $0.message.contains(message) } == true
        }
    }
}
