extension CSVWriter {
    /// A CSV output made for Excel to open in one go: a UTF-8 byte-order mark first (else Excel reads the file in
    /// the Windows code page and garbles Vietnamese letters), then, for Vietnamese Windows (whose list separator is
    /// `;` and whose decimal mark is a comma), the fields split by `;` and every plain decimal number written with a
    /// decimal comma (`72,5`); for English settings the CSV as it is. Column IDs, ID columns (see
    /// ``isIdentifierColumn(_:)``) and text are left as they are; chiso reads the file back like its own CSV.
    ///
    /// - Parameters:
    ///   - text: CSV as ``document(header:rows:)`` writes it.
    ///   - decimalComma: Whether to write for Vietnamese settings.
    /// - Complexity: O(*n*) in the length of `text`.
    public static func excel(_ text: String, decimalComma: Bool) -> String {
        let (records, _) = CSVReader.read(Array(text.utf8), file: "")
        guard let header = records.first?.fields else { return byteOrderMark + text }
        if !decimalComma, !records.contains(where: { $0.fields.contains(where: { guarded($0) != $0 }) }) {
            return byteOrderMark + text
        }
        let identifiers = header.map(isIdentifierColumn)
        var output = byteOrderMark
        for record in records {
            let fields = record.fields.enumerated().map { column, field in
                let keep = record.line == records[0].line || (column < identifiers.count && identifiers[column])
                guard decimalComma else { return CSVWriter.field(guarded(field)) }
                let value = !keep && plainDecimalPlaces(field) != nil ? field.replacing(".", with: ",") : guarded(field)
                return excelField(value)
            }
            output += fields.joined(separator: decimalComma ? ";" : ",") + "\n"
        }
        return output
    }

    /// The characters that make Excel (and LibreOffice) read a CSV cell as a formula: `=SUM(A1)`, `+1+2`, `-3+4`,
    /// `@cmd`, and a tab or carriage return before one of them.
    static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// A field as the `--excel` CSV writes it so that opening the file runs nothing (OWASP's advice on CSV
    /// injection): a text of two characters or more that starts like a formula, and is not a plain number such as
    /// `-12`, gets an apostrophe before it (`'=SUM(A1)`), as does a text that already starts with an apostrophe
    /// before such a character. Excel shows the apostrophe; ``CSVReader`` takes it off again, so chiso reads the
    /// file back as it was.
    static func guarded(_ field: String) -> String {
        let scalars = field.unicodeScalars
        guard scalars.count > 1, let first = scalars.first, plainDecimalPlaces(field) == nil else { return field }
        if formulaStarts.contains(first) { return "'" + field }
        if first == "'", CSVReader.isGuarded(field) { return "'" + field }
        return field
    }

    /// Whether a column holds IDs (`unit_id`, `parent_id`, `id`, `criterion`, …), which are never rewritten as numbers
    /// even when they look like them.
    public static func isIdentifierColumn(_ column: String) -> Bool {
        column == "id" || column.hasSuffix("_id") || ["criterion", "parent", "subordinate", "theme"].contains(column)
    }

    /// The number of decimals of a plain decimal number as chiso's CSV writes them (`-12`, `0.7250`), or `nil` for
    /// anything else: a leading zero (`007`), a sign without digits, an exponent, spaces, `inf`, a decimal comma.
    public static func plainDecimalPlaces(_ field: String) -> Int? {
        var bytes = field.utf8[...]
        if bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
        var whole = 0
        var fraction = 0
        var points = 0
        for byte in bytes {
            if byte == UInt8(ascii: ".") {
                points += 1
                guard points == 1 else { return nil }
            } else if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                if points == 0 { whole += 1 } else { fraction += 1 }
            } else {
                return nil
            }
        }
        guard whole > 0, whole <= 15, points == 0 || fraction > 0 else { return nil }
        if whole > 1, bytes.first == UInt8(ascii: "0") { return nil }
        return fraction
    }

    /// One field of a `;`-separated file, quoted where it holds a `;`, a quote, a line break or leading or trailing
    /// spaces.
    static func excelField(_ text: String) -> String {
        let needsQuotes =
            text.utf8.contains { $0 == 0x3B || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
            || text.utf8.first == 0x20 || text.utf8.last == 0x20
        guard needsQuotes else { return text }
        return "\"" + text.replacing("\"", with: "\"\"") + "\""
    }
}
