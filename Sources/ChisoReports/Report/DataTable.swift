import ChisoFormats

/// A table of text cells: the numbers beside a chart (its text alternative) or a table of its own. Headers are
/// `<th scope="col">`, and the first cell of each row a `<th scope="row">` when ``rowHeaders`` is set, so that a
/// screen reader names every cell; in print, the header repeats on every page.
package struct DataTable: Sendable {
    /// A line above the table that says what it holds.
    package var caption: String
    /// The column headings.
    package var header: [String]
    /// The rows, each with one cell per heading.
    package var rows: [[String]]
    /// The columns that hold numbers, aligned right.
    package var numeric: Set<Int> = []
    /// Whether the first cell of each row names the row.
    package var rowHeaders = true
    /// For each row, the fragment its first cell links to (`#unit-H01`), if any.
    package var links: [String?] = []
    /// The CSS class of the table, if any (`sortable`).
    package var className: String?

    /// Creates a table.
    package init(caption: String, header: [String], rows: [[String]], numeric: Set<Int> = []) {
        self.caption = caption
        self.header = header
        self.rows = rows
        self.numeric = numeric
    }

    /// Writes the table as HTML.
    ///
    /// - Complexity: O(*r* × *c*) in the number of rows and columns.
    package func write(into html: inout HTMLBuffer) {
        // A wide table scrolls sideways on a narrow screen rather than running off it, and prints smaller.
        let wide = header.count > 8
        html.open("div", ["class": "scroll"])
        html.open(
            "table", ["class": [className, wide ? "wide" : nil].compactMap { $0 }.joined(separator: " ").nilIfEmpty])
        html.element("caption", text: caption)
        html.open("thead")
        html.open("tr")
        for (column, heading) in header.enumerated() {
            html.element("th", ["scope": "col", "class": numeric.contains(column) ? "num" : nil], text: heading)
        }
        html.close("tr")
        html.close("thead")
        html.open("tbody")
        for (position, row) in rows.enumerated() {
            html.open("tr")
            for (column, cell) in row.enumerated() {
                let tag = column == 0 && rowHeaders ? "th" : "td"
                html.open(
                    tag,
                    [
                        "scope": tag == "th" ? "row" : nil,
                        "class": numeric.contains(column) ? "num" : nil,
                    ])
                if column == 0, position < links.count, let link = links[position] {
                    html.element("a", ["href": link], text: cell)
                } else {
                    html.append(text: cell)
                }
                html.close(tag)
            }
            html.close("tr")
        }
        html.close("tbody")
        html.close("table")
        html.close("div")
    }
}

extension String {
    /// The text, or `nil` when it is empty.
    fileprivate var nilIfEmpty: String? { isEmpty ? nil : self }
}
