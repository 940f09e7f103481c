import ChisoFormats

/// Horizontal bars split into segments, one bar per row and one segment per class, with a legend and the count
/// written on every segment wide enough to hold it.
package struct StackedBarChart: Chart {
    /// One bar: its label and a count per segment.
    package struct Row: Sendable {
        /// The name on the left.
        package var label: String
        /// One value per segment, in the order of ``StackedBarChart/segments``.
        package var values: [Double]

        /// Creates a row.
        package init(label: String, values: [Double]) {
            self.label = label
            self.values = values
        }
    }

    /// The segments' names, in order (lowest class first), for the legend.
    package var segments: [String]
    /// The bars, top to bottom.
    package var rows: [Row]
    /// Whether each bar fills the width (shares) rather than standing to a common scale (counts).
    package var normalised: Bool
    /// How a segment's value is written on it.
    package var valueText: @Sendable (Double, LocaleNumbers) -> String

    /// Creates a chart.
    package init(
        segments: [String], rows: [Row], normalised: Bool = false,
        valueText: @escaping @Sendable (Double, LocaleNumbers) -> String = { value, numbers in
            numbers.decimal(value)
        }
    ) {
        self.segments = segments
        self.rows = rows
        self.normalised = normalised
        self.valueText = valueText
    }

    private let labelWidth = 170.0
    private let rowHeight = 22.0
    private var legendHeight: Double { 24 * Double((segments.count + 3) / 4) }
    package var width: Double { 640 }
    package var height: Double { legendHeight + Double(rows.count) * rowHeight + 8 }

    package func draw(into svg: inout HTMLBuffer, numbers: LocaleNumbers) {
        for (position, name) in segments.enumerated() {
            let x = 10 + Double(position % 4) * 155
            let y = 4 + Double(position / 4) * 24
            SVG.rect(
                x: x, y: y + 2, width: 14, height: 14, fill: Palette.ordered(position, of: segments.count),
                stroke: "#000", into: &svg)
            SVG.text(SVG.shortened(name, to: 20), x: x + 19, y: y + 14, className: "axis", into: &svg)
        }
        let room = width - labelWidth - 16
        let largest = rows.map { $0.values.reduce(0, +) }.max() ?? 0
        for (row, bar) in rows.enumerated() {
            let y = legendHeight + Double(row) * rowHeight
            SVG.text(SVG.shortened(bar.label, to: 26), x: labelWidth - 6, y: y + 15, anchor: "end", into: &svg)
            let total = bar.values.reduce(0, +)
            let scale = normalised ? (total > 0 ? room / total : 0) : (largest > 0 ? room / largest : 0)
            var x = labelWidth
            for (segment, value) in bar.values.enumerated() where value > 0 {
                let length = value * scale
                let fill = Palette.ordered(segment, of: segments.count)
                SVG.rect(x: x, y: y + 2, width: length, height: rowHeight - 5, fill: fill, stroke: "#fff", into: &svg)
                let text = valueText(value, numbers)
                if length >= Double(text.count) * 7 + 4 {
                    SVG.text(
                        text, x: x + length / 2, y: y + 15, anchor: "middle", className: "value",
                        fill: Palette.text(on: fill), into: &svg)
                }
                x += length
            }
        }
    }
}
