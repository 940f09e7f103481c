import ChisoFormats

/// A chart drawn as inline SVG: its size, its marks, and the table of the numbers it shows.
package protocol Chart: Sendable {
    /// The drawing's width in SVG user units.
    var width: Double { get }
    /// The drawing's height in SVG user units.
    var height: Double { get }
    /// Draws the chart's marks (everything inside `<svg>` but its title and description).
    func draw(into svg: inout HTMLBuffer, numbers: LocaleNumbers)
}

/// A chart with its text alternative: a `<figure>` holding an `<svg role="img">` labelled by its `<title>` and
/// `<desc>`, and below it the numbers in a table (whose caption names the figure), so that the chart reads without sight, without colour, and with
/// scripts disabled.
package struct ChartFigure: Sendable {
    /// A fragment identifier unique in the document; the title and description use it as a prefix.
    package var id: String
    /// What the chart shows, in a few words.
    package var title: String
    /// What the chart shows and how to read it, in a sentence or two.
    package var description: String
    /// The chart.
    package var chart: any Chart
    /// The numbers it shows.
    package var table: DataTable

    /// Creates a figure.
    package init(id: String, title: String, description: String, chart: any Chart, table: DataTable) {
        self.id = id
        self.title = title
        self.description = description
        self.chart = chart
        self.table = table
    }

    /// Writes the figure.
    package func write(into html: inout HTMLBuffer, numbers: LocaleNumbers) {
        html.open("figure", ["class": "chart", "id": id, "aria-labelledby": "\(id)-title"])
        let width = SVG.number(chart.width)
        let height = SVG.number(chart.height)
        html.open(
            "svg",
            [
                "role": "img", "aria-labelledby": "\(id)-title \(id)-desc",
                "viewBox": "0 0 \(width) \(height)", "width": width, "height": height,
            ])
        html.element("title", ["id": "\(id)-title"], text: title)
        html.element("desc", ["id": "\(id)-desc"], text: description)
        chart.draw(into: &html, numbers: numbers)
        html.close("svg")
        table.write(into: &html)
        html.close("figure")
    }
}

/// Helpers for drawing SVG.
package enum SVG {
    /// A coordinate with at most one decimal, as SVG attributes take it (locale-independent).
    package static func number(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }

    /// A label cut to `length` characters with "…", for a chart whose table gives the whole text.
    package static func shortened(_ text: String, to length: Int) -> String {
        text.count <= length ? text : String(text.prefix(length - 1)) + "…"
    }

    /// Text at a point.
    package static func text(
        _ content: String, x: Double, y: Double, anchor: String = "start", className: String? = nil,
        fill: String? = nil, into svg: inout HTMLBuffer
    ) {
        svg.element(
            "text",
            [
                "x": number(x), "y": number(y), "text-anchor": anchor == "start" ? nil : anchor, "class": className,
                "fill": fill,
            ], text: content)
    }

    /// A rectangle.
    package static func rect(
        x: Double, y: Double, width: Double, height: Double, fill: String, stroke: String? = nil,
        into svg: inout HTMLBuffer
    ) {
        svg.empty(
            "rect",
            [
                "x": number(x), "y": number(y), "width": number(max(width, 0)), "height": number(max(height, 0)),
                "fill": fill, "stroke": stroke,
            ])
    }

    /// A straight line.
    package static func line(
        x1: Double, y1: Double, x2: Double, y2: Double, stroke: String, width: Double = 1, dash: String? = nil,
        into svg: inout HTMLBuffer
    ) {
        svg.empty(
            "line",
            [
                "x1": number(x1), "y1": number(y1), "x2": number(x2), "y2": number(y2), "stroke": stroke,
                "stroke-width": width == 1 ? nil : number(width), "stroke-dasharray": dash,
            ])
    }
}

/// Colours that stay apart for colour-blind readers and in greyscale print: viridis for ordered classes (its
/// lightness rises steadily), a single-hue blue ramp for shares, and Okabe–Ito for up and down. Every chart also
/// labels its marks directly, so no reading depends on colour alone.
package enum Palette {
    /// Viridis at six stops, dark to light.
    static let viridis = ["#440154", "#414487", "#2a788e", "#22a884", "#7ad151", "#fde725"]
    /// Okabe–Ito blue, for a rise.
    package static let up = "#0072b2"
    /// Okabe–Ito vermillion, for a fall.
    package static let down = "#d55e00"
    /// A neutral grey.
    package static let neutral = "#8c8c8c"
    /// The colour of bars that carry no class.
    package static let bar = "#2a788e"

    /// The colour of class `ordinal` among `count` classes (0 the lowest), evenly spread over viridis.
    package static func ordered(_ ordinal: Int, of count: Int) -> String {
        guard count > 1 else { return viridis[2] }
        let position = Double(min(max(ordinal, 0), count - 1)) / Double(count - 1) * Double(viridis.count - 1)
        return viridis[Int(position.rounded())]
    }

    /// Text that reads on `fill`: white on a dark colour, black on a light one.
    package static func text(on fill: String) -> String {
        let hex = fill.dropFirst()
        guard hex.count == 6, let value = Int(hex, radix: 16) else { return "#000" }
        let red = Double((value >> 16) & 0xff)
        let green = Double((value >> 8) & 0xff)
        let blue = Double(value & 0xff)
        let lightness = (0.2126 * red + 0.7152 * green + 0.0722 * blue) / 255
        return lightness < 0.5 ? "#fff" : "#000"
    }

    /// A share from 0 to 1 on a white-to-dark-blue ramp.
    package static func share(_ share: Double) -> String {
        let low = (247.0, 251.0, 255.0)
        let high = (8.0, 48.0, 107.0)
        let t = min(max(share, 0), 1)
        func channel(_ a: Double, _ b: Double) -> String {
            let value = Int((a + (b - a) * t).rounded())
            let text = String(value, radix: 16)
            return text.count == 1 ? "0" + text : text
        }
        return "#" + channel(low.0, high.0) + channel(low.1, high.1) + channel(low.2, high.2)
    }
}
