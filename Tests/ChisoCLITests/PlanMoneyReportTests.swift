import ChisoCore
import Foundation
import Testing

@testable import ChisoCLI
@testable import ChisoFormats
@testable import ChisoReports

/// The report's plan part in money and words: the budget and its currency beside every amount, what the budget buys
/// at every step, the number of changes from either CSV, reasons in the report's language, and the leader's
/// headline.
@Suite struct PlanMoneyReportTests {
    static let communes = HTMLReportTests.sample("sample-communes.csv")

    /// Four units for 100, 300, 250 and 1,000 (funded cheapest first under 700: 100, 250, 300), one already there
    /// and one that cannot reach its target.
    static let summary = """
        unit_id,current,target,reachable,total_cost,changes,reason,funded,budget,framework
        H01-X01,1,2,yes,100,2,,yes,700,vn-2361-commune
        H01-X02,1,2,yes,300,3,missing values costed from 0: CQS.11,yes,700,vn-2361-commune
        H01-X03,1,2,yes,250,1,,yes,700,vn-2361-commune
        H01-X04,2,2,yes,0,0,already at the target,,700,vn-2361-commune
        H01-X05,1,2,yes,1000,7,,no,700,vn-2361-commune
        H01-X06,1,2,no,,,KTS.03: KTS.03 is capped at 0 and needs 1,no,700,vn-2361-commune

        """

    static func input(
        _ plan: String, budget: Double? = nil, currency: String? = nil, framework: String = "vn-2361-commune",
        data: String = communes
    ) throws -> ReportInput {
        let file = try ReportAnalysesTests.file("plan.csv", plan)
        return try ReportRun.run(
            framework: framework, data: data, plan: file, budget: budget, currency: currency,
            units: data == communes ? ["H01-X01"] : []
        ).0
    }

    static func part(_ input: ReportInput, language: Language = .vi) throws -> String {
        var text = ""
        try HTMLReport.write(input, language: language) { (piece: String) throws(InputError) in text += piece }
        return ReportAnalysesTests.part("plan", of: text)
    }

    /// The budget from the file, the currency beside every amount and in the headings, and the ladder cheapest
    /// first with the budget's step marked and what more each step beyond it takes.
    @Test func theBudgetAndItsLadderAreShownInTheCurrency() throws {
        let part = try Self.part(try Self.input(Self.summary, currency: "triệu đồng"))
        #expect(
            part.contains(
                "<p>Ngân sách: 700 triệu đồng. Được cấp kinh phí: 3 đơn vị, tổng chi phí 650 triệu đồng; còn dư 50 "
                    + "triệu đồng.</p>"))
        #expect(part.contains("<th scope=\"col\" class=\"num\">Chi phí (triệu đồng)</th>"))
        #expect(part.contains("Tổng chi phí: 1.650 triệu đồng."))
        let rows = [
            "<tr><th scope=\"row\" class=\"num\">1</th><td>H01-X01 Xã Minh Họa 1-1</td><td class=\"num\">100</td>"
                + "<td class=\"num\">100</td><td>trong ngân sách</td></tr>",
            "<tr><th scope=\"row\" class=\"num\">2</th><td>H01-X03 Xã Minh Họa 1-3</td><td class=\"num\">250</td>"
                + "<td class=\"num\">350</td><td>trong ngân sách</td></tr>",
            "<tr><th scope=\"row\" class=\"num\">3</th><td>H01-X02 Xã Minh Họa 1-2</td><td class=\"num\">300</td>"
                + "<td class=\"num\">650</td><td>◀ ngân sách 700 triệu đồng đủ đến bậc này, còn dư 50 triệu đồng</td>"
                + "</tr>",
            "<tr><th scope=\"row\" class=\"num\">4</th><td>H01-X05 Xã Minh Họa 1-5</td><td class=\"num\">1.000</td>"
                + "<td class=\"num\">1.650</td><td>cần thêm 950 triệu đồng</td></tr>",
        ]
        #expect(part.contains(rows.joined()), "\(part)")
        // The plan agrees with the ladder: no note that its budget was shared another way.
        #expect(!part.contains("không chia ngân sách theo thứ tự rẻ trước"))
        let english = try Self.part(try Self.input(Self.summary, currency: "million dong"), language: .en)
        #expect(
            english.contains(
                "<p>Budget: 700 million dong. Funded: 3 units, costing 650 million dong in all; 50 "
                    + "million dong left.</p>"))
        #expect(english.contains("<td>950 million dong more</td>"))
    }

    /// A ladder of thousands keeps every step up to the budget, the five after it, and the step that funds all.
    @Test func aLongLadderKeepsEveryStepUpToTheBudget() throws {
        let lines = (1...120).map { unit in
            "H\(String(format: "%02d", (unit - 1) / 12 + 1))-X\(String(format: "%02d", (unit - 1) % 12 + 1)),1,2,yes,10,1,"
        }
        // Whatever the sample's classes, the origin check is on current; read the table directly.
        var table = try PlanTable.read(
            CSVReader.read(
                Array(
                    ("unit_id,current,target,reachable,total_cost,changes,reason\n" + lines.joined(separator: "\n"))
                        .utf8), file: "plan.csv"
            ).records, file: "plan.csv")
        table.budget = 205
        let report = try Self.input(Self.summary)
        var input = report
        input.plan = table
        let part = try Self.part(input, language: .en)
        let steps = part.components(separatedBy: "<tr><th scope=\"row\" class=\"num\">").dropFirst()
            .compactMap { $0.split(separator: "<").first.map(String.init) }
        #expect(steps == (1...25).map(String.init) + ["120"], "\(steps)")
        #expect(part.contains("◀ the budget of 205 reaches this step, with 5 left"))
        #expect(part.contains("Steps in between are left out"))
    }

    /// A plan whose funded units are not the cheapest first (`--objective levels-gained`) says so.
    @Test func aBudgetSharedAnotherWaySaysSo() throws {
        let knapsack = Self.summary.replacingOccurrences(
            of: "H01-X01,1,2,yes,100,2,,yes", with: "H01-X01,1,2,yes,100,2,,no")
        let part = try Self.part(try Self.input(knapsack), language: .en)
        #expect(part.contains("This plan does not share its budget cheapest first"), "\(part)")
        #expect(part.contains("it funds 2 units, costing 550 (the funded column above)"))
    }

    /// The number of changes: the summary's column, the changes CSV's rows, and "unknown" for an older summary.
    @Test func theNumberOfChangesIsFilledFromEitherFile() throws {
        let part = try Self.part(try Self.input(Self.summary))
        #expect(
            part.contains(
                "<th scope=\"row\">H01-X05</th><td>Xã Minh Họa 1-5</td><td>2</td><td class=\"num\">1.000</td><td class=\"num\">7</td>"
            ))
        let old = """
            unit_id,current,target,reachable,total_cost,reason
            H01-X01,1,2,yes,100,

            """
        let older = try Self.part(try Self.input(old), language: .en)
        #expect(older.contains("<td class=\"num\">100</td><td class=\"num\">unknown</td>"), "\(older)")
        #expect(older.contains("The plan file does not give the number of changes"))
        #expect(!part.contains("không ghi số thay đổi"))
    }

    /// A changes CSV has no budget: `--budget` gives it, and the ladder marks it; a budget other than the file's own
    /// is refused.
    @Test func theReportsBudgetFillsInForAFileWithoutOne() throws {
        let changes = """
            unit_id,criterion,from,to,cost
            H01-X01,CQS.01,63,70,100
            H01-X02,CQS.01,50,70,50

            """
        let part = try Self.part(try Self.input(changes, budget: 120), language: .en)
        #expect(part.contains("<p>Budget: 120. Funded: 1 unit, costing 50 in all; 70 left.</p>"), "\(part)")
        #expect(part.contains("<td>◀ the budget of 120 reaches this step, with 70 left</td>"))
        #expect(part.contains("<td>30 more</td>"))
        #expect {
            _ = try Self.input(Self.summary, budget: 500)
        } throws: { error in
            (error as? InputError)?.kind == .usage
                && (error as? InputError)?.diagnostics.first?.message.contains("budget of 700") == true
        }
        // The file's own budget, given again, is accepted.
        #expect(try Self.input(Self.summary, budget: 700).plan?.budget == 700)
    }

    /// The notes of a reachable plan (values costed from 0) and the reasons of an unreachable one in words.
    @Test func notesAndReasonsAreInTheReportsLanguage() throws {
        let part = try Self.part(try Self.input(Self.summary))
        #expect(
            part.contains(
                "<td>chưa có số liệu cho CQS.11: chi phí được tính từ 0; nhập số liệu thực để có chi phí đúng</td>"))
        #expect(part.contains("<td>đã đạt mục tiêu</td>"))
        #expect(part.contains("KTS.03 cần “có”, nhưng tệp chi phí giới hạn đơn vị này ở “không”"))
        #expect(!part.contains("missing values costed") && !part.contains("is capped at"))
    }

    /// The headline for the leader's overview, in both languages, with and without a budget.
    @Test func theHeadlineSaysWhatTheBudgetBuys() throws {
        let input = try Self.input(Self.summary, currency: "triệu đồng")
        #expect(
            HTMLReport(input: input, language: .vi).planHeadline()
                == "Với ngân sách 700 triệu đồng, 4 trong 5 đơn vị đạt mục tiêu; cần thêm 950 triệu đồng để cả 5 đơn "
                + "vị đạt. 1 đơn vị không thể đạt mục tiêu với các chi phí đã cho.")
        var english = try Self.input(Self.summary, currency: "million dong")
        #expect(
            HTMLReport(input: english, language: .en).planHeadline()
                == "A budget of 700 million dong brings 4 of 5 units to their target; 950 million dong more would bring "
                + "all 5. 1 cannot reach it with the costs given.")
        var plan = try #require(english.plan)
        plan.budget = nil
        for index in plan.units.indices { plan.units[index].funded = nil }
        english.plan = plan
        #expect(
            HTMLReport(input: english, language: .en).planHeadline()
                == "Bringing all 5 units that can reach their target there costs 1,650 million dong. 1 cannot reach it "
                + "with the costs given.")
        english.plan?.budget = 10_000
        #expect(
            HTMLReport(input: english, language: .en).planHeadline()
                == "A budget of 10,000 million dong brings all 5 units that can reach their target there. 1 cannot "
                + "reach it with the costs given.")
        #expect(HTMLReport(input: try Self.input(Self.summary).withoutPlan, language: .vi).planHeadline() == nil)
        // The leader's key points carry it.
        let report = HTMLReport(input: input, language: .vi)
        #expect(report.keyPoints.contains { $0.hasPrefix("Với ngân sách 700 triệu đồng, 4 trong 5 đơn vị") })
    }

    /// `chiso plan --summary` writes the number of changes and the budget; `report` reads them back.
    @Test func thePlansSummaryRoundTrips() throws {
        var run = try PlanReportTests.run()
        run.budget = 1_000_000
        run.plans = BudgetAllocation.fundingMostUnits(run.plans, budget: 1_000_000)
        let csv = PlanReport.render(run, format: .csv, summary: true)
        let table = try PlanTable.read(CSVReader.read(Array(csv.utf8), file: "plan.csv").records, file: "plan.csv")
        let plan = try #require(run.plans.first)
        #expect(table.budget == 1_000_000)
        #expect(table.countsChanges)
        #expect(table.units.first?.changes == plan.outcome.changes.count)
        #expect(table.units.first?.funded == true)
    }

    @Test(arguments: [
        (
            "unit_id,current,target,reachable,total_cost,changes,reason\nH01-X01,1,2,yes,10,two,\n",
            "not a number of changes"
        ),
        (
            "unit_id,current,target,reachable,total_cost,reason,funded,budget\nH01-X01,1,2,yes,10,,yes,50\n"
                + "H01-X02,1,2,yes,10,,yes,60\n", "a plan file has one budget"
        ),
    ])
    func unreadableCountsAndTwoBudgetsAreDataErrors(text: String, message: String) throws {
        #expect {
            _ = try PlanTable.read(CSVReader.read(Array(text.utf8), file: "plan.csv").records, file: "plan.csv")
        } throws: { error in
            (error as? InputError)?.kind == .data
                && (error as? InputError)?.diagnostics.contains { $0.message.contains(message) } == true
        }
    }

    /// `--budget` and `--currency` speak of a plan: without `--plan` they are usage errors.
    @Test(arguments: ["--budget", "--currency"])
    func theMoneyOptionsNeedAPlan(option: String) {
        let run = chisoInEnglish("report", "--framework", "vn-2361-commune", Self.communes, option, "100")
        #expect(run.status == .usage)
        #expect(run.error.contains("\(option) is about a plan and needs --plan PLAN.csv"), "\(run.error)")
    }

    /// A points framework's total that no plan can reach is said as the total score, not by its ID `total`.
    @Test func anUnreachableTotalIsSaidAsTheTotalScore() throws {
        let department = HTMLReportTests.sample("sample-example-province-department.csv")
        let header = try String(contentsOfFile: department, encoding: .utf8).prefix { $0 != "\n" }
        let costs = try ReportAnalysesTests.file(
            "costs.csv",
            "unit_id,criterion,per_point,fixed,max\n"
                + header.split(separator: ",").dropFirst(5).map { ",\($0),1,5,1\n" }.joined())
        let plan = chiso(
            "plan", "--framework", "example-province-department", department, "--costs", costs, "--target", "0.99",
            "--summary", "--format", "csv")
        #expect(plan.output.contains("total: cannot be met with the costs given"), "\(plan.error)")
        let input = try Self.input(plan.output, framework: "example-province-department", data: department)
        let vietnamese = try Self.part(input)
        #expect(
            vietnamese.contains("<td>tổng điểm không thể đạt mức mục tiêu yêu cầu, kể cả khi thay đổi mọi tiêu chí"))
        #expect(!vietnamese.contains("total:") && !vietnamese.contains("asks of total"))
        let english = try Self.part(input, language: .en)
        #expect(english.contains("<td>the total score cannot reach what the target asks, even with every change"))
    }
}

extension ReportInput {
    /// The input without its plan.
    fileprivate var withoutPlan: ReportInput {
        var input = self
        input.plan = nil
        return input
    }
}
