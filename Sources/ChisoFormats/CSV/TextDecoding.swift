/// The text of a CSV file as UTF-8, whatever a spreadsheet saved it as: UTF-8 with or without a byte-order mark,
/// UTF-16 with one (Excel's "Unicode Text", little- or big-endian), or Windows-1258 (Excel's "CSV (Comma delimited)"
/// on Vietnamese Windows). Anything else is one error that says how to save the file, never an error per byte.
enum TextDecoding {
    /// The advice every encoding problem ends with.
    static let saveAsUTF8 = "save the file as UTF-8 (in Excel: Save As → \"CSV UTF-8 (Comma delimited)\")"

    /// The file's text as UTF-8 bytes, from `start`, and a notice or an error about how it was read.
    ///
    /// - Returns: The bytes (the same array when the file is UTF-8 already) and the index its text starts at; no
    ///   bytes when the file cannot be read, and then one error among the problems.
    /// - Complexity: O(*n*) in the number of bytes.
    static func utf8(_ bytes: [UInt8], file: String) -> (bytes: [UInt8], start: Int, problems: [Diagnostic]) {
        if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) || bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) {
            return fail(file, "the file is UTF-32, which is not read; \(saveAsUTF8)")
        }
        if bytes.starts(with: [0xFF, 0xFE]) { return utf16(bytes[2...], bigEndian: false, file: file) }
        if bytes.starts(with: [0xFE, 0xFF]) { return utf16(bytes[2...], bigEndian: true, file: file) }
        // UTF-16 without a byte-order mark: an ASCII header ("unit_id") has every other byte zero.
        if bytes.count >= 4, bytes[0] != 0, bytes[1] == 0, bytes[2] != 0, bytes[3] == 0 {
            return utf16(bytes[...], bigEndian: false, file: file)
        }
        if bytes.count >= 4, bytes[0] == 0, bytes[1] != 0, bytes[2] == 0, bytes[3] != 0 {
            return utf16(bytes[...], bigEndian: true, file: file)
        }
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let survey = UTF8Validation.survey(bytes[start...])
        guard survey.invalidCount > 0, let first = survey.first else { return (bytes, start, []) }
        let at = "byte 0x\(hex(survey.firstByte)), character \(first.column) of line \(first.line)"
        // Text that is mostly valid UTF-8 with a few bad bytes is damaged UTF-8; Windows-1258 text almost never
        // forms valid multi-byte sequences (its letters are single bytes followed by ASCII or tone marks).
        if survey.multibyteCount >= survey.invalidCount {
            let more = survey.invalidCount == 1 ? "" : " and \(survey.invalidCount - 1) more bytes"
            return fail(
                file, line: first.line, column: first.column,
                "not valid UTF-8: \(at)\(more) cannot be read, while the rest of the file is UTF-8 (damaged, or "
                    + "pasted together from files in different encodings); \(saveAsUTF8)")
        }
        if let undefined = Windows1258.firstUndefined(in: bytes[start...]) {
            let position = position(of: undefined, in: bytes, from: start)
            return fail(
                file, line: position.line, column: position.column,
                "not valid UTF-8 (\(at)), nor Windows-1258, the Vietnamese ANSI code page (byte "
                    + "0x\(hex(bytes[undefined])) is undefined there); \(saveAsUTF8)")
        }
        guard let decoded = Windows1258.decode(bytes[start...]) else {
            return fail(file, "the file is neither UTF-8 nor Windows-1258; \(saveAsUTF8)")
        }
        let notice = Diagnostic(
            .notice, file: file,
            message: "not UTF-8: read as Windows-1258 (Vietnamese ANSI), as Excel saves \"CSV (Comma delimited)\" on "
                + "Vietnamese Windows; check the names, and save as \"CSV UTF-8\" next time")
        return (decoded, 0, [notice])
    }

    /// UTF-16 code units, two bytes each, converted to UTF-8.
    private static func utf16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool, file: String)
        -> (bytes: [UInt8], start: Int, problems: [Diagnostic])
    {
        let encoding = bigEndian ? "UTF-16 BE" : "UTF-16 LE"
        guard bytes.count.isMultiple(of: 2) else {
            return fail(file, "not valid \(encoding): the file has an odd number of bytes (cut short?); \(saveAsUTF8)")
        }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let (high, low) = bigEndian ? (bytes[index], bytes[index + 1]) : (bytes[index + 1], bytes[index])
            units.append(UInt16(high) << 8 | UInt16(low))
            index += 2
        }
        var utf8: [UInt8] = []
        utf8.reserveCapacity(units.count)
        let failed = transcode(
            units.makeIterator(), from: UTF16.self, to: UTF8.self, stoppingOnError: true, into: { utf8.append($0) })
        guard !failed else {
            let line = utf8.count { $0 == 0x0A } + 1
            return fail(
                file, line: line,
                "not valid \(encoding): an unpaired surrogate (a damaged character) on this line; \(saveAsUTF8)")
        }
        return (utf8, 0, [])
    }

    private static func fail(_ file: String, line: Int? = nil, column: Int? = nil, _ message: String)
        -> (bytes: [UInt8], start: Int, problems: [Diagnostic])
    {
        ([], 0, [Diagnostic(file: file, line: line, column: column, message: message)])
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = String(byte, radix: 16, uppercase: true)
        return digits.count == 1 ? "0" + digits : digits
    }

    /// The line and column (in characters of the Windows-1258 text, one byte each) of `index`.
    private static func position(of index: Int, in bytes: [UInt8], from start: Int) -> SourcePosition {
        var line = 1
        var column = 1
        for byte in bytes[start..<index] {
            if byte == 0x0A {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return SourcePosition(line: line, column: column)
    }
}
