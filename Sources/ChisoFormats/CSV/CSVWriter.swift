/// Writes CSV as RFC 4180 describes it: comma separated, LF line ends, fields quoted only where they hold a comma,
/// a quote, a line break or leading or trailing spaces.
public enum CSVWriter {
    /// The byte-order mark (U+FEFF, the bytes EF BB BF in UTF-8) that Excel needs at the start of a CSV file to read
    /// it as UTF-8 rather than in the Windows code page, which would garble Vietnamese letters.
    public static let byteOrderMark = "\u{FEFF}"

    /// One field, quoted if needed.
    public static func field(_ text: String) -> String {
        let needsQuotes =
            text.utf8.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
            || text.utf8.first == 0x20 || text.utf8.last == 0x20
        guard needsQuotes else { return text }
        var quoted = "\""
        for character in text {
            if character == "\"" { quoted += "\"\"" } else { quoted.append(character) }
        }
        return quoted + "\""
    }

    /// A whole document: a header row and data rows, each ending in a line break.
    public static func document(header: [String], rows: [[String]]) -> String {
        var text = line(header)
        for row in rows { text += line(row) }
        return text
    }

    /// One row, ending in a line break.
    public static func line(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\n"
    }
}
