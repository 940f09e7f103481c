import ChisoFormats

/// Horizontal bars, one per row, each labelled with its name on the left and its value at its end.
package struct BarChart: Chart {
    /// One bar.
    package struct Bar: Sendable {
        /// The name on the left.
        package var label: String
        /// The length.
        package var value: Double
        /// The value as written at the bar's end.
        package var text: String
        /// The fill.
        package var colour: String

        /// Creates a bar.
        package init(label: String, value: Double, text: String, colour: String = Palette.bar) {
            self.label = label
            self.value = value
            self.text = text
            self.colour = colour
        }
    }

    /// The bars, top to bottom.
    package var bars: [Bar]

    /// The characters of a label shown before it is cut with "…" (the table below gives it whole).
    package var labelLength: Int

    /// Creates a chart.
    package init(bars: [Bar], labelLength: Int = 34) {
        self.bars = bars
        self.labelLength = labelLength
    }

    private let rowHeight = 22.0
    /// Room for the labels: about 6.5 units a character at the chart's type size.
    private var labelWidth: Double { Double(max(labelLength, 34)) * 6.6 + 6 }
    package var width: Double { labelWidth + 410 }
    package var height: Double { Double(bars.count) * rowHeight + 12 }

    package func draw(into svg: inout HTMLBuffer, numbers: LocaleNumbers) {
        let longest = bars.map(\.value).max() ?? 0
        let room = width - labelWidth - 70
        SVG.line(x1: labelWidth, y1: 4, x2: labelWidth, y2: height - 6, stroke: "#444", into: &svg)
        for (row, bar) in bars.enumerated() {
            let top = 6 + Double(row) * rowHeight
            let length = longest > 0 ? bar.value / longest * room : 0
            SVG.text(
                SVG.shortened(bar.label, to: labelLength), x: labelWidth - 6, y: top + 14, anchor: "end", into: &svg)
            SVG.rect(x: labelWidth, y: top + 2, width: length, height: rowHeight - 6, fill: bar.colour, into: &svg)
            SVG.text(bar.text, x: labelWidth + length + 4, y: top + 14, className: "value", into: &svg)
        }
    }
}
