/// What the readers of workbook parts share: the root check, numbers and flags in attributes, user text in NFC.
enum SpreadsheetPart {
    /// Opens a scanner on `bytes` and reads the root element, which must have the local name `root`.
    static func open(_ bytes: [UInt8], root: String) throws(XMLError) -> XMLScanner {
        var scanner = try XMLScanner(bytes)
        while let event = try scanner.next() {
            guard case .start(let tag) = event else { continue }
            guard tag.localName == root else {
                throw scanner.error(.unexpectedRoot(found: tag.name, expected: root), at: scanner.eventOffset)
            }
            return scanner
        }
        throw scanner.error(.noRoot, at: bytes.count)
    }

    /// The whole number in attribute `name` of `tag`, `fallback` when it is absent.
    static func number(_ name: String, of tag: XMLStartTag, in scanner: XMLScanner, default fallback: Int? = nil)
        throws(XMLError) -> Int
    {
        guard let text = tag[name] else {
            if let fallback { return fallback }
            throw scanner.error(.missingAttribute(element: tag.name, attribute: name), at: scanner.eventOffset)
        }
        return try number(name, text, in: scanner, default: 0)
    }

    /// The whole number `text`, attribute `name` of the tag just read, or `fallback` when it is not written.
    ///
    /// - Throws: ``XMLError`` when `text` is not a whole number from 0 to 2^31 − 2.
    static func number(_ name: String, _ text: String?, in scanner: XMLScanner, default fallback: Int)
        throws(XMLError) -> Int
    {
        guard let text else { return fallback }
        guard let value = Int(text), value >= 0, value < Int(Int32.max) else {
            throw scanner.error(.badNumber(attribute: name, value: text), at: scanner.eventOffset)
        }
        return value
    }

    /// The text of attribute `name` of `tag`, which must be there.
    static func required(_ name: String, of tag: XMLStartTag, in scanner: XMLScanner) throws(XMLError) -> String {
        guard let value = tag[name] else {
            throw scanner.error(.missingAttribute(element: tag.name, attribute: name), at: scanner.eventOffset)
        }
        return value
    }

    /// Whether an `xsd:boolean` attribute is set: `1` or `true` (Excel writes `1`, LibreOffice `true`).
    static func flag(_ value: String?) -> Bool { value == "1" || value == "true" }

    /// The text of the rich text element just opened (`<si>`, `<is>`): its `<t>` and its runs' `<r><t>`
    /// concatenated, phonetic runs `<rPh>` left out, white space kept as written (`xml:space="preserve"` or not).
    static func richText(_ scanner: inout XMLScanner) throws(XMLError) -> String {
        let outer = scanner.depth - 1
        var text = ""
        while let event = try scanner.next() {
            switch event {
            case .start(let tag) where tag.localName == "t": text += try scanner.readText()
            case .start(let tag) where tag.localName == "rPh" || tag.localName == "phoneticPr":
                try scanner.skipElement()
            case .end where scanner.depth == outer: return userText(unescaped(text))
            default: break
            }
        }
        return userText(unescaped(text))
    }

    /// `text` with SpreadsheetML's escapes of characters XML cannot hold decoded: `_x0001_` is U+0001 and
    /// `_x005F_` an underscore (so `_x005F_x0041_` reads `_x0041_`), as Excel and ``XLSXWriter`` write them.
    static func unescaped(_ text: String) -> String {
        guard text.contains("_x") else { return text }
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            if scalars[index] == "_", index + 6 < scalars.count, scalars[index + 1] == "x", scalars[index + 6] == "_",
                let value = UInt32(String(String.UnicodeScalarView(scalars[(index + 2)...(index + 5)])), radix: 16),
                let scalar = Unicode.Scalar(value)
            {
                result.append(scalar)
                index += 7
            } else {
                result.append(scalars[index])
                index += 1
            }
        }
        return String(result)
    }

    /// `text` in Unicode NFC, as user text is compared: a workbook may hold decomposed Vietnamese (NFD).
    static func userText(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0xCC }) { return text }
        let needsComposition = text.unicodeScalars.contains {
            $0.properties.canonicalCombiningClass != .notReordered || (0x1100...0x11FF).contains($0.value)
                || (0x2126...0x212B).contains($0.value)
        }
        return needsComposition ? TextNormalization.composed(text) : text
    }
}
