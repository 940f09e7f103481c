extension XMLScanner {
    /// Reads character data and CDATA sections from `index` up to the next tag, comment or processing
    /// instruction. Returns `nil` for white space outside the root element, which is no event.
    mutating func text() throws(XMLError) -> String? {
        let start = index
        var plain = true
        while index < bytes.count {
            let byte = bytes[index]
            if byte > Self.lessThan || (byte >= 0x20 && byte != Self.ampersand && byte != Self.lessThan) {
                index += 1
            } else if byte == Self.lessThan {
                guard startsCDATA(at: index) else { break }
                plain = false
                index = try position(after: "]]>", from: index + 9, inside: .cdata)
            } else if byte == Self.ampersand || byte == 0x0D {
                plain = false
                index += 1
            } else if byte == 0x09 || byte == 0x0A {
                index += 1
            } else {
                throw error(.malformed(.text), at: index)
            }
        }
        if open.isEmpty {
            guard bytes[start..<index].allSatisfy(Self.isWhitespace) else { throw error(.textOutsideRoot, at: start) }
            return nil
        }
        return plain ? string(start..<index) : try decode(start..<index, inAttribute: false)
    }

    /// The text of `range` with references decoded, CDATA sections unwrapped and line ends normalised (`\r\n` and
    /// `\r` to `\n`); in an attribute value, tabs and line ends become spaces, as XML requires.
    func decode(_ range: Range<Int>, inAttribute: Bool) throws(XMLError) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(range.count)
        var position = range.lowerBound
        while position < range.upperBound {
            let byte = bytes[position]
            switch byte {
            case Self.ampersand:
                position = try appendReference(at: position, end: range.upperBound, to: &output)
            case Self.lessThan:
                let end = try self.position(after: "]]>", from: position + 9, inside: .cdata)
                appendNormalisingLineEnds(bytes[(position + 9)..<(end - 3)], inAttribute: false, to: &output)
                position = end
            case 0x0D, 0x0A, 0x09:
                let next = position + 1 < range.upperBound && byte == 0x0D && bytes[position + 1] == 0x0A
                appendNormalisingLineEnds(
                    bytes[position..<(next ? position + 2 : position + 1)], inAttribute: inAttribute, to: &output)
                position += next ? 2 : 1
            default:
                if byte < 0x20 { throw error(.malformed(inAttribute ? .attribute : .text), at: position) }
                output.append(byte)
                position += 1
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Appends `slice`, with `\r\n` and `\r` as `\n`, and tabs and line ends as spaces in an attribute value.
    func appendNormalisingLineEnds(_ slice: ArraySlice<UInt8>, inAttribute: Bool, to output: inout [UInt8]) {
        var previous: UInt8 = 0
        for byte in slice {
            defer { previous = byte }
            if byte == 0x0A, previous == 0x0D { continue }
            switch byte {
            case 0x0D, 0x0A: output.append(inAttribute ? 0x20 : 0x0A)
            case 0x09: output.append(inAttribute ? 0x20 : 0x09)
            default: output.append(byte)
            }
        }
    }

    /// Decodes the reference at `offset` (an `&`) and appends its character; returns the offset after its `;`.
    func appendReference(at offset: Int, end: Int, to output: inout [UInt8]) throws(XMLError) -> Int {
        var semicolon = offset + 1
        while semicolon < end, semicolon - offset <= 12, bytes[semicolon] != Self.semicolon { semicolon += 1 }
        guard semicolon < end, bytes[semicolon] == Self.semicolon, semicolon > offset + 1 else {
            throw error(.malformed(.reference), at: offset)
        }
        let name = bytes[(offset + 1)..<semicolon]
        if name.first == UInt8(ascii: "#") {
            guard let scalar = Self.characterReference(name.dropFirst()) else {
                throw error(.invalidCharacterReference(string((offset + 1)..<semicolon)), at: offset)
            }
            output.append(contentsOf: Array(String(Character(scalar)).utf8))
        } else if let byte = Self.predefinedEntities.first(where: { $0.name.elementsEqual(name) })?.byte {
            output.append(byte)
        } else {
            guard name.first.map(Self.startsName) == true, name.allSatisfy(Self.continuesName) else {
                throw error(.malformed(.reference), at: offset)
            }
            throw error(.unknownEntity(string((offset + 1)..<semicolon)), at: offset)
        }
        return semicolon + 1
    }

    /// The character of a numeric reference's digits (`x1EA1` or `7841`), if it is one XML allows.
    static func characterReference(_ digits: ArraySlice<UInt8>) -> Unicode.Scalar? {
        let hex = digits.first == UInt8(ascii: "x")
        let body = hex ? digits.dropFirst() : digits
        guard !body.isEmpty, body.count <= 8 else { return nil }
        var value: UInt32 = 0
        for byte in body {
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f") where hex: digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F") where hex: digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: return nil
            }
            value = value * (hex ? 16 : 10) + digit
        }
        let allowed =
            value == 0x09 || value == 0x0A || value == 0x0D || (0x20...0xD7FF).contains(value)
            || (0xE000...0xFFFD).contains(value) || (0x1_0000...0x10_FFFF).contains(value)
        return allowed ? Unicode.Scalar(value) : nil
    }

    /// `lt`, `gt`, `amp`, `apos`, `quot` and their characters.
    static let predefinedEntities: [(name: [UInt8], byte: UInt8)] = [
        (Array("lt".utf8), UInt8(ascii: "<")), (Array("gt".utf8), UInt8(ascii: ">")),
        (Array("amp".utf8), UInt8(ascii: "&")), (Array("apos".utf8), UInt8(ascii: "'")),
        (Array("quot".utf8), UInt8(ascii: "\"")),
    ]
}
