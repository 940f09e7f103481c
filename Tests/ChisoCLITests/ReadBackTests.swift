import ChisoCLI
import ChisoFormats
import ChisoReports
import Foundation
import Testing

/// Commands that read chiso's own outputs back — `compare` its score outputs, `report` its plans and uncertainty
/// analyses — take them as written, also re-saved by Excel with Vietnamese settings, and refuse them when they
/// contradict the data or the options instead of drawing them under the wrong year or beside other data.
@Suite struct ReadBackTests {
    static let framework = "vn-dti-922-province"

    /// The sample provinces as of `year`, every criterion's value times `factor` (at most 1).
    static func provinces(year: Int, factor: Double) throws -> String {
        let sample = repository.appendingPathComponent("notebooks-data/sample-vn-dti-922-province.csv").path
        let lines = try String(contentsOfFile: sample, encoding: .utf8).split(separator: "\n").map(String.init)
        var out = [lines[0]]
        for line in lines.dropFirst() {
            var fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            fields[3] = String(year)
            for index in fields.indices.dropFirst(5) where !fields[index].isEmpty {
                let value = try #require(Double(fields[index]))
                fields[index] = String(format: "%.4f", min(1, value * factor))
            }
            out.append(fields.joined(separator: ","))
        }
        return try temporaryFile("y\(year).csv", out.joined(separator: "\n") + "\n")
    }

    /// A command's CSV output, kept in a file of its own.
    static func output(_ name: String, _ arguments: String...) throws -> String {
        try output(name, arguments)
    }

    static func output(_ name: String, _ arguments: [String]) throws -> String {
        let run = chiso(arguments)
        #expect(run.status == .ok, "\(run.error)")
        return try temporaryFile(name, run.output)
    }

    /// A CSV file as Excel with Vietnamese settings saves it: `;` between fields, decimal commas.
    static func vietnameseExcel(_ path: String) throws -> String {
        let (records, _) = CSVReader.read(Array(try Data(contentsOf: URL(fileURLWithPath: path))), file: path)
        let lines = records.map { record in
            record.fields.map { $0.wholeMatch(of: /-?[0-9]+\.[0-9]+/) != nil ? $0.replacing(".", with: ",") : $0 }
                .joined(separator: ";")
        }
        let name = "vn-" + ((path as NSString).lastPathComponent)
        return try temporaryFile(name, lines.joined(separator: "\r\n") + "\r\n")
    }

    static func costs() throws -> String {
        let criteria = ["NT", "TC", "HT", "NL", "AT", "DT", "HD.CQS", "HD.KTS", "HD.XHS"]
        return try temporaryFile(
            "costs.csv", "unit_id,criterion,per_point,fixed,max\n" + criteria.map { ",\($0),1000,50,\n" }.joined())
    }

    // MARK: compare --years

    /// Labels given in the wrong order are refused, for score outputs and data files alike, naming each file, its
    /// year and the label; in the right order the sides are labelled with their own years.
    @Test(arguments: [true, false])
    func compareRefusesYearsThatContradictTheFiles(scored: Bool) throws {
        var y22 = try Self.provinces(year: 2022, factor: 0.9)
        var y23 = try Self.provinces(year: 2023, factor: 1)
        if scored {
            y22 = try Self.output("s22.csv", "score", "--framework", Self.framework, y22, "--format", "csv")
            y23 = try Self.output("s23.csv", "score", "--framework", Self.framework, y23, "--format", "csv")
        }
        let wrong = chisoInEnglish(
            "compare", y22, y23, "--framework", Self.framework, "--years", "2023,2022", "--format", "csv")
        #expect(wrong.status == .usage)
        #expect(wrong.output.isEmpty)
        #expect(
            wrong.error.contains(
                "\(y22): error: year \"2022\": every row of this file is of year 2022, but --years labels it 2023"),
            "\(wrong.error)")
        #expect(wrong.error.contains("\(y23): error: year \"2023\": every row of this file is of year 2023"))
        let right = chisoInEnglish(
            "compare", y22, y23, "--framework", Self.framework, "--years", "2022,2023", "--format", "csv")
        #expect(right.status == .ok, "\(right.error)")
        // U01's index is 0.4029 in 2022 (its criteria times 0.9) and 0.4476 in 2023.
        #expect(right.output.contains("U01,2022,0.4029,"), "\(right.output.prefix(300))")
        #expect(right.output.contains("U01,2023,0.4476,"))
    }

    /// A file of several years is one side only when it is split by --years alone.
    @Test func compareRefusesAFileOfSeveralYearsAsOneSide() throws {
        let y22 = try String(contentsOfFile: try Self.provinces(year: 2022, factor: 0.9), encoding: .utf8)
        let y23 = try String(contentsOfFile: try Self.provinces(year: 2023, factor: 1), encoding: .utf8)
        let both = try temporaryFile("both.csv", y22 + y23.split(separator: "\n").dropFirst().joined(separator: "\n"))
        let other = try Self.provinces(year: 2024, factor: 1)
        let run = chisoInEnglish("compare", both, other, "--framework", Self.framework, "--years", "2023,2024")
        #expect(run.status == .usage)
        #expect(run.error.contains("\(both): error: year \"2022, 2023\": this file holds 2 years"), "\(run.error)")
    }

    // MARK: report --plan, --uncertainty

    /// An analysis made from other data with the same framework and unit IDs is refused, naming the first mismatches
    /// and summing up the rest; made from the report's data, it is read.
    @Test(arguments: ["changes", "summary", "uncertainty"])
    func reportRefusesAnalysesOfOtherData(kind: String) throws {
        let y22 = try Self.provinces(year: 2022, factor: 0.9)
        let y23 = try Self.provinces(year: 2023, factor: 1)
        let option = kind == "uncertainty" ? "--uncertainty" : "--plan"
        let file: String
        switch kind {
        case "uncertainty":
            file = try Self.output(
                "u22.csv", "uncertainty", "--framework", Self.framework, y22, "--noise-absolute", "0.05", "--runs",
                "20", "--format", "csv")
        default:
            file = try Self.output(
                "p22.csv",
                [
                    "plan", "--framework", Self.framework, y22, "--costs", try Self.costs(), "--target", "0.70",
                    "--format",
                    "csv",
                ] + (kind == "summary" ? ["--summary"] : []))
        }
        let same = chisoInEnglish("report", "--framework", Self.framework, y22, option, file)
        #expect(same.status == .ok, "\(same.error)")
        let other = chisoInEnglish("report", "--framework", Self.framework, y23, option, file)
        #expect(other.status == .dataError)
        #expect(other.output.isEmpty)
        let expected =
            switch kind {
            // U01 starts HD.CQS from 0.393 in 2022, 0.4367 in 2023.
            case "changes":
                "\(file):2:3: error: from \"0.393\": U01 HD.CQS: \(y23) has 0.4367; the plan was made from other data"
            // U02's index is 0.636 in 2022, 0.7066 in 2023: already at 0.70.
            case "summary": "\(file):3:2: error: current \"chỉ số < 0.7\": U02's current class: \(y23) has chỉ số ≥ 0.7"
            default:
                "error: index_nominal \"0.4029\": U01's index as scored: \(y23) gives 0.4476; the analysis was made from other data"
            }
        #expect(other.error.contains(expected), "\(other.error)")
        let lines = other.error.split(separator: "\n")
        #expect(lines.count <= ReportRun.mismatchesShown + 2, "\(other.error)")
        #expect(other.error.contains(" more rows whose "))
    }

    /// A class-rated framework: an uncertainty analysis whose nominal classes are not the data's is refused.
    @Test func reportRefusesAnUncertaintyAnalysisOfOtherClasses() throws {
        let analysis = try Self.output(
            "u.csv", "uncertainty", "--framework", "vn-2361-commune", communes, "--noise-absolute", "3", "--runs", "20",
            "--format", "csv")
        var text = try String(contentsOfFile: analysis, encoding: .utf8)
        let line = try #require(text.firstMatch(of: /H01-X01,nominal_class,([0-9]),/))
        let other = line.1 == "0" ? "1" : "0"
        text.replace("H01-X01,nominal_class,\(line.1),", with: "H01-X01,nominal_class,\(other),")
        let changed = try temporaryFile("u2.csv", text)
        let run = chisoInEnglish("report", "--framework", "vn-2361-commune", communes, "--uncertainty", changed)
        #expect(run.status == .dataError)
        #expect(
            run.error.contains(
                "\(changed):2:3: error: nominal_class \"\(other)\": H01-X01's class as scored: \(communes) gives \(line.1)"
            ),
            "\(run.error)")
    }

    // MARK: decimal commas

    /// Outputs re-saved by Excel with Vietnamese settings are read as written: a score output's index, a plan's
    /// costs and starting values, an uncertainty analysis's shares and ranks.
    @Test func decimalCommasAreReadInEveryReReadOutput() throws {
        let y22 = try Self.provinces(year: 2022, factor: 0.9)
        let y23 = try Self.provinces(year: 2023, factor: 1)
        let s22 = try Self.output("s22.csv", "score", "--framework", Self.framework, y22, "--format", "csv")
        let s23 = try Self.output("s23.csv", "score", "--framework", Self.framework, y23, "--format", "csv")
        let plain = chiso("compare", s22, s23, "--framework", Self.framework, "--years", "2022,2023", "--format", "csv")
        let excel = chiso(
            "compare", try Self.vietnameseExcel(s22), try Self.vietnameseExcel(s23), "--framework", Self.framework,
            "--years", "2022,2023", "--format", "csv")
        #expect(excel.status == .ok, "\(excel.error)")
        #expect(try String(contentsOfFile: Self.vietnameseExcel(s22), encoding: .utf8).contains(";0,4029;"))
        #expect(excel.output == plain.output)

        let costs = try Self.costs()
        for summary in [false, true] {
            let plan = try Self.output(
                "p.csv",
                ["plan", "--framework", Self.framework, y22, "--costs", costs, "--target", "0.70", "--format", "csv"]
                    + (summary ? ["--summary"] : []))
            let resaved = try Self.vietnameseExcel(plan)
            #expect(try String(contentsOfFile: resaved, encoding: .utf8).contains(summary ? ";1928,63;" : ";0,393;"))
            let run = chiso("report", "--framework", Self.framework, y22, "--plan", resaved)
            #expect(run.status == .ok, "\(run.error)")
            #expect(run.output.contains("<section id=\"plan\""))
        }

        let analysis = try Self.output(
            "u.csv", "uncertainty", "--framework", "vn-2361-commune", communes, "--noise-absolute", "3", "--runs", "20",
            "--format", "csv")
        let resaved = try Self.vietnameseExcel(analysis)
        #expect(try String(contentsOfFile: resaved, encoding: .utf8).contains(";p_class_1;0,"))
        let run = chiso("report", "--framework", "vn-2361-commune", communes, "--uncertainty", resaved)
        #expect(run.status == .ok, "\(run.error)")
    }

    // MARK: repeated errors

    /// One broken column gives the first few rows and one line for the rest, not a line per row.
    @Test(arguments: [
        ("compare", "index", "rows whose index cannot be read"),
        ("plan", "cost", "rows whose cost cannot be read"),
        ("uncertainty", "p_class_0", "rows whose value cannot be read"),
    ])
    func repeatedErrorsAreSummedUp(command: String, field: String, summary: String) throws {
        let broken: String
        let run: (status: ExitCode, output: String, error: String)
        switch command {
        case "compare":
            let scored = try Self.output(
                "s.csv", "score", "--framework", Self.framework, try Self.provinces(year: 2022, factor: 1), "--format",
                "csv")
            var text = try String(contentsOfFile: scored, encoding: .utf8)
            text.replace(/,(0\.[0-9]{4}),,,/) { ",x\($0.1),,," }
            broken = try temporaryFile("broken.csv", text)
            run = chisoInEnglish("compare", broken, scored, "--framework", Self.framework)
        case "plan":
            let y22 = try Self.provinces(year: 2022, factor: 0.9)
            let plan = try Self.output(
                "p.csv", "plan", "--framework", Self.framework, y22, "--costs", try Self.costs(), "--target", "0.70",
                "--format", "csv")
            var text = try String(contentsOfFile: plan, encoding: .utf8)
            text.replace(/,([0-9.]+),vn-dti/) { ",\($0.1)đ,vn-dti" }
            broken = try temporaryFile("broken.csv", text)
            run = chisoInEnglish("report", "--framework", Self.framework, y22, "--plan", broken)
        default:
            let analysis = try Self.output(
                "u.csv", "uncertainty", "--framework", "vn-2361-commune", communes, "--noise-absolute", "3", "--runs",
                "20", "--format", "csv")
            var text = try String(contentsOfFile: analysis, encoding: .utf8)
            text.replace(/,p_class_0,([0-9.]+),/) { ",p_class_0,\($0.1)%%," }
            broken = try temporaryFile("broken.csv", text)
            run = chisoInEnglish("report", "--framework", "vn-2361-commune", communes, "--uncertainty", broken)
        }
        #expect(run.status == .dataError)
        let lines = run.error.split(separator: "\n")
        #expect(
            lines.filter { $0.contains("error: \(field) \"") }.count == DiagnosticDigest.shownPerKind, "\(run.error)")
        #expect(lines.contains { $0.hasPrefix("\(broken): error: \(field): and ") && $0.hasSuffix(" more \(summary)") })
    }
}
