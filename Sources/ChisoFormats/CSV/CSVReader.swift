/// One record of a CSV file and the line it starts on.
public struct CSVRecord: Hashable, Sendable {
    /// The line the record starts on, from 1.
    public var line: Int
    /// The fields, unquoted.
    public var fields: [String]

    /// Creates a record.
    public init(line: Int, fields: [String]) {
        self.line = line
        self.fields = fields
    }
}

/// Reads CSV as RFC 4180 describes it: fields optionally in double quotes with `""` for a quote inside, quoted
/// fields may hold separators and line breaks; LF, CRLF or CR line ends. Blank lines are skipped. Files are read as
/// spreadsheets save them: UTF-8 with or without a byte-order mark, UTF-16 with one, or Windows-1258
/// (``TextDecoding``); comma, semicolon or tab separated (``CSVDialect``).
public enum CSVReader {
    /// Reads the records of a CSV file.
    ///
    /// - Parameters:
    ///   - bytes: The file's contents.
    ///   - file: The file's name, for messages.
    ///   - knownColumns: Column names the header may have, lowercased, to choose the separator by; with none, the
    ///     separator that splits the header into the most fields is chosen.
    /// - Returns: The records, and every problem found, notices about how the file was read among them. A problem
    ///   with `isRowProblem` spoils only its record; any other error (a file that is not text, an unterminated
    ///   quote) spoils the file, and then no records are returned.
    /// - Complexity: O(*n*) in the number of bytes.
    public static func read(_ bytes: [UInt8], file: String, knownColumns: Set<String> = [])
        -> (records: [CSVRecord], problems: [Diagnostic])
    {
        let (text, start, notices) = TextDecoding.utf8(bytes, file: file)
        if notices.contains(where: { $0.severity == .error }) { return ([], notices) }
        let dialect = CSVDialect.detect(text, from: start, known: knownColumns)
        var parser = Parser(bytes: text, index: dialect.start, file: file, separator: dialect.separator)
        parser.line = dialect.line
        var (records, problems) = parser.parse()
        if dialect.separator != CSVDialect.comma, !records.isEmpty {
            let reason: CSVMessage.SeparatorReason = dialect.isDeclared ? .declared : .header
            problems.insert(
                Diagnostic(
                    .notice, file: file, line: records[0].line,
                    CSVMessage.readAs(separator: dialect.separator, reason: reason)),
                at: 0)
        }
        return (records, notices + problems)
    }

    /// Whether `field` is a text the `--excel` CSV guarded against running as a formula: an apostrophe before a
    /// character that starts a formula (`'=SUM(A1)`, `'-3+4`), with something after it.
    static func isGuarded(_ field: String) -> Bool {
        var scalars = field.unicodeScalars.makeIterator()
        guard scalars.next() == "'", let second = scalars.next(), scalars.next() != nil else { return false }
        return CSVWriter.formulaStarts.contains(second) || (second == "'" && isGuarded(String(field.dropFirst())))
    }

    /// `field` without the apostrophe the `--excel` CSV put before a text that starts like a formula (see
    /// ``CSVWriter/guarded(_:)``); any other field as it is.
    ///
    /// - Complexity: O(1) for a field that does not start with an apostrophe.
    static func unguarded(_ field: String) -> String {
        guard field.utf8.first == 0x27, isGuarded(field) else { return field }
        return String(field.dropFirst())
    }

    private struct Parser {
        let bytes: [UInt8]
        var index: Int
        let file: String
        let separator: UInt8
        var line = 1
        var records: [CSVRecord] = []
        var problems: [Diagnostic] = []

        static let quote: UInt8 = 0x22
        static let newline: UInt8 = 0x0A
        static let carriageReturn: UInt8 = 0x0D

        init(bytes: [UInt8], index: Int, file: String, separator: UInt8) {
            self.bytes = bytes
            self.index = index
            self.file = file
            self.separator = separator
        }

        mutating func rowProblem(_ message: CSVMessage, field: Int, value: String, kind: String) {
            problems.append(
                Diagnostic(
                    file: file, line: line, column: field, value: value, message, isRowProblem: true,
                    group: Diagnostic.Group(kind, summary: CSVMessage.misplacedQuoteRows))
            )
        }

        mutating func parse() -> (records: [CSVRecord], problems: [Diagnostic]) {
            let count = bytes.count
            while index < count {
                let recordLine = line
                var fields: [String] = []
                var endOfRecord = false
                while !endOfRecord {
                    if index < count, bytes[index] == Self.quote {
                        guard let field = readQuoted(fieldNumber: fields.count + 1) else {
                            return ([], problems.filter { !$0.isRowProblem } + problems.filter(\.isRowProblem))
                        }
                        fields.append(CSVReader.unguarded(field))
                    } else {
                        fields.append(CSVReader.unguarded(readUnquoted(fieldNumber: fields.count + 1)))
                    }
                    endOfRecord = finishField()
                }
                if fields.count == 1, fields[0].isEmpty { continue }  // a blank line
                records.append(CSVRecord(line: recordLine, fields: fields))
            }
            return (records, problems)
        }

        /// Consumes the separator after a field; returns whether the record ended.
        mutating func finishField() -> Bool {
            guard index < bytes.count else { return true }
            switch bytes[index] {
            case separator:
                index += 1
                return false
            case Self.carriageReturn:
                index += 1
                if index < bytes.count, bytes[index] == Self.newline { index += 1 }
                line += 1
                return true
            default:
                index += 1
                line += 1
                return true
            }
        }

        mutating func readUnquoted(fieldNumber: Int) -> String {
            let start = index
            var sawQuote = false
            while index < bytes.count {
                let byte = bytes[index]
                if byte == separator || byte == Self.newline || byte == Self.carriageReturn { break }
                if byte == Self.quote { sawQuote = true }
                index += 1
            }
            let field = bytes.withUnsafeBufferPointer {
                String(decoding: UnsafeBufferPointer(rebasing: $0[start..<index]), as: UTF8.self)
            }
            if sawQuote {
                rowProblem(
                    .quoteInsideField,
                    field: fieldNumber, value: field, kind: "quote inside a field"
                )
            }
            return field
        }

        mutating func readQuoted(fieldNumber: Int) -> String? {
            let openingLine = line
            index += 1
            var buffer: [UInt8] = []
            while true {
                guard index < bytes.count else {
                    problems.append(
                        Diagnostic(
                            file: file,
                            line: openingLine,
                            column: fieldNumber,
                            CSVMessage.unclosedQuote(field: fieldNumber, line: openingLine)
                        )
                    )
                    return nil
                }
                let byte = bytes[index]
                if byte == Self.quote {
                    if index + 1 < bytes.count, bytes[index + 1] == Self.quote {
                        buffer.append(Self.quote)
                        index += 2
                        continue
                    }
                    index += 1
                    break
                }
                if byte == Self.newline
                    || (byte == Self.carriageReturn && bytes.indices.contains(index + 1)
                        && bytes[index + 1] != Self.newline)
                {
                    line += 1
                }
                buffer.append(byte)
                index += 1
            }
            let ends = [separator, Self.newline, Self.carriageReturn]
            if index < bytes.count, !ends.contains(bytes[index]) {
                let start = index
                while index < bytes.count, !ends.contains(bytes[index]) {
                    index += 1
                }
                let extra = String(decoding: bytes[start..<index], as: UTF8.self)
                rowProblem(
                    .textAfterClosingQuote(field: fieldNumber),
                    field: fieldNumber, value: extra, kind: "text after a closing quote"
                )
            }
            return String(decoding: buffer, as: UTF8.self)
        }
    }
}
