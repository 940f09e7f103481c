import Testing

@testable import ChisoFormats
@testable import ChisoReports

@Suite struct HTMLBufferTests {
    @Test func escapesTextAndAttributeValues() {
        var html = HTMLBuffer()
        html.element("p", ["title": "a \"b\" & 'c'", "hidden": nil], text: "<script>alert(1)</script> & Hà Nội")
        #expect(
            html.text
                == "<p title=\"a &quot;b&quot; &amp; &#39;c&#39;\">&lt;script&gt;alert(1)&lt;/script&gt; &amp; Hà Nội</p>"
        )
    }

    @Test func writesEmptySVGElementsAndTakesTheText() {
        var html = HTMLBuffer()
        html.empty("rect", ["x": "1", "fill": "#fff"])
        #expect(html.take() == "<rect x=\"1\" fill=\"#fff\"/>")
        #expect(html.text.isEmpty)
    }

    @Test(arguments: [
        ("H01-X05", "unit-H01-X05"),
        ("Xã 1", "unit-X_e3__20_1"),
        ("a b", "unit-a_20_b"),
        ("a_20_b", "unit-a_5f_20_5f_b"),
    ])
    func anchorsKeepDifferentIDsApart(id: String, anchor: String) {
        #expect(HTML.anchor("unit", id) == anchor)
    }
}

@Suite struct LocaleNumbersTests {
    @Test(arguments: [
        (Language.vi, 0.725, "72,5%"), (.en, 0.725, "72.5%"), (.vi, 1.0, "100%"), (.en, 0.0, "0%"),
        (.vi, 0.12345, "12,3%"), (.en, 0.9996, ">99.9%"), (.vi, 0.9996, ">99,9%"), (.en, 0.0004, "<0.1%"),
        (.en, 0.9994, "99.9%"), (.en, 0.0006, "0.1%"),
    ])
    func sharesAsPercentages(language: Language, share: Double, text: String) {
        #expect(LocaleNumbers(language).percent(share: share) == text)
    }

    /// Whole percentages, as the heat map writes them: 99.6% of units is not "all".
    @Test func wholePercentagesNeverSayAllOrNoneWhenNotTrue() {
        let numbers = LocaleNumbers(.en)
        #expect(numbers.percent(share: 0.996, decimals: 0) == ">99%")
        #expect(numbers.percent(share: 0.004, decimals: 0) == "<1%")
        #expect(numbers.percent(share: 1, decimals: 0) == "100%")
        #expect(numbers.percent(share: 0.5, decimals: 0) == "50%")
    }

    @Test(arguments: [
        (Language.vi, 10600, "10.600"), (.en, 10600, "10,600"), (.vi, 999, "999"), (.en, 1_234_567, "1,234,567"),
        (.vi, -2500, "-2.500"),
    ])
    func wholeNumbersGroupThousands(language: Language, value: Int, text: String) {
        #expect(LocaleNumbers(language).integer(value) == text)
    }

    @Test func decimalsDropTrailingZerosAndFixedKeepThem() {
        let vi = LocaleNumbers(.vi)
        #expect(vi.decimal(0.6200) == "0,62")
        #expect(vi.decimal(1234.5) == "1.234,5")
        #expect(vi.decimal(-0.001) == "0")
        #expect(vi.fixed(0.412, decimals: 4) == "0,4120")
        #expect(LocaleNumbers(.en).fixed(0.412, decimals: 4) == "0.4120")
    }
}

@Suite struct ChartFigureTests {
    private func render(_ chart: any Chart) -> String {
        var html = HTMLBuffer()
        ChartFigure(
            id: "c1", title: "Units by level", description: "Bar chart of units.", chart: chart,
            table: DataTable(caption: "Units by level", header: ["Level", "Units"], rows: [["1", "3"]], numeric: [1])
        ).write(into: &html, numbers: LocaleNumbers(.vi))
        return html.text
    }

    static let charts: [any Chart] = [
        BarChart(bars: [.init(label: "Mức 1", value: 3, text: "3")]),
        Histogram(counts: Histogram.bin([0.1, 0.5, 1], bins: 20), lines: [.init(value: 0.7, label: "Mức IV")]),
        HeatMap(rows: ["CQS.01"], columns: ["M1", "M2"], values: [[0.725, nil]]),
        StackedBarChart(segments: ["0", "1"], rows: [.init(label: "H01", values: [2, 5])]),
        DotWhiskerChart(rows: [.init(label: "X1", point: 3, low: 1, high: 7)], domain: 1...10),
        SlopeChart(sides: ("2024", "2025"), units: [.init(label: "X1", left: 1, right: 3)]),
        StripChart(rows: [.init(label: "Total", values: [0.2, 0.4, 0.9])]),
    ]

    @Test(arguments: 0..<charts.count)
    func everyChartIsAnImageWithATitleADescriptionAndATable(index: Int) {
        let text = render(Self.charts[index])
        #expect(
            text.hasPrefix(
                "<figure class=\"chart\" id=\"c1\" aria-labelledby=\"c1-title\">"
                    + "<svg role=\"img\" aria-labelledby=\"c1-title c1-desc\""))
        #expect(
            text.contains(
                "<title id=\"c1-title\">Units by level</title><desc id=\"c1-desc\">Bar chart of units.</desc>"))
        #expect(text.contains("<table><caption>Units by level</caption><thead><tr><th scope=\"col\">Level</th>"))
        #expect(text.contains("<th scope=\"row\">1</th><td class=\"num\">3</td>"))
        #expect(!text.contains("http"))
    }

    @Test func heatMapLabelsCellsInTheReadersNumbersAndLeavesNotApplicableBlank() {
        let text = render(HeatMap(rows: ["CQS.01"], columns: ["M1", "M2"], values: [[0.725, nil]]))
        #expect(text.contains(">73%</text>"))
        #expect(text.components(separatedBy: "<rect").count == 3)
        #expect(text.contains("fill=\"#fff\" stroke=\"#ddd\""))
    }

    @Test func histogramBinsFromZeroToOneWithOneInTheLastBin() {
        #expect(
            Histogram.bin([0, 0.049, 0.05, 0.999, 1, 1.2, -1], bins: 20) == [3, 1] + Array(repeating: 0, count: 17) + [
                3
            ])
    }

    @Test func fiveNumbersInterpolateQuartiles() {
        #expect(StripChart.fiveNumbers([4, 1, 3, 2, 5]) == [1, 2, 3, 4, 5])
        #expect(StripChart.fiveNumbers([0, 1]) == [0, 0.25, 0.5, 0.75, 1])
        #expect(StripChart.fiveNumbers([]) == [0, 0, 0, 0, 0])
    }

    @Test func textOnViridisStaysReadable() {
        #expect(Palette.text(on: "#440154") == "#fff")
        #expect(Palette.text(on: "#fde725") == "#000")
        #expect(Palette.ordered(0, of: 6) == "#440154")
        #expect(Palette.ordered(5, of: 6) == "#fde725")
    }
}
