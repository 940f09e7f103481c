import ChisoCore
import Foundation
import Testing

@testable import ChisoFormats

/// Every built-in point framework written as a table and read back is the same scheme: the table is a lossless
/// second file format of the model.
@Suite struct PointTableRoundTripTests {
    /// The built-in frameworks of the point scheme.
    static let builtIns: [String] = FrameworkCatalog.builtIn.filter {
        $0.text.contains(#""scheme": "points""#)
    }.map(\.id)

    @Test func everyPointBuiltInIsTested() {
        #expect(
            Set(Self.builtIns)
                == [
                    "example-province-department", "example-province-district", "vn-dti-1726-province",
                    "vn-dti-922-province", "vn-dti-ministry-2020", "vn-hue-3043", "vn-hue-3043-strict",
                ])
    }

    /// The built-in framework `id`, its scheme and its file.
    static func builtIn(_ id: String) throws -> (PointScheme, String) {
        let (framework, _) = try FrameworkCatalog.load(id)
        let scheme = try #require(framework.scheme as? PointScheme)
        let text = try #require(FrameworkCatalog.builtIn.first { $0.id == id }?.text)
        return (scheme, text)
    }

    @Test(arguments: builtIns, [false, true])
    func writtenThenReadIsTheSameScheme(_ id: String, sheets: Bool) throws {
        let (original, text) = try Self.builtIn(id)
        let write = try #require(PointScheme.format.table?.write(original))
        let input = PointTableSupport.input(write, sheets: sheets)
        let (scheme, problems, _) = try PointTableSupport.scheme(of: input, common: text)
        #expect(problems.filter { $0.severity != .notice }.isEmpty, "\(problems)")
        #expect(scheme.isEqual(to: original))
        #expect(scheme.className(0) == original.className(0))
    }

    /// Through CSV text and back: cells with line breaks, commas and quotes survive the file.
    @Test(arguments: builtIns)
    func writtenAsCSVThenReadIsTheSameScheme(_ id: String) throws {
        let (original, text) = try Self.builtIn(id)
        let write = try #require(PointScheme.format.table?.write(original))
        let input = PointTableSupport.input(csv: PointTableSupport.csv(write), file: "\(id).csv")
        let (scheme, problems, _) = try PointTableSupport.scheme(of: input, common: text)
        #expect(problems.filter { $0.severity != .notice }.isEmpty, "\(problems)")
        #expect(scheme.isEqual(to: original))
    }

    /// A scheme with everything the built-ins leave out: metadata on nodes, a named class below the tiers, a tier
    /// `above` a minimum on the index, floors on some nodes, answers worth a share of the maximum, information-only
    /// parts, structure.
    static let full = PointScheme(
        roots: [
            PointNode(
                id: "A", name: LocalizedText(vi: "Nhận thức", en: "Awareness"), maximum: 10,
                children: [
                    PointNode(
                        id: "A.1", name: LocalizedText(vi: "Họp, hội nghị", en: "Meetings"), maximum: 4,
                        rule: .steps([.init(atLeast: 4, points: 4), .init(atLeast: 2, points: 2)]), kind: .count,
                        method: "4 lần/năm: 4 điểm\n2 lần/năm: 2 điểm", evidence: "Biên bản, giấy mời",
                        dataSource: "Văn phòng", verifiedBy: "Sở Thông tin và Truyền thông"),
                    PointNode(
                        id: "A.2", name: LocalizedText(vi: "Tỷ lệ phần trăm", en: "Share"), maximum: 3,
                        rule: .steps([.init(atLeast: 90, points: 3), .init(atLeast: 50.5, points: 1.5)])),
                    PointNode(
                        id: "A.3", name: LocalizedText(vi: "Ban chỉ đạo", en: "Steering, board"), maximum: 3,
                        rule: .choice([
                            .init(
                                category: MeasureCategory(value: "khong", name: LocalizedText(vi: "Không", en: "No")),
                                points: 0),
                            .init(
                                category: MeasureCategory(value: "pho", name: LocalizedText(vi: "Phó", en: "Deputy")),
                                fraction: 1.0 / 3),
                            .init(
                                category: MeasureCategory(value: "co", name: LocalizedText(vi: "Có, đủ", en: "Yes")),
                                fraction: 1),
                        ])),
                ], note: "Ghi chú \"trích\", có dấu phẩy", theme: "awareness"),
            PointNode(
                id: "B", name: LocalizedText(vi: "Thể chế", en: "Thể chế"), maximum: 6,
                children: [
                    PointNode(id: "B.1", name: LocalizedText(vi: "Văn bản", en: "Documents"), maximum: 2, rule: .yesNo),
                    PointNode(
                        id: "B.2", name: LocalizedText(vi: "Tiến độ", en: "Progress"), maximum: 2,
                        rule: .linear(floor: 12.5, target: 80)),
                    PointNode(
                        id: "B.3", name: LocalizedText(vi: "Điểm", en: "Points"), maximum: nil, rule: .points),
                    PointNode(
                        id: "B.4", name: LocalizedText(vi: "Ty le", en: "Ratio"), maximum: 2, rule: .proportional,
                        kind: .number),
                ],
                structure: [
                    LocalizedText(vi: "Phần một", en: "Part one"), LocalizedText(vi: "Phần hai", en: "Part two"),
                ]),
            PointNode(
                id: "C", name: LocalizedText(vi: "Tham khảo", en: "For reference"), maximum: nil,
                children: [
                    PointNode(
                        id: "C.1", name: LocalizedText(vi: "Số dân", en: "Population"), maximum: nil, rule: .points,
                        kind: .number, isInformationOnly: true)
                ], isInformationOnly: true),
        ],
        views: [PointView(id: "V", name: LocalizedText(vi: "Nhóm", en: "Group"), nodes: ["A", "B.1"])],
        tiers: [
            Tier(name: LocalizedText(vi: "Khá", en: "Fair"), minimum: 0.5, basis: .index),
            Tier(
                name: LocalizedText(vi: "Tốt", en: "Good"), minimum: 0.8, inclusive: false, basis: .index,
                floors: [Tier.Floor(node: "A", fraction: 0.55), Tier.Floor(node: "B.1", fraction: 1.0 / 3)]),
        ], precision: 3, classPrecision: 2, unrankedBelowTiers: true,
        belowTiers: LocalizedText(vi: "Chưa đạt", en: "Not yet"))

    @Test func everyParameterIsWrittenAndReadBack() throws {
        let write = PointTableWriter.write(Self.full)
        #expect(
            write.header == [
                "STT", "Mã", "Chỉ số/Chỉ số thành phần", "Tên tiếng Anh", "Điểm tối đa", "Quy tắc tính điểm", "Đo bằng",
                "Cách xác định và tính điểm", "Tài liệu kiểm chứng", "Nguồn thu thập dữ liệu",
                "Đơn vị phối hợp xác minh", "Chủ đề", "Ghi chú", "Cấu trúc", "Chỉ để tham khảo",
            ])
        let rule = { (id: String) in write.rows.first { $0[1] == id }?[5] }
        #expect(rule("A.1") == "4: 4; 2: 2")
        #expect(rule("A.3") == "Không=0; Phó=0.3333333333333333 × Điểm tối đa; Có, đủ=Điểm tối đa")
        #expect(rule("B.2") == "12.5 → 80")
        #expect(write.rows.map { $0[0] } == ["1", "1.1", "1.2", "1.3", "2", "2.1", "2.2", "2.3", "2.4", "3", "3.1"])
        for sheets in [false, true] {
            let (scheme, problems, _) = try PointTableSupport.scheme(of: PointTableSupport.input(write, sheets: sheets))
            #expect(problems.isEmpty, "\(problems)")
            #expect(scheme.isEqual(to: Self.full))
            #expect(scheme.className(0) == LocalizedText(vi: "Chưa đạt", en: "Not yet"))
        }
        let input = PointTableSupport.input(csv: PointTableSupport.csv(write), file: "day-du.csv")
        #expect(try PointTableSupport.scheme(of: input).0.isEqual(to: Self.full))
    }

    @Test func columnsNoNodeUsesAreLeftOut() throws {
        let (original, _) = try Self.builtIn("vn-dti-ministry-2020")
        let write = try #require(PointScheme.format.table?.write(original))
        #expect(
            write.header == [
                "STT", "Mã", "Chỉ số/Chỉ số thành phần", "Tên tiếng Anh", "Điểm tối đa", "Quy tắc tính điểm", "Chủ đề",
                "Ghi chú",
            ])
    }

    @Test func tiersAreWrittenBestFirstWithTheClassBelow() throws {
        let (original, _) = try Self.builtIn("vn-hue-3043-strict")
        let write = try #require(PointScheme.format.table?.write(original))
        let tiers = try #require(write.parts.first { $0.part == .tiers }?.rows)
        #expect(
            tiers == [
                ["Tên", "Tên tiếng Anh", "Điểm tối thiểu", "Tính theo", "Sàn từng chỉ số", "Xếp hạng"],
                ["Mức I", "Tier I", "90", "điểm", "90% × Điểm tối đa", ""],
                ["Mức II", "Tier II", "80", "điểm", "80% × Điểm tối đa", ""],
                ["Mức III", "Tier III", "75", "điểm", "75% × Điểm tối đa", ""],
                ["Mức IV", "Tier IV", "70", "điểm", "70% × Điểm tối đa", ""],
                ["Không xếp hạng", "Unranked", "dưới mức thấp nhất", "", "", "Không"],
            ])
        #expect(write.info == [["Số chữ số thập phân", "4", ""]])
    }

    @Test func eachNodeSaysWhereItWasRead() throws {
        let write = PointTableWriter.write(Self.full)
        let onSheets = try #require(PointTableSupport.read(PointTableSupport.input(write, sheets: true)).read)
        #expect(onSheets.comments["A.2"] == ["Khung!C4"])
        let inCSV = try #require(PointTableSupport.read(PointTableSupport.input(write)).read)
        #expect(inCSV.comments["B"] == ["hàng 6"])
    }
}
