import ChisoFormats

/// The distribution of a figure from 0 to 1 in equal bins, with vertical lines at thresholds (tier lines).
package struct Histogram: Chart {
    /// A vertical line at a value, labelled.
    package struct Line: Sendable {
        /// Where it stands, 0…1.
        package var value: Double
        /// Its label.
        package var label: String

        /// Creates a line.
        package init(value: Double, label: String) {
            self.value = value
            self.label = label
        }
    }

    /// The number of values in each bin, the lowest bin first; the bins split 0…1 evenly.
    package var counts: [Int]
    /// The thresholds drawn.
    package var lines: [Line]

    /// Creates a histogram.
    package init(counts: [Int], lines: [Line]) {
        self.counts = counts
        self.lines = lines
    }

    /// Counts `values` (clamped to 0…1) into `bins` equal bins; 1 falls in the last.
    package static func bin(_ values: some Sequence<Double>, bins: Int) -> [Int] {
        var counts = Array(repeating: 0, count: max(bins, 1))
        for value in values where value.isFinite {
            let position = Int((min(max(value, 0), 1) * Double(counts.count)).rounded(.down))
            counts[min(position, counts.count - 1)] += 1
        }
        return counts
    }

    package var width: Double { 640 }
    package var height: Double { 270 }
    private let left = 50.0
    private let right = 620.0
    private let top = 46.0
    private let bottom = 230.0

    package func draw(into svg: inout HTMLBuffer, numbers: LocaleNumbers) {
        let tallest = max(counts.max() ?? 0, 1)
        let binWidth = (right - left) / Double(max(counts.count, 1))
        SVG.line(x1: left, y1: bottom, x2: right, y2: bottom, stroke: "#444", into: &svg)
        SVG.line(x1: left, y1: top, x2: left, y2: bottom, stroke: "#444", into: &svg)
        SVG.text(numbers.integer(tallest), x: left - 6, y: top + 4, anchor: "end", className: "axis", into: &svg)
        SVG.text("0", x: left - 6, y: bottom + 4, anchor: "end", className: "axis", into: &svg)
        for tick in 0...4 {
            let value = Double(tick) / 4
            let x = left + value * (right - left)
            SVG.line(x1: x, y1: bottom, x2: x, y2: bottom + 5, stroke: "#444", into: &svg)
            SVG.text(numbers.decimal(value), x: x, y: bottom + 18, anchor: "middle", className: "axis", into: &svg)
        }
        for (bin, count) in counts.enumerated() where count > 0 {
            let barHeight = Double(count) / Double(tallest) * (bottom - top)
            let x = left + Double(bin) * binWidth
            SVG.rect(
                x: x + 1, y: bottom - barHeight, width: binWidth - 2, height: barHeight, fill: Palette.bar,
                into: &svg)
            SVG.text(
                numbers.integer(count), x: x + binWidth / 2, y: bottom - barHeight - 3, anchor: "middle",
                className: "value", into: &svg)
        }
        for (position, line) in lines.enumerated() {
            let x = left + min(max(line.value, 0), 1) * (right - left)
            SVG.line(x1: x, y1: top - 4, x2: x, y2: bottom, stroke: "#000", width: 1.5, dash: "5 3", into: &svg)
            let y = position.isMultiple(of: 2) ? 14.0 : 30.0
            SVG.text(line.label, x: x, y: y, anchor: "middle", className: "mark", into: &svg)
        }
    }
}
