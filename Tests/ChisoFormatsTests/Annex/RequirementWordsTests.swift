import ChisoCore
import Foundation
import Testing

@testable import ChisoFormats

@Suite struct RequirementWordsTests {
    static let cell = AnnexCell(file: "phu-luc.xlsx", sheet: "Phụ lục I", row: 7, column: 5)

    /// Every distinct level cell of Decision 2361's two annexes, with the requirement the decision's words say,
    /// written out by hand.
    static let decisionCells: [(String, RequirementWords)] =
        [10, 20, 30, 40, 50, 60, 70, 75, 80, 85, 90, 95, 100].map {
            ("\($0)%", .atLeast(Double($0), .percent))
        } + [
            ("Có", .yes), ("Có Trang TTĐT", .yes), ("Có diễn đàn, nhóm công tác", .yes), ("Có hệ thống", .yes),
            ("Có kế hoạch", .yes), ("Có kết nối", .yes), ("Có mô hình", .yes), ("Có nền tảng", .yes),
            ("Có sản phẩm", .yes), ("Có sử dụng hệ thống", .yes), ("Có trang thông tin điện tử", .yes),
            ("Có triển khai nền tảng", .yes), ("Có điểm", .yes), ("Có điểm phục vụ", .yes),
            ("Có ứng dụng hệ thống", .yes), ("Đài truyền thanh, truyền hình có ứng dụng", .yes),
            ("Có 1 doanh nghiệp, hợp tác xã", .atLeast(1, .count)),
            ("Có 2 doanh nghiệp, hợp tác xã", .atLeast(2, .count)),
            (
                "Có 3 doanh nghiệp, hợp tác xã trở lên hoặc 100% doanh nghiệp, hợp tác xã trên địa bàn",
                .anyOf([.atLeast(3, .count), .atLeast(100, .percent)])
            ),
            ("Không áp dụng", .notApplicable),
            ("Tối thiểu 01 hệ thống", .atLeast(1, .count)), ("Tối thiểu 03 hệ thống", .atLeast(3, .count)),
            ("Tối thiểu 01 nhân sự", .atLeast(1, .count)), ("Tối thiểu 02 nhân sự", .atLeast(2, .count)),
            (
                "100% xã, phường, thị trấn đạt mức độ chuyển đổi số mức khởi động",
                .childLevels(.init(allAtLeast: 1))
            ),
            (
                "100% xã, phường, thị trấn đạt mức độ chuyển đổi số từ mức khởi động trở lên, trong đó tối thiểu 50% "
                    + "đạt mức kết nối", .childLevels(.init(allAtLeast: 1, shareLevel: 2, sharePercent: 50))
            ),
            (
                "100% xã, phường, thị trấn đạt mức độ chuyển đổi số từ mức kết nối trở lên, trong đó tối thiểu 50% "
                    + "đạt mức cơ bản", .childLevels(.init(allAtLeast: 2, shareLevel: 3, sharePercent: 50))
            ),
            (
                "100% xã, phường, thị trấn đạt mức độ chuyển đổi số từ mức cơ bản trở lên, trong đó tối thiểu 50% "
                    + "đạt mức nâng cao", .childLevels(.init(allAtLeast: 3, shareLevel: 4, sharePercent: 50))
            ),
            (
                "100% xã, phường, thị trấn đạt mức độ chuyển đổi số từ mức nâng cao trở lên, trong đó tối thiểu 50% "
                    + "đạt mức toàn diện", .childLevels(.init(allAtLeast: 4, shareLevel: 5, sharePercent: 50))
            ),
        ]

    /// Other ways a person writes the same requirements.
    static let otherWritings: [(String, RequirementWords)] = [
        ("≥70%", .atLeast(70, .percent)), (">= 70 %", .atLeast(70, .percent)), ("70,5%", .atLeast(70.5, .percent)),
        ("  70%\n", .atLeast(70, .percent)), ("≥ 2", .atLeast(2, .count)),
        ("Tối thiểu\n01 nhân sự", .atLeast(1, .count)),
        ("3 doanh nghiệp trở lên", .atLeast(3, .count)), ("Đạt", .yes), ("", .notApplicable), ("-", .notApplicable),
        ("  ", .notApplicable), ("không áp dụng", .notApplicable), ("KAD", .notApplicable),
        ("3 doanh nghiệp trở lên hoặc 100%", .anyOf([.atLeast(3, .count), .atLeast(100, .percent)])),
    ]

    @Test(arguments: decisionCells + otherWritings)
    func readsTheRequirement(_ text: String, _ expected: RequirementWords) throws {
        let read = try RequirementWords.read(text, at: Self.cell).get()
        #expect(read.requirement == expected)
        #expect(read.text == text)
    }

    @Test(arguments: [
        "Không", "Chưa có", "xem hướng dẫn", ">70%", "50% xã đạt mức cơ bản", "3 doanh nghiệp hoặc nhiều",
        "100% đạt mức cao",
    ])
    func refusesWhatItCannotType(_ text: String) {
        guard case .failure(let problem) = RequirementWords.read(text, at: Self.cell) else {
            Issue.record("\(text) was read")
            return
        }
        #expect(problem.diagnostic.code == "annex.requirement")
        #expect(problem.diagnostic.location == "phu-luc.xlsx[Phụ lục I]!E7")
        #expect(problem.diagnostic.value == text)
    }

    @Test func everyLevelCellOfTheDecisionIsInTheTable() throws {
        let bytes = try Data(contentsOf: URL(fileURLWithPath: Support.fixture("2361-annex-criteria.csv")))
        let (records, problems) = CSVReader.read(Array(bytes), file: "2361-annex-criteria.csv")
        #expect(problems.isEmpty)
        let header = try #require(records.first).fields
        let levelColumns = header.indices.filter { header[$0].hasPrefix("level") }
        #expect(levelColumns.count == 5)
        let known = Dictionary(Self.decisionCells, uniquingKeysWith: { first, _ in first })
        var cells = 0
        for record in records.dropFirst() {
            for column in levelColumns {
                let text = record.fields[column]
                #expect(known[text] != nil, "line \(record.line): \(text)")
                cells += 1
            }
        }
        #expect(cells == (records.count - 1) * 5)
        #expect(records.count == 72)
    }

    /// The built-in frameworks' thresholds, as their JSON writes them, for the same texts.
    @Test(arguments: ["vn-2361-commune", "vn-2361-district"])
    func equalsTheBuiltInThresholds(_ id: String) throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let data = try Data(contentsOf: root.appendingPathComponent("frameworks/\(id).json"))
        let framework = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let criteria = try #require(framework["criteria"] as? [[String: Any]])
        var compared = 0
        for criterion in criteria {
            let measure = criterion["measure"] as? String
            for requirement in criterion["requirements"] as? [[String: Any]] ?? [] {
                let text = try #require(requirement["text"] as? String)
                let read = try RequirementWords.read(text, at: Self.cell).get()
                #expect(read.requirement == Self.builtIn(requirement, measure: measure), "\(criterion["id"]!): \(text)")
                compared += 1
            }
        }
        #expect(compared == criteria.count * 5)
    }

    static func builtIn(_ json: [String: Any], measure: String?) -> RequirementWords? {
        if json["notApplicable"] as? Bool == true { return .notApplicable }
        if json["yes"] as? Bool == true { return .yes }
        if let value = json["atLeast"] as? Double {
            let percent = (json["measure"] as? String ?? measure) == "percent" || json["measure"] as? String == "share"
            return .atLeast(value, percent ? .percent : .count)
        }
        if let alternatives = json["anyOf"] as? [[String: Any]] {
            return .anyOf(alternatives.compactMap { builtIn($0, measure: measure) })
        }
        guard let child = json["childLevels"] as? [String: Any], let all = child["allAtLeast"] as? Int else {
            return nil
        }
        return .childLevels(
            .init(
                allAtLeast: all, shareLevel: child["shareLevel"] as? Int,
                sharePercent: child["sharePercent"] as? Double))
    }
}
