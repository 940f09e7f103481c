/// The field separator of a CSV file. Excel writes the separator of the computer's list settings: a comma in most
/// locales, a semicolon where the decimal separator is a comma (Vietnamese among them), a tab for "Unicode Text".
/// The separator is read from a leading `sep=;` line when there is one (Excel's own hint), or else chosen from the
/// header row: the one that splits it into the most known column names, then into the most fields; a comma wins ties.
struct CSVDialect: Hashable, Sendable {
    /// The separator byte.
    var separator: UInt8
    /// Where the records start: after a `sep=` line, or at the text's start.
    var start: Int
    /// The line the records start on.
    var line: Int
    /// Whether a `sep=` line named the separator.
    var isDeclared = false

    static let comma = UInt8(ascii: ",")
    static let semicolon = UInt8(ascii: ";")
    static let tab = UInt8(ascii: "\t")

    /// The dialect of the text `bytes[start...]`.
    ///
    /// - Parameters:
    ///   - known: Column names a header may have, lowercased (``TextNormalization/key(_:)`` first).
    /// - Complexity: O(*h*) in the length of the header row.
    static func detect(_ bytes: [UInt8], from start: Int, known: Set<String>) -> CSVDialect {
        var index = start
        var line = 1
        // Blank lines before the header are skipped by the reader; skip them here too.
        while index < bytes.count, bytes[index] == 0x0A || bytes[index] == 0x0D {
            // CR LF is one line break, counted at its LF.
            if bytes[index] == 0x0A || index + 1 == bytes.count || bytes[index + 1] != 0x0A { line += 1 }
            index += 1
        }
        let header = firstLine(bytes, from: index)
        let text = bytes[header]
        if text.count == 5, text.starts(with: Array("sep=".utf8)), let separator = text.last, separator != 0x22 {
            var next = header.upperBound
            if next < bytes.count, bytes[next] == 0x0D { next += 1 }
            if next < bytes.count, bytes[next] == 0x0A { next += 1 }
            return CSVDialect(separator: separator, start: next, line: line + 1, isDeclared: true)
        }
        var best = (separator: comma, known: -1, fields: 0)
        for separator in [comma, semicolon, tab] {
            let names = split(text, by: separator)
            let knownCount = names.filter { known.contains(TextNormalization.key($0).lowercased()) }.count
            if knownCount > best.known || (knownCount == best.known && names.count > best.fields) {
                best = (separator, knownCount, names.count)
            }
        }
        return CSVDialect(separator: best.separator, start: start, line: 1)
    }

    /// The range of the first line from `start`, up to its line break outside quotes.
    private static func firstLine(_ bytes: [UInt8], from start: Int) -> Range<Int> {
        var quoted = false
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x22 {
                quoted.toggle()
            } else if !quoted, byte == 0x0A || byte == 0x0D {
                break
            }
            index += 1
        }
        return start..<index
    }

    /// The fields of one line split by `separator`, unquoted.
    private static func split(_ line: ArraySlice<UInt8>, by separator: UInt8) -> [String] {
        var fields: [String] = []
        var field: [UInt8] = []
        var quoted = false
        var index = line.startIndex
        while index < line.endIndex {
            let byte = line[index]
            if byte == 0x22 {
                if quoted, index + 1 < line.endIndex, line[index + 1] == 0x22 {
                    field.append(0x22)
                    index += 1
                } else {
                    quoted.toggle()
                }
            } else if byte == separator, !quoted {
                fields.append(String(decoding: field, as: UTF8.self))
                field = []
            } else {
                field.append(byte)
            }
            index += 1
        }
        fields.append(String(decoding: field, as: UTF8.self))
        return fields
    }
}
