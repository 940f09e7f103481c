import ChisoCLI
import ChisoCore
import ChisoFormats
import ChisoReports
import Foundation
import Testing

/// The report's first page, as a leader reads it: the headline (title, organisation, year, framework, decision,
/// units, date made) and the key points, snapshot in both languages; and the numbers of the key points checked
/// against the scored units counted independently.
@Suite struct ReportHeadlineTests {
    static func sample(_ name: String) -> String { HTMLReportTests.sample(name) }

    /// The report on a sample, made on a fixed date, with a title and an organisation.
    static func report(
        framework: String, data: String, children: String? = nil, language: Language, title: String? = nil,
        organisation: String? = nil
    ) throws -> String {
        var (input, _) = try ReportRun.run(framework: framework, data: data, children: children)
        input.title = title
        input.organisation = organisation
        input.made = "2026-12-02T06:00:00Z"
        var text = ""
        try HTMLReport.write(input, language: language) { (piece: String) throws(InputError) in text += piece }
        return text
    }

    /// The first page's text, one line per heading, fact, key point and contents entry.
    static func headline(_ html: String) -> String {
        guard let start = html.range(of: "<section id=\"summary\""),
            let end = html.range(of: "</nav>", range: start.upperBound..<html.endIndex)
        else { return "" }
        var text = String(html[start.lowerBound..<end.upperBound])
        for tag in ["</p>", "</li>", "</dd>", "</h1>", "</h2>", "<br>"] {
            text = text.replacingOccurrences(of: tag, with: "\n")
        }
        text = text.replacingOccurrences(of: "</dt>", with: ": ")
        text = text.replacingOccurrences(of: #"<[^>]+>"#, with: "", options: .regularExpression)
        for (entity, character) in [("&#39;", "'"), ("&quot;", "\""), ("&lt;", "<"), ("&gt;", ">"), ("&amp;", "&")] {
            text = text.replacingOccurrences(of: entity, with: character)
        }
        // The data file's path as the report is run from the repository.
        text = text.replacingOccurrences(of: HTMLReportTests.repository.path + "/", with: "")
        return text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            .joined(separator: "\n")
    }

    @Test(arguments: [Language.vi, .en])
    func theCommunesHeadline(language: Language) throws {
        let html = try Self.report(
            framework: "vn-2361-commune", data: Self.sample("sample-communes.csv"), language: language,
            title: language == .vi
                ? "Báo cáo chuyển đổi số cấp xã năm 2025" : "Digital transformation of communes, 2025",
            organisation: language == .vi ? "Sở Khoa học và Công nghệ tỉnh Minh Họa" : "Minh Họa Department of Science")
        let expected = language == .vi ? Self.communesVietnamese : Self.communesEnglish
        #expect(Self.headline(html) == expected)
    }

    @Test(arguments: [Language.vi, .en])
    func theProvincesHeadline(language: Language) throws {
        let html = try Self.report(
            framework: "vn-dti-922-province", data: Self.sample("sample-vn-dti-922-province.csv"), language: language)
        let expected = language == .vi ? Self.provincesVietnamese : Self.provincesEnglish
        #expect(Self.headline(html) == expected)
    }

    /// The key points' numbers against `chiso score`'s CSV, counted here: units by level, units that reached their
    /// registered level, the units each criterion blocks, and the units one criterion alone blocks.
    @Test func theKeyPointsCountWhatScoreWrites() throws {
        let data = Self.sample("sample-communes.csv")
        let score = chiso("score", "--framework", "vn-2361-commune", data, "--format", "csv")
        #expect(score.status == .ok)
        let lines = score.output.split(separator: "\n").map {
            $0.split(separator: ",", omittingEmptySubsequences: false)
        }
        let header = try #require(lines.first).map(String.init)
        let column = { (name: String) in header.firstIndex(of: name) ?? -1 }
        let (level, registered, blockers) = (column("level"), column("registered_level"), column("next_level_blockers"))
        var levels = Array(repeating: 0, count: 6)
        var reached = (units: 0, reached: 0)
        var blocked: [String: Int] = [:]
        var single = 0
        for row in lines.dropFirst() {
            let ordinal = Int(row[level]) ?? -1
            levels[ordinal] += 1
            if let target = Int(row[registered]), target > 0 {
                reached.units += 1
                if ordinal >= target { reached.reached += 1 }
            }
            let ids = Set(row[blockers].split(separator: ";").map(String.init))
            for id in ids { blocked[id, default: 0] += 1 }
            if ids.count == 1 { single += 1 }
        }
        let (input, _) = try ReportRun.run(framework: "vn-2361-commune", data: data)
        let facts = OverviewFacts(input.scoring)
        let conditions = input.scoring.framework.scheme.conditions
        #expect(facts.unitCount == lines.count - 1)
        #expect(facts.classCounts == levels)
        #expect(facts.registered.units == reached.units && facts.registered.reached == reached.reached)
        #expect(facts.oneBlockerUnits == single)
        #expect(
            Dictionary(uniqueKeysWithValues: facts.blockers.map { (conditions[$0.condition].id, $0.units) }) == blocked)
        // Most first, and the sentence names the first three with their counts.
        #expect(facts.blockers.map(\.units) == facts.blockers.map(\.units).sorted(by: >))
        let html = try Self.report(framework: "vn-2361-commune", data: data, language: .vi)
        for blocker in facts.blockers.prefix(3) {
            #expect(html.contains("\(conditions[blocker.condition].id) «"))
        }
        #expect(html.contains("\(levels[1]) trong \(lines.count - 1) đơn vị"))
    }

    /// The spread and the components of a point framework, against the scores counted here.
    @Test func theSpreadAndComponentsOfAPointFramework() throws {
        let (input, _) = try ReportRun.run(
            framework: "vn-dti-922-province", data: Self.sample("sample-vn-dti-922-province.csv"))
        let facts = OverviewFacts(input.scoring)
        let scheme = input.scoring.framework.scheme
        let totals = input.scoring.results.map { scheme.value(of: .total, in: $0) ?? -1 }
        let spread = try #require(facts.spread)
        #expect(spread.low.value == totals.min() && spread.high.value == totals.max())
        #expect(totals[spread.low.unit] == spread.low.value && totals[spread.high.unit] == spread.high.value)
        let sorted = totals.sorted()
        #expect(spread.median == (sorted[31]))
        #expect(facts.classCounts.isEmpty && facts.blockers.isEmpty)
        let nodes = scheme.rankedFigures.filter { if case .condition = $0 { true } else { false } }
        #expect(facts.components.count == nodes.count)
        for component in facts.components {
            let values = input.scoring.results.compactMap { scheme.value(of: component.figure, in: $0) }
            #expect(abs(component.mean - values.reduce(0, +) / Double(values.count)) < 1e-12)
        }
        #expect(facts.components.map(\.mean) == facts.components.map(\.mean).sorted(by: >))
    }

    /// Nothing empty: a framework without floors has no one-row heat map of its total; the class below the tiers is
    /// shown only where a unit sits; the index's bins run from the lowest to the highest that holds a unit.
    @Test func nothingEmptyIsDrawn() throws {
        let directory = try Support.temporaryDirectory()
        let data = directory.appendingPathComponent("hue.csv").path
        let sample = chiso("sample", "--framework", "vn-hue-3043", "--units", "30", "--output", data)
        #expect(sample.status == .ok)
        let html = try Self.report(framework: "vn-hue-3043", data: data, language: .vi)
        #expect(!html.contains("id=\"criteria\"") && !html.contains("chart-heatmap"))
        let (input, _) = try ReportRun.run(framework: "vn-hue-3043", data: data)
        let below = input.scoring.results.filter { $0.standing.ordinal == 0 }.count
        let belowName = input.scoring.framework.scheme.className(0).vi
        #expect(html.contains("<th scope=\"row\">\(belowName)</th>") == (below > 0))
        let bins = try #require(html.firstMatch(of: /<caption>Phân bố chỉ số<\/caption>(.*?)<\/table>/)?.output.1)
        let rows = bins.matches(of: /<td class="num">(\d+)<\/td>/).map { Int($0.output.1) ?? 0 }
        #expect(rows.first != 0 && rows.last != 0 && rows.reduce(0, +) == 30)
    }

    /// With `--compare` against the next year, the key point names the years and counts the units that moved up
    /// and down a level as `chiso score` scores the two files; a level framework's ranks are not told.
    @Test func whoMovedIsCountedByLevel() throws {
        let directory = try Support.temporaryDirectory()
        #expect(chiso("sample", "--seed", "7", "--output-dir", directory.path).status == .ok)
        let next = directory.appendingPathComponent("sample-communes.csv")
        let text = try String(contentsOf: next, encoding: .utf8).replacingOccurrences(of: ",2025,", with: ",2026,")
        try Data(text.utf8).write(to: next)
        let data = Self.sample("sample-communes.csv")
        func levels(_ file: String) -> [String: Int] {
            let lines = chiso("score", "--framework", "vn-2361-commune", file, "--format", "csv").output
                .split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false) }
            let level = lines.first?.firstIndex(of: "level") ?? 0
            return Dictionary(uniqueKeysWithValues: lines.dropFirst().map { (String($0[0]), Int($0[level]) ?? -1) })
        }
        let (before, after) = (levels(data), levels(next.path))
        let up = before.filter { (after[$0.key] ?? -1) > $0.value }.count
        let down = before.filter { (after[$0.key] ?? 99) < $0.value }.count
        let (input, _) = try ReportRun.run(framework: "vn-2361-commune", data: data, compare: [next.path])
        var html = ""
        try HTMLReport.write(input, language: .vi) { (piece: String) throws(InputError) in html += piece }
        #expect(
            html.contains("Từ 2025 đến 2026: \(up) đơn vị lên mức, \(down) xuống mức, \(120 - up - down) giữ nguyên."))
        #expect(up > 0 && down > 0)
    }

    static let communesVietnamese = """
        Sở Khoa học và Công nghệ tỉnh Minh Họa
        Báo cáo chuyển đổi số cấp xã năm 2025
        Cơ quan: Sở Khoa học và Công nghệ tỉnh Minh Họa
        Năm đánh giá: 2025
        Khung đánh giá: Mức độ chuyển đổi số cấp xã (Quyết định 2361/QĐ-BTTTT) (Digital-transformation level of communes (Decision 2361/QĐ-BTTTT)) vn-2361-commune
        Căn cứ pháp lý: Quyết định 2361/QĐ-BTTTT, 31/12/2024, Bộ Thông tin và Truyền thông
        Khung tiêu chí và phương pháp đánh giá, xét công nhận mức độ chuyển đổi số cấp huyện và cấp xã (Phiên bản 1.0)
        Phần: Phụ lục I: Khung tiêu chí đánh giá mức độ chuyển đổi số cấp xã
        Số đơn vị: 120
        Tệp dữ liệu: notebooks-data/sample-communes.csv
        Ngày lập: 02/12/2026
        Những điểm chính
        52 trong 120 đơn vị (43,3%) ở M1 Khởi động. Theo mức: M5 Toàn diện 14, M4 Nâng cao 5, M3 Cơ bản 16, M2 Kết nối 26, M1 Khởi động 52, chưa đạt mức 1: 7.
        64 trong 120 đơn vị đã đăng ký mức đạt được mức đã đăng ký.
        Các tiêu chí cản nhiều đơn vị nhất lên mức tiếp theo: XHS.07 «Tỷ lệ nhà văn hóa tại thôn, bản, tổ dân phố có kết nối Internet cáp…» (89 đơn vị); CQS.11 «Tỷ lệ hệ thống thông tin được kiểm tra, đánh giá an toàn thông tin…» (80); XHS.06 «Tỷ lệ người dân có hồ sơ sức khỏe điện tử» (69).
        6 đơn vị chỉ còn thiếu một tiêu chí để lên mức tiếp theo, trong đó: H04-X02 Xã Minh Họa 4-2 (CQS.11), H06-X10 Xã Minh Họa 6-10 (CQS.14), H06-X11 Xã Minh Họa 6-11 (CQS.09), H07-X05 Xã Minh Họa 7-5 (XHS.06), H08-X04 Xã Minh Họa 8-4 (CQS.09).
        Mục lục
        Cho lãnh đạo: Những điểm chính
        Cho người lập kế hoạch: Tiêu chí theo mức
        Từng đơn vị: Từng đơn vị
        """
    static let communesEnglish = """
        Minh Họa Department of Science
        Digital transformation of communes, 2025
        Organisation: Minh Họa Department of Science
        Assessment year: 2025
        Framework: Digital-transformation level of communes (Decision 2361/QĐ-BTTTT) (Mức độ chuyển đổi số cấp xã (Quyết định 2361/QĐ-BTTTT)) vn-2361-commune
        Legal source: Decision 2361/QĐ-BTTTT, 31 December 2024, Ministry of Information and Communications
        Framework of criteria and method for assessing and recognising the digital-transformation level of districts and communes (version 1.0)
        Part: Phụ lục I: Khung tiêu chí đánh giá mức độ chuyển đổi số cấp xã
        Units: 120
        Data file: notebooks-data/sample-communes.csv
        Made on: 2 December 2026
        Key points
        52 of 120 units (43.3%) are at L1 Starting. By level: L5 Comprehensive 14, L4 Advanced 5, L3 Basic 16, L2 Connecting 26, L1 Starting 52, below level 1: 7.
        64 of the 120 units that registered a level reached it.
        The criteria that keep the most units from their next level: XHS.07 “Share of village and neighbourhood cultural houses with fibre-optic…” (89 units); CQS.11 “Share of information systems inspected and assessed for information…” (80); XHS.06 “Share of people with an electronic health record” (69).
        6 units miss only one criterion to reach their next level, among them H04-X02 Xã Minh Họa 4-2 (CQS.11), H06-X10 Xã Minh Họa 6-10 (CQS.14), H06-X11 Xã Minh Họa 6-11 (CQS.09), H07-X05 Xã Minh Họa 7-5 (XHS.06), H08-X04 Xã Minh Họa 8-4 (CQS.09).
        Contents
        For leaders: Key points
        For planners: Criteria by level
        Unit by unit: Unit by unit
        """
    static let provincesVietnamese = """
        Báo cáo chuyển đổi số
        Bộ chỉ số đánh giá chuyển đổi số cấp tỉnh (DTI) 2021–2023
        Provincial Digital Transformation Index (DTI), 2021–2023
        Năm đánh giá: 2025
        Khung đánh giá: Bộ chỉ số đánh giá chuyển đổi số cấp tỉnh (DTI) 2021–2023 vn-dti-922-province
        Căn cứ pháp lý: Quyết định 922/QĐ-BTTTT, 20/05/2022, Bộ Thông tin và Truyền thông
        Đề án "Xác định Bộ chỉ số đánh giá chuyển đổi số của các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ, các tỉnh, thành phố trực thuộc trung ương và của quốc gia"
        Phần: Phụ lục 1, Bảng I.1 (cấp tỉnh)
        Số đơn vị: 63
        Tệp dữ liệu: notebooks-data/sample-vn-dti-922-province.csv
        Ngày lập: 02/12/2026
        Những điểm chính
        Chỉ số từ 0,2859 (U08 Đơn vị Minh Họa 8) đến 0,9839 (U36 Đơn vị Minh Họa 36); trung vị 0,5956.
        Mạnh nhất: Hạ tầng số (65,1%) và Thể chế số (63,6%); yếu nhất: Nhân lực số (60,1%) và Hoạt động kinh tế số (61,6%) (trung bình tỷ lệ điểm đạt được trên điểm tối đa).
        Dẫn đầu trong 63 đơn vị xếp hạng: U36 Đơn vị Minh Họa 36 (1), U10 Đơn vị Minh Họa 10 (2), U52 Đơn vị Minh Họa 52 (3); cuối bảng: U48 Đơn vị Minh Họa 48 (61), U57 Đơn vị Minh Họa 57 (62), U08 Đơn vị Minh Họa 8 (63).
        Mục lục
        Cho lãnh đạo: Những điểm chính
        Cho người lập kế hoạch: Xếp hạng
        Điểm mạnh và điểm yếu
        Từng đơn vị: Từng đơn vị
        """
    static let provincesEnglish = """
        Digital transformation report
        Provincial Digital Transformation Index (DTI), 2021–2023
        Bộ chỉ số đánh giá chuyển đổi số cấp tỉnh (DTI) 2021–2023
        Assessment year: 2025
        Framework: Provincial Digital Transformation Index (DTI), 2021–2023 vn-dti-922-province
        Legal source: Decision 922/QĐ-BTTTT, 20 May 2022, Ministry of Information and Communications
        Scheme defining the digital-transformation indices of ministries, provinces and the nation
        Part: Phụ lục 1, Bảng I.1 (cấp tỉnh)
        Units: 63
        Data file: notebooks-data/sample-vn-dti-922-province.csv
        Made on: 2 December 2026
        Key points
        The index runs from 0.2859 (U08 Đơn vị Minh Họa 8) to 0.9839 (U36 Đơn vị Minh Họa 36); median 0.5956.
        Strongest: Digital infrastructure (65.1%) and Digital institutions (63.6%); weakest: Digital human resources (60.1%) and Digital economy activity (61.6%) (the mean share of the maximum points reached).
        First of the 63 units ranked: U36 Đơn vị Minh Họa 36 (1), U10 Đơn vị Minh Họa 10 (2), U52 Đơn vị Minh Họa 52 (3); last: U48 Đơn vị Minh Họa 48 (61), U57 Đơn vị Minh Họa 57 (62), U08 Đơn vị Minh Họa 8 (63).
        Contents
        For leaders: Key points
        For planners: Ranks
        Strengths and weaknesses
        Unit by unit: Unit by unit
        """
}
