import ChisoCore
import Foundation
import Testing

@testable import ChisoFormats

/// Real tables read by the annex reader: the provincial tables of `shared/data/provincial/` and Decision 2361's
/// annexes (`shared/seeds/2361-annex-criteria.csv`), laid out as the decisions print them.
@Suite struct AnnexTableSourcesTests {
    /// The records of the project's copy of `shared/path` (in `Fixtures/`: `data/provincial/X` is
    /// `provincial/X`, `seeds/X` is `X`, byte for byte the sources), header first, as dictionaries by column name;
    /// `nil` when the file is missing.
    static func sourceRows(_ path: String) -> [[String: String]]? {
        guard
            let data = FileManager.default.contents(
                atPath: Support.fixture(
                    path.replacingOccurrences(of: "data/", with: "").replacingOccurrences(of: "seeds/", with: "")))
        else {
            return nil
        }
        let (records, problems) = CSVReader.read(Array(data), file: path)
        #expect(problems.isEmpty)
        guard let header = records.first?.fields else { return nil }
        return records.dropFirst().map { Dictionary(zip(header, $0.fields), uniquingKeysWith: { a, _ in a }) }
    }

    /// The points-table header, as the provincial decisions print it.
    static let pointsHeader = [
        "STT", "Chỉ số/Chỉ số thành phần", "Điểm tối đa", "Cách xác định và tính điểm", "Tài liệu kiểm chứng",
        "Nguồn thu thập dữ liệu", "Đơn vị phối hợp xác minh số liệu",
    ]

    /// A provincial transcription laid out as its annex: a title block, a blank spacer row, the header, then one
    /// row per component (`1.1 (label not printed)` written `1.1`; the main index's maximum written with the
    /// decision's `(60 điểm)` suffix where its text shows one), a spacer row between main index and components.
    static func provincialTable(_ rows: [[String: String]], extraColumns: [String] = [], group: String? = nil)
        -> [CSVRecord]
    {
        var table: [[String]] = [["PHỤ LỤC"], ["BỘ CHỈ SỐ ĐÁNH GIÁ CHUYỂN ĐỔI SỐ"], [], pointsHeader + extraColumns]
        if let group { table.append(["I", group]) }
        for (index, row) in rows.enumerated() {
            let number = String((row["component_id"] ?? "").prefix { !$0.isWhitespace })
            var points = row["max_points"] ?? ""
            if (row["rule_text_vi"] ?? "").contains("(\(points) điểm)") { points = "(\(points) điểm)" }
            let name = (row["component_name_vi"] ?? "").replacingOccurrences(of: ", ", with: ",\n", options: [])
            table.append([number, name, points, row["rule_text_vi"] ?? "", row["evidence_vi"] ?? "", "", ""])
            if index == 0 { table.append(["", "", "", "", "", "", ""]) }
        }
        return AnnexTableTests.records(table)
    }

    /// Each provincial table, the outline expected and the problems expected (codes at places). Every public copy
    /// is cut off after the first components (see the folder's README), so a main index's maximum can exceed its
    /// visible components' sum: Đồng Tháp's 1 (60) shows 3 × 10, and the reader says so; where a cut-off
    /// component has no maximum (1.4, 1.2) the sum is not checked.
    static let provincial: [(String, String?, [String], [String], [String])] = [
        (
            "data/provincial/district_tvpl_bulletin_4cac85e7.csv", nil, [],
            [
                "1 <> 0 100 Nhận thức số",
                "1.1 <1> 1 20 Ban chỉ đạo chuyển đổi số cấp huyện tổ chức các cuộc họp trong năm",
                "1.2 <1> 1 20 Bí thư/Chủ tịch huyện, thị xã thành phố chủ trì các cuộc họp về CĐS của huyện, thị xã, "
                    + "thành phố",
                "1.3 <1> 1 20 Văn bản chỉ đạo chuyên đề về chuyển đổi số do người đứng đầu huyện, thị xã, thành phố "
                    + "ký (Chủ tịch UBND huyện, thị xã, thành phố)",
                "1.4 <1> 1 - Cổng/Trang thông tin điện tử của UBND huyện, thị xã, thành phố có chuyên mục riêng về "
                    + "chuyển đổi số",
            ], []
        ),
        (
            "data/provincial/dongthap_tpcaolanh_district.csv", nil, [],
            [
                "1 <> 0 60 Nhận thức số",
                "1.1 <1> 1 10 Người đứng đầu huyện, thành phố (Bí thư hoặc Chủ tịch huyện, thành phố) là Trưởng ban "
                    + "Ban chỉ đạo chuyển đổi số của huyện, thành phố",
                "1.2 <1> 1 10 Người đứng đầu huyện, thành phố (Chủ tịch/Phó Chủ tịch UBND huyện, thành phố) chủ trì, "
                    + "chỉ đạo chuyển đổi số",
                "1.3 <1> 1 10 Văn bản chỉ đạo chuyên đề về chuyển đổi số do người đứng đầu huyện/thành phố (Bí thư "
                    + "hoặc Chủ tịch huyện, thành phố) ký",
            ], ["5:3 annex.sum-mismatch"]
        ),
        (
            "data/provincial/thanhhoa_commune_nongcong_2022.csv", "Nhóm chỉ số chung",
            ["Điểm tự chấm", "Giải trình kết quả"],
            [
                "I <> 0 - Nhóm chỉ số chung",
                "1 <I> 1 100 Nhận thức số",
                "1.1 <1> 2 20 Người đứng đầu xã, phường, thị trấn (Bí thư/Chủ tịch cấp xã) là Trưởng ban Ban Chỉ đạo "
                    + "về chuyển đổi số của xã, phường, thị trấn",
                "1.2 <1> 2 - Bí thư/Chủ tịch cấp xã chủ trì các cuộc họp về chuyển đổi s[ố ...] (cut off)",
            ], ["4:8 annex.column-not-read", "4:9 annex.column-not-read"]
        ),
    ]

    @Test(arguments: 0..<provincial.count)
    func provincialTablesReadIntoTheirOutline(index: Int) throws {
        let (path, group, extra, expected, problems) = Self.provincial[index]
        let rows = try #require(Self.sourceRows(path), "\(path) is missing")
        let table = AnnexTable.read(Self.provincialTable(rows, extraColumns: extra, group: group), file: "bang.csv")
        #expect(table.headerLine == 4)
        #expect(AnnexTableTests.outline(table) == expected)
        #expect(table.problems.map { "\($0.line ?? 0):\($0.column ?? 0) \($0.code)" } == problems)
        let rule = try #require(table.rows.first { $0.id == "1.1" })
        #expect(rule.method == AnnexText.lines(rows[1]["rule_text_vi"] ?? ""))
        #expect(!rule.method.isEmpty && !table.isLevelTable)
    }

    /// The level-table header of Decision 2361's annexes; the level names are the seed's column names.
    static let levelHeader = [
        "STT", "Tiêu chí", "Đơn vị tính", "Mức 1\n(Khởi động)", "Mức 2\n(Kết nối)", "Mức 3\n(Cơ bản)",
        "Mức 4\n(Nâng cao)", "Mức 5\n(Toàn diện)", "Phương pháp", "Căn cứ",
    ]

    /// The seed's columns for the five levels.
    static let levelColumns = [
        "level1_khoi_dong", "level2_ket_noi", "level3_co_ban", "level4_nang_cao", "level5_toan_dien",
    ]

    /// Annex `annex` of Decision 2361 as the decision prints it: a title, the header, a group row in Roman
    /// numerals before each group (`I. CHÍNH QUYỀN SỐ`), the criteria numbered from 1 again in each group.
    static func decisionTable(_ rows: [[String: String]]) -> [CSVRecord] {
        var table: [[String]] = [["PHỤ LỤC"], levelHeader]
        var groups: [String] = []
        for row in rows {
            let group = row["group"] ?? ""
            if groups.last != group {
                groups.append(group)
                table.append([AnnexNumber.romanText(groups.count), group])
            }
            let levels = levelColumns.map { row[$0] ?? "" }
            table.append(
                [row["stt"] ?? "", row["name"] ?? "", row["unit"] ?? ""] + levels
                    + [row["method_source"] ?? "", row["legal_basis"] ?? ""])
        }
        return AnnexTableTests.records(table)
    }

    @Test(arguments: [("commune", [24, 5, 9]), ("district", [1, 22, 6, 4])])
    func decision2361AnnexesReadIntoTheirOutline(annex: String, groupSizes: [Int]) throws {
        let all = try #require(Self.sourceRows("seeds/2361-annex-criteria.csv"), "the 2361 seed is missing")
        let rows = all.filter { $0["annex"] == annex }
        let table = AnnexTable.read(Self.decisionTable(rows), file: "2361.xlsx", sheet: annex)
        #expect(table.problems.isEmpty, "\(table.problems)")
        #expect(table.headerLine == 2 && table.isLevelTable)
        let groups = table.rows.filter { $0.depth == 0 }
        #expect(groups.map(\.id) == groupSizes.indices.map { AnnexNumber.romanText($0 + 1) })
        #expect(groups.map { group in table.rows.filter { $0.parentID == group.id }.count } == groupSizes)
        let criteria = table.rows.filter { $0.depth == 1 }
        #expect(criteria.count == rows.count)
        for (criterion, row) in zip(criteria, rows) {
            #expect(
                criterion.id.hasSuffix("." + (row["stt"] ?? "")) && criterion.id.hasPrefix(criterion.parentID ?? "?"))
            #expect(criterion.name == AnnexText.oneLine(row["name"] ?? ""))
            #expect(criterion.unit == AnnexText.oneLine(row["unit"] ?? ""))
            #expect(
                criterion.levels
                    == Dictionary(
                        uniqueKeysWithValues: Self.levelColumns.enumerated().map {
                            ($0.offset + 1, AnnexText.lines(row[$0.element] ?? ""))
                        }))
            #expect(criterion.methodSource == AnnexText.lines(row["method_source"] ?? ""))
            #expect(criterion.basis == AnnexText.lines(row["legal_basis"] ?? ""))
            #expect(criterion.maxPoints == nil)
        }
        #expect(
            criteria.first.map { [$0.id, $0.levels[1] ?? "", $0.levels[5] ?? ""] } == ["I.1", "50%", "100%"]
                || annex == "district")
    }
}
