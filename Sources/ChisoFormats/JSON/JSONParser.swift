/// A JSON syntax error with its position.
public struct JSONSyntaxError: Error, Hashable, Sendable {
    /// Where the error is.
    public var position: SourcePosition
    /// What is wrong and what was expected, in both languages.
    public var problem: JSONSyntaxMessage
    /// What is wrong and what was expected, in English.
    public var message: String { problem.text.en }
}

/// Parses JSON text into ``JSONNode`` values that keep their line and column.
///
/// Accepts, besides strict JSON, what people write in hand-edited config files, as JSON5 allows: `//` and `/* */`
/// comments, a trailing comma after the last member of an array or object, member names without quotes and
/// strings in single quotes. (JSON5's hexadecimal numbers, `Infinity` and `NaN` are not accepted: no framework
/// needs them.)
package struct JSONParser {
    private let scalars: [Unicode.Scalar]
    private var index = 0
    private var line = 1
    private var column = 1

    private init(_ text: String) {
        scalars = Array(text.unicodeScalars)
    }

    /// Parses `text`, which must hold exactly one JSON value.
    ///
    /// - Throws: ``JSONSyntaxError`` at the first syntax error.
    /// - Complexity: O(*n*) in the length of the text.
    package static func parse(_ text: String) throws(JSONSyntaxError) -> JSONNode {
        var parser = JSONParser(text)
        if parser.peek == "\u{FEFF}" { parser.advance() }
        try parser.skipSpaceAndComments()
        let value = try parser.parseValue(depth: 0)
        try parser.skipSpaceAndComments()
        if let extra = parser.peek {
            throw parser.error(.textAfterValue(found: Self.describe(extra)))
        }
        return value
    }

    private var peek: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }
    private var position: SourcePosition { SourcePosition(line: line, column: column) }

    private mutating func advance() {
        guard index < scalars.count else { return }
        if scalars[index] == "\n" {
            line += 1
            column = 1
        } else {
            column += 1
        }
        index += 1
    }

    private func error(_ problem: JSONSyntaxMessage, at position: SourcePosition? = nil) -> JSONSyntaxError {
        JSONSyntaxError(position: position ?? self.position, problem: problem)
    }

    private static func describe(_ scalar: Unicode.Scalar?) -> JSONSyntaxMessage.Found {
        guard let scalar else { return .endOfFile }
        return scalar.properties.isWhitespace ? .whitespace : .character(Character(scalar))
    }

    private mutating func skipSpaceAndComments() throws(JSONSyntaxError) {
        while let scalar = peek {
            if scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" {
                advance()
            } else if scalar == "/", index + 1 < scalars.count, scalars[index + 1] == "/" {
                while let next = peek, next != "\n" { advance() }
            } else if scalar == "/", index + 1 < scalars.count, scalars[index + 1] == "*" {
                let start = position
                advance()
                advance()
                while true {
                    guard let next = peek else { throw error(.unterminatedComment, at: start) }
                    if next == "*", index + 1 < scalars.count, scalars[index + 1] == "/" {
                        advance()
                        advance()
                        break
                    }
                    advance()
                }
            } else {
                return
            }
        }
    }

    private mutating func parseValue(depth: Int) throws(JSONSyntaxError) -> JSONNode {
        guard depth < 200 else { throw error(.nestedTooDeep(limit: 200)) }
        let start = position
        switch peek {
        case "{": return JSONNode(try parseObject(depth: depth), at: start)
        case "[": return JSONNode(try parseArray(depth: depth), at: start)
        case "\"", "'": return JSONNode(.string(try parseString()), at: start)
        case "t":
            try expectWord("true")
            return JSONNode(.bool(true), at: start)
        case "f":
            try expectWord("false")
            return JSONNode(.bool(false), at: start)
        case "n":
            try expectWord("null")
            return JSONNode(.null, at: start)
        case let scalar? where scalar == "-" || ("0"..."9").contains(scalar):
            return JSONNode(.number(try parseNumber()), at: start)
        default:
            throw error(.expectedValue(found: Self.describe(peek)))
        }
    }

    private mutating func expectWord(_ word: String) throws(JSONSyntaxError) {
        let start = position
        for expected in word.unicodeScalars {
            guard peek == expected else { throw error(.expectedWord(word), at: start) }
            advance()
        }
    }

    private mutating func parseObject(depth: Int) throws(JSONSyntaxError) -> JSONNode.Value {
        advance()
        var members: [(key: String, keyPosition: SourcePosition, value: JSONNode)] = []
        try skipSpaceAndComments()
        while peek != "}" {
            let keyPosition = position
            let key: String
            if peek == "\"" || peek == "'" {
                key = try parseString()
            } else if let first = peek, Self.isIdentifierStart(first) {
                key = parseIdentifier()
            } else {
                throw error(.expectedMemberName(found: Self.describe(peek)))
            }
            try skipSpaceAndComments()
            guard peek == ":" else { throw error(.expectedColon(key: key)) }
            advance()
            try skipSpaceAndComments()
            members.append((key, keyPosition, try parseValue(depth: depth + 1)))
            try skipSpaceAndComments()
            if peek == "," {
                advance()
                try skipSpaceAndComments()
            } else if peek != "}" {
                throw error(.expectedCommaOrBrace(key: key, found: Self.describe(peek)))
            }
        }
        advance()
        return .object(members)
    }

    private mutating func parseArray(depth: Int) throws(JSONSyntaxError) -> JSONNode.Value {
        advance()
        var elements: [JSONNode] = []
        try skipSpaceAndComments()
        while peek != "]" {
            guard peek != nil else { throw error(.unterminatedArray) }
            elements.append(try parseValue(depth: depth + 1))
            try skipSpaceAndComments()
            if peek == "," {
                advance()
                try skipSpaceAndComments()
            } else if peek != "]" {
                throw error(.expectedCommaOrBracket(found: Self.describe(peek)))
            }
        }
        advance()
        return .array(elements)
    }

    private static func isIdentifierStart(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "_" || scalar == "$" || ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }

    /// A JSON5 member name without quotes: letters, digits, `_` and `$`.
    private mutating func parseIdentifier() -> String {
        var name = String.UnicodeScalarView()
        while let scalar = peek, Self.isIdentifierStart(scalar) || ("0"..."9").contains(scalar) {
            name.append(scalar)
            advance()
        }
        return String(name)
    }

    /// A string in double quotes, or in single quotes as JSON5 allows.
    private mutating func parseString() throws(JSONSyntaxError) -> String {
        let start = position
        let quote = peek ?? "\""
        advance()
        var result = String.UnicodeScalarView()
        while true {
            guard let scalar = peek else { throw error(.unterminatedString, at: start) }
            switch scalar {
            case quote:
                advance()
                return String(result)
            case "\\":
                advance()
                guard let escaped = peek else { throw error(.unterminatedString, at: start) }
                advance()
                switch escaped {
                case "\"": result.append("\"")
                case "'": result.append("'")
                case "\\": result.append("\\")
                case "/": result.append("/")
                case "b": result.append("\u{08}")
                case "f": result.append("\u{0C}")
                case "n": result.append("\n")
                case "r": result.append("\r")
                case "t": result.append("\t")
                case "u": result.append(try parseUnicodeEscape())
                default: throw error(.invalidEscape(Character(escaped)))
                }
            case "\n":
                throw error(.lineBreakInString, at: position)
            default:
                result.append(scalar)
                advance()
            }
        }
    }

    private mutating func parseHex4() throws(JSONSyntaxError) -> UInt32 {
        var code: UInt32 = 0
        for _ in 0..<4 {
            guard let scalar = peek, scalar.isASCII, let digit = UInt32(String(scalar), radix: 16) else {
                throw error(.expectedHexDigits)
            }
            code = code * 16 + digit
            advance()
        }
        return code
    }

    private mutating func parseUnicodeEscape() throws(JSONSyntaxError) -> Unicode.Scalar {
        let high = try parseHex4()
        if (0xD800...0xDBFF).contains(high) {
            guard peek == "\\" else { throw error(.unpairedSurrogate(hex: String(high, radix: 16))) }
            advance()
            guard peek == "u" else { throw error(.unpairedSurrogate(hex: String(high, radix: 16))) }
            advance()
            let low = try parseHex4()
            guard (0xDC00...0xDFFF).contains(low),
                let scalar = Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
            else { throw error(.invalidSurrogatePair) }
            return scalar
        }
        guard let scalar = Unicode.Scalar(high) else { throw error(.unpairedSurrogate(hex: String(high, radix: 16))) }
        return scalar
    }

    private mutating func parseNumber() throws(JSONSyntaxError) -> Double {
        let start = position
        var text = ""
        while let scalar = peek,
            scalar == "-" || scalar == "+" || scalar == "." || scalar == "e" || scalar == "E"
                || ("0"..."9").contains(scalar)
        {
            text.unicodeScalars.append(scalar)
            advance()
        }
        guard let value = Double(text), value.isFinite else {
            throw error(.invalidNumber(text), at: start)
        }
        return value
    }
}

/// Parses JSON for tests and tools outside this module: only whether the text parses, and where it does not.
public enum JSONParserProbe {
    /// Parses `text`.
    ///
    /// - Throws: ``JSONSyntaxError`` at the first syntax error.
    public static func parse(_ text: String) throws(JSONSyntaxError) {
        _ = try JSONParser.parse(text)
    }
}
