/// An aligned plain-text table for a terminal, or the same rows as a Markdown table.
public struct TextTable: Sendable {
    /// The column headings.
    public var header: [String]
    /// The rows; each has as many cells as the header.
    public var rows: [[String]]
    /// Columns to align right (numbers).
    public var rightAligned: Set<Int>

    /// Creates a table.
    public init(header: [String], rows: [[String]], rightAligned: Set<Int> = []) {
        self.header = header
        self.rows = rows
        self.rightAligned = rightAligned
    }

    /// The table aligned with spaces, columns two spaces apart, a rule under the header, no trailing spaces.
    ///
    /// - Complexity: O(*n*) in the number of cells.
    public func plainText() -> String {
        let widths = header.indices.map { column in
            ([header[column]] + rows.map { column < $0.count ? $0[column] : "" }).map(\.count).max() ?? 0
        }
        func line(_ cells: [String]) -> String {
            var parts: [String] = []
            for (column, width) in widths.enumerated() {
                let cell = column < cells.count ? cells[column] : ""
                let padding = String(repeating: " ", count: width - cell.count)
                parts.append(rightAligned.contains(column) ? padding + cell : cell + padding)
            }
            return String(parts.joined(separator: "  ").reversed().drop(while: { $0 == " " }).reversed())
        }
        var text = line(header) + "\n"
        text += widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n"
        for row in rows { text += line(row) + "\n" }
        return text
    }

    /// The table in Markdown (GitHub-flavoured), with `|` in cells escaped.
    public func markdown() -> String {
        func line(_ cells: [String]) -> String {
            "| " + cells.map { $0.replacingPipes() }.joined(separator: " | ") + " |"
        }
        var text = line(header) + "\n"
        text += "|" + header.indices.map { rightAligned.contains($0) ? " ---: |" : " --- |" }.joined() + "\n"
        for row in rows { text += line(row) + "\n" }
        return text
    }
}

extension String {
    fileprivate func replacingPipes() -> String {
        var result = ""
        for character in self {
            if character == "|" { result += "\\|" } else { result.append(character) }
        }
        return result
    }
}
