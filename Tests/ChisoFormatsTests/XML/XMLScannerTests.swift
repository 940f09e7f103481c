import Testing

@testable import ChisoFormats

/// The scanner on well-formed documents: events, attributes, references, CDATA, what is skipped.
@Suite struct XMLScannerTests {
    /// Every event of `xml`.
    static func events(_ xml: String, limits: XMLScanner.Limits = .standard) throws -> [XMLEvent] {
        var scanner = try XMLScanner(Array(xml.utf8), limits: limits)
        var events: [XMLEvent] = []
        while let event = try scanner.next() { events.append(event) }
        return events
    }

    /// The error scanning `xml` ends with, or `nil` when it is read to the end.
    static func failure(_ bytes: [UInt8], limits: XMLScanner.Limits = .standard) -> XMLError? {
        do {
            var scanner = try XMLScanner(bytes, limits: limits)
            while try scanner.next() != nil {}
            return nil
        } catch {
            return error
        }
    }

    static func failure(_ xml: String, limits: XMLScanner.Limits = .standard) -> XMLError? {
        failure(Array(xml.utf8), limits: limits)
    }

    static func start(_ name: String, _ attributes: [(String, String)] = [], empty: Bool = false) -> XMLEvent {
        .start(
            XMLStartTag(
                name: name, attributes: attributes.map { XMLAttribute(name: $0.0, value: $0.1) }, isEmptyElement: empty)
        )
    }

    @Test func tagsAttributesAndTextInOrder() throws {
        let xml = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <x:row r="3" x:spans='1:6'><x:c r="C3" s="1"><x:v>0.725</x:v></x:c><x:c r="D3"/></x:row>
            """
        #expect(
            try Self.events(xml) == [
                Self.start("x:row", [("r", "3"), ("x:spans", "1:6")]),
                Self.start("x:c", [("r", "C3"), ("s", "1")]), Self.start("x:v"), .text("0.725"), .end("x:v"),
                .end("x:c"), Self.start("x:c", [("r", "D3")], empty: true), .end("x:c"), .end("x:row"),
            ])
        var scanner = try XMLScanner(Array(xml.utf8))
        #expect(scanner.declaration == .init(version: "1.0", encoding: "UTF-8", standalone: "yes"))
        guard case .start(let row) = try scanner.next() else { throw TestFailure("no row") }
        #expect(row.localName == "row" && row["x:spans"] == "1:6" && row["spans"] == nil)
        #expect(row.prefixedAttribute("spans") == "1:6")
    }

    @Test func predefinedEntitiesAndCharacterReferencesAreDecoded() throws {
        let xml = #"<t a="&lt;&amp;&quot;&apos;&gt; &#x1EA1;&#7841;">x &lt; y &amp;&amp; Đ&#x1EA1;i &#x1F600;</t>"#
        #expect(
            try Self.events(xml) == [
                Self.start("t", [("a", "<&\"'> ạạ")]), .text("x < y && Đại 😀"), .end("t"),
            ])
    }

    @Test func cdataIsTextAndCommentsAndInstructionsAreSkipped() throws {
        let xml =
            "<!-- a -->\n<?mso-application progid?><a><![CDATA[<b>&amp;</b>]]> và<!-- <c> --><?pi x?></a><!-- z -->"
        #expect(try Self.events(xml) == [Self.start("a"), .text("<b>&amp;</b> và"), .end("a")])
    }

    @Test func lineEndsAreNormalisedAndWhiteSpaceInAttributesBecomesSpaces() throws {
        let xml = "<a v=\"x\ty\r\nz\">one\r\ntwo\rthree</a>"
        #expect(try Self.events(xml) == [Self.start("a", [("v", "x y z")]), .text("one\ntwo\nthree"), .end("a")])
    }

    @Test func aByteOrderMarkIsSkippedAndTextIsKeptAsWritten() throws {
        let decomposed = "Tha\u{301}i Bi\u{300}nh"
        let bytes = [0xEF, 0xBB, 0xBF] + Array("<t xml:space=\"preserve\"> \(decomposed) </t>".utf8)
        var scanner = try XMLScanner(bytes)
        guard case .start(let tag) = try scanner.next() else { throw TestFailure("no start") }
        #expect(tag["xml:space"] == "preserve")
        let text = try scanner.readText()
        #expect(text.unicodeScalars.elementsEqual(" \(decomposed) ".unicodeScalars))
        #expect(try scanner.next() == nil)
    }

    @Test func skipElementAndReadTextStopAtTheirOwnEnd() throws {
        var scanner = try XMLScanner(Array("<a><b><b>1</b><c/>2</b><d>3<e>4</e></d><f/></a>".utf8))
        _ = try scanner.next()
        _ = try scanner.next()
        try scanner.skipElement()
        #expect(try scanner.next() == Self.start("d"))
        #expect(try scanner.readText() == "34")
        #expect(try scanner.next() == Self.start("f", empty: true))
        #expect(try scanner.readText() == "")
        #expect(try scanner.next() == .end("a"))
        #expect(scanner.depth == 0)
        #expect(try scanner.next() == nil)
    }
}

/// The scanner on malformed and hostile documents: each a typed error at the right place, never a crash.
@Suite struct XMLScannerRefusalTests {
    static func refusal(_ xml: String) -> XMLMessage? { XMLScannerTests.failure(xml)?.message }

    @Test(arguments: [
        ("<a>", XMLMessage.unclosedElement("a")),
        ("<a><b></a>", .mismatchedEndTag(expected: "b", found: "a")),
        ("<a></a></b>", .unexpectedEndTag("b")),
        ("<x:c></c>", .mismatchedEndTag(expected: "x:c", found: "c")),
        ("<a", .unexpectedEnd(inside: .startTag)),
        ("<a b=\"1></a>", .malformed(.attribute)),
        ("<a b=\"1\"c=\"2\"/>", .malformed(.startTag)),
        ("<a b=1/>", .malformed(.attribute)),
        ("<a b/>", .malformed(.attribute)),
        ("<a b=\"1\" b=\"2\"/>", .duplicateAttribute("b")),
        ("<1a/>", .malformed(.name)),
        ("<a>x &nbsp; y</a>", .unknownEntity("nbsp")),
        ("<a>AT&T</a>", .malformed(.reference)),
        ("<a>&#0;</a>", .invalidCharacterReference("#0")),
        ("<a>&#xD800;</a>", .invalidCharacterReference("#xD800")),
        ("<a>&#x110000;</a>", .invalidCharacterReference("#x110000")),
        ("<a v=\"&#x;\"/>", .invalidCharacterReference("#x")),
        ("<a><!-- open</a>", .unexpectedEnd(inside: .comment)),
        ("<a><![CDATA[ open</a>", .unexpectedEnd(inside: .cdata)),
        ("<a><? pi ?></a>", .malformed(.name)),
        ("<a/><?xml version=\"1.0\"?>", .misplacedDeclaration),
        ("text<a/>", .textOutsideRoot),
        ("<a/>tail", .textOutsideRoot),
        ("<a/><b/>", .secondRoot("b")),
        ("", .noRoot),
        ("<!-- only -->", .noRoot),
        ("<a>\u{1}</a>", .malformed(.text)),
        ("<a><!ELEMENT a ANY></a>", .malformed(.markupDeclaration)),
        ("<?xml version=\"1.0\" encoding=\"windows-1258\"?><a/>", .unsupportedEncoding("windows-1258")),
    ])
    func malformedDocumentsAreRefused(xml: String, expected: XMLMessage) {
        #expect(Self.refusal(xml) == expected, "\(xml)")
    }

    @Test func aDoctypeIsRefusedSoNoEntityCanExpand() {
        let laughs = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [
              <!ENTITY lol "lol">
              <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
              <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
            ]>
            <lolz>&lol2;</lolz>
            """
        let error = XMLScannerTests.failure(laughs)
        #expect(error?.message == .doctypeRefused)
        #expect(error?.line == 2 && error?.column == 1 && error?.offset == 22)
        #expect(Self.refusal("<!ENTITY x \"y\"><a/>") == .doctypeRefused)
        #expect(Self.refusal("<a>&lol2;</a>") == .unknownEntity("lol2"))
        #expect(Self.refusal("<a>&lol2;</a>")?.text.en.contains("&lol2;") == true)
    }

    @Test func errorsPointAtLineAndColumnInCharacters() {
        let error = XMLScannerTests.failure("<a>\n  <b>Đà</c>\n</a>")
        #expect(error?.message == .mismatchedEndTag(expected: "b", found: "c"))
        #expect(error?.line == 2 && error?.column == 8)
        #expect(error?.description == "2:8: the end tag </c> does not match the start tag <b>")
        let diagnostic = error?.diagnostic(file: "xa.xlsx/xl/sharedStrings.xml")
        #expect(diagnostic?.code == "xml.mismatched-end-tag")
        #expect(
            diagnostic?.description(in: .vi)
                == "xa.xlsx/xl/sharedStrings.xml:2:8: lỗi: thẻ đóng </c> không khớp với thẻ mở <b>")
    }

    @Test func invalidUTF8AndUTF16AreRefused() {
        let bad = Array("<a>xã".utf8) + [0xC3, 0x28] + Array("</a>".utf8)
        let error = XMLScannerTests.failure(bad)
        #expect(error?.message == .invalidUTF8 && error?.offset == 6)
        #expect(XMLScannerTests.failure([0xFF, 0xFE, 0x3C, 0x00])?.message == .unsupportedEncoding("UTF-16"))
    }

    @Test func limitsAreEnforced() {
        let small = XMLScanner.Limits(depth: 3, attributes: 2, nameLength: 4, size: 64)
        #expect(XMLScannerTests.failure("<a><b><c/></b></a>", limits: small) == nil)
        #expect(
            XMLScannerTests.failure("<a><b><c><d/></c></b></a>", limits: small)?.message
                == .limitExceeded(.depth, limit: 3))
        #expect(
            XMLScannerTests.failure("<a x='1' y='2' z='3'/>", limits: small)?.message
                == .limitExceeded(.attributes, limit: 2))
        #expect(XMLScannerTests.failure("<abcde/>", limits: small)?.message == .limitExceeded(.nameLength, limit: 4))
        let large = "<a>" + String(repeating: "x", count: 64) + "</a>"
        #expect(XMLScannerTests.failure(large, limits: small)?.message == .limitExceeded(.size, limit: 64))
        let deep = String(repeating: "<a>", count: 10_000) + String(repeating: "</a>", count: 10_000)
        #expect(XMLScannerTests.failure(deep)?.message == .limitExceeded(.depth, limit: 128))
    }
}
