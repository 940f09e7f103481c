import ChisoFormats

/// One row per figure on a 0–1 axis: a box from the first to the third quartile with the median, whiskers to the
/// least and greatest values, and a dot per unit when there are few enough to tell apart.
package struct StripChart: Chart {
    /// One figure's values.
    package struct Row: Sendable {
        /// The figure's label.
        package var label: String
        /// The units' values, 0…1.
        package var values: [Double]

        /// Creates a row.
        package init(label: String, values: [Double]) {
            self.label = label
            self.values = values
        }
    }

    /// The rows, top to bottom.
    package var rows: [Row]
    /// Dots are drawn up to this many units.
    package var dotLimit = 300

    /// Creates a chart.
    package init(rows: [Row]) {
        self.rows = rows
    }

    /// The least, first quartile, median, third quartile and greatest of `values` (linear interpolation between
    /// order statistics); zeros for no values.
    ///
    /// - Complexity: O(*n* log *n*).
    package static func fiveNumbers(_ values: [Double]) -> [Double] {
        let sorted = values.filter(\.isFinite).sorted()
        guard let first = sorted.first, let last = sorted.last else { return [0, 0, 0, 0, 0] }
        func quantile(_ q: Double) -> Double {
            let position = q * Double(sorted.count - 1)
            let lower = Int(position.rounded(.down))
            let upper = min(lower + 1, sorted.count - 1)
            return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - Double(lower))
        }
        return [first, quantile(0.25), quantile(0.5), quantile(0.75), last]
    }

    private let labelWidth = 200.0
    private let rowHeight = 30.0
    private let top = 8.0
    package var width: Double { 640 }
    package var height: Double { top + Double(rows.count) * rowHeight + 30 }

    private func x(_ value: Double) -> Double {
        labelWidth + min(max(value, 0), 1) * (width - labelWidth - 20)
    }

    package func draw(into svg: inout HTMLBuffer, numbers: LocaleNumbers) {
        let bottom = top + Double(rows.count) * rowHeight
        SVG.line(x1: x(0), y1: bottom + 2, x2: x(1), y2: bottom + 2, stroke: "#444", into: &svg)
        for tick in 0...4 {
            let value = Double(tick) / 4
            SVG.line(x1: x(value), y1: top, x2: x(value), y2: bottom + 6, stroke: "#ddd", into: &svg)
            SVG.text(
                numbers.decimal(value), x: x(value), y: bottom + 20, anchor: "middle", className: "axis", into: &svg)
        }
        for (position, row) in rows.enumerated() {
            let middle = top + Double(position) * rowHeight + rowHeight / 2
            SVG.text(SVG.shortened(row.label, to: 30), x: labelWidth - 8, y: middle + 4, anchor: "end", into: &svg)
            let five = Self.fiveNumbers(row.values)
            SVG.line(x1: x(five[0]), y1: middle, x2: x(five[4]), y2: middle, stroke: "#444", into: &svg)
            SVG.rect(
                x: x(five[1]), y: middle - 8, width: x(five[3]) - x(five[1]), height: 16, fill: "#c6dbef",
                stroke: "#08306b", into: &svg)
            SVG.line(
                x1: x(five[2]), y1: middle - 9, x2: x(five[2]), y2: middle + 9, stroke: "#000", width: 2.5,
                into: &svg)
            guard row.values.count <= dotLimit else { continue }
            for (unit, value) in row.values.enumerated() {
                let jitter = Double(unit % 7 - 3) * 1.6
                svg.empty(
                    "circle",
                    [
                        "cx": SVG.number(x(value)), "cy": SVG.number(middle + jitter), "r": "1.8",
                        "fill": Palette.down, "fill-opacity": "0.7",
                    ])
            }
        }
    }
}
