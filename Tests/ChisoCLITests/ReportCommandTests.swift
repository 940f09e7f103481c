import ChisoCLI
import ChisoCore
import ChisoFormats
import ChisoReports
import Foundation
import Testing

@Suite struct ReportCommandTests {
    private func directory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("chiso-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func writesTheDistrictReportAtomically() throws {
        let output = try directory().appendingPathComponent("report.html").path
        let run = chiso(
            "report", "--framework", "vn-2361-district", districts, "--children", communes, "--output", output)
        #expect(run.status == .ok)
        #expect(run.error.hasSuffix("đã ghi \(output)\n"))
        let html = try String(contentsOfFile: output, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"vi\">"))
        #expect(html.hasSuffix("</html>\n"))
        #expect(html.contains("<section id=\"subordinates\""))
        let siblings = try FileManager.default.contentsOfDirectory(
            atPath: (output as NSString).deletingLastPathComponent)
        #expect(siblings == ["report.html"])
    }

    @Test func writesToStandardOutputInEnglish() {
        let run = chiso("report", "--framework=vn-2361-commune", communes, "--lang", "en", "--unit", "H03-X05")
        #expect(run.status == .ok)
        #expect(run.output.contains("<html lang=\"en\">"))
        #expect(run.output.matches(of: /<article class="unit"/).count == 1)
        #expect(run.output.contains("id=\"unit-H03-X05\""))
    }

    @Test(arguments: [
        (["--unit", "H03-X5"], ExitCode.usage, "did you mean H03-X05?"),
        (["--output", "report.csv"], .usage, "a report is HTML"),
        (["--lang", "fr"], .usage, "fr"),
        (["--plan", "/nonexistent/plan.csv"], .noInput, "/nonexistent/plan.csv"),
        (["--uncertainty", "COMMUNES"], .dataError, "not an uncertainty output"),
        (["--plan", "COMMUNES"], .dataError, "not a plan"),
        (["--output", "/nonexistent-dir/report.html"], .cannotCreate, "/nonexistent-dir"),
    ])
    func badInputsExitWithTheirStatus(extra: [String], status: ExitCode, message: String) {
        let arguments =
            ["report", "--framework", "vn-2361-commune", communes] + extra.map { $0 == "COMMUNES" ? communes : $0 }
        let run = chisoInEnglish(arguments)
        #expect(run.status == status)
        #expect(run.error.contains(message), "\(run.error)")
    }

    /// Broken analysis files are reported, every problem with its line, and never crash the report: a class out
    /// of the framework's range, a class that is not a whole number, a probability above 1, and rows that end
    /// early in the plan's two shapes and in the uncertainty file.
    @Test(arguments: [
        (
            "--uncertainty",
            "unit_id,statistic,value\nH01,nominal_class,1e30\nH02,nominal_class,-1\nH03,p_class_0,2\n"
                + "H04,p_class_9,0.5\nH05\n",
            [
                "u.csv:2:3: error: nominal_class \"1e30\"",
                "u.csv:3:3: error: nominal_class \"-1\"",
                "u.csv:4:3: error: p_class_0 \"2\"", "u.csv:5:2: error: statistic \"p_class_9\"",
                "u.csv:6:2: error: value \"\": the row ends early",
            ]
        ),
        (
            "--plan", "current,unit_id,target,reachable,total_cost,reason\nx\n3,H01,4,yes,10,\n",
            ["u.csv:2:2: error: unit_id \"\": the row ends before its unit_id"]
        ),
        ("--plan", "criterion,cost,unit_id\nX\n", ["u.csv:2:2: error: unit_id \"\": the row ends before its unit_id"]),
    ])
    func brokenAnalysisFilesAreReportedNotCrashedOn(option: String, contents: String, messages: [String]) throws {
        let file = try temporaryFile("u.csv", contents)
        let run = chisoInEnglish(
            "report", "--framework", "vn-2361-district", districts, "--children", communes, option, file)
        #expect(run.status == .dataError)
        for message in messages { #expect(run.error.contains(message), "\(run.error)") }
        #expect(run.output.isEmpty)
    }

    /// A framework without classes (the DTI: an index and ranks) names no class anywhere: not in the unit index,
    /// not in a unit's headline.
    @Test func aFrameworkWithoutClassesNamesNoClass() {
        let dti = repository.appendingPathComponent("notebooks-data/sample-vn-dti-922-province.csv").path
        let run = chiso("report", "--framework", "vn-dti-922-province", dti, "--unit", "U01")
        #expect(run.status == .ok, "\(run.error)")
        #expect(!run.output.contains("Không xếp hạng"))
        #expect(run.output.contains("<p class=\"headline\">"))
        let headline = run.output.split(separator: "<p class=\"headline\">").dropFirst().first?.prefix(80) ?? ""
        #expect(headline.hasPrefix("447,62 / 1.000 điểm · chỉ số 0,4476 · Thứ hạng 48/63"), "\(headline)")
    }

    /// A plan in which no unit can reach its target says so instead of printing an empty table, and says in
    /// Vietnamese that its reasons are quoted from the file.
    @Test func aPlanThatBuysNothingSaysSo() throws {
        let plan = try temporaryFile(
            "plan.csv",
            "unit_id,current,target,reachable,total_cost,reason\nH01,1,5,no,,CHUNG.01: depends on the subordinate units\n"
        )
        let run = chiso("report", "--framework", "vn-2361-district", districts, "--children", communes, "--plan", plan)
        #expect(run.status == .ok, "\(run.error)")
        #expect(run.output.contains("Không đơn vị nào trong phương án đạt được mục tiêu"))
        #expect(run.output.contains("Lý do nào chiso không đọc lại được thì được trích nguyên văn từ tệp phương án"))
        #expect(!run.output.contains("<caption>Ngân sách mua được gì</caption>"))
    }

    @Test func missingAndBrokenDataFiles() throws {
        let missing = chiso("report", "--framework", "vn-2361-commune", "/nonexistent/data.csv")
        #expect(missing.status == .noInput)
        let bad = try temporaryFile("bad.csv", "unit_id,CQS.01\nX1,120%\n")
        let broken = chisoInEnglish("report", "--framework", "vn-2361-commune", bad)
        #expect(broken.status == .dataError)
        #expect(broken.error.contains("out of range"))
        #expect(broken.output.isEmpty)
    }

    @Test func neverWritesOverAnInput() throws {
        let data = try temporaryFile("data.html", String(contentsOfFile: communes, encoding: .utf8))
        let before = try String(contentsOfFile: data, encoding: .utf8)
        let run = chiso("report", "--framework", "vn-2361-commune", data, "--output", data)
        #expect(run.status == .usage)
        #expect(try String(contentsOfFile: data, encoding: .utf8) == before)
    }

    @Test func readsTheOutputsOfUncertaintyAndPlanAsTheyAreWritten() throws {
        let folder = try directory()
        let uncertainty = folder.appendingPathComponent("u.csv").path
        let made = chiso(
            "uncertainty", "--framework", "vn-2361-commune", communes, "--noise-absolute", "3", "--runs", "50",
            "--output", uncertainty)
        #expect(made.status == .ok)
        let costs = folder.appendingPathComponent("costs.csv").path
        let columns = try String(contentsOfFile: communes, encoding: .utf8).prefix { $0 != "\n" }
            .split(separator: ",").filter { $0.hasPrefix("CQS") || $0.hasPrefix("KTS") || $0.hasPrefix("XHS") }
        try ("unit_id,criterion,per_point,fixed,max\n" + columns.map { ",\($0),10,300,\n" }.joined())
            .write(toFile: costs, atomically: true, encoding: .utf8)
        let plan = folder.appendingPathComponent("plan.csv").path
        let planned = chiso(
            "plan", "--framework", "vn-2361-commune", communes, "--costs", costs, "--target", "next", "--summary",
            "--budget", "20000", "--output", plan)
        #expect(planned.status == .ok)
        let report = chiso(
            "report", "--framework", "vn-2361-commune", communes, "--plan", plan, "--uncertainty", uncertainty,
            "--compare", communes, "--unit", "H01-X01")
        #expect(report.status == .ok, "\(report.error)")
        for part in ["compare", "plan", "uncertainty"] {
            #expect(report.output.contains("<section id=\"\(part)\""))
        }
        #expect(report.output.contains("<figure class=\"chart\" id=\"chart-rank-intervals\""))
        #expect(report.output.contains("<figure class=\"chart\" id=\"chart-plan-costs\""))
    }

    @Test func helpListsTheOptions() {
        let run = chiso("report", "--help", "--lang", "en")
        #expect(run.status == .ok)
        #expect(run.output.hasPrefix("OVERVIEW: Write a self-contained, bilingual HTML report"))
        for option in ["--compare <FILE>", "--plan <PLAN.csv>", "--uncertainty <U.csv>", "--unit <ID>"] {
            #expect(run.output.contains(option))
        }
    }
}
