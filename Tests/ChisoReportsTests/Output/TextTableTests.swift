import ChisoCore
import Testing

@testable import ChisoFormats
@testable import ChisoReports

@Suite struct TextTableTests {
    /// `plainText()` as it was first written: clear, and quadratic in the line length. The fast one must match it
    /// byte for byte.
    static func reference(_ table: TextTable) -> String {
        // Cells as shown: with line breaks and control characters escaped.
        let table = TextTable(
            header: table.header.map(TextTable.cellText), rows: table.rows.map { $0.map(TextTable.cellText) },
            rightAligned: table.rightAligned)
        let widths = table.header.indices.map { column in
            ([table.header[column]] + table.rows.map { column < $0.count ? $0[column] : "" }).map(\.count).max() ?? 0
        }
        func line(_ cells: [String]) -> String {
            var parts: [String] = []
            for (column, width) in widths.enumerated() {
                let cell = column < cells.count ? cells[column] : ""
                let padding = String(repeating: " ", count: width - cell.count)
                parts.append(table.rightAligned.contains(column) ? padding + cell : cell + padding)
            }
            return String(parts.joined(separator: "  ").reversed().drop(while: { $0 == " " }).reversed())
        }
        var text = line(table.header) + "\n"
        text += widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n"
        for row in table.rows { text += line(row) + "\n" }
        return text
    }

    /// Pieces of cells: plain ASCII, Vietnamese precomposed and decomposed (combining marks), marks that start a
    /// cell, spaces that end one, an Arabic number sign (which joins the space after it), CR LF and every other line
    /// break, a tab, an escape sequence, emoji sequences, a dash and a degree sign (whose bytes look like a break's).
    static let pieces = [
        "a", "42", "3.5", "Xã", "Nghĩa", "Hưng", "Mức", "Nghi\u{303}a", "Mu\u{31B}\u{301}c", "\u{301}", "\u{300}x",
        " ", "  ", "x ", "\u{600}", "\u{600} ", "\r\n", "👩‍👩‍👧", "🇻🇳", "|", "-", "ờ", "\u{1100}\u{1161}", "\n",
        "\r", "\u{2028}", "\u{2029}", "\u{85}", "\u{B}", "\u{C}", "\t", "\u{1B}[31m", "–", "°",
    ]

    static func randomCell(using random: inout SplitMix64) -> String {
        if random.next() % 4 == 0 { return "" }
        var cell = ""
        for _ in 0..<(1 + Int(random.next() % 4)) { cell += pieces[Int(random.next() % UInt64(pieces.count))] }
        return cell
    }

    static func randomTable(seed: UInt64) -> TextTable {
        var random = SplitMix64(seed: seed)
        let columnCount = Int(random.next() % 6)
        let header = (0..<columnCount).map { _ in randomCell(using: &random) }
        let rows = (0..<Int(random.next() % 8)).map { _ in
            // Short and long rows too: missing cells are empty, extra cells are left out.
            (0..<max(0, columnCount + Int(random.next() % 3) - 1)).map { _ in randomCell(using: &random) }
        }
        let rightAligned = Set((0..<columnCount).filter { _ in random.next() % 2 == 0 })
        return TextTable(header: header, rows: rows, rightAligned: rightAligned)
    }

    @Test(arguments: 0..<400)
    func matchesTheReference(seed: Int) {
        let table = Self.randomTable(seed: UInt64(seed))
        #expect(Array(table.plainText().utf8) == Array(Self.reference(table).utf8), "\(table)")
    }

    /// One row is one line, whatever its cells hold, in plain text and in Markdown (issue 17, class 10).
    @Test(arguments: 0..<400)
    func everyRowIsOneLine(seed: Int) {
        let table = Self.randomTable(seed: UInt64(seed))
        let lines = table.rows.count + 2
        #expect(table.plainText().split(separator: "\n", omittingEmptySubsequences: false).count == lines + 1)
        #expect(table.markdown().split(separator: "\n", omittingEmptySubsequences: false).count == lines + 1)
        for text in [table.plainText(), table.markdown()] {
            #expect(!text.unicodeScalars.contains { [0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029].contains($0.value) })
        }
    }

    @Test func lineBreaksInCellsAreShownEscaped() {
        let table = TextTable(
            header: ["unit_id", "unit_name", "level"],
            rows: [
                ["X\n01", "Xã\r\nNghĩa Hưng", "3"], ["X02", "Phường\u{2028}Bến\u{2029}Nghé", "2"],
                ["X\t03", "a\u{85}b\u{1B}[0m", "1"],
            ],
            rightAligned: [2])
        #expect(
            table.plainText() == #"""
                unit_id  unit_name                      level
                -------  -----------------------------  -----
                X\n01    Xã\r\nNghĩa Hưng                   3
                X02      Phường\u{2028}Bến\u{2029}Nghé      2
                X\t03    a\u{85}b\u{1B}[0m                  1

                """#)
        #expect(
            table.markdown() == #"""
                | unit_id | unit_name | level |
                | --- | --- | ---: |
                | X\n01 | Xã\r\nNghĩa Hưng | 3 |
                | X02 | Phường\u{2028}Bến\u{2029}Nghé | 2 |
                | X\t03 | a\u{85}b\u{1B}[0m | 1 |

                """#)
    }

    @Test func keepsASpaceThatBelongsToTheCharacterBeforeIt() {
        // "\u{600} " is one Character, not a space: the reference keeps it, and so must the fast version.
        let table = TextTable(header: ["a", "b"], rows: [["\u{600}", "x"], ["\u{600}", ""], ["y\u{600}  ", ""]])
        let text = table.plainText()
        #expect(text == Self.reference(table))
        #expect(text.contains("\u{600} \n"))
    }

    @Test func snapshot() {
        let table = TextTable(
            header: ["unit_id", "unit_name", "level", "missing"],
            rows: [["01", "Xã Nghĩa Hưng", "3", ""], ["0002", "Phường Bến Nghé", "12", "2"], ["3", "", "", ""]],
            rightAligned: [2, 3]
        )
        #expect(
            table.plainText() == """
                unit_id  unit_name        level  missing
                -------  ---------------  -----  -------
                01       Xã Nghĩa Hưng        3
                0002     Phường Bến Nghé     12        2
                3

                """
        )
    }

    @Test func emptyHeaderGivesEmptyLines() {
        let table = TextTable(header: [], rows: [["ignored"], []])
        #expect(table.plainText() == "\n\n\n\n")
    }

    @Test func streamsTheSameTextInSeveralWrites() throws {
        var random = SplitMix64(seed: 7)
        let rows = (0..<3_000).map { index in
            [String(index), Self.randomCell(using: &random), "Xã Nghĩa Hưng \(index)", Self.randomCell(using: &random)]
        }
        let table = TextTable(header: ["id", "a", "name", "b"], rows: rows, rightAligned: [0])
        var sink = CountingSink()
        try table.plainText(into: &sink)
        #expect(sink.text == table.plainText())
        #expect(sink.text == Self.reference(table))
        #expect(sink.writes > 1)
    }
}

/// Keeps what it is given and counts the writes.
struct CountingSink: TextSink {
    var text = ""
    var writes = 0

    mutating func write(_ text: String) {
        self.text += text
        writes += 1
    }
}
