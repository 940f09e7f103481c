import ChisoCLI
import ChisoReports
import Foundation
import Testing

/// `report --units all|none|ID[,ID…]` (and its synonym `--unit`): a section per unit up to 30 units by default,
/// above that the compact index alone with a sentence that says how to get sections.
@Suite struct ReportUnitsOptionTests {
    static let communeReport = ["report", "--framework", "vn-2361-commune", communes]

    static func sections(_ html: String) -> Int { html.matches(of: /<article class="unit"/).count }

    /// The rows of the index of units.
    static func indexRows(_ html: String) -> Int {
        guard let start = html.range(of: "<table class=\"index\">"),
            let end = html.range(of: "</table>", range: start.upperBound..<html.endIndex)
        else { return 0 }
        return html[start.upperBound..<end.lowerBound].matches(of: /<tr>/).count - 1
    }

    @Test func theLimitIsThirty() {
        #expect(HTMLReport.unitSectionLimit == 30)
    }

    @Test(
        arguments: [
            ([String](), 0, "there are 120 units, more than 30"),
            (["--units", "none"], 0, "--units none"),
            (["--units", "all"], 120, nil),
            (["--units", "ALL"], 120, nil),
            (["--units", "H01-X01,H01-X02", "--unit", "H02-X01"], 3, "named with --units"),
            (["--unit", "H01-X01"], 1, "named with --units"),
            (["--units", "H01-X01", "--units", "H01-X02"], 2, "named with --units"),
        ] as [([String], Int, String?)])
    func communesGetSectionsAsAsked(extra: [String], sections: Int, sentence: String?) {
        let run = chisoInEnglish(Self.communeReport + extra)
        #expect(run.status == .ok, "\(run.error)")
        #expect(Self.sections(run.output) == sections)
        #expect(Self.indexRows(run.output) == 120)
        if let sentence { #expect(run.output.lowercased().contains(sentence.lowercased()), "\(sentence)") }
    }

    @Test func theCompactIndexSaysHowToGetSections() {
        let run = chiso(Self.communeReport)
        #expect(run.output.contains("Có 120 đơn vị, nhiều hơn 30, nên báo cáo chỉ có danh sách rút gọn"))
        #expect(run.output.contains("--units MÃ,MÃ (các đơn vị cần xem) hoặc --units all (mọi đơn vị)."))
        // One line per unit: the name is clipped on one line, the main blocker is one ID and a count.
        #expect(run.output.contains("<td><span class=\"clip\" title=\"Xã Minh Họa 1-1\">Xã Minh Họa 1-1</span></td>"))
        #expect(run.output.contains("<td>CQS.02 (+9)</td>"))
        #expect(run.output.contains("table.index th,table.index td{white-space:nowrap"))
    }

    @Test func aSmallCohortGetsASectionPerUnitByDefault() {
        let run = chiso("report", "--framework", "vn-2361-district", districts, "--children", communes)
        #expect(run.status == .ok)
        #expect(Self.sections(run.output) == 10)
        #expect(!run.output.contains("danh sách rút gọn dưới đây"))
    }

    @Test func everyUnitOfALargeCohortIsAllowedWithAWarning() {
        let run = chisoInEnglish(Self.communeReport + ["--units", "all"])
        #expect(run.status == .ok)
        #expect(run.error.contains("'--units all' gives each of 120 units a section: the report will be long"))
        let small = chisoInEnglish("report", "--framework", "vn-2361-district", districts, "--units", "all")
        #expect(!small.error.contains("will be long"))
    }

    @Test(arguments: [
        (["--units", "all,H01-X01"], "'--units all' stands alone"),
        (["--units", "none", "--unit", "H01-X01"], "'--units none' stands alone"),
        (["--units", "all,none"], "stands alone"),
        (["--units", "H01-X1"], "did you mean H01-X01?"),
    ])
    func unclearOrUnknownUnitsAreUsageErrors(extra: [String], message: String) {
        let run = chisoInEnglish(Self.communeReport + extra)
        #expect(run.status == .usage)
        #expect(run.error.contains(message), "\(run.error)")
    }
}
