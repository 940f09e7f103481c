import ChisoCLI
import ChisoCore
import ChisoFormats
import ChisoReports
import Foundation
import Testing

/// The input side through the whole command line: mixed-up files, extra columns, shares as fractions, grouped
/// messages, skipped units in `explain`.
@Suite struct InputFilesCommandTests {
    static func errorLines(_ text: String) -> [String] {
        text.split(separator: "\n").map(String.init).filter { $0.contains(": error: ") }
    }

    @Test func communesScoredAsDistrictsIsOneMessage() {
        let run = chisoInEnglish("score", "--framework", "vn-2361-district", communes)
        #expect(run.status == .dataError)
        #expect(
            Self.errorLines(run.error) == [
                "\(communes):1: error: the columns of this file are criteria of vn-2361-commune (39 of them), not of "
                    + "vn-2361-district (8 unknown to it, 1 criterion of it absent): it looks like a file of "
                    + "subordinate units: score it with --framework vn-2361-commune, or give it with --children beside "
                    + "the file of their parents. If vn-2361-district is right, name the other columns with "
                    + "--ignore-column to leave them out"
            ])
        #expect(run.error.hasSuffix("1 error; nothing was written.\n"))
        // Leaving the commune-only columns out is no way round it either.
        let ignoring = chisoInEnglish("score", "--framework", "vn-2361-district", communes, "--extra-columns", "ignore")
        #expect(Self.errorLines(ignoring.error).count == 1)
    }

    @Test func districtsScoredAsCommunesIsOneMessage() {
        let run = chisoInEnglish("score", "--framework", "vn-2361-commune", districts)
        #expect(run.status == .dataError)
        #expect(
            Self.errorLines(run.error) == [
                "\(districts):1: error: the columns of this file are criteria of vn-2361-district (32 of them), not of "
                    + "vn-2361-commune (1 unknown to it, 8 criteria of it absent): score it with --framework "
                    + "vn-2361-district. If vn-2361-commune is right, name the other columns with --ignore-column to "
                    + "leave them out"
            ])
    }

    @Test func swappedDataAndChildren() {
        let run = chisoInEnglish("score", "--framework", "vn-2361-district", communes, "--children", districts)
        #expect(run.status == .dataError)
        let errors = Self.errorLines(run.error)
        #expect(errors.count == 1)
        #expect(
            errors.first?.contains("it looks like the subordinate units' file; did you swap DATA.csv and --children?")
                == true)
    }

    @Test func otherMixUps() throws {
        let dti = repository.appendingPathComponent("notebooks-data/sample-vn-dti-922-province.csv").path
        let underLevels = chisoInEnglish("score", "--framework", "vn-2361-commune", dti)
        #expect(Self.errorLines(underLevels.error).count == 1)
        #expect(underLevels.error.contains("are criteria of vn-dti-922-province (9 of them)"))
        // chiso's own output fed back in.
        let output = try temporaryFile(
            "results.csv", chisoInEnglish("score", "--framework", "vn-2361-commune", communes, "--format", "csv").output
        )
        let fedBack = chisoInEnglish("score", "--framework", "vn-2361-commune", output)
        #expect(
            Self.errorLines(fedBack.error) == [
                "\(output):1: error: this looks like chiso's output (score --format csv), not an assessment file: "
                    + "give the file the results were scored from"
            ])
        // Recognised levels given as --children.
        let levels = try temporaryFile("levels.csv", "unit_id,parent_id,level\nX1,H01,2\nX2,H01,3\n")
        let asChildren = chisoInEnglish("score", "--framework", "vn-2361-district", districts, "--children", levels)
        #expect(asChildren.status == .dataError)
        #expect(
            Self.errorLines(asChildren.error) == [
                "\(levels):1: error: this looks like a list of recognised levels (unit_id, parent_id, level), not an "
                    + "assessment file: give it with --children-levels"
            ])
    }

    @Test func aFrameworkThatLacksOneCriterionIsNoMixUp() throws {
        // A province's copy of the commune framework without XHS.09, on a full commune file: the column is unknown,
        // not a sign of the wrong framework.
        let (framework, _) = try FrameworkCatalog.load("vn-2361-commune")
        let data = Data(FrameworkEncoder.encode(framework).utf8)
        var object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let criteria = try #require(object["criteria"] as? [[String: Any]])
        object["criteria"] = criteria.filter { $0["id"] as? String != "XHS.09" }
        object["id"] = "my-commune"
        object.removeValue(forKey: "$schema")
        let file = try temporaryFile("my-commune.json", "")
        try JSONSerialization.data(withJSONObject: object).write(to: URL(fileURLWithPath: file))
        let run = chisoInEnglish("score", "--framework", file, communes)
        #expect(run.status == .dataError)
        #expect(
            Self.errorLines(run.error) == ["\(communes):1:44: error: XHS.09: unknown column; did you mean XHS.01?"])
        let ignored = chisoInEnglish("score", "--framework", file, communes, "--ignore-column", "XHS.09")
        #expect(ignored.status == .ok)
    }

    @Test func extraColumnsPassThroughToCSV() throws {
        let data = try temporaryFile(
            "extra.csv", "unit_id,ghi_chu,CQS.01,level,notes\nX1,\"a, b\",70,5,n1\nX2,,80,4,\"say \"\"hi\"\"\"\n")
        let refused = chisoInEnglish("score", "--framework", "vn-2361-commune", data)
        #expect(refused.status == .dataError)
        #expect(Self.errorLines(refused.error).count == 3)
        let kept = chisoInEnglish(
            "score", "--framework", "vn-2361-commune", data, "--extra-columns", "keep", "--format", "csv",
            "--ignore-column", "NOTES")
        #expect(kept.status == .ok)
        let (records, _) = CSVReader.read(Array(kept.output.utf8), file: "out")
        #expect(records.first?.fields.suffix(4) == ["missing", "framework", "ghi_chu", "level_input"])
        #expect(records.dropFirst().map { Array($0.fields.suffix(2)) } == [["a, b", "5"], ["", "4"]])
        #expect(
            kept.error.contains("2 columns that the framework does not have, left out of scoring and passed through"))
        let ignored = chisoInEnglish(
            "score", "--framework", "vn-2361-commune", data, "--ignore-column", "ghi_chu", "--ignore-column", "level",
            "--ignore-column=notes", "--ignore-column", "nothere", "--format", "csv")
        #expect(ignored.status == .ok)
        #expect(ignored.error.contains("warning: nothere: --ignore-column names a column that the file does not have"))
        #expect(
            CSVReader.read(Array(ignored.output.utf8), file: "o").records.first?.fields.last == "framework")
        let explained = chisoInEnglish(
            "explain", "--framework", "vn-2361-commune", data, "--unit", "X1", "--extra-columns", "ignore")
        #expect(explained.status == .ok)
    }

    @Test func repeatedOptionsOtherThanIgnoreColumnAreStillRefused() {
        let run = chiso(
            "score", "--framework", "vn-2361-commune", communes, "--format", "csv", "--format", "json", "--lang", "en")
        #expect(run.status == .usage)
        #expect(run.error.hasPrefix("Error: '--format' is given more than once"))
        let bad = chiso("score", "--framework", "vn-2361-commune", communes, "--extra-columns", "drop")
        #expect(bad.status == .usage)
    }

    @Test func fractionsStopTheRunUnlessAsked() throws {
        let data = try temporaryFile("shares.csv", "unit_id,CQS.01,CQS.02\nX1,0.63,0.5\nX2,1,0.7\n")
        let refused = chisoInEnglish("score", "--framework", "vn-2361-commune", data, "--skip-invalid")
        #expect(refused.status == .dataError)
        #expect(refused.output.isEmpty)
        #expect(Self.errorLines(refused.error).count == 2)
        let asked = chisoInEnglish("score", "--framework", "vn-2361-commune", data, "--fractions", "--format", "json")
        #expect(asked.status == .ok)
        #expect(asked.output.contains("\"CQS.01\": 63"))
        #expect(asked.output.contains("\"CQS.02\": 70"))
    }

    @Test func emptyParentIDsAreSummedUpAndAMissingColumnIsOneMessage() throws {
        let rows = (1...121).map { "X\($0),," }.joined(separator: "\n")
        let children = try temporaryFile("c.csv", "unit_id,parent_id,CQS.01\n\(rows)\n")
        let run = chisoInEnglish("score", "--framework", "vn-2361-district", districts, "--children", children)
        #expect(run.status == .dataError)
        let errors = Self.errorLines(run.error)
        #expect(errors.count == 4)
        #expect(errors.last == "\(children): error: parent_id: and 118 more rows with an empty parent_id")
        #expect(run.error.contains("121 errors (118 of them summed up above); nothing was written."))
        let noColumn = try temporaryFile("n.csv", "unit_id,CQS.01\n\(rows.replacingOccurrences(of: ",,", with: ","))\n")
        let missing = chisoInEnglish("score", "--framework", "vn-2361-district", districts, "--children", noColumn)
        #expect(
            Self.errorLines(missing.error) == [
                "\(noColumn):1: error: parent_id: no parent_id column; every subordinate unit needs the unit_id of the "
                    + "unit it belongs to, in a parent_id column"
            ])
    }

    @Test func recognisedLevelsAsExcelAndPandasWriteThem() throws {
        let plain = try temporaryFile("plain.csv", "unit_id,parent_id,level\nX1,H01,2\nX2,H01,3\n")
        let shaped = try temporaryFile("shaped.csv", "\u{FEFF}unit_id;parent_id;level\r\nX1;H01;2.0\r\nX2;H01;3.0\r\n")
        let expected = chisoInEnglish("score", "--framework", "vn-2361-district", districts, "--children-levels", plain)
        let run = chisoInEnglish("score", "--framework", "vn-2361-district", districts, "--children-levels", shaped)
        #expect(run.status == .ok)
        #expect(run.output == expected.output)
        #expect(run.error.contains("shaped.csv:1: notice: read as semicolon-separated"))
    }

    @Test func explainASkippedUnitSaysWhy() throws {
        let data = try temporaryFile("sk.csv", "unit_id,CQS.01,KTS.04\nX1,50,1\nX2,abc,-1\n")
        let run = chisoInEnglish("explain", "--framework", "vn-2361-commune", data, "--unit", "X2", "--skip-invalid")
        #expect(run.status == .dataError)
        #expect(
            Self.errorLines(run.error).last
                == "\(data):3: error: unit_id \"X2\": this unit was skipped (--skip-invalid) because its row has 2 "
                + "errors: CQS.01 \"abc\": expected a percentage from 0 to 100 (e.g. 72.5, 72,5 or 72.5%); KTS.04 "
                + "\"-1\": expected a whole number of 0 or more. Fix the row to explain the unit")
        #expect(run.error.contains("skipped 1 invalid row (listed above)"))
    }

    @Test func stderrStaysSmallForHugeAndRepetitiveInput() throws {
        var text = "unit_id,CQS.01,\(String(repeating: "Z", count: 100_000))\n"
        for index in 0..<5_000 { text += "H\(index % 7),\(String(repeating: "9", count: 200)),\u{1B}[2J\n" }
        let data = try temporaryFile("big.csv", text)
        let run = chiso("score", "--framework", "vn-2361-commune", data)
        #expect(run.status == .dataError)
        #expect(run.error.utf8.count < 8_000)
        #expect(!run.error.unicodeScalars.contains { $0.value == 0x1B })
    }
}
