import ChisoFormats

/// Ranks on two sides joined by a line per unit: solid and blue where the unit rose, dashed and vermillion where it
/// fell, grey where it kept its rank; the units that moved most are labelled on both sides.
package struct SlopeChart: Chart {
    /// One unit's ranks on the two sides.
    package struct Unit: Sendable {
        /// The unit's label.
        package var label: String
        /// Its rank on the left side.
        package var left: Int
        /// Its rank on the right side.
        package var right: Int

        /// Creates a unit.
        package init(label: String, left: Int, right: Int) {
            self.label = label
            self.left = left
            self.right = right
        }
    }

    /// The sides' names.
    package var sides: (left: String, right: String)
    /// The units.
    package var units: [Unit]
    /// How many of the units that moved most are labelled.
    package var labelled: Int

    /// Creates a chart.
    package init(sides: (left: String, right: String), units: [Unit], labelled: Int = 8) {
        self.sides = sides
        self.units = units
        self.labelled = labelled
    }

    package var width: Double { 640 }
    package var height: Double { 440 }
    private let top = 40.0
    private let bottom = 420.0
    private let leftX = 220.0
    private let rightX = 420.0

    private func y(_ rank: Int, worst: Int) -> Double {
        worst <= 1 ? top : top + Double(rank - 1) / Double(worst - 1) * (bottom - top)
    }

    package func draw(into svg: inout HTMLBuffer, numbers: LocaleNumbers) {
        let worst = units.map { max($0.left, $0.right) }.max() ?? 1
        SVG.text(SVG.shortened(sides.left, to: 28), x: leftX, y: 20, anchor: "end", className: "mark", into: &svg)
        SVG.text(SVG.shortened(sides.right, to: 28), x: rightX, y: 20, className: "mark", into: &svg)
        SVG.line(x1: leftX, y1: top, x2: leftX, y2: bottom, stroke: "#444", into: &svg)
        SVG.line(x1: rightX, y1: top, x2: rightX, y2: bottom, stroke: "#444", into: &svg)
        let moved = units.indices.sorted {
            abs(units[$0].left - units[$0].right) > abs(units[$1].left - units[$1].right)
        }.prefix(labelled).filter { units[$0].left != units[$0].right }
        let labelledSet = Set(moved)
        // Unchanged units first, so that the lines that moved are drawn on top.
        for index in units.indices.sorted(by: { units[$0].left == units[$0].right && units[$1].left != units[$1].right }
        ) {
            let unit = units[index]
            let (colour, dash): (String, String?) =
                unit.right < unit.left
                ? (Palette.up, nil) : unit.right > unit.left ? (Palette.down, "4 3") : (Palette.neutral, nil)
            SVG.line(
                x1: leftX, y1: y(unit.left, worst: worst), x2: rightX, y2: y(unit.right, worst: worst),
                stroke: colour, width: labelledSet.contains(index) ? 2 : 1, dash: dash, into: &svg)
        }
        // Labels that would overlap one already written on the same side are left out (the table lists them all).
        var taken: (left: [Double], right: [Double]) = ([], [])
        for index in moved {
            let unit = units[index]
            let left = y(unit.left, worst: worst)
            let right = y(unit.right, worst: worst)
            if !taken.left.contains(where: { abs($0 - left) < 12 }) {
                taken.left.append(left)
                SVG.text(
                    "\(SVG.shortened(unit.label, to: 26)) \(numbers.integer(unit.left))", x: leftX - 6, y: left + 4,
                    anchor: "end", className: "value", into: &svg)
            }
            if !taken.right.contains(where: { abs($0 - right) < 12 }) {
                taken.right.append(right)
                SVG.text(
                    "\(numbers.integer(unit.right)) \(SVG.shortened(unit.label, to: 26))", x: rightX + 6,
                    y: right + 4, className: "value", into: &svg)
            }
        }
    }
}
