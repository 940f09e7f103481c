/// Writes a ``WorkbookDocument`` as an `.xlsx` file (Office Open XML SpreadsheetML), byte for byte the same for the
/// same document, which Excel, LibreOffice and openpyxl open.
///
/// Text goes to a shared-string table; each distinct ``CellStyle`` becomes one cell format; a formula without a
/// cached value makes the workbook ask to be recalculated when opened. What Excel would refuse is kept within its
/// limits here: sheet names (``sheetName(_:taken:)``), input messages and titles (shortened with `…`), and lists
/// too long or with commas for an inline list (moved to a hidden sheet `_lists` that the validation refers to).
package enum XLSXWriter {
    /// The package's bytes.
    ///
    /// - Throws: ``ZipError/tooLargeToWrite(entry:)`` when a part would reach 4 GiB.
    /// - Complexity: O(*n*) in the number of cells and the length of their text.
    package static func write(_ document: WorkbookDocument) throws(ZipError) -> [UInt8] {
        var document = document
        var names: [String] = []
        for index in document.sheets.indices {
            document.sheets[index].name = sheetName(document.sheets[index].name, taken: names)
            names.append(document.sheets[index].name)
        }
        ListSheet.move(longListsOf: &document)
        if !document.sheets.contains(where: { !$0.isHidden }), !document.sheets.isEmpty {
            document.sheets[0].isHidden = false
        }
        if document.sheets.isEmpty { document.sheets = [WorkbookSheet(name: "Sheet1")] }
        var strings = SharedStrings()
        var styles = StyleTable()
        var sheetParts: [[UInt8]] = []
        for sheet in document.sheets {
            sheetParts.append(WorksheetPart.bytes(of: sheet, strings: &strings, styles: &styles))
        }
        var zip = ZipWriter()
        try zip.add("[Content_Types].xml", contents: contentTypes(sheetCount: sheetParts.count))
        try zip.add("_rels/.rels", contents: packageRelationships())
        try zip.add("xl/workbook.xml", contents: workbook(document))
        try zip.add("xl/_rels/workbook.xml.rels", contents: workbookRelationships(sheetCount: sheetParts.count))
        try zip.add("xl/styles.xml", contents: styles.bytes())
        try zip.add("xl/sharedStrings.xml", contents: strings.bytes())
        for (index, part) in sheetParts.enumerated() {
            try zip.add("xl/worksheets/sheet\(index + 1).xml", contents: part)
        }
        return zip.finish()
    }

    /// `name` made a valid sheet name that none of `taken` has (compared regardless of case, as Excel does): the
    /// characters `[]:*?/\` become `-`, apostrophes at either end are dropped, the name is cut to 31 characters,
    /// an empty name becomes `Sheet1`, and a taken one gets ` (2)`, ` (3)`….
    package static func sheetName(_ name: String, taken: [String]) -> String {
        var cleaned = String(name.map { "[]:*?/\\".contains($0) ? "-" : $0 })
        while cleaned.hasPrefix("'") { cleaned.removeFirst() }
        while cleaned.hasSuffix("'") { cleaned.removeLast() }
        cleaned = cleaned.filter { $0.unicodeScalars.allSatisfy(XMLBuffer.isAllowed) && $0 != "\n" && $0 != "\r" }
        if cleaned.isEmpty { cleaned = "Sheet\(taken.count + 1)" }
        let lowered = Set(taken.map { $0.lowercased() })
        var candidate = String(cleaned.prefix(31))
        var number = 2
        while lowered.contains(candidate.lowercased()) {
            let suffix = " (\(number))"
            candidate = String(cleaned.prefix(31 - suffix.count)) + suffix
            number += 1
        }
        return candidate
    }

    static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let packageRelationshipNamespace = "http://schemas.openxmlformats.org/package/2006/relationships"

    private static func contentTypes(sheetCount: Int) -> [UInt8] {
        var xml = XMLBuffer()
        let main = "application/vnd.openxmlformats-officedocument.spreadsheetml"
        xml.raw("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">")
        xml.raw(
            "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>")
        xml.raw("<Default Extension=\"xml\" ContentType=\"application/xml\"/>")
        xml.raw("<Override PartName=\"/xl/workbook.xml\" ContentType=\"\(main).sheet.main+xml\"/>")
        xml.raw("<Override PartName=\"/xl/styles.xml\" ContentType=\"\(main).styles+xml\"/>")
        xml.raw("<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"\(main).sharedStrings+xml\"/>")
        for index in 1...max(sheetCount, 1) {
            xml.raw("<Override PartName=\"/xl/worksheets/sheet\(index).xml\" ContentType=\"\(main).worksheet+xml\"/>")
        }
        xml.raw("</Types>")
        return xml.bytes
    }

    private static func packageRelationships() -> [UInt8] {
        var xml = XMLBuffer()
        xml.raw("<Relationships xmlns=\"\(packageRelationshipNamespace)\">")
        xml.raw(
            "<Relationship Id=\"rId1\" Type=\"\(relationshipNamespace)/officeDocument\" Target=\"xl/workbook.xml\"/>")
        xml.raw("</Relationships>")
        return xml.bytes
    }

    private static func workbookRelationships(sheetCount: Int) -> [UInt8] {
        var xml = XMLBuffer()
        xml.raw("<Relationships xmlns=\"\(packageRelationshipNamespace)\">")
        for index in 1...max(sheetCount, 1) {
            xml.raw(
                "<Relationship Id=\"rId\(index)\" Type=\"\(relationshipNamespace)/worksheet\""
                    + " Target=\"worksheets/sheet\(index).xml\"/>")
        }
        xml.raw(
            "<Relationship Id=\"rId\(sheetCount + 1)\" Type=\"\(relationshipNamespace)/styles\" Target=\"styles.xml\"/>"
        )
        xml.raw(
            "<Relationship Id=\"rId\(sheetCount + 2)\" Type=\"\(relationshipNamespace)/sharedStrings\""
                + " Target=\"sharedStrings.xml\"/>")
        xml.raw("</Relationships>")
        return xml.bytes
    }

    private static func workbook(_ document: WorkbookDocument) -> [UInt8] {
        var xml = XMLBuffer()
        xml.raw("<workbook xmlns=\"\(mainNamespace)\" xmlns:r=\"\(relationshipNamespace)\">")
        let active = document.sheets.firstIndex { !$0.isHidden } ?? 0
        xml.raw("<workbookPr/><bookViews><workbookView activeTab=\"\(active)\"/></bookViews><sheets>")
        for (index, sheet) in document.sheets.enumerated() {
            xml.raw("<sheet")
            xml.attribute("name", sheet.name)
            xml.raw(" sheetId=\"\(index + 1)\"\(sheet.isHidden ? " state=\"hidden\"" : "") r:id=\"rId\(index + 1)\"/>")
        }
        xml.raw("</sheets>")
        if !document.definedNames.isEmpty {
            xml.raw("<definedNames>")
            for name in document.definedNames {
                xml.raw("<definedName")
                xml.attribute("name", name.name)
                xml.raw(">")
                xml.text(name.formula)
                xml.raw("</definedName>")
            }
            xml.raw("</definedNames>")
        }
        let recalculates = document.sheets.contains { sheet in
            sheet.rows.contains { row in
                row.contains {
                    if case .formula(_, nil) = $0.value { true } else { false }
                }
            }
        }
        xml.raw("<calcPr calcId=\"191029\"\(recalculates ? " fullCalcOnLoad=\"1\"" : "")/></workbook>")
        return xml.bytes
    }
}

/// The shared-string table: each distinct text once, numbered in order of first use.
struct SharedStrings {
    /// A text by its UTF-8 bytes: Swift compares strings up to canonical equivalence, but a workbook keeps text as
    /// written, so `Hòa` in NFC and in NFD are two strings here (and hashing bytes is faster).
    private struct Key: Hashable {
        var text: String

        static func == (left: Key, right: Key) -> Bool { left.text.utf8.elementsEqual(right.text.utf8) }

        func hash(into hasher: inout Hasher) {
            var text = text
            text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        }
    }

    private var indices: [Key: Int] = [:]
    private var strings: [String] = []
    private var uses = 0

    /// The number of `text` in the table, adding it if new.
    mutating func index(of text: String) -> Int {
        uses += 1
        let key = Key(text: text)
        if let index = indices[key] { return index }
        indices[key] = strings.count
        strings.append(text)
        return strings.count - 1
    }

    /// The `sharedStrings.xml` part.
    func bytes() -> [UInt8] {
        var xml = XMLBuffer(reservingCapacity: strings.reduce(200) { $0 + $1.utf8.count + 40 })
        xml.raw("<sst xmlns=\"\(XLSXWriter.mainNamespace)\" count=\"\(uses)\" uniqueCount=\"\(strings.count)\">")
        for string in strings {
            xml.raw("<si><t xml:space=\"preserve\">")
            xml.text(string)
            xml.raw("</t></si>")
        }
        xml.raw("</sst>")
        return xml.bytes
    }
}
