import ChisoFormats

/// A grid of shares: one row per item, one column per class, each cell shaded by its share and labelled with it.
package struct HeatMap: Chart {
    /// The row labels, top to bottom.
    package var rows: [String]
    /// The column labels, left to right.
    package var columns: [String]
    /// `values[row][column]`, 0…1, or `nil` where nothing applies (left blank).
    package var values: [[Double?]]

    /// The characters of a row label shown before it is cut with "…" (the table below gives it whole).
    package var labelLength: Int

    /// Creates a heat map.
    package init(rows: [String], columns: [String], values: [[Double?]], labelLength: Int = 14) {
        self.rows = rows
        self.columns = columns
        self.values = values
        self.labelLength = labelLength
    }

    /// Room for the row labels: about 6.2 units a character at the chart's type size.
    private var labelWidth: Double { max(96, Double(labelLength) * 6.2 + 10) }
    private let headerHeight = 24.0
    private let rowHeight = 18.0
    private var cellWidth: Double { min(96, (width - labelWidth - 4) / Double(max(columns.count, 1))) }
    package var width: Double { labelWidth + 544 }
    package var height: Double { headerHeight + Double(rows.count) * rowHeight + 4 }

    package func draw(into svg: inout HTMLBuffer, numbers: LocaleNumbers) {
        for (column, label) in columns.enumerated() {
            let x = labelWidth + (Double(column) + 0.5) * cellWidth
            SVG.text(SVG.shortened(label, to: 14), x: x, y: 16, anchor: "middle", className: "axis", into: &svg)
        }
        for (row, label) in rows.enumerated() {
            let y = headerHeight + Double(row) * rowHeight
            SVG.text(SVG.shortened(label, to: labelLength), x: labelWidth - 6, y: y + 13, anchor: "end", into: &svg)
            for column in columns.indices {
                let x = labelWidth + Double(column) * cellWidth
                guard row < values.count, column < values[row].count, let share = values[row][column] else {
                    SVG.rect(
                        x: x + 1, y: y + 1, width: cellWidth - 2, height: rowHeight - 2, fill: "#fff", stroke: "#ddd",
                        into: &svg)
                    continue
                }
                let fill = Palette.share(share)
                SVG.rect(x: x + 1, y: y + 1, width: cellWidth - 2, height: rowHeight - 2, fill: fill, into: &svg)
                SVG.text(
                    numbers.percent(share: share, decimals: 0), x: x + cellWidth / 2, y: y + 13, anchor: "middle",
                    className: "value", fill: Palette.text(on: fill), into: &svg)
            }
        }
    }
}
