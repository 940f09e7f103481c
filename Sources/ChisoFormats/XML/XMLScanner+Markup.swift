extension XMLScanner {
    /// Reads the markup at `index` (a `<`): a start or end tag is returned, a comment or processing instruction
    /// skipped (`nil`), a DOCTYPE or other `<!` declaration refused.
    mutating func markup() throws(XMLError) -> XMLEvent? {
        let start = index
        guard index + 1 < bytes.count else { throw error(.unexpectedEnd(inside: .startTag), at: start) }
        switch bytes[index + 1] {
        case Self.slash: return try endTag()
        case Self.question:
            try skipProcessingInstruction()
            return nil
        case Self.bang:
            if matches("<!--", at: start) {
                index = try position(after: "-->", from: start + 4, inside: .comment)
                return nil
            }
            if matches("<!DOCTYPE", at: start) || matches("<!ENTITY", at: start) {
                throw error(.doctypeRefused, at: start)
            }
            throw error(.malformed(.markupDeclaration), at: start)
        default: return try startTag()
        }
    }

    /// Reads a start tag or empty-element tag at `index`.
    mutating func startTag() throws(XMLError) -> XMLEvent {
        let start = index
        index += 1
        let name = try scanName()
        if open.isEmpty, sawRoot { throw error(.secondRoot(string(name)), at: start) }
        if open.count >= limits.depth { throw error(.limitExceeded(.depth, limit: limits.depth), at: start) }
        var attributes: [XMLAttribute] = []
        let isEmpty = try scanAttributes(into: &attributes, closing: .startTag)
        sawRoot = true
        let nameText = string(name)
        open.append(name)
        openNames.append(nameText)
        pendingEnd = isEmpty
        return .start(XMLStartTag(name: nameText, attributes: attributes, isEmptyElement: isEmpty))
    }

    /// Reads an end tag at `index` and checks that it closes the innermost open element.
    mutating func endTag() throws(XMLError) -> XMLEvent {
        let start = index
        index += 2
        let name = try scanName()
        skipWhitespace()
        guard index < bytes.count else { throw error(.unexpectedEnd(inside: .endTag), at: start) }
        guard bytes[index] == Self.greaterThan else { throw error(.malformed(.endTag), at: index) }
        index += 1
        guard let innermost = open.last else { throw error(.unexpectedEndTag(string(name)), at: start) }
        guard bytes[name] == bytes[innermost] else {
            throw error(.mismatchedEndTag(expected: string(innermost), found: string(name)), at: start)
        }
        open.removeLast()
        return .end(openNames.removeLast())
    }

    /// Reads attributes up to `>` or `/>` (a start tag) or `?>` (a declaration); returns whether it was `/>`.
    mutating func scanAttributes(into attributes: inout [XMLAttribute], closing construct: XMLMessage.Construct)
        throws(XMLError) -> Bool
    {
        while true {
            let hadSpace = skipWhitespace()
            guard index < bytes.count else { throw error(.unexpectedEnd(inside: construct), at: index) }
            let byte = bytes[index]
            if construct == .startTag, byte == Self.greaterThan {
                index += 1
                return false
            }
            if byte == (construct == .startTag ? Self.slash : Self.question) {
                guard index + 1 < bytes.count else { throw error(.unexpectedEnd(inside: construct), at: index) }
                guard bytes[index + 1] == Self.greaterThan else { throw error(.malformed(construct), at: index) }
                index += 2
                return true
            }
            guard hadSpace else { throw error(.malformed(construct), at: index) }
            if attributes.count >= limits.attributes {
                throw error(.limitExceeded(.attributes, limit: limits.attributes), at: index)
            }
            let attribute = try scanAttribute()
            if attributes.contains(where: { $0.name == attribute.name }) {
                throw error(.duplicateAttribute(attribute.name), at: index)
            }
            attributes.append(attribute)
        }
    }

    /// Reads `name = "value"` at `index`.
    mutating func scanAttribute() throws(XMLError) -> XMLAttribute {
        let start = index
        let name = try scanName()
        skipWhitespace()
        guard index < bytes.count, bytes[index] == Self.equals else {
            throw index < bytes.count
                ? error(.malformed(.attribute), at: start) : error(.unexpectedEnd(inside: .attribute), at: start)
        }
        index += 1
        skipWhitespace()
        guard index < bytes.count else { throw error(.unexpectedEnd(inside: .attribute), at: start) }
        let quote = bytes[index]
        guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else {
            throw error(.malformed(.attribute), at: index)
        }
        let valueStart = index + 1
        var end = valueStart
        var plain = true
        while end < bytes.count, bytes[end] != quote {
            let byte = bytes[end]
            if byte == Self.lessThan { throw error(.malformed(.attribute), at: end) }
            if byte == Self.ampersand || byte < 0x20 { plain = false }
            end += 1
        }
        guard end < bytes.count else { throw error(.unexpectedEnd(inside: .attribute), at: start) }
        index = end + 1
        let value = plain ? string(valueStart..<end) : try decode(valueStart..<end, inAttribute: true)
        return XMLAttribute(name: string(name), value: value)
    }

    /// Reads a name at `index`: a letter, `_`, `:` or non-ASCII byte, then those, digits, `-` and `.`.
    mutating func scanName() throws(XMLError) -> Range<Int> {
        let start = index
        guard index < bytes.count else { throw error(.unexpectedEnd(inside: .name), at: start) }
        guard Self.startsName(bytes[index]) else { throw error(.malformed(.name), at: start) }
        index += 1
        while index < bytes.count, Self.continuesName(bytes[index]) { index += 1 }
        if index - start > limits.nameLength {
            throw error(.limitExceeded(.nameLength, limit: limits.nameLength), at: start)
        }
        return start..<index
    }

    /// Skips a processing instruction at `index`; an `<?xml` one here is misplaced.
    mutating func skipProcessingInstruction() throws(XMLError) {
        let start = index
        index += 2
        let target = try scanName()
        if bytes[target].count == 3, bytes[target].map({ $0 | 0x20 }) == Array("xml".utf8) {
            throw error(.misplacedDeclaration, at: start)
        }
        index = try position(after: "?>", from: index, inside: .processingInstruction)
    }

    /// Reads the XML declaration if the document starts with one.
    mutating func readDeclaration() throws(XMLError) {
        guard matches("<?xml", at: index), index + 5 < bytes.count, Self.isWhitespace(bytes[index + 5]) else {
            return
        }
        index += 5
        var fields: [XMLAttribute] = []
        _ = try scanAttributes(into: &fields, closing: .declaration)
        let found = Declaration(
            version: fields.first { $0.name == "version" }?.value,
            encoding: fields.first { $0.name == "encoding" }?.value,
            standalone: fields.first { $0.name == "standalone" }?.value)
        if let encoding = found.encoding, !["utf-8", "utf8"].contains(encoding.lowercased()) {
            throw error(.unsupportedEncoding(encoding), at: 0)
        }
        declaration = found
    }

    /// Skips white space at `index`; returns whether there was any.
    @discardableResult
    mutating func skipWhitespace() -> Bool {
        let start = index
        while index < bytes.count, Self.isWhitespace(bytes[index]) { index += 1 }
        return index > start
    }

    /// Whether `literal` stands at `offset`.
    func matches(_ literal: StaticString, at offset: Int) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard offset + count <= bytes.count else { return false }
        return literal.withUTF8Buffer { pattern in
            for position in 0..<count where bytes[offset + position] != pattern[position] { return false }
            return true
        }
    }

    /// The offset just past the first `terminator` at or after `offset`.
    func position(after terminator: StaticString, from offset: Int, inside construct: XMLMessage.Construct)
        throws(XMLError) -> Int
    {
        let first = terminator.withUTF8Buffer { $0[0] }
        var position = offset
        while position < bytes.count {
            if bytes[position] == first, matches(terminator, at: position) {
                return position + terminator.utf8CodeUnitCount
            }
            position += 1
        }
        throw error(.unexpectedEnd(inside: construct), at: offset)
    }

    /// Whether a CDATA section starts at `offset`.
    func startsCDATA(at offset: Int) -> Bool { matches("<![CDATA[", at: offset) }

    static func isWhitespace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D }

    static func startsName(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") || byte == UInt8(ascii: "_")
            || byte == UInt8(ascii: ":") || byte >= 0x80
    }

    static func continuesName(_ byte: UInt8) -> Bool {
        startsName(byte) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "-")
            || byte == UInt8(ascii: ".")
    }
}
