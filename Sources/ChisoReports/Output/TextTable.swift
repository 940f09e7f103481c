package import ChisoFormats

/// An aligned plain-text table for a terminal, or the same rows as a Markdown table.
public struct TextTable: Sendable {
    /// The column headings.
    public var header: [String]
    /// The rows; each has as many cells as the header.
    public var rows: [[String]]
    /// Columns to align right (numbers).
    public var rightAligned: Set<Int>

    /// Creates a table.
    ///
    /// Cells are shown on one line whatever they hold: a line break, a tab or another control character in a cell
    /// (an ID or a name read from a file) is written as its escape (``cellText(_:)``) in both the plain text and the
    /// Markdown, so that one row stays one row.
    public init(header: [String], rows: [[String]], rightAligned: Set<Int> = []) {
        self.header = header
        self.rows = rows
        self.rightAligned = rightAligned
    }

    /// The header and rows as shown: every cell through ``cellText(_:)``. The rows are copied only when a cell
    /// needs it.
    private var shown: (header: [String], rows: [[String]]) {
        let header = header.map(Self.cellText)
        guard rows.contains(where: { $0.contains(where: Self.needsEscaping) }) else { return (header, rows) }
        return (header, rows.map { $0.map(Self.cellText) })
    }

    /// Whether a cell holds a character ``cellText(_:)`` escapes, or may: every such character starts with a byte
    /// below 0x20, 0x7F, 0xC2 (U+0080…U+00BF) or 0xE2 (U+2000…U+2FFF).
    private static func needsEscaping(_ text: String) -> Bool {
        text.utf8.contains { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 || $0 == 0xE2 }
    }

    /// `text` as a cell shows it, on one line: line breaks (`\n`, `\r`, U+0085, U+2028, U+2029), tabs and the other
    /// control characters are written as Swift escapes (`\n`, `\r`, `\t`, `\u{2028}`), as messages write them
    /// (``DisplayText``), so that a break is seen and two IDs that differ only there still differ.
    ///
    /// - Complexity: O(*n*) in the length of `text`; text without such characters is returned as it is.
    package static func cellText(_ text: String) -> String {
        guard needsEscaping(text) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0A: result += "\\n"
            case 0x0D: result += "\\r"
            case 0x09: result += "\\t"
            case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029:
                result += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// The table aligned with spaces, columns two spaces apart, a rule under the header, no trailing spaces.
    ///
    /// A cell is as wide as its number of `Character`s. Cells missing from a short row are empty; cells beyond the
    /// header are left out.
    ///
    /// - Complexity: O(*n*) in the total length of the cells.
    public func plainText() -> String {
        var text = ""
        // Never flushes: the whole table goes into `text`.
        writePlainText(into: &text, reservingAtMost: .max) { _ in }
        return text
    }

    /// Writes ``plainText()`` to `sink`, a few lines at a time.
    ///
    /// - Parameter sink: Where to write.
    /// - Throws: What `sink` throws.
    /// - Complexity: O(*n*) in the total length of the cells.
    package func plainText(into sink: inout some TextSink) throws(InputError) {
        let chunk = 1 << 15
        var text = ""
        try writePlainText(into: &text, reservingAtMost: chunk * 2) { (text: inout String) throws(InputError) in
            guard text.utf8.count >= chunk else { return }
            try sink.write(text)
            text.removeAll(keepingCapacity: true)
        }
        if !text.isEmpty { try sink.write(text) }
    }

    /// Appends the lines of ``plainText()`` to `text`, calling `endOfLine` after each line so that a caller can
    /// hand the text on and empty it. Reserves room for the whole table in `text` once, up to `limit` bytes.
    ///
    /// Padding is written only when something follows it on the line, so trailing padding is never built. Spaces a
    /// cell itself ends with are removed at the end of the line, as the earlier character-by-character trimming
    /// did: only `Character`s that are exactly a space go (a space joined to the character before it, as after an
    /// Arabic number sign, stays).
    private func writePlainText<Failure: Error>(
        into text: inout String,
        reservingAtMost limit: Int,
        endOfLine: (inout String) throws(Failure) -> Void
    ) throws(Failure) {
        let (header, rows) = shown
        let columnCount = header.count
        let (counts, widths) = Self.characterCounts(header: header, rows: rows)
        // The length before trailing spaces are dropped: cells, padding, separators and line breaks.
        var byteCount = header.reduce(0) { $0 + $1.utf8.count }
        for row in rows { byteCount += row.prefix(columnCount).reduce(0) { $0 + $1.utf8.count } }
        byteCount += (rows.count + 2) * (widths.reduce(0, +) + 2 * columnCount + 1) - counts.reduce(0, +)
        text.reserveCapacity(text.utf8.count + min(byteCount, limit))
        let widest = widths.max() ?? 0
        let layout = Layout(
            counts: counts, widths: widths, spaces: String(repeating: " ", count: widest + 2))
        let dashes = String(repeating: "-", count: widest)
        appendLine(header, counts: 0, layout: layout, to: &text)
        try endOfLine(&text)
        for column in 0..<columnCount {
            if column > 0 { text.appendPrefix(of: layout.spaces, count: 2) }
            text.appendPrefix(of: dashes, count: widths[column])
        }
        text.append("\n")
        try endOfLine(&text)
        for (index, row) in rows.enumerated() {
            appendLine(row, counts: (index + 1) * columnCount, layout: layout, to: &text)
            try endOfLine(&text)
        }
    }

    /// What every line of a table is laid out with: each cell's character count (header first, row after row),
    /// each column's width, and spaces enough for any padding.
    private struct Layout {
        var counts: [Int]
        var widths: [Int]
        var spaces: String
    }

    /// Character counts, computed once per cell (`count` walks grapheme clusters and is the costly part), and the
    /// width of each column.
    private static func characterCounts(header: [String], rows: [[String]]) -> (counts: [Int], widths: [Int]) {
        let columnCount = header.count
        var counts = [Int](repeating: 0, count: (rows.count + 1) * columnCount)
        var widths = [Int](repeating: 0, count: columnCount)
        for (column, cell) in header.enumerated() {
            counts[column] = cell.count
            widths[column] = counts[column]
        }
        for (index, row) in rows.enumerated() {
            let base = (index + 1) * columnCount
            for (column, cell) in row.prefix(columnCount).enumerated() {
                let count = cell.count
                counts[base + column] = count
                if count > widths[column] { widths[column] = count }
            }
        }
        return (counts, widths)
    }

    /// Appends one line of cells, padded to the columns' widths, whose counts start at `base` in the layout.
    private func appendLine(_ cells: [String], counts base: Int, layout: Layout, to text: inout String) {
        let lineStart = text.utf8.count
        var pendingSpaces = 0
        for column in 0..<layout.widths.count {
            if column > 0 { pendingSpaces += 2 }
            let padding = layout.widths[column] - layout.counts[base + column]
            guard column < cells.count, !cells[column].isEmpty else {
                pendingSpaces += padding
                continue
            }
            if rightAligned.contains(column) { pendingSpaces += padding }
            text.appendPrefix(of: layout.spaces, count: pendingSpaces)
            text += cells[column]
            pendingSpaces = rightAligned.contains(column) ? 0 : padding
        }
        Self.endLine(&text, from: lineStart, droppedSpaces: pendingSpaces)
    }

    /// Ends a line: spaces the last written cell ends with removed, unless one belongs to the character before it.
    private static func endLine(_ text: inout String, from lineStart: Int, droppedSpaces pending: Int) {
        var droppedSpaces = pending
        // Spaces that end the last written cell.
        var trailing = 0
        var end = text.utf8.endIndex
        while text.utf8.count - trailing > lineStart {
            let before = text.utf8.index(before: end)
            guard text.utf8[before] == 0x20 else { break }
            trailing += 1
            end = before
        }
        if trailing > 0 {
            text.unicodeScalars.removeLast(trailing)
            droppedSpaces += trailing
        }
        // A space after a non-ASCII scalar may belong to its character (after a prepended mark): then it stays.
        if droppedSpaces > 0, text.utf8.count > lineStart, let last = text.utf8.last, last >= 0x80 {
            text.append(" ")
            if text.last == " " { text.unicodeScalars.removeLast() }
        }
        text.append("\n")
    }

    /// The table in Markdown (GitHub-flavoured), with `|` in cells escaped.
    public func markdown() -> String {
        let (header, rows) = shown
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
    /// Appends `count` characters of `run`, a string of one ASCII character repeated, repeating it if needed.
    fileprivate mutating func appendPrefix(of run: String, count: Int) {
        var remaining = count
        while remaining > 0 {
            let length = min(remaining, run.utf8.count)
            self += run[..<run.utf8.index(run.utf8.startIndex, offsetBy: length)]
            remaining -= length
        }
    }

    fileprivate func replacingPipes() -> String {
        var result = ""
        for character in self {
            if character == "|" { result += "\\|" } else { result.append(character) }
        }
        return result
    }
}
