import ChisoCLI
import ChisoCore
import ChisoFormats
import ChisoReports
import Foundation
import Testing

/// Reports on the bundled samples: the structure of the document (not its pixels), its text alternatives, that it
/// fetches nothing, and its languages.
@Suite struct HTMLReportTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static func sample(_ name: String) -> String { repository.appendingPathComponent("notebooks-data/\(name)").path }

    /// A report as one string.
    static func report(
        framework: String, data: String, children: String? = nil, units: [String] = [], language: Language = .vi
    ) throws -> String {
        let (input, _) = try ReportRun.run(framework: framework, data: data, children: children, units: units)
        var text = ""
        try HTMLReport.write(input, language: language) { (piece: String) throws(InputError) in text += piece }
        return text
    }

    static func districts(_ language: Language = .vi) throws -> String {
        try report(
            framework: "vn-2361-district", data: sample("sample-districts.csv"),
            children: sample("sample-communes.csv"), language: language)
    }

    /// The document's outline: parts and units with their IDs, headings by level, figures by ID.
    static func outline(_ html: String) -> String {
        let pattern =
            #"<(section|article)[^>]*? id="([^"]+)"|<h([1-6])[^>]*>([^<]*)</h\3>|<figure class="chart" id="([^"]+)""#
        let regex = try? NSRegularExpression(pattern: pattern)
        let range = NSRange(html.startIndex..., in: html)
        var lines: [String] = []
        for match in regex?.matches(in: html, range: range) ?? [] {
            func group(_ index: Int) -> String? {
                Range(match.range(at: index), in: html).map { String(html[$0]) }
            }
            if let kind = group(1), let id = group(2) {
                lines.append("\(kind) #\(id)")
            } else if let level = group(3), let text = group(4) {
                lines.append(String(repeating: "  ", count: (Int(level) ?? 1) - 1) + "h\(level) \(text)")
            } else if let id = group(5) {
                lines.append("      figure #\(id)")
            }
        }
        return lines.joined(separator: "\n")
    }

    @Test func districtReportOutline() throws {
        let html = try Self.districts()
        let outline = Self.outline(html).split(separator: "\n").prefix(23).joined(separator: "\n")
        #expect(
            outline == """
                section #summary
                h1 Mức độ chuyển đổi số cấp huyện (Quyết định 2361/QĐ-BTTTT)
                  h2 Những điểm chính
                    h3 Số đơn vị theo mức
                      figure #chart-classes
                    h3 Tiêu chí cản nhiều đơn vị nhất lên mức tiếp theo
                      figure #chart-top-blockers
                section #criteria
                  h2 Tiêu chí theo mức
                    h3 Tỷ lệ đơn vị đạt từng tiêu chí
                      figure #chart-heatmap-1
                    h3 Điều gì cản trở mức tiếp theo
                      figure #chart-blockers
                section #subordinates
                  h2 Đơn vị cấp dưới
                    h3 Mức của các đơn vị cấp dưới theo từng đơn vị
                      figure #chart-subordinates-1
                    h3 Tình trạng tiêu chí về đơn vị cấp dưới CHUNG.01
                section #units
                  h2 Từng đơn vị
                    h3 Danh sách đơn vị
                article #unit-H01
                    h3 H01 Huyện Minh Họa 1
                """)
        #expect(html.components(separatedBy: "<article class=\"unit\"").count == 11)
    }

    @Test func pointReportOutlineInEnglish() throws {
        let html = try Self.report(
            framework: "example-province-department", data: Self.sample("sample-example-province-department.csv"),
            language: .en)
        let outline = Self.outline(html).split(separator: "\n").prefix(24).joined(separator: "\n")
        #expect(
            outline == """
                section #summary
                h1 EXAMPLE — digital-transformation index of provincial departments
                  h2 Key points
                    h3 Units by tier
                      figure #chart-classes
                    h3 The criteria that keep most units from their next tier
                      figure #chart-top-blockers
                    h3 Distribution of the index
                      figure #chart-index
                    h3 Share of the maximum points by component
                      figure #chart-components
                section #criteria
                  h2 Criteria by tier
                    h3 Share of units meeting each criterion
                      figure #chart-heatmap-1
                    h3 What blocks the next tier
                      figure #chart-blockers
                section #ranks
                  h2 Ranks
                      figure #chart-figures
                section #strengths
                  h2 Strengths and weaknesses
                section #units
                  h2 Unit by unit
                """)
    }

    /// Every chart is an image named by its title and description, with its numbers in a table.
    @Test(arguments: [Language.vi, .en])
    func everyChartHasItsTextAlternative(language: Language) throws {
        let html = try Self.districts(language)
        let svgs = html.components(separatedBy: "<svg ").dropFirst()
        #expect(svgs.count >= 4)
        for svg in svgs {
            let id = try #require(svg.firstMatch(of: /aria-labelledby="([^ "]+)-title \1-desc"/)?.output.1)
            #expect(svg.hasPrefix("role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\""))
            let body = try #require(svg.split(separator: ">", maxSplits: 1).last)
            #expect(body.hasPrefix("<title id=\"\(id)-title\">"))
            #expect(body.contains("</title><desc id=\"\(id)-desc\">"))
            let after = try #require(svg.components(separatedBy: "</svg>").last)
            #expect(
                after.hasPrefix("<div class=\"scroll\"><table") && after.contains("<caption>"),
                "chart \(id) has no table of its numbers")
        }
    }

    @Test(arguments: [Language.vi, .en])
    func referencesNothingOutsideTheFile(language: Language) throws {
        let html = try Self.report(
            framework: "vn-dti-922-province", data: Self.sample("sample-vn-dti-922-province.csv"), language: language)
        #expect(!html.contains("http://") && !html.contains("https://"))
        for match in html.matches(of: /(?:src|href|xlink:href|action)\s*=\s*"([^"]*)"/) {
            #expect(match.output.1.hasPrefix("#"), "\(match.output.1)")
        }
        #expect(html.matches(of: /url\(/).isEmpty)
        #expect(html.matches(of: /@import|<link|<img|<iframe|<object|<embed/).isEmpty)
        #expect(html.contains("Content-Security-Policy\" content=\"default-src &#39;none&#39;;"))
    }

    @Test(arguments: [Language.vi, .en])
    func textIsNFCAndInTheChosenLanguage(language: Language) throws {
        let html = try Self.districts(language)
        #expect(html == html.precomposedStringWithCanonicalMapping)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"\(language.rawValue)\">"))
        let (own, other) = language == .vi ? ("Những điểm chính", "Key points") : ("Key points", "Những điểm chính")
        #expect(html.contains(">\(own)</h2>") && !html.contains(">\(other)</h2>"))
    }

    @Test func numbersFollowTheLanguageInTheReportOnly() throws {
        let data = Self.sample("sample-vn-dti-922-province.csv")
        let vi = try Self.report(framework: "vn-dti-922-province", data: data, language: .vi)
        let en = try Self.report(framework: "vn-dti-922-province", data: data, language: .en)
        #expect(vi.contains(#/<td class="num">0,\d{4}</td>/#))
        #expect(!vi.contains(#/<td class="num">0\.\d{4}</td>/#))
        #expect(en.contains(#/<td class="num">0\.\d{4}</td>/#))
        let communes = Self.sample("sample-communes.csv")
        let shares = try Self.report(framework: "vn-2361-commune", data: communes, language: .vi)
        let share = try #require(shares.firstMatch(of: /\d+,\d%/))
        let english = try Self.report(framework: "vn-2361-commune", data: communes, language: .en)
        #expect(english.contains(share.output.replacingOccurrences(of: ",", with: ".")))
    }

    @Test func namedUnitsAloneGetSections() throws {
        let html = try Self.report(
            framework: "vn-2361-commune", data: Self.sample("sample-communes.csv"), units: ["H03-X05", "H01-X01"])
        let articles = html.matches(of: /<article class="unit" id="([^"]+)"/).map { String($0.output.1) }
        #expect(articles == ["unit-H01-X01", "unit-H03-X05"])
        #expect(html.contains("<a href=\"#unit-H03-X05\">H03-X05</a>"))
        #expect(!html.contains("<a href=\"#unit-H03-X06\">"))
    }

    @Test func anUnknownUnitIsAUsageErrorWithASuggestion() throws {
        #expect {
            _ = try Self.report(
                framework: "vn-2361-commune", data: Self.sample("sample-communes.csv"), units: ["H03-X5"])
        } throws: { error in
            guard let error = error as? InputError else { return false }
            return error.kind == .usage && error.diagnostics.first?.message.contains("did you mean H03-X05?") == true
        }
    }

    /// A unit's section as a reader sees it: blocks on their own lines, table cells separated by ` | `, tags gone.
    static func readerText(of unit: String, in html: String) -> String {
        guard let start = html.range(of: "<article class=\"unit\" id=\"unit-\(unit)\""),
            let end = html.range(of: "</article>", range: start.upperBound..<html.endIndex)
        else { return "" }
        var text = String(html[start.lowerBound..<end.upperBound])
        for (pattern, replacement) in [
            (#"</(p|li|tr|h3|caption)>"#, "\n"), (#"</t[hd]>"#, " | "), (#"<[^>]+>"#, ""), (#"[ ]+\n"#, "\n"),
        ] {
            text = text.replacingOccurrences(of: pattern, with: replacement, options: .regularExpression)
        }
        for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")] {
            text = text.replacingOccurrences(of: entity, with: character)
        }
        return text.split(separator: "\n", omittingEmptySubsequences: true).joined(separator: "\n")
    }

    @Test func aDistrictsSectionReadsAsItShould() throws {
        let text = Self.readerText(of: "H04", in: try Self.districts(.vi))
        #expect(
            text
                == #"""
                H04 Huyện Minh Họa 4
                Mức: Kết nối (Connecting)
                Chưa đạt Mức 3 (Cơ bản): 1 tiêu chí chưa đạt: CHUNG.01.
                Đơn vị đăng ký Mức 5 và chưa đạt mức này.
                Quy tắc xác định mức: đạt một mức khi đạt 100% tiêu chí của chính mức đó, không phụ thuộc các mức thấp hơn (perLevel, như Quyết định 2361, mục II.1.c).
                H04 Huyện Minh Họa 4 — ✓ đạt · ✗ chưa đạt · – không áp dụng · ? chưa có số liệu (tính là chưa đạt) · * cản trở bước tiếp theo
                * | Tiêu chí | Tên | Giá trị | M1 Khởi động | M2 Kết nối | M3 Cơ bản | M4 Nâng cao | M5 Toàn diện |
                * | CHUNG.01 | Tỷ lệ xã, phường, thị trấn thuộc quận, huyện, thị xã, thành phố đạt chuẩn chuyển đổi số | 12 đơn vị (M1: 1, M3: 3, M4: 2, M5: 6) | ✓ tất cả ≥M1 | ✓ tất cả ≥M1, ≥50% ≥M2 | ✗ tất cả ≥M2, ≥50% ≥M3 | ✗ tất cả ≥M3, ≥50% ≥M4 | ✗ tất cả ≥M4, ≥50% ≥M5 |
                 | CQS.01 | Tỷ lệ thủ tục hành chính đủ điều kiện theo quy định của pháp luật được cung cấp dưới hình thức dịch vụ công trực tuyến toàn trình | 100% | ✓ ≥70% | ✓ ≥80% | ✓ ≥90% | ✓ ≥100% | ✓ ≥100% |
                 | CQS.02 | Tỷ lệ hồ sơ thủ tục hành chính được thực hiện trực tuyến toàn trình | 86% | ✓ ≥20% | ✓ ≥30% | ✓ ≥40% | ✓ ≥80% | ✗ ≥90% |
                 | CQS.03 | Tỷ lệ xử lý văn bản, hồ sơ công việc (trừ hồ sơ mật) trên môi trường mạng | 100% | ✓ ≥75% | ✓ ≥85% | ✓ ≥95% | ✓ ≥100% | ✓ ≥100% |
                 | CQS.04 | Chế độ báo cáo, chỉ tiêu tổng hợp báo cáo định kỳ và báo cáo thống kê về kinh tế - xã hội phục vụ sự chỉ đạo, điều hành của chính quyền được thực hiện trên hệ thống và kết nối, tích hợp, chia sẻ dữ liệu số trên Hệ thống thông tin báo cáo Chính phủ | có | – | – | – | ✓ có | ✓ có |
                 | CQS.05 | Địa phương có ứng dụng, triển khai trợ lý ảo phục vụ hoạt động của cán bộ, công chức, viên chức và phục vụ người dân. | có | – | – | – | ✓ có | ✓ có |
                 | CQS.06 | Tỷ lệ cán bộ, công chức được tham gia đào tạo, bồi dưỡng, tập huấn, cập nhật kiến thức về chuyển đổi số, kỹ năng số, công nghệ số | 100% | ✓ ≥50% | ✓ ≥60% | ✓ ≥80% | ✓ ≥100% | ✓ ≥100% |
                 | CQS.07 | Hệ thống mạng của trụ sở UBND quận, huyện, thị xã, thành phố có kết nối mạng truyền số liệu chuyên dùng phục vụ các cơ quan Đảng, Nhà nước | có | – | – | ✓ có | ✓ có | ✓ có |
                 | CQS.08 | Tỷ lệ công chức cấp huyện được trang bị máy tính, có kết nối mạng LAN, được cài phần mềm phòng chống virus, mã độc | 85% | ✓ ≥50% | ✓ ≥60% | ✓ ≥70% | ✓ ≥80% | ✗ ≥90% |
                 | CQS.09 | Tỷ lệ hệ thống thông tin của chính quyền được phê duyệt cấp độ an toàn thông tin mạng theo Nghị định số 85/2016/NĐ-CP của Chính phủ | 100% | ✓ ≥50% | ✓ ≥70% | ✓ ≥90% | ✓ ≥100% | ✓ ≥100% |
                 | CQS.10 | Tỷ lệ hệ thống thông tin của Ủy ban nhân dân cấp huyện được triển khai đầy đủ phương án bảo đảm an toàn thông tin theo hồ sơ đề xuất cấp độ đã được phê duyệt | 68% | ✓ ≥10% | ✓ ≥20% | ✓ ≥30% | ✓ ≥50% | ✗ ≥70% |
                 | CQS.11 | Tỷ lệ hệ thống thông tin được kiểm tra, đánh giá an toàn thông tin theo cấp độ (01 lần kiểm tra, đánh giá được tính cho 02 năm) | 82% | ✓ ≥20% | ✓ ≥40% | ✓ ≥60% | ✓ ≥80% | ✗ ≥100% |
                 | CQS.12 | Người làm công tác chuyên trách/kiêm nhiệm về chuyển đổi số và an toàn thông tin | có | ✓ có | ✓ có | ✓ có | ✓ có | ✓ có |
                 | CQS.13 | Hệ thống chiếu sáng thông minh công cộng | 1 | – | – | – | ✓ ≥1 | ✗ ≥3 |
                 | CQS.14 | Hệ thống camera giám sát an ninh, trật tự xã hội | 2 | – | – | – | ✓ ≥1 | ✗ ≥3 |
                 | CQS.15 | Đài truyền thanh, truyền hình của quận, huyện, thị xã, thành phố có ứng dụng công nghệ thông tin - viễn thông | có | – | – | ✓ có | ✓ có | ✓ có |
                 | CQS.16 | Tỷ lệ điểm phục vụ bưu chính có khả năng phục vụ người dân sử dụng dịch vụ công trực tuyến | 71% | – | ✓ ≥50% | ✓ ≥60% | ✓ ≥70% | ✗ ≥80% |
                 | CQS.17 | Có hệ thống WiFi công cộng miễn phí phục vụ nhu cầu của người dân và du khách tại các điểm công cộng như tại nhà văn hóa, các điểm tham quan du lịch, trụ sở UBND cấp huyện | có | – | – | ✓ có | ✓ có | ✓ có |
                 | CQS.18 | Trang thông tin điện tử (TTĐT) cung cấp đầy đủ thông tin theo quy định tại Nghị định số 42/2022/NĐ-CP ngày 24/06/2022 và Thông tư số 22/2023/TT-BTTTT ngày 31/12/2023 | có | ✓ có | ✓ có | ✓ có | ✓ có | ✓ có |
                 | CQS.19 | Hệ thống hội nghị truyền hình kết hợp họp không giấy tờ | có | – | – | ✓ có | ✓ có | ✓ có |
                 | CQS.20 | Có Trung tâm giám sát, điều hành thông minh (IOC) hoặc hệ thống quản lý dữ liệu tập trung phục vụ công tác quản lý, chỉ đạo điều hành của lãnh đạo UBND cấp huyện | có | – | – | – | ✓ có | ✓ có |
                 | CQS.21 | Chính quyền cấp huyện có hệ thống ứng dụng công nghệ thông tin trong đánh giá cải cách hành chính và đo lường sự hài lòng của người dân đối với sự phục vụ của cơ quan hành chính nhà nước | có | – | – | ✓ có | ✓ có | ✓ có |
                 | CQS.22 | Có ứng dụng nền tảng số để giải quyết hiệu quả các bài toán của địa phương trong quản lý đô thị và xây dựng quận/huyện/thị xã/thành phố văn minh đô thị | có | – | – | ✓ có | ✓ có | ✓ có |
                 | KTS.01 | Tỷ lệ doanh nghiệp nhỏ và vừa sử dụng nền tảng số phục vụ sản xuất, kinh doanh | 80% | ✓ ≥30% | ✓ ≥50% | ✓ ≥70% | ✓ ≥80% | ✗ ≥90% |
                 | KTS.02 | Tỷ lệ doanh nghiệp, hợp tác xã sử dụng hợp đồng điện tử | 85% | ✓ ≥20% | ✓ ≥40% | ✓ ≥60% | ✓ ≥70% | ✓ ≥80% |
                 | KTS.03 | Tỷ lệ hộ kinh doanh cá thể, hợp tác xã sử dụng nền tảng số phục vụ sản xuất, kinh doanh | 65% | ✓ ≥10% | ✓ ≥20% | ✓ ≥30% | ✓ ≥40% | ✓ ≥50% |
                 | KTS.04 | Tỷ lệ tổ chức, doanh nghiệp chấp nhận hình thức thanh toán không dùng tiền mặt cho các dịch vụ thiết yếu như là tiền điện, tiền nước, các loại phí | 76% | – | ✓ ≥50% | ✓ ≥60% | ✓ ≥70% | ✗ ≥100% |
                 | KTS.05 | Tỷ lệ các sản phẩm chủ lực, đặc trưng, sản phẩm OCOP (nếu có) của địa phương được đưa lên sàn thương mại điện tử | 95% | ✓ ≥60% | ✓ ≥70% | ✓ ≥80% | ✓ ≥90% | ✗ ≥100% |
                 | KTS.06 | Ứng dụng nền tảng số trong hoạt động di chuyển, giao nhận của người dân và logistics | có | – | – | – | ✓ có | ✓ có |
                 | XHS.01 | Tỷ lệ tổ công nghệ số cộng đồng được thành lập và đi vào hoạt động | 100% | ✓ ≥70% | ✓ ≥80% | ✓ ≥90% | ✓ ≥100% | ✓ ≥100% |
                 | XHS.02 | Tỷ lệ cơ sở giáo dục và đào tạo đạt mức độ 2 trở lên về mức độ chuyển đổi số theo Quyết định số 4725/QĐ-BGDĐT ngày 30/12/2022 của Bộ trưởng Bộ Giáo dục và Đào tạo | 78% | ✓ ≥10% | ✓ ≥30% | ✓ ≥50% | ✓ ≥60% | ✗ ≥80% |
                 | XHS.03 | Tỷ lệ trạm y tế triển khai hệ thống thông tin quản lý trạm y tế xã, phường, thị trấn theo Quyết định số 3532/QĐ-BYT ngày 12 tháng 8 năm 2020 của Bộ trưởng Bộ Y tế | 62% | – | – | ✓ ≥50% | ✓ ≥60% | ✗ ≥80% |
                 | XHS.04 | Tỷ lệ cơ sở khám bệnh, chữa bệnh có triển khai hồ sơ bệnh án điện tử theo Thông tư số 46/2018/TT- BYT ngày 28/12/2018 của Bộ Y tế | 100% | – | – | ✓ ≥50% | ✓ ≥100% | ✓ ≥100% |
                """#)
    }

    @Test func unitSectionsExplainInWordsOfTheLanguage() throws {
        let vi = try Self.districts(.vi)
        let en = try Self.districts(.en)
        #expect(vi.contains("Quy tắc xác định mức: đạt một mức khi đạt 100% tiêu chí của chính mức đó"))
        #expect(en.contains("Level rule: a level is reached when every criterion of that level is met"))
        #expect(vi.contains("<th scope=\"col\">M1 Khởi động</th>"))
        #expect(en.contains("<th scope=\"col\">L1 Starting</th>"))
    }
}
