import Foundation

/// Where a cell of an annex table stands, as the caller read it: the file, the sheet (if a workbook), the row and
/// the column (both from 1, as Excel numbers them). The words parsers place their problems there.
public struct AnnexCell: Hashable, Sendable {
    /// The file, as the user named it.
    public var file: String
    /// The sheet of a workbook, or `nil` for a CSV file.
    public var sheet: String?
    /// The row (the line of a CSV file), from 1.
    public var row: Int
    /// The column, from 1 (1 for `A`).
    public var column: Int

    /// Creates a cell location.
    public init(file: String, sheet: String? = nil, row: Int, column: Int) {
        self.file = file
        self.sheet = sheet
        self.row = row
        self.column = column
    }

    /// A problem `message` about this cell, whose text was `value`.
    func problem(_ message: AnnexWordsMessage, value: String) -> Diagnostic {
        Diagnostic(file: file, line: row, column: column, value: value, message).placed(onSheet: sheet, of: file)
    }
}

/// A cell's words could not be read: the located problem saying so.
public struct AnnexWordsProblem: Error, Hashable, Sendable {
    /// The problem, placed on its cell.
    public var diagnostic: Diagnostic
}

/// How the words parsers see a cell's text: composed (NFC), line breaks turned into `;` where asked, runs of
/// spaces made one, trimmed.
enum AnnexText {
    /// `text` composed, its line breaks made `lineBreak`, its runs of white space made one space, trimmed.
    static func cleaned(_ text: String, lineBreak: String = " ") -> String {
        let composed = text.precomposedStringWithCanonicalMapping
            .replacingOccurrences(of: "\r\n", with: "\n")
            .replacingOccurrences(of: "\r", with: "\n")
            .replacingOccurrences(of: "\n", with: lineBreak)
        let words = composed.split(whereSeparator: { $0.isWhitespace })
        return words.joined(separator: " ")
    }

    /// The number `text` starts with (`70`, `70,5`, `70.5`, `01`) and what follows it, trimmed; `nil` when it
    /// does not start with a digit.
    static func leadingNumber(_ text: Substring) -> (value: Double, rest: Substring)? {
        var index = text.startIndex
        var digits = ""
        while index < text.endIndex, text[index].isASCII, text[index].isNumber {
            digits.append(text[index])
            index = text.index(after: index)
        }
        guard !digits.isEmpty else { return nil }
        if index < text.endIndex, text[index] == "," || text[index] == "." {
            let next = text.index(after: index)
            var fraction = ""
            var cursor = next
            while cursor < text.endIndex, text[cursor].isASCII, text[cursor].isNumber {
                fraction.append(text[cursor])
                cursor = text.index(after: cursor)
            }
            if !fraction.isEmpty {
                digits += "." + fraction
                index = cursor
            }
        }
        guard let value = Double(digits) else { return nil }
        return (value, text[index...].drop(while: { $0 == " " }))
    }

    /// `text` without any of `prefixes` at its start (repeatedly, each followed by a space or not), trimmed.
    static func dropping(_ prefixes: [String], from text: Substring) -> Substring {
        var rest = text
        var changed = true
        while changed {
            changed = false
            for prefix in prefixes where rest.hasPrefix(prefix) {
                rest = rest.dropFirst(prefix.count).drop(while: { $0 == " " })
                changed = true
            }
        }
        return rest
    }

    /// The whole of `text` as a number of points: `20`, `0,5`, `10đ`, `20 điểm`, `(20 điểm)`; `nil` otherwise.
    static func points(_ text: Substring) -> Double? {
        var rest = Substring(text.lowercased().filter { $0 != "(" && $0 != ")" })
        rest = rest.drop(while: { $0 == " " })
        guard let (value, after) = leadingNumber(rest) else { return nil }
        // A sentence's full stop after the points (`10 điểm.`) is no part of them.
        var suffix = after.trimmingCharacters(in: .whitespaces)
        if suffix.hasSuffix(".") { suffix = String(suffix.dropLast()).trimmingCharacters(in: .whitespaces) }
        return ["", "điểm", "đ", "d", "diem"].contains(suffix) ? value : nil
    }
}
