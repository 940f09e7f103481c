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

/// Reads CSV as RFC 4180 describes it: comma separated, fields optionally in double quotes with `""` for a quote
/// inside, quoted fields may hold commas and line breaks; LF, CRLF or CR line ends; UTF-8 with or without a
/// byte-order mark. Blank lines are skipped.
public enum CSVReader {
    /// Reads the records of a CSV file.
    ///
    /// - Parameters:
    ///   - bytes: The file's contents.
    ///   - file: The file's name, for messages.
    /// - Returns: The records, and every problem found. A problem with `isRowProblem` spoils only its record;
    ///   any other (invalid UTF-8, an unterminated quote) spoils the file, and then no records are returned.
    /// - Complexity: O(*n*) in the number of bytes.
    public static func read(_ bytes: [UInt8], file: String) -> (records: [CSVRecord], problems: [Diagnostic]) {
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        let invalid = UTF8Validation.invalidPositions(in: Array(bytes[start...]), limit: 20)
        guard invalid.isEmpty else {
            let problems = invalid.map {
                Diagnostic(
                    file: file,
                    line: $0.line,
                    column: $0.column,
                    message: "not valid UTF-8 (character \($0.column) of the line); save the file as UTF-8 (in Excel: "
                        + "Save As → CSV UTF-8)"
                )
            }
            return ([], problems)
        }
        var parser = Parser(bytes: bytes, index: start, file: file)
        return parser.parse()
    }

    private struct Parser {
        let bytes: [UInt8]
        var index: Int
        let file: String
        var line = 1
        var records: [CSVRecord] = []
        var problems: [Diagnostic] = []

        static let quote: UInt8 = 0x22
        static let comma: UInt8 = 0x2C
        static let newline: UInt8 = 0x0A
        static let carriageReturn: UInt8 = 0x0D

        init(bytes: [UInt8], index: Int, file: String) {
            self.bytes = bytes
            self.index = index
            self.file = file
        }

        mutating func rowProblem(_ message: String, field: Int, line: Int? = nil) {
            problems.append(
                Diagnostic(file: file, line: line ?? self.line, column: field, message: message, isRowProblem: true)
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
                        fields.append(field)
                    } else {
                        fields.append(readUnquoted(fieldNumber: fields.count + 1))
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
            case Self.comma:
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
                if byte == Self.comma || byte == Self.newline || byte == Self.carriageReturn { break }
                if byte == Self.quote { sawQuote = true }
                index += 1
            }
            let field = bytes.withUnsafeBufferPointer {
                String(decoding: UnsafeBufferPointer(rebasing: $0[start..<index]), as: UTF8.self)
            }
            if sawQuote {
                rowProblem(
                    "a double quote inside an unquoted field (\(field)); put the whole field in double quotes and "
                        + "write each quote inside it twice",
                    field: fieldNumber
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
                            message: "a quoted field is never closed: the double quote opening field \(fieldNumber) "
                                + "on line \(openingLine) has no closing quote before the end of the file"
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
            if index < bytes.count, ![Self.comma, Self.newline, Self.carriageReturn].contains(bytes[index]) {
                let start = index
                while index < bytes.count, ![Self.comma, Self.newline, Self.carriageReturn].contains(bytes[index]) {
                    index += 1
                }
                let extra = String(decoding: bytes[start..<index], as: UTF8.self)
                rowProblem(
                    "text (\(extra)) after the closing quote of field \(fieldNumber); a quoted field must end at "
                        + "its closing quote",
                    field: fieldNumber
                )
            }
            return String(decoding: buffer, as: UTF8.self)
        }
    }
}
