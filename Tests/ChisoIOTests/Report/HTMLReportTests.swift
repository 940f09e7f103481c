import ChisoCore
import ChisoIO
import Foundation
import Testing

/// Reports on the bundled samples: the structure of the document (not its pixels), its text alternatives, that it
/// fetches nothing, and its languages.
@Suite struct HTMLReportTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
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
        let outline = Self.outline(html).split(separator: "\n").prefix(22).joined(separator: "\n")
        #expect(
            outline == """
                h1 Mức độ chuyển đổi số cấp huyện (Quyết định 2361/QĐ-BTTTT)
                  h2 Mục lục
                section #summary
                  h2 Tóm tắt
                    h3 Số đơn vị theo mức
                      figure #chart-classes
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
                    h3 Tình trạng tiêu chí tổng hợp CHUNG.01
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
        let outline = Self.outline(html).split(separator: "\n").prefix(21).joined(separator: "\n")
        #expect(
            outline == """
                h1 EXAMPLE — digital-transformation index of provincial departments
                  h2 Contents
                section #summary
                  h2 Summary
                    h3 Units by tier
                      figure #chart-classes
                    h3 Distribution of the index
                      figure #chart-index
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
            #expect(after.hasPrefix("<table><caption>"), "chart \(id) has no table of its numbers")
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
        let (own, other) = language == .vi ? ("Tóm tắt", "Summary") : ("Summary", "Tóm tắt")
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

    @Test func unitSectionsExplainInWordsOfTheLanguage() throws {
        let vi = try Self.districts(.vi)
        let en = try Self.districts(.en)
        #expect(vi.contains("Quy tắc xác định mức: đạt một mức khi đạt 100% tiêu chí của chính mức đó"))
        #expect(en.contains("Level rule: a level is reached when every criterion of that level is met"))
        #expect(vi.contains("<th scope=\"col\">M1 Khởi động</th>"))
        #expect(en.contains("<th scope=\"col\">L1 Starting</th>"))
    }
}
