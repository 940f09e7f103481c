/// A pull scanner over the UTF-8 bytes of an XML document, for the parts of a workbook.
///
/// Each ``next()`` returns the next start tag, end tag or run of character data, until `nil` at the end. Comments,
/// processing instructions and the XML declaration are read and skipped; CDATA sections are text. Names keep their
/// namespace prefixes as written (`x:c`, `r:id`); namespaces are not resolved.
///
/// Nothing is ever expanded: the five predefined entities and numeric character references are decoded, and a
/// DOCTYPE (the only place an entity can be declared) or any other entity reference is refused with an
/// ``XMLError``, so a "billion laughs" document cannot grow. Every malformed input is an ``XMLError`` pointing at
/// the byte, line and column; ``Limits`` bound the nesting depth, attributes per element, name length and size.
///
/// Text and attribute values are returned as written (not NFC): the SpreadsheetML readers normalise what is user
/// text. Names and values are built only from byte ranges of the document; the scan itself works on indices.
///
/// - Complexity: O(*n*) in the size of the document over all calls; every byte is looked at a bounded number of
///   times.
package struct XMLScanner: Sendable {
    /// Bounds on a document, checked as it is read.
    package struct Limits: Hashable, Sendable {
        /// Elements nested in one another at most (a worksheet needs 6).
        package var depth: Int
        /// Attributes on one element at most.
        package var attributes: Int
        /// Bytes of one name at most.
        package var nameLength: Int
        /// Bytes of the document at most.
        package var size: Int

        /// Creates limits.
        package init(depth: Int, attributes: Int, nameLength: Int, size: Int) {
            self.depth = depth
            self.attributes = attributes
            self.nameLength = nameLength
            self.size = size
        }

        /// 128 levels, 64 attributes, names of 256 bytes, 1 GiB: far beyond any workbook part (a worksheet nests 6
        /// levels; Excel's busiest elements carry about 20 attributes with their namespace declarations).
        package static let standard = Self(depth: 128, attributes: 64, nameLength: 256, size: 1 << 30)
    }

    /// The XML declaration's fields, when the document starts with one.
    package struct Declaration: Hashable, Sendable {
        /// `version`, such as `1.0`.
        package var version: String?
        /// `encoding` as written, such as `UTF-8`.
        package var encoding: String?
        /// `standalone`, such as `yes`.
        package var standalone: String?
    }

    let bytes: [UInt8]
    let limits: Limits
    var index: Int
    /// Byte ranges of the names of the open elements, outermost first.
    var open: [Range<Int>] = []
    /// The names of the open elements as Strings, so that end tags reuse them.
    var openNames: [String] = []
    /// Whether the last start tag was an empty-element tag whose end is still to be returned.
    var pendingEnd = false
    var sawRoot = false
    /// The declaration, if the document has one.
    package internal(set) var declaration: Declaration?
    /// The offset of the first byte of the last event returned.
    package internal(set) var eventOffset = 0

    /// Prepares to scan `bytes`: checks the size and the UTF-8, skips a byte order mark and reads the declaration.
    ///
    /// - Throws: ``XMLError`` when the document is too large, not UTF-8, or its declaration is malformed or names
    ///   another encoding.
    /// - Complexity: O(*n*) in the size of the document (the UTF-8 check).
    package init(_ bytes: [UInt8], limits: Limits = .standard) throws(XMLError) {
        self.bytes = bytes
        self.limits = limits
        index = 0
        if bytes.count > limits.size {
            throw XMLError(.limitExceeded(.size, limit: limits.size), at: limits.size, in: bytes)
        }
        if bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE]) {
            throw XMLError(.unsupportedEncoding("UTF-16"), at: 0, in: bytes)
        }
        if let bad = Self.firstInvalidUTF8(bytes) { throw XMLError(.invalidUTF8, at: bad, in: bytes) }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
        try readDeclaration()
    }

    /// How many elements are open: 1 inside the root element.
    package var depth: Int { open.count }

    /// The next start tag, end tag or text, or `nil` after the root element has closed and only white space,
    /// comments and processing instructions follow.
    ///
    /// - Throws: ``XMLError`` at the first malformed or refused construct.
    package mutating func next() throws(XMLError) -> XMLEvent? {
        if pendingEnd {
            pendingEnd = false
            open.removeLast()
            return .end(openNames.removeLast())
        }
        while index < bytes.count {
            eventOffset = index
            if bytes[index] == Self.lessThan, !startsCDATA(at: index) {
                if let event = try markup() { return event }
            } else if let text = try text() {
                return .text(text)
            }
        }
        eventOffset = index
        if let innermost = open.last { throw error(.unclosedElement(string(innermost)), at: innermost.lowerBound) }
        if !sawRoot { throw error(.noRoot, at: index) }
        return nil
    }

    /// Reads past the rest of the element whose start tag was just returned, up to and including its end tag.
    ///
    /// - Throws: ``XMLError`` at the first malformed construct inside it.
    package mutating func skipElement() throws(XMLError) {
        let outer = open.count - 1
        while let event = try next() {
            if case .end = event, open.count == outer { return }
        }
    }

    /// The text of the element whose start tag was just returned, with the text of the elements inside it, read up
    /// to and including its end tag.
    ///
    /// - Throws: ``XMLError`` at the first malformed construct inside it.
    package mutating func readText() throws(XMLError) -> String {
        let outer = open.count - 1
        var result = ""
        while let event = try next() {
            switch event {
            case .text(let text): result += text
            case .end where open.count == outer: return result
            default: break
            }
        }
        return result
    }

    /// An error at `offset` of this document.
    func error(_ message: XMLMessage, at offset: Int) -> XMLError { XMLError(message, at: offset, in: bytes) }

    /// The bytes of `range` as a String (the document is valid UTF-8, checked by `init`).
    func string(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }

    /// The offset of the first byte of `bytes` that is not part of valid UTF-8, or `nil`.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        if bytes.withUnsafeBufferPointer({ String(validating: $0, as: UTF8.self) }) != nil { return nil }
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar): offset += scalar.count
            case .error: return offset
            case .emptyInput: return nil
            }
        }
    }

    static let lessThan = UInt8(ascii: "<")
    static let greaterThan = UInt8(ascii: ">")
    static let ampersand = UInt8(ascii: "&")
    static let slash = UInt8(ascii: "/")
    static let question = UInt8(ascii: "?")
    static let bang = UInt8(ascii: "!")
    static let equals = UInt8(ascii: "=")
    static let semicolon = UInt8(ascii: ";")
}
