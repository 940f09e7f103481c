import ChisoCore
import Foundation
import Testing

@testable import ChisoCLI
@testable import ChisoFormats
@testable import ChisoReports

/// A file carried by a crosswalk that is an approximation says so in itself (an `approximation` column), and every
/// output made from it says so in the output, not only on standard error; outputs of several frameworks name them.
@Suite struct ApproximationMarkTests {
    static let dti = repository.appendingPathComponent("notebooks-data/sample-vn-dti-922-province.csv").path
    static let target = "vn-dti-1726-province"

    /// The 922 sample carried into 1726 with `--accept-approximation`, as a file.
    static func carried() throws -> String {
        let run = chiso("crosswalk", "--map", "vn-dti-922-to-1726", "--accept-approximation", dti)
        #expect(run.status == .ok, "\(run.error)")
        return try temporaryFile("p1726.csv", run.output)
    }

    static func records(_ csv: String) -> [[String]] {
        CSVReader.read(Array(csv.utf8), file: "out").records.map(\.fields)
    }

    /// The values of a named column, header first.
    static func column(_ name: String, of csv: String) -> [String] {
        let rows = records(csv)
        guard let position = rows.first?.firstIndex(of: name) else { return [] }
        return rows.map { position < $0.count ? $0[position] : "" }
    }

    static func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func theCarriedFileIsMarkedOnEveryRow() throws {
        let text = try String(contentsOfFile: try Self.carried(), encoding: .utf8)
        let header = try #require(Self.records(text).first)
        #expect(Array(header.suffix(2)) == ["approximation", "framework"])
        let marks = Self.column("approximation", of: text).dropFirst()
        #expect(marks.count == 63)
        #expect(marks.allSatisfy { $0.hasPrefix("vn-dti-922-to-1726: Decision 922's pillar views") })
    }

    @Test func scoreSaysSoInEveryFormatAndTheCSVCarriesTheMark() throws {
        let file = try Self.carried()
        let table = chiso("score", "--framework", Self.target, file, "--lang", "en")
        #expect(table.status == .ok)
        #expect(table.output.contains("\nAPPROXIMATION: these values were carried from another framework"))
        let csv = chiso("score", "--framework", Self.target, file, "--format", "csv").output
        #expect(Self.records(csv).first?.suffix(2) == ["approximation", "framework"])
        let marks = Self.column("approximation", of: csv).dropFirst()
        #expect(marks.count == 63 && marks.allSatisfy { $0.contains("vn-dti-922-to-1726") })
        let json = try Self.json(chiso("score", "--framework", Self.target, file, "--format", "json").output)
        let madeBy = try #require(json["made_by"] as? [String: Any])
        #expect((madeBy["approximation"] as? String)?.contains("vn-dti-922-to-1726") == true)
        let explain = try Self.json(
            chiso("explain", "--framework", Self.target, file, "--unit", "U01", "--format", "json").output)
        let explained = try #require(explain["made_by"] as? [String: Any])
        #expect((explained["approximation"] as? String)?.contains("vn-dti-922-to-1726") == true)
        #expect((explained["parameters"] as? [String: String]) == ["unit": "U01"])
        #expect(
            chiso("explain", "--framework", Self.target, file, "--unit", "U01", "--lang", "en").output.contains(
                "\nAPPROXIMATION: "))
    }

    /// A file that is not an approximation gives the same outputs as before: no column, no key, no sentence.
    @Test func aFileWithoutTheMarkGivesNoMark() throws {
        let csv = chiso("score", "--framework", "vn-dti-922-province", Self.dti, "--format", "csv").output
        #expect(Self.records(csv).first?.last == "framework")
        #expect(!csv.contains("approximation"))
        let table = chiso("score", "--framework", "vn-dti-922-province", Self.dti).output
        #expect(!table.contains("APPROXIMATION"))
        let json = try Self.json(
            chiso("score", "--framework", "vn-dti-922-province", Self.dti, "--format", "json").output)
        #expect((json["made_by"] as? [String: Any])?["approximation"] == nil)
        // An empty approximation column marks nothing.
        let empty = try temporaryFile(
            "empty.csv", "unit_id,CQS,KTS,XHS,approximation\nU1,0.5,0.5,0.5,\nU2,0.4,0.4,0.4,\n")
        let plain = chiso("score", "--framework", Self.target, empty, "--format", "csv")
        #expect(plain.status == .ok, "\(plain.error)")
        #expect(!plain.output.contains("approximation"))
    }

    /// A score output of an approximation, compared, is said to be one; files derived from it stay marked.
    @Test func compareAndReportSaySo() throws {
        let file = try Self.carried()
        let scored = try temporaryFile(
            "s1726.csv", chiso("score", "--framework", Self.target, file, "--format", "csv").output)
        let text = chiso("compare", "--framework", Self.target, scored, file, "--lang", "en")
        #expect(text.status == .ok, "\(text.error)")
        #expect(text.output.components(separatedBy: "APPROXIMATION: ").count == 3)
        let json = try Self.json(chiso("compare", "--framework", Self.target, scored, file, "--format", "json").output)
        let madeBy = try #require(json["made_by"] as? [String: Any])
        #expect(madeBy["frameworks"] as? [String] == [Self.target])
        #expect((madeBy["approximation"] as? String)?.contains("s1726.csv, p1726.csv") == true)
        let sides = try #require(json["sides"] as? [[String: Any]])
        #expect(sides.allSatisfy { ($0["approximation"] as? String)?.contains("vn-dti-922-to-1726") == true })
        let csv = chiso("compare", "--framework", Self.target, scored, file, "--format", "csv").output
        #expect(Self.records(csv).first?.suffix(2) == ["approximation", "framework"])
        let summary = chiso(
            "compare", "--framework", Self.target, scored, file, "--summary", "--format", "csv"
        ).output
        #expect(Self.records(summary).first?.suffix(2) == ["approximation", "frameworks"])
        let pairMark = try #require(Self.column("approximation", of: summary).last)
        #expect(pairMark.hasPrefix("s1726.csv: vn-dti-922-to-1726") && pairMark.contains(" p1726.csv: "))
        let plainData = try temporaryFile(
            "plain.csv", "unit_id,CQS,KTS,XHS\nU01,0.5,0.5,0.5\nU02,0.4,0.4,0.4\n")
        let side = chiso("report", "--framework", Self.target, plainData, "--compare", file)
        #expect(side.status == .ok, "\(side.error)")
        // The report says it in its language: Vietnamese by default, English with --lang en.
        #expect(side.output.contains("p1726.csv: GẦN ĐÚNG: "))
        let english = chiso("report", "--framework", Self.target, plainData, "--compare", file, "--lang", "en")
        #expect(english.output.contains("p1726.csv: APPROXIMATION: "))
        let report = chiso("report", "--framework", Self.target, file)
        #expect(report.status == .ok, "\(report.error)")
        #expect(report.output.contains("<p class=\"note approximation\" role=\"note\">GẦN ĐÚNG: "))
        let plain = chiso("report", "--framework", "vn-dti-922-province", Self.dti)
        #expect(!plain.output.contains("GẦN ĐÚNG") && !plain.output.contains("APPROXIMATION"))
        // Regrouped and crosswalked again, the data stays marked.
        let ids = (1...63).map { String(format: "U%02d", $0) }
        let map = try temporaryFile(
            "map.csv", "old_unit,new_unit\n" + ids.map { "\($0),\($0 == "U02" ? "U01" : $0)\n" }.joined())
        let regrouped = chiso("regroup", "--map", map, "--framework", Self.target, file, "--data-only")
        #expect(regrouped.status == .ok, "\(regrouped.error)")
        #expect(Self.column("approximation", of: regrouped.output).dropFirst().allSatisfy { !$0.isEmpty })
        let back = chiso("crosswalk", "--map", "vn-dti-1726-to-922", file)
        #expect(back.status == .ok, "\(back.error)")
        let backMarks = Self.column("approximation", of: back.output).dropFirst()
        #expect(backMarks.count == 63 && backMarks.allSatisfy { $0.hasPrefix("vn-dti-922-to-1726: ") })
        let regroupJSON = try Self.json(
            chiso("regroup", "--map", map, "--framework", Self.target, file, "--format", "json", "--rule", "max")
                .output)
        let regroupMade = try #require(regroupJSON["made_by"] as? [String: Any])
        #expect(regroupMade["approximation"] != nil)
        #expect(regroupMade["parameters"] as? [String: String] == ["map": map, "by": "unit_id", "rules": "max"])
    }

    /// Every other analysis of an approximation says so: its CSV carries the column on every row, its JSON
    /// `made_by.approximation`, its table the sentence; a plan of it still reads back into whatif.
    @Test func everyAnalysisOfAnApproximationSaysSo() throws {
        let file = try Self.carried()
        let costs = try temporaryFile(
            "costs.csv", "unit_id,criterion,per_point,fixed,max\n,CQS,1000,0,\n,KTS,1000,0,\n,XHS,1000,0,\n")
        let plan = try temporaryFile(
            "plan.csv",
            chiso("plan", "--framework", Self.target, file, "--costs", costs, "--target", "next", "--format", "csv")
                .output)
        let runs: [[String]] = [
            ["gap", "--target", "next"],
            ["plan", "--costs", costs, "--target", "next"],
            ["plan", "--costs", costs, "--target", "next", "--summary"],
            ["whatif", "--unit", "U01", "--set", "CQS=0.9"],
            ["whatif", "--scenario", plan],
            ["uncertainty", "--noise-absolute", "0.01", "--runs", "20"],
            ["sensitivity", "--noise-relative", "0.05", "--samples", "20", "--bootstrap", "5"],
        ]
        for command in runs {
            let base = [command[0], "--framework", Self.target, file] + command.dropFirst()
            let csv = chiso(base + ["--format", "csv"])
            #expect(csv.status == .ok, "\(command): \(csv.error)")
            #expect(Self.records(csv.output).first?.suffix(2) == ["approximation", "framework"], "\(command)")
            let marks = Self.column("approximation", of: csv.output).dropFirst()
            #expect(!marks.isEmpty && marks.allSatisfy { $0.contains("vn-dti-922-to-1726") }, "\(command)")
            if !command.contains("--summary") {
                let table = chiso(base + ["--lang", "en"])
                #expect(table.output.contains("APPROXIMATION: "), "\(command)")
                let json = try Self.json(chiso(base + ["--format", "json"]).output)
                let madeBy = try #require(json["made_by"] as? [String: Any], "\(command)")
                #expect((madeBy["approximation"] as? String)?.contains("vn-dti-922-to-1726") == true, "\(command)")
            }
        }
    }

    /// The mark only adds: the marked file's outputs, without the `approximation` column or sentence, are the
    /// outputs of the same file without the mark, byte for byte.
    @Test(arguments: [
        ["score"], ["gap", "--target", "next"], ["whatif", "--unit", "U01", "--set", "CQS=0.9"],
        ["uncertainty", "--noise-absolute", "0.01", "--runs", "20"],
    ])
    func theMarkOnlyAdds(command: [String]) throws {
        let marked = try Self.carried()
        let text = try String(contentsOfFile: marked, encoding: .utf8)
        let plain = try temporaryFile("plain1726.csv", Self.withoutApproximation(text))
        #expect(!plain.isEmpty && !Self.withoutApproximation(text).contains("approximation"))
        for format in ["csv", "table"] {
            let run = { (file: String) in
                chiso(
                    [command[0], "--framework", Self.target, file] + command.dropFirst()
                        + ["--format", format, "--lang", "en"]
                )
                .output
            }
            let withMark = run(marked)
            let withoutMark = run(plain)
            if format == "csv" {
                #expect(Self.withoutApproximation(withMark) == withoutMark, "\(command)")
            } else {
                let sentence = try #require(
                    withMark.components(separatedBy: "\n").first { $0.hasPrefix("APPROXIMATION: ") })
                #expect(withMark.replacingOccurrences(of: sentence + "\n", with: "") == withoutMark, "\(command)")
            }
        }
    }

    /// CSV text without its `approximation` column.
    static func withoutApproximation(_ csv: String) -> String {
        let rows = records(csv)
        guard let header = rows.first, let position = header.firstIndex(of: "approximation") else { return csv }
        let kept = rows.map { row in row.enumerated().filter { $0.offset != position }.map(\.element) }
        return CSVWriter.document(header: kept[0], rows: Array(kept.dropFirst()))
    }

    /// No framework may take `approximation` as an ID: it is a reserved data column.
    @Test func approximationIsAReservedColumn() {
        #expect(AssessmentLoader.reservedColumns.contains("approximation"))
    }

    /// Outputs of several frameworks name them: compare's JSON and summary CSV, crosswalk's coverage.
    @Test func outputsOfSeveralFrameworksNameThem() throws {
        let score = chiso("score", "--framework", "vn-dti-922-province", Self.dti, "--format", "csv").output
        let a = try temporaryFile("a.csv", score)
        let b = try temporaryFile("b.csv", score)
        let summary = chiso(
            "compare", "--framework", "vn-dti-922-province", a, b, "--summary", "--format", "csv", "--top", "5")
        #expect(
            Self.column("frameworks", of: summary.output) == ["frameworks", "vn-dti-922-province;vn-dti-922-province"])
        let json = try Self.json(
            chiso("compare", "--framework", "vn-dti-922-province", a, b, "--format", "json", "--top", "5").output)
        let madeBy = try #require(json["made_by"] as? [String: Any])
        #expect(madeBy["frameworks"] as? [String] == ["vn-dti-922-province"])
        #expect(madeBy["chiso_version"] as? String == OutputOrigin.version)
        #expect(madeBy["parameters"] as? [String: String] == ["top": "5"])
        #expect(madeBy["approximation"] == nil)
        let coverage = chiso("crosswalk", "--map", "vn-2361-commune-to-district", "--coverage", "--format", "csv")
        let named = Self.column("frameworks", of: coverage.output)
        #expect(named.count > 1)
        #expect(named.dropFirst().allSatisfy { $0 == "vn-2361-commune;vn-2361-district" })
        let coverageJSON = try Self.json(
            chiso("crosswalk", "--map", "vn-2361-commune-to-district", "--coverage", "--format", "json").output)
        let made = try #require(coverageJSON["made_by"] as? [String: Any])
        #expect(made["frameworks"] as? [String] == ["vn-2361-commune", "vn-2361-district"])
        #expect(made["parameters"] as? [String: String] == ["map": "vn-2361-commune-to-district"])
    }
}
