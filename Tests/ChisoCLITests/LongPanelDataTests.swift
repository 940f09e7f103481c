import ChisoFormats
import Foundation
import Testing

@testable import ChisoCLI

/// Long tables and panels from the command line (issue 21 point 4): a melted file scores as the wide one, a panel of
/// two years scores in one run as the two years do apart (ranks within the year), `--year` picks a year, and
/// `compare --years` compares two years of one panel.
@Suite struct LongPanelDataTests {
    /// The unit columns a melt keeps beside `criterion` and `value`.
    static let unitColumns: Set<String> = ["unit_id", "unit_name", "parent_id", "year", "registered_level", "group"]

    /// `wide` melted as pandas' `df.melt(id_vars=[unit columns], var_name="criterion", value_name="value")` does:
    /// criterion by criterion, every unit under each.
    static func melt(_ wide: String) -> String {
        let (records, _) = CSVReader.read(Array(wide.utf8), file: "wide.csv")
        let names = records[0].fields
        let kept = names.indices.filter { unitColumns.contains(names[$0]) }
        var text = CSVWriter.line(kept.map { names[$0] } + ["criterion", "value"])
        for column in names.indices where !kept.contains(column) {
            for row in records.dropFirst() {
                text += CSVWriter.line(kept.map { row.fields[$0] } + [names[column], row.fields[column]])
            }
        }
        return text
    }

    /// `wide` with every row given `year`, and each number lowered by `shift` (kept at 0 or above) so that the years
    /// differ.
    static func year(_ year: Int, of wide: String, shift: Double = 0) -> String {
        let (records, _) = CSVReader.read(Array(wide.utf8), file: "wide.csv")
        let names = records[0].fields
        guard let yearColumn = names.firstIndex(of: "year") else { return wide }
        var text = CSVWriter.line(names)
        for (row, record) in records.dropFirst().enumerated() {
            var fields = record.fields
            fields[yearColumn] = String(year)
            for column in fields.indices where !unitColumns.contains(names[column]) {
                if let value = Double(fields[column]), shift > 0 {
                    let lowered = max(0, value - shift * Double(row % 3))
                    fields[column] = lowered == lowered.rounded() ? String(Int(lowered)) : String(lowered)
                }
            }
            text += CSVWriter.line(fields)
        }
        return text
    }

    static func read(_ path: String) throws -> String { try String(contentsOfFile: path, encoding: .utf8) }

    static func hue() throws -> String {
        try temporaryFile(
            "hue.csv",
            chiso("sample", "--framework", "vn-hue-3043", "--units", "30", "--seed", "7").output)
    }

    /// The data of each case: the framework, the wide file, and the subordinate units' wide file if any.
    static func cases() throws -> [(framework: String, data: String, children: String?)] {
        [
            ("vn-2361-commune", communes, nil), ("vn-hue-3043", try hue(), nil),
            ("vn-2361-district", districts, communes),
        ]
    }

    @Test func aMeltedFileScoresAsTheWideOne() throws {
        for (framework, data, children) in try Self.cases() {
            let long = try temporaryFile("long.csv", Self.melt(try Self.read(data)))
            let longChildren = try children.map { try temporaryFile("children-long.csv", Self.melt(try Self.read($0))) }
            let wide = chiso(
                ["score", "--framework", framework, data, "--format", "csv"]
                    + (children.map { ["--children", $0] } ?? []))
            let melted = chiso(
                ["score", "--framework", framework, long, "--format", "csv"]
                    + (longChildren.map { ["--children", $0] } ?? []))
            #expect(wide.status == .ok && melted.status == .ok, "\(melted.error)")
            #expect(melted.output == wide.output, "\(framework)")
            #expect(melted.error.contains("đọc dưới dạng bảng dài"), "\(melted.error)")
        }
    }

    static let brokenLong =
        "unit_id,unit_name,criterion,value\nX1,Xã A,NT,3\nX1,Xã A,TC,abc\nX1,Xã B,HT,4\nX1,Xã A,NT,5\nX2,Xã C,NTT,3\n"
        + "X2,Xã C,,3\n"

    @Test(arguments: [
        (
            "en",
            """
            broken-long.csv:3:4: error: TC "abc": expected a number of points
            broken-long.csv:4:2: error: unit_name "Xã B": differs from line 2 of the same unit, which says "Xã A"; \
            every row of a unit must agree
            broken-long.csv:5:3: error: criterion "NT": this unit already has a value of NT on line 2; a unit may \
            have one value per criterion (add a year column if the rows are of different years)
            broken-long.csv:6:3: error: criterion "NTT": a criterion the framework does not have; did you mean NT?
            broken-long.csv:7:3: error: criterion: empty criterion; each row of a long table must name a criterion
            broken-long.csv:1: notice: read as a long table (one row per unit and criterion): 2 units × 4 criteria
            broken-long.csv:1: warning: no row gives a value of these 5 measures, which count as missing for every \
            unit: NTCQ, DL, HD, AT, NL
            5 errors; nothing was written. Fix them all and run the command again.
            """
        ),
        (
            "vi",
            """
            broken-long.csv:3:4: lỗi: TC "abc": cần một số điểm
            broken-long.csv:4:2: lỗi: unit_name "Xã B": khác với dòng 2 của cùng đơn vị, nơi ghi "Xã A"; mọi dòng \
            của một đơn vị phải ghi như nhau
            broken-long.csv:5:3: lỗi: criterion "NT": đơn vị này đã có giá trị của NT ở dòng 2; mỗi đơn vị chỉ được \
            có một giá trị cho mỗi tiêu chí (thêm cột year nếu các dòng là của những năm khác nhau)
            broken-long.csv:6:3: lỗi: criterion "NTT": tiêu chí không có trong khung đánh giá; có phải ý bạn là NT?
            broken-long.csv:7:3: lỗi: criterion: ô criterion trống; mỗi dòng của bảng dài phải ghi mã một tiêu chí
            broken-long.csv:1: lưu ý: đọc dưới dạng bảng dài (mỗi dòng một đơn vị và một tiêu chí): 2 đơn vị × 4 \
            tiêu chí
            broken-long.csv:1: cảnh báo: không dòng nào cho giá trị của 5 tiêu chí sau, nên mọi đơn vị đều bị tính là \
            chưa có số liệu ở các tiêu chí đó: NTCQ, DL, HD, AT, NL
            5 lỗi; chưa ghi gì. Hãy sửa hết rồi chạy lại lệnh.
            """
        ),
    ])
    func theProblemsOfALongFileInBothLanguages(lang: String, expected: String) throws {
        let file = try temporaryFile("broken-long.csv", Self.brokenLong)
        let run = chiso("score", "--framework", "vn-hue-3043", file, "--lang", lang)
        #expect(run.status == .dataError)
        let shown = run.error.split(separator: "\n").map { line in
            line.replacingOccurrences(of: file, with: "broken-long.csv")
        }
        #expect(shown.joined(separator: "\n") == expected)
    }

    /// Two years stacked in one file (wide or long): scored in one run as each year alone, ranks within the year.
    @Test(arguments: [false, true])
    func aPanelScoresAsItsYearsApart(long: Bool) throws {
        let hue = try Self.read(try Self.hue())
        let (early, late) = (Self.year(2024, of: hue, shift: 1), Self.year(2025, of: hue))
        let stacked =
            early
            + late.split(separator: "\n", omittingEmptySubsequences: false).dropFirst()
            .joined(separator: "\n")
        let panel = try temporaryFile("panel.csv", long ? Self.melt(stacked) : stacked)
        let run = chiso("score", "--framework", "vn-hue-3043", panel, "--format", "csv")
        #expect(run.status == .ok, "\(run.error)")
        let apart = try [early, late].map { data in
            chiso("score", "--framework", "vn-hue-3043", try temporaryFile("year.csv", data), "--format", "csv").output
        }
        let expected = apart[0] + apart[1].split(separator: "\n").dropFirst().map { $0 + "\n" }.joined()
        #expect(run.output == expected)
        #expect(apart[0] != apart[1].replacingOccurrences(of: "2025", with: "2024"))
        #expect(run.error.contains("tính điểm từng năm riêng (2024, 2025)"), "\(run.error)")
    }

    @Test func aDistrictPanelRollsUpTheSameYearsCommunes() throws {
        let (communesWide, districtsWide) = (try Self.read(communes), try Self.read(districts))
        func stack(_ wide: String) -> (String, String, String) {
            let early = Self.year(2024, of: wide, shift: 10)
            let late = Self.year(2025, of: wide)
            return (early, late, early + late.split(separator: "\n").dropFirst().map { $0 + "\n" }.joined())
        }
        let (c24, c25, cPanel) = stack(communesWide)
        let (d24, d25, dPanel) = stack(districtsWide)
        let run = chiso(
            "score", "--framework", "vn-2361-district", try temporaryFile("d.csv", dPanel), "--children",
            try temporaryFile("c.csv", cPanel), "--format", "csv")
        #expect(run.status == .ok, "\(run.error)")
        let apart = try [(d24, c24), (d25, c25)].map { districts, communes in
            chiso(
                "score", "--framework", "vn-2361-district", try temporaryFile("d1.csv", districts), "--children",
                try temporaryFile("c1.csv", communes), "--format", "csv"
            ).output
        }
        #expect(run.output == apart[0] + apart[1].split(separator: "\n").dropFirst().map { $0 + "\n" }.joined())
        #expect(apart[0].replacingOccurrences(of: "2024", with: "2025") != apart[1])
    }

    /// A subordinate unit of a panel with an empty `year` would be rolled up into no year's parent: an error at its
    /// line of the `--children` file, not a district result that silently leaves the commune out.
    @Test func aChildRowWithoutAYearIsAnError() throws {
        let (communesWide, districtsWide) = (try Self.read(communes), try Self.read(districts))
        func stack(_ wide: String) -> String {
            let late = Self.year(2025, of: wide).split(separator: "\n").dropFirst()
            return Self.year(2024, of: wide) + late.map { $0 + "\n" }.joined()
        }
        var lines = stack(communesWide).split(separator: "\n").map(String.init)
        var fields = lines[1].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        fields[3] = ""
        lines[1] = fields.joined(separator: ",")
        let children = try temporaryFile("c.csv", lines.joined(separator: "\n") + "\n")
        let run = chisoInEnglish(
            "score", "--framework", "vn-2361-district", try temporaryFile("d.csv", stack(districtsWide)),
            "--children", children, "--format", "csv")
        #expect(run.status == .dataError)
        #expect(run.output.isEmpty)
        #expect(run.error.contains("\(children):2: error: year: empty year in a panel (2024, 2025)"), "\(run.error)")
    }

    /// In a file of one year, rows of a unit without a year beside rows of the same unit with one would stand as a
    /// second unit of the same ID (ranked, counted, exit 0): an error at the line without a year, wide or long.
    @Test(arguments: [false, true])
    func aUnitSplitByAnEmptyYearIsAnError(long: Bool) throws {
        let sample = repository.appendingPathComponent("notebooks-data/sample-example-province-department.csv")
        var lines = try Self.read(sample.path).split(separator: "\n").map(String.init)
        // U01 again on line 14, without a year.
        var fields = lines[1].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        fields[3] = ""
        fields[5] = "1"
        lines.append(fields.joined(separator: ","))
        let text = lines.joined(separator: "\n") + "\n"
        let data = try temporaryFile("split.csv", long ? Self.melt(text) : text)
        let run = chisoInEnglish("score", "--framework", "example-province-department", data, "--format", "csv")
        #expect(run.status == .dataError)
        #expect(run.output.isEmpty)
        // Melted, U01 without a year first stands on line 14, its TTC.01 row after the twelve units of the sample.
        #expect(
            run.error.contains(
                "\(data):14: error: year: empty year, while line 2 of the same unit says 2025: these rows would "
                    + "stand as a second unit of the same ID; write the year on every row"), "\(run.error)")
        // A unit of its own without a year, in a file of one year, is read as before.
        lines[lines.count - 1] = lines[lines.count - 1].replacingOccurrences(of: "U01,", with: "U13,")
        let alone = try temporaryFile("alone.csv", lines.joined(separator: "\n") + "\n")
        #expect(chiso("score", "--framework", "example-province-department", alone, "--format", "csv").status == .ok)
    }

    @Test func yearPicksOneYearAndOtherCommandsAskForIt() throws {
        let hue = try Self.read(try Self.hue())
        let late = Self.year(2025, of: hue)
        let stacked =
            Self.year(2024, of: hue, shift: 1)
            + late.split(separator: "\n").dropFirst().map { $0 + "\n" }
            .joined()
        let panel = try temporaryFile("panel.csv", stacked)
        let picked = chiso("gap", "--framework", "vn-hue-3043", panel, "--year", "2025", "--format", "csv")
        let alone = chiso("gap", "--framework", "vn-hue-3043", try temporaryFile("late.csv", late), "--format", "csv")
        #expect(picked.status == .ok && picked.output == alone.output, "\(picked.error)")
        let refused = chisoInEnglish("gap", "--framework", "vn-hue-3043", panel)
        #expect(refused.status == .usage)
        #expect(
            refused.error.contains(
                "error: year: the file holds 2 years (2024, 2025), and this command works on one year at a time; "
                    + "pick one with --year 2025"), "\(refused.error)")
        let unknown = chisoInEnglish("report", "--framework", "vn-hue-3043", panel, "--year", "2023")
        #expect(unknown.status == .dataError)
        #expect(unknown.error.contains("--year 2023: the file does not hold this year; it holds 2024, 2025"))
        let bad = chisoInEnglish("score", "--framework", "vn-hue-3043", panel, "--year", "last")
        #expect(bad.status == .usage)
        #expect(bad.error.contains("--year last: expected a year (a whole number from 1900 to 2200)"))
        let json = chisoInEnglish("score", "--framework", "vn-hue-3043", panel, "--format", "json")
        #expect(json.status == .usage)
        #expect(json.error.contains("JSON output holds one year"))
    }

    @Test func compareComparesTwoYearsOfOnePanel() throws {
        let hue = try Self.read(try Self.hue())
        let (early, late) = (Self.year(2024, of: hue, shift: 1), Self.year(2025, of: hue))
        let panel = try temporaryFile(
            "panel.csv", early + late.split(separator: "\n").dropFirst().map { $0 + "\n" }.joined())
        let one = chiso("compare", "--framework", "vn-hue-3043", panel, "--years", "2024,2025", "--format", "csv")
        let two = chiso(
            "compare", "--framework", "vn-hue-3043", try temporaryFile("a.csv", early),
            try temporaryFile("b.csv", late),
            "--years", "2024,2025", "--format", "csv")
        #expect(one.status == .ok, "\(one.error)")
        #expect(one.output == two.output)
        #expect(one.output.contains("2024") && one.output.contains("2025"))
        let unpicked = chiso("compare", "--framework", "vn-hue-3043", panel, try temporaryFile("b.csv", late))
        #expect(unpicked.status == .usage)
        #expect(unpicked.error.contains("--year 2025"))
    }

    /// The README's samples: the long one is the wide sample melted and scores as it does; the panel's 2025 is the
    /// wide sample.
    @Test func theSamplesAreTheWideSampleMeltedAndStacked() throws {
        let folder = repository.appendingPathComponent("notebooks-data")
        let wide = folder.appendingPathComponent("sample-example-province-department.csv").path
        let long = folder.appendingPathComponent("sample-example-province-department-long.csv").path
        let panel = folder.appendingPathComponent("sample-example-province-department-panel.csv").path
        #expect(try Self.read(long) == Self.melt(try Self.read(wide)))
        let framework = "example-province-department"
        let expected = chiso("score", "--framework", framework, wide, "--format", "csv").output
        #expect(chiso("score", "--framework", framework, long, "--format", "csv").output == expected)
        let late = chiso("score", "--framework", framework, panel, "--year", "2025", "--format", "csv")
        #expect(late.status == .ok && late.output == expected)
        let both = chiso("score", "--framework", framework, panel, "--format", "csv")
        #expect(both.output.hasSuffix(expected.split(separator: "\n").dropFirst().map { $0 + "\n" }.joined()))
        #expect(both.output.split(separator: "\n").count == 25)
    }

    /// What would mix years is refused with the option that picks them: communes of two years under one year's
    /// districts, a panel's score output as one side of `compare`; `report` reads one year with `--year`.
    @Test func mixingYearsIsRefusedNamingTheOption() throws {
        let communesWide = try Self.read(communes)
        let panel = try temporaryFile(
            "c-panel.csv",
            Self.year(2024, of: communesWide, shift: 10)
                + Self.year(2025, of: communesWide).split(separator: "\n").dropFirst().map { $0 + "\n" }.joined())
        let mixed = chisoInEnglish("score", "--framework", "vn-2361-district", districts, "--children", panel)
        #expect(mixed.status == .usage)
        #expect(mixed.error.contains("c-panel.csv: error: year: the file holds 2 years (2024, 2025)"), "\(mixed.error)")
        let output = try temporaryFile(
            "scores.csv", chiso("score", "--framework", "vn-2361-commune", panel, "--format", "csv").output)
        let compared = chisoInEnglish("compare", "--framework", "vn-2361-commune", output, communes)
        #expect(compared.status == .usage)
        #expect(
            compared.error.contains(
                "the file holds results of 2 years (2024, 2025), a row per unit and year; compare the years with "
                    + "--years 2024,2025"), "\(compared.error)")
        let split = chiso(
            "compare", "--framework", "vn-2361-commune", output, "--years", "2024,2025", "--format", "csv")
        let direct = chiso(
            "compare", "--framework", "vn-2361-commune", panel, "--years", "2024,2025", "--format", "csv")
        #expect(split.status == .ok && split.output == direct.output, "\(split.error)")
        let directory = try Support.temporaryDirectory()
        let report = directory.appendingPathComponent("report.html").path
        let picked = chiso("report", "--framework", "vn-2361-commune", panel, "--year", "2025", "--output", report)
        #expect(picked.status == .ok, "\(picked.error)")
        #expect(try Self.read(report).contains("H01-X01"))
    }

    /// What a panel run says, in both languages: one notice when `score` scores it year by year, and the errors of
    /// a command that needs one year and of JSON output.
    @Test(arguments: [
        (
            "vi",
            """
            panel.csv: lưu ý: year: dữ liệu nhiều năm: tính điểm từng năm riêng (2024, 2025); thứ hạng, nhóm và việc \
            tổng hợp các đơn vị cấp dưới đều trong cùng một năm
            panel.csv: lỗi: year: tệp có dữ liệu của 2 năm (2024, 2025), mà lệnh này làm việc với từng năm một; hãy \
            chọn một năm bằng --year 2025 ('chiso score' tính mọi năm trong một lần chạy, 'chiso compare --years' so \
            sánh các năm)
            panel.csv: lỗi: year: tệp có dữ liệu của 2 năm (2024, 2025), mà đầu ra JSON chứa một năm; hãy chọn một năm \
            bằng --year 2025, hoặc dùng --format csv để có mọi năm
            """
        ),
        (
            "en",
            """
            panel.csv: notice: year: a panel: each year scored on its own (2024, 2025); ranks, groups and the roll-up \
            of subordinate units stay within a year
            panel.csv: error: year: the file holds 2 years (2024, 2025), and this command works on one year at a time; \
            pick one with --year 2025 ('chiso score' scores every year in one run, 'chiso compare --years' compares \
            years)
            panel.csv: error: year: the file holds 2 years (2024, 2025), and JSON output holds one year; pick one with \
            --year 2025, or use --format csv for every year
            """
        ),
    ])
    func whatAPanelRunSays(lang: String, expected: String) throws {
        let panel = repository.appendingPathComponent("notebooks-data/sample-example-province-department-panel.csv")
        let framework = ["--framework", "example-province-department", panel.path, "--lang", lang]
        let runs = [
            chiso(["score"] + framework + ["--format", "csv"]), chiso(["gap"] + framework),
            chiso(["score"] + framework + ["--format", "json"]),
        ]
        #expect(runs.map(\.status) == [.ok, .usage, .usage])
        let said = runs.map {
            $0.error.split(separator: "\n")[0].replacingOccurrences(of: panel.path, with: "panel.csv")
        }
        #expect(said.joined(separator: "\n") == expected)
    }

    /// A row of a panel with an empty `year` cell belongs to no year: scored year by year, it would vanish from the
    /// results with exit 0. It is an error at its line, in both languages, wide or long.
    @Test(arguments: [
        (
            "vi", false,
            "panel.csv:4: lỗi: year: ô year trống trong dữ liệu nhiều năm (2024, 2025): đơn vị này không thuộc năm "
                + "nào nên sẽ không được tính điểm; hãy ghi năm của dòng này"
        ),
        (
            "en", false,
            "panel.csv:4: error: year: empty year in a panel (2024, 2025): this unit belongs to no year and would not "
                + "be scored; write the year of this row"
        ),
        ("en", true, "panel.csv:4: error: year: empty year in a panel (2024, 2025)"),
    ])
    func aPanelRowWithoutAYearIsAnError(lang: String, long: Bool, expected: String) throws {
        let sample = repository.appendingPathComponent("notebooks-data/sample-example-province-department-panel.csv")
        var lines = try Self.read(sample.path).split(separator: "\n").map(String.init)
        // Line 4 is U03 in 2024: its year cell (the fourth) emptied.
        var fields = lines[3].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        fields[3] = ""
        lines[3] = fields.joined(separator: ",")
        let text = lines.joined(separator: "\n") + "\n"
        let panel = try temporaryFile("panel.csv", long ? Self.melt(text) : text)
        let run = chiso("score", "--framework", "example-province-department", panel, "--format", "csv", "--lang", lang)
        #expect(run.status == .dataError)
        #expect(run.output.isEmpty)
        let said = run.error.replacingOccurrences(of: panel, with: "panel.csv")
        #expect(said.contains(expected), "\(said)")
    }
}
