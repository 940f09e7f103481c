import ChisoFormats

/// A dot and a whisker per row on a shared axis: a nominal value and the interval around it (a rank and its 90%
/// interval), best rank on the left.
package struct DotWhiskerChart: Chart {
    /// One row.
    package struct Row: Sendable {
        /// The name on the left.
        package var label: String
        /// The dot.
        package var point: Double
        /// The whisker's ends.
        package var low: Double
        /// The whisker's ends.
        package var high: Double

        /// Creates a row.
        package init(label: String, point: Double, low: Double, high: Double) {
            self.label = label
            self.point = point
            self.low = low
            self.high = high
        }
    }

    /// The rows, top to bottom.
    package var rows: [Row]
    /// The axis runs from `domain.lowerBound` (left) to `domain.upperBound`.
    package var domain: ClosedRange<Double>

    /// Creates a chart.
    package init(rows: [Row], domain: ClosedRange<Double>) {
        self.rows = rows
        self.domain = domain
    }

    private let labelWidth = 170.0
    private let rowHeight = 16.0
    private let top = 10.0
    package var width: Double { 640 }
    package var height: Double { top + Double(rows.count) * rowHeight + 30 }

    private func x(_ value: Double) -> Double {
        let span = domain.upperBound - domain.lowerBound
        let share = span > 0 ? (value - domain.lowerBound) / span : 0.5
        return labelWidth + min(max(share, 0), 1) * (width - labelWidth - 20)
    }

    package func draw(into svg: inout HTMLBuffer, numbers: LocaleNumbers) {
        let bottom = top + Double(rows.count) * rowHeight
        SVG.line(
            x1: x(domain.lowerBound), y1: bottom + 4, x2: x(domain.upperBound), y2: bottom + 4, stroke: "#444",
            into: &svg)
        for tick in 0...4 {
            let value = domain.lowerBound + (domain.upperBound - domain.lowerBound) * Double(tick) / 4
            SVG.line(x1: x(value), y1: bottom + 4, x2: x(value), y2: bottom + 9, stroke: "#444", into: &svg)
            SVG.text(
                numbers.decimal(value, decimals: 0), x: x(value), y: bottom + 22, anchor: "middle",
                className: "axis", into: &svg)
        }
        for (position, row) in rows.enumerated() {
            let y = top + Double(position) * rowHeight + rowHeight / 2
            SVG.text(SVG.shortened(row.label, to: 26), x: labelWidth - 8, y: y + 4, anchor: "end", into: &svg)
            SVG.line(x1: x(row.low), y1: y, x2: x(row.high), y2: y, stroke: "#444", width: 1.5, into: &svg)
            SVG.line(x1: x(row.low), y1: y - 4, x2: x(row.low), y2: y + 4, stroke: "#444", into: &svg)
            SVG.line(x1: x(row.high), y1: y - 4, x2: x(row.high), y2: y + 4, stroke: "#444", into: &svg)
            svg.empty(
                "circle", ["cx": SVG.number(x(row.point)), "cy": SVG.number(y), "r": "4", "fill": Palette.up])
        }
    }
}
