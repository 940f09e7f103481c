import ChisoCore
import Foundation
import Testing

@testable import ChisoFormats

/// The level scheme's table writer: every built-in level framework written as an annex table and read back gives
/// an equal scheme; the table is laid out as Decision 2361's annexes are.
@Suite struct LevelTableWriterTests {
    /// The built-in frameworks of the level scheme.
    static let levelFrameworks = FrameworkCatalog.builtIn.filter {
        $0.text.contains(#""scheme": "levels""#)
    }.map(\.id)

    @Test func thereAreLevelFrameworksToRoundTrip() {
        #expect(Self.levelFrameworks.count >= 3, "\(Self.levelFrameworks)")
        #expect(Self.levelFrameworks.contains("vn-2361-district"))
    }

    @Test(arguments: levelFrameworks)
    func writtenTableReadsBackAnEqualScheme(id: String) throws {
        let (framework, _) = try FrameworkCatalog.load(id)
        let input = try LevelTableSupport.writtenInput(framework.scheme)
        #expect(input.table.problems.isEmpty, "\(input.table.problems)")
        let (read, problems) = try LevelTableSupport.read(input)
        #expect(problems.isEmpty, "\(problems)")
        let (imported, warnings) = try LevelTableSupport.framework(try #require(read), like: framework)
        #expect(warnings.isEmpty, "\(warnings)")
        #expect(imported.scheme.isEqual(to: framework.scheme))
        #expect(imported == framework)
    }

    /// The criteria are numbered from 1 in each group, as the decision numbers them: each written row's `STT`
    /// is the seed's number for that criterion, and the groups are `I`, `II`, ….
    @Test(arguments: [("commune", "vn-2361-commune"), ("district", "vn-2361-district")])
    func criteriaAreNumberedAsTheDecisionNumbersThem(annex: String, id: String) throws {
        let (framework, _) = try FrameworkCatalog.load(id)
        let scheme = try #require(framework.scheme as? LevelScheme)
        let written = LevelTableWriter.write(scheme)
        let seed = try #require(AnnexTableSourcesTests.sourceRows("seeds/2361-annex-criteria.csv")).filter {
            $0["annex"] == annex
        }
        let criteriaRows = written.rows.filter {
            AnnexNumber($0[0]).map { if case .path = $0 { true } else { false } } ?? false
        }
        #expect(criteriaRows.map { $0[0] } == seed.map { $0["stt"] ?? "" })
        let groupRows = written.rows.filter { !criteriaRows.contains($0) }
        #expect(groupRows.map { $0[0] } == ["I", "II", "III", "IV"].prefix(scheme.groups.count).map { $0 })
        #expect(groupRows.map { $0[1] } == scheme.groups.map(\.id))
        // The level cells are the decision's own words, seed cell for seed cell.
        let levelKeys = ["level1_khoi_dong", "level2_ket_noi", "level3_co_ban", "level4_nang_cao", "level5_toan_dien"]
        let first = try #require(written.header.firstIndex(of: "Mức 1"))
        for (row, source) in zip(criteriaRows, seed) {
            #expect(Array(row[first..<(first + 5)]) == levelKeys.map { source[$0] ?? "" }, "\(row[1])")
        }
    }

    /// The columns written: the decision's, `Đo bằng`, and only the optional ones some criterion uses.
    @Test(arguments: [
        (
            "vn-2361-commune",
            "STT|Mã|Tiêu chí|Tên tiếng Anh|Đơn vị tính|Đơn vị tính (tiếng Anh)|Đo bằng|Mức 1|Mức 2|Mức 3|Mức 4|Mức 5|"
                + "Phương pháp|Căn cứ|Áp dụng khi|Số liệu phụ|Chủ đề"
        ),
        (
            "example-province-commune",
            "STT|Mã|Tiêu chí|Tên tiếng Anh|Đơn vị tính|Đo bằng|Mức 1|Áp dụng khi|Mở rộng|Chủ đề"
        ),
    ])
    func optionalColumnsAreWrittenOnlyWhenUsed(id: String, header: String) throws {
        let (framework, _) = try FrameworkCatalog.load(id)
        let written = try #require(LevelScheme.format.table?.write(framework.scheme))
        #expect(written.header.joined(separator: "|") == header)
        #expect(written.rows.allSatisfy { $0.count == written.header.count })
    }

    @Test func partsAndSettingsAreWritten() throws {
        let (framework, _) = try FrameworkCatalog.load("example-province-commune")
        let written = try #require(LevelScheme.format.table?.write(framework.scheme))
        #expect(written.parts.map(\.part) == [.levels])
        #expect(written.parts.first?.rows == [["Mức", "Tên", "Tên tiếng Anh"], ["1", "Đạt chuẩn", "Recognised"]])
        #expect(
            written.info == [["Cách xét mức", "từng mức", "perLevel"], ["Số tiêu chí mở rộng tối thiểu", "30", ""]])
        let rows = written.rows.map { $0.joined(separator: "|") }
        #expect(rows.first == "I|BB|Tiêu chí bắt buộc|Mandatory criteria||||||")
        #expect(
            rows.contains(
                "1|MR.01|Có sản phẩm OCOP được đưa lên sàn thương mại điện tử (nếu có)|OCOP products on e-commerce "
                    + "platforms (if any)|Có|có/không|Có|Only where the commune has OCOP products.|x|digitalEconomy"))
    }

    /// A requirement whose wording does not read back as its rule is written in words that do, the wording kept on
    /// a `Nguyên văn:` line; reading the cell gives both back.
    @Test(arguments: [
        ("Trên một nửa", Requirement.atLeast(50), MeasureKind.percent, "≥50%\nNguyên văn: Trên một nửa"),
        ("60%", .atLeast(50), .percent, "≥50%\nNguyên văn: 60%"),
        ("70%", .atLeast(70), .percent, "70%"),
        ("Ít nhất hai lần", .atLeast(2), .count, "Tối thiểu 2\nNguyên văn: Ít nhất hai lần"),
        ("", .atLeast(2.5), .count, "Tối thiểu 2,5\nNguyên văn: "),
        ("Đã ban hành", .yes(), .yesNo, "Có\nNguyên văn: Đã ban hành"),
        ("Có", .yes(), .yesNo, "Có"),
        ("-", .notApplicable, .yesNo, "-"),
        ("Chưa yêu cầu", .notApplicable, .percent, "Không áp dụng\nNguyên văn: Chưa yêu cầu"),
    ])
    func wordingThatDoesNotReadBackIsKeptBesideChisosWords(
        text: String, rule: Requirement, kind: MeasureKind, cell: String
    ) throws {
        let criterion = LevelCriterion(
            id: "A.01", group: "A", name: LocalizedText(vi: "Tiêu chí", en: "Criterion"),
            measurementUnit: LocalizedText(vi: "%", en: "%"), kind: kind,
            requirements: [LevelRequirement(rule: rule, text: text)])
        let scheme = LevelScheme(
            levels: [LocalizedText(vi: "Đạt", en: "Met")],
            groups: [CriterionGroup(id: "A", name: LocalizedText(vi: "Nhóm", en: "Group"))],
            criteria: [criterion])
        let written = LevelTableWriter.write(scheme)
        let column = try #require(written.header.firstIndex(of: "Mức 1"))
        #expect(written.rows.last?[column] == cell)
        let (read, problems) = try LevelTableSupport.read(try LevelTableSupport.writtenInput(scheme))
        #expect(problems.isEmpty, "\(problems)")
        let original = Framework(
            id: "thu", name: LocalizedText(vi: "Thử", en: "Test"), unitType: LocalizedText(vi: "xã", en: "commune"),
            provenance: Provenance(
                decision: "0", date: "2024-01-01", issuer: LocalizedText(vi: "UBND", en: "PC"),
                title: LocalizedText(vi: "Thử", en: "Test")),
            scheme: scheme)
        let (imported, _) = try LevelTableSupport.framework(try #require(read), like: original)
        #expect(imported.scheme.isEqual(to: scheme))
    }
}
