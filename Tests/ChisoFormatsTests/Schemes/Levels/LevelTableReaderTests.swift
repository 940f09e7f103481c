import ChisoCore
import Foundation
import Testing

@testable import ChisoFormats

/// The level scheme's table reader: Decision 2361's annexes as the decision prints them import as frameworks that
/// score the national synthetic data exactly as the built-in ones; the measure, the level names and the settings
/// are read from where a table gives them; every problem of a broken table is reported at once, located.
@Suite struct LevelTableReaderTests {
    /// The framework imported from `Fixtures/annex/<file>`, with the identity of the built-in `like`.
    static func imported(_ file: String, like id: String) throws -> (Framework, LevelScheme, [Diagnostic]) {
        let data = try #require(FileManager.default.contents(atPath: Support.fixture("annex/" + file)))
        let (records, csvProblems) = CSVReader.read(Array(data), file: file)
        #expect(csvProblems.isEmpty)
        let input = LevelTableSupport.input(records, file: file)
        #expect(input.table.problems.isEmpty, "\(input.table.problems)")
        let (read, problems) = try LevelTableSupport.read(input)
        let (builtIn, _) = try FrameworkCatalog.load(id)
        let (framework, warnings) = try LevelTableSupport.framework(try #require(read), like: builtIn)
        let scheme = try #require(framework.scheme as? LevelScheme)
        return (framework, scheme, problems + warnings)
    }

    /// Decision 2361's annexes, imported: the same criteria, measures, levels and rules as the built-in
    /// frameworks, criterion by criterion and level by level.
    @Test(arguments: [("2361-commune.csv", "vn-2361-commune"), ("2361-district.csv", "vn-2361-district")])
    func decisionTablesImportTheBuiltInRules(file: String, id: String) throws {
        let (_, scheme, problems) = try Self.imported(file, like: id)
        #expect(problems.isEmpty, "\(problems)")
        let (_, builtIn) = try Support.builtIn(id)
        #expect(scheme.levels == builtIn.levels)
        #expect(scheme.rule == builtIn.rule)
        #expect(scheme.groups.map(\.id) == builtIn.groups.map(\.id))
        #expect(scheme.measures == builtIn.measures)
        #expect(scheme.criteria.count == builtIn.criteria.count)
        for (criterion, expected) in zip(scheme.criteria, builtIn.criteria) {
            #expect(criterion.id == expected.id)
            #expect(criterion.kind == expected.kind, "\(criterion.id)")
            #expect(criterion.requirements.map(\.rule) == expected.requirements.map(\.rule), "\(criterion.id)")
            #expect(criterion.requirements.map(\.text) == expected.requirements.map(\.text), "\(criterion.id)")
            #expect(criterion.conditional == expected.conditional, "\(criterion.id)")
        }
    }

    /// Without `Đo bằng`, the decision's table as printed: every criterion's measure is inferred from its level
    /// cells, equal to the built-in one, with one notice per criterion at its row.
    @Test(arguments: [("2361-commune.csv", "vn-2361-commune"), ("2361-district.csv", "vn-2361-district")])
    func measuresInferredFromTheDecisionsCellsAreTheBuiltInOnes(file: String, id: String) throws {
        let data = try #require(FileManager.default.contents(atPath: Support.fixture("annex/" + file)))
        let (records, _) = CSVReader.read(Array(data), file: file)
        let header = try #require(records.first { $0.fields.first == "STT" })
        let measure = try #require(header.fields.firstIndex(of: "Đo bằng"))
        let stripped = records.map { record in
            CSVRecord(
                line: record.line, fields: record.fields.enumerated().filter { $0.offset != measure }.map(\.element))
        }
        let (read, problems) = try LevelTableSupport.read(LevelTableSupport.input(stripped, file: file))
        let (builtIn, builtInScheme) = try Support.builtIn(id)
        #expect(problems.count == builtInScheme.criteria.count)
        #expect(problems.allSatisfy { $0.code == "levels.table.measure-inferred" && $0.severity == .notice })
        let (framework, _) = try LevelTableSupport.framework(try #require(read), like: builtIn)
        let scheme = try #require(framework.scheme as? LevelScheme)
        #expect(scheme.criteria.map(\.kind) == builtInScheme.criteria.map(\.kind))
        #expect(
            scheme.criteria.map { $0.requirements.map(\.rule) }
                == builtInScheme.criteria.map { $0.requirements.map(\.rule) })
    }

    /// The test: the national synthetic data (`chiso`'s benchmark input: 10,600 communes in 700
    /// districts, seed 2361) scored with the imported and the built-in frameworks gives the same level, unit by
    /// unit; districts with their communes' levels rolled up, as the built-in scoring does.
    @Test func importedAnnexesScoreTheNationalDataAsTheBuiltIns() throws {
        let (_, commune, _) = try Self.imported("2361-commune.csv", like: "vn-2361-commune")
        let (_, district, _) = try Self.imported("2361-district.csv", like: "vn-2361-district")
        let (_, builtInCommune) = try Support.builtIn("vn-2361-commune")
        let (_, builtInDistrict) = try Support.builtIn("vn-2361-district")
        let nation = SyntheticProvince.generate(
            district: builtInDistrict, commune: builtInCommune, districtCount: 700, communeCount: 10_600, seed: 2361)
        let imported = LinkedScoring(
            parents: nation.districts, scheme: district, children: nation.communes, scheme: commune)
        let builtIn = LinkedScoring(
            parents: nation.districts, scheme: builtInDistrict, children: nation.communes, scheme: builtInCommune)
        let communeLevels = imported.childResults.map(\.standing.ordinal)
        let districtLevels = imported.parentResults.map(\.standing.ordinal)
        #expect(communeLevels.count == 10_600)
        #expect(districtLevels.count == 700)
        #expect(Set(communeLevels).count >= 4, "the data reaches several levels, so a wrong rule would show")
        #expect(Set(districtLevels).count >= 3)
        #expect(communeLevels == builtIn.childResults.map(\.standing.ordinal))
        #expect(districtLevels == builtIn.parentResults.map(\.standing.ordinal))
        #expect(imported.childResults.map(\.statuses) == builtIn.childResults.map(\.statuses))
        #expect(imported.parentResults.map(\.statuses) == builtIn.parentResults.map(\.statuses))
    }

    /// A small level table: a title row, the header (`extra` columns after `Căn cứ`), a group, and `rows`.
    static func table(_ rows: [[String]], levels: Int = 5, extra: [String] = []) -> [CSVRecord] {
        let header =
            ["STT", "Mã", "Tiêu chí", "Đơn vị tính"] + (1...levels).map { "Mức \($0)" } + ["Phương pháp", "Căn cứ"]
            + extra
        let width = header.count
        let padded = rows.map { $0 + Array(repeating: "", count: max(width - $0.count, 0)) }
        return LevelTableSupport.records(
            [["PHỤ LỤC"], header, ["I", "A", "Nhóm A"] + Array(repeating: "", count: width - 3)] + padded)
    }

    /// When `Đo bằng` is empty the measure is inferred from the level cells, with a notice at the row and a note in
    /// the criterion's comment; cells that do not tell it are an error.
    @Test(arguments: [
        (["50%", "60%", "70%", "80%", "90%"], "percent", "notice levels.table.measure-inferred"),
        (
            ["Tối thiểu 01 nhân sự", "Tối thiểu 01 nhân sự", "Tối thiểu 02 nhân sự", "Không áp dụng", "-"], "count",
            "notice levels.table.measure-inferred"
        ),
        (
            ["Không áp dụng", "Có hệ thống", "Có hệ thống", "Có hệ thống", "Có hệ thống"], "yesNo",
            "notice levels.table.measure-inferred"
        ),
        (
            ["100% xã, phường, thị trấn đạt mức độ chuyển đổi số mức khởi động", "", "", "", ""], "childLevels",
            "notice levels.table.measure-inferred"
        ),
        (
            ["Không áp dụng", "Có 1 doanh nghiệp", "Có 2 doanh nghiệp", "3 doanh nghiệp trở lên hoặc 100%", "-"],
            "count", "notice levels.table.measure-inferred"
        ),
        (["50%", "Có", "", "", ""], "", "error levels.table.measure-unknown"),
        (["Không áp dụng", "", "", "", ""], "", "error levels.table.measure-unknown"),
    ])
    func anEmptyMeasureIsInferredFromTheLevelCells(cells: [String], measure: String, problem: String) throws {
        let row = ["1", "A.01", "Tiêu chí", "%"] + cells + ["", "", "", "share: phần trăm: Tỷ lệ | Share"]
        let input = LevelTableSupport.input(Self.table([row], extra: ["Đo bằng", "Số liệu phụ"]))
        let (read, problems) = try LevelTableSupport.read(input)
        #expect(problems.map { "\($0.severity.rawValue) \($0.code)" } == [problem])
        #expect(problems.first?.line == 4)
        #expect(problems.first?.column == 12)
        guard !measure.isEmpty else {
            #expect(read == nil)
            return
        }
        let members = try #require(read).members.members
        let criteria = try #require(members.first { $0.key == "criteria" })
        guard case .array(let list) = criteria.value.value, case .object(let fields) = list.first?.value else {
            throw TestFailure("no criterion")
        }
        guard case .string(let written) = fields.first(where: { $0.key == "measure" })?.value.value else {
            throw TestFailure("no measure")
        }
        #expect(written == measure)
        #expect(try #require(read).comments["A.01"]?.count == 2)
    }

    /// A broken level table reports every problem at once, each with its sheet, row and column: a numbering gap
    /// and a repeated number (the annex reader's), level cells that cannot be read, a requirement that does not
    /// fit the measure, an unknown measure, a criterion outside any group, an unreadable flag and second measure.
    @Test func aBrokenTableReportsEveryProblemAtOnceLocated() throws {
        let rows: [[String]] = [
            ["1", "A.01", "Tỷ lệ", "%", "50%", "khoảng một nửa", "70%", "> 80%", "90%", "", "", "phần trăm", "", ""],
            ["3", "A.03", "Hệ thống", "Hệ thống", "Có", "Có", "Có", "Có", "Có", "", "", "có/không", "", ""],
            ["3", "A.04", "Lặp số", "%", "50%", "60%", "70%", "80%", "90%", "", "", "phần trăm", "", ""],
            ["4", "A.05", "Không hợp", "%", "Có", "60%", "70%", "80%", "90%", "", "", "phần trăm", "", ""],
            ["5", "A.06", "Đo lạ", "%", "50%", "60%", "70%", "80%", "90%", "", "", "phần mười", "", ""],
            ["6", "A.07", "Cờ lạ", "%", "50%", "60%", "70%", "80%", "90%", "", "", "phần trăm", "có lẽ", ""],
            [
                "7", "A.08", "Phụ lạ", "DN", "Tối thiểu 1", "2", "3 trở lên hoặc 100%", "4", "5", "", "", "số lượng",
                "",
                "share phần trăm",
            ],
            ["1.1", "A.08.a", "Dưới tiêu chí", "%", "50%", "60%", "70%", "80%", "90%", "", "", "phần trăm", "", ""],
        ]
        let records = Self.table(rows, extra: ["Đo bằng", "Mở rộng", "Số liệu phụ"])
        let input = LevelTableSupport.input(records, file: "khung.xlsx", sheet: "Khung")
        let (read, problems) = try LevelTableSupport.read(input)
        #expect(read == nil)
        #expect(
            LevelTableSupport.places(input.table.problems + problems) == [
                "Khung!A5 annex.numbering-gap", "Khung!A6 annex.duplicate-number",
                "Khung!F4 annex.requirement", "Khung!H4 annex.requirement",
                "Khung!E7 levels.table.requirement-measure", "Khung!L8 levels.table.unknown-measure",
                "Khung!M9 levels.table.flag", "Khung!N10 levels.table.second-measure",
                "Khung!G10 levels.table.no-second-measure", "Khung!A11 levels.table.under-criterion",
            ])
        #expect(problems.allSatisfy { $0.file == "khung.xlsx" && $0.severity == .error })
    }

    /// Each criterion's comment says where it was read: `Khung!B12` in a workbook, `hàng 12` in a CSV file.
    @Test(arguments: [("Khung" as String?, "Khung!B4"), (nil, "hàng 4")])
    func commentsSayWhereEachObjectWasRead(sheet: String?, location: String) throws {
        let row = ["1", "A.01", "Tiêu chí", "%", "50%", "60%", "70%", "80%", "90%", "", "", "phần trăm"]
        let input = LevelTableSupport.input(Self.table([row], extra: ["Đo bằng"]), sheet: sheet)
        let (read, problems) = try LevelTableSupport.read(input)
        #expect(problems.isEmpty)
        #expect(try #require(read).comments["A.01"] == [location])
        #expect(try #require(read).comments["A"] == [location.replacingOccurrences(of: "4", with: "3")])
    }

    /// The level names: the `Mức` part's, else the header cells', else Decision 2361's for five columns, else an
    /// error.
    @Test func levelNamesComeFromThePartTheHeaderOrDecision2361() throws {
        func names(_ records: [CSVRecord], part: [[String]]? = nil) throws -> ([String], [String]) {
            let (read, problems) = try LevelTableSupport.read(LevelTableSupport.input(records, levels: part))
            guard let members = read?.members.members,
                case .array(let levels) = members.first(where: { $0.key == "levels" })?.value.value
            else { return ([], problems.map(\.code)) }
            let texts: [String] = levels.compactMap { level in
                guard case .object(let fields) = level.value,
                    case .string(let vi) = fields.first(where: { $0.key == "vi" })?.value.value,
                    case .string(let en) = fields.first(where: { $0.key == "en" })?.value.value
                else { return nil }
                return "\(vi)/\(en)"
            }
            return (texts, problems.map(\.code))
        }
        let three = ["1", "A.01", "Tiêu chí", "%", "50%", "60%", "70%", "", "", "phần trăm"]
        let threeLevels = Self.table([three], levels: 3, extra: ["Đo bằng"])
        #expect(
            try names(
                threeLevels,
                part: [
                    ["Mức", "Tên", "Tên tiếng Anh"], ["1", "Thấp", "Low"], ["2", "Vừa", ""], ["3", "Cao", "High"],
                ])
                == (["Thấp/Low", "Vừa/Vừa", "Cao/High"], []))
        #expect(
            try names(threeLevels, part: [["Mức", "Tên"], ["1", "Thấp"], ["3", "Cao"]]) == (
                [], ["levels.table.level-name", "levels.table.level-name-count"]
            ))
        #expect(try names(threeLevels) == ([], ["levels.table.level-names"]))
        var named = threeLevels
        named[1].fields[4...6] = ["Mức 1 (Khởi động)", "Mức 2\n(Bước hai)", "Mức 3 (Cao)"]
        #expect(try names(named) == (["Khởi động/Starting", "Bước hai/Bước hai", "Cao/Cao"], []))
        let five = ["1", "A.01", "Tiêu chí", "%", "50%", "60%", "70%", "80%", "90%", "", "", "phần trăm"]
        #expect(
            try names(Self.table([five], extra: ["Đo bằng"])).0
                == [
                    "Khởi động/Starting", "Kết nối/Connecting", "Cơ bản/Basic", "Nâng cao/Advanced",
                    "Toàn diện/Comprehensive",
                ])
    }

    /// `Thông tin`'s level rule and share of extended criteria, in words or raw values; unreadable ones located.
    @Test(arguments: [
        ([["Cách xét mức", "cộng dồn"]], "cumulative", "-", [String]()),
        ([["Cách xét mức", "Từng mức"]], "perLevel", "-", []),
        ([["Cách xét mức", "cumulative"], ["Số tiêu chí mở rộng tối thiểu", "30"]], "cumulative", "30", []),
        ([["Số tiêu chí mở rộng tối thiểu", "30; 40,5; 50; 60; 70"]], "perLevel", "30 40.5 50 60 70", []),
        (
            [["Mã khung", "x"], ["Cách xét mức", "tùy ý"], ["Số tiêu chí mở rộng tối thiểu", "ba mươi"]], "", "",
            ["Thông tin!B2 levels.table.level-rule", "Thông tin!B3 levels.table.extended-minimum"]
        ),
    ])
    func settingsAreReadFromThongTin(info: [[String]], rule: String, minimum: String, expected: [String]) throws {
        let row = ["1", "A.01", "Tiêu chí", "%", "50%", "60%", "70%", "80%", "90%", "", "", "phần trăm"]
        let input = LevelTableSupport.input(Self.table([row], extra: ["Đo bằng"]), sheet: "Khung", info: info)
        let (read, problems) = try LevelTableSupport.read(input)
        #expect(LevelTableSupport.places(problems) == expected)
        guard expected.isEmpty else { return }
        let members = try #require(read).members.members
        guard case .string(let written) = members.first(where: { $0.key == "levelRule" })?.value.value else {
            throw TestFailure("no levelRule")
        }
        #expect(written == rule)
        let shares: String =
            switch members.first(where: { $0.key == "extendedMinimum" })?.value.value {
            case .number(let share): LevelTableWords.number(share)
            case .array(let list):
                list.compactMap { if case .number(let share) = $0.value { String(share) } else { nil } }
                    .map { $0.hasSuffix(".0") ? String($0.dropLast(2)) : $0 }.joined(separator: " ")
            default: "-"
            }
        #expect(shares == minimum)
    }
}
