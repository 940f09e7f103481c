/// The text of a CSV file as UTF-8, whatever a spreadsheet saved it as: UTF-8 with or without a byte-order mark,
/// UTF-16 with one (Excel's "Unicode Text", little- or big-endian), or Windows-1258 (Excel's "CSV (Comma delimited)"
/// on Vietnamese Windows). Anything else is one error that says how to save the file, never an error per byte.
enum TextDecoding {
    /// The file's text as UTF-8 bytes, from `start`, and a notice or an error about how it was read.
    ///
    /// - Returns: The bytes (the same array when the file is UTF-8 already) and the index its text starts at; no
    ///   bytes when the file cannot be read, and then one error among the problems.
    /// - Complexity: O(*n*) in the number of bytes.
    static func utf8(_ bytes: [UInt8], file: String) -> (bytes: [UInt8], start: Int, problems: [Diagnostic]) {
        if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) || bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) {
            return fail(file, .utf32)
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
        // Text that is mostly valid UTF-8 with a few bad bytes is damaged UTF-8; Windows-1258 text almost never
        // forms valid multi-byte sequences (its letters are single bytes followed by ASCII or tone marks).
        if survey.multibyteCount >= survey.invalidCount {
            return fail(
                file, line: first.line, column: first.column,
                .damagedUTF8(byte: survey.firstByte, line: first.line, column: first.column, count: survey.invalidCount)
            )
        }
        if let undefined = Windows1258.firstUndefined(in: bytes[start...]) {
            let position = position(of: undefined, in: bytes, from: start)
            return fail(
                file, line: position.line, column: position.column,
                .neitherUTF8NorWindows1258(
                    byte: survey.firstByte, line: first.line, column: first.column, undefined: bytes[undefined]))
        }
        guard let decoded = Windows1258.decode(bytes[start...]) else {
            return fail(file, .unreadable)
        }
        let notice = Diagnostic(.notice, file: file, EncodingMessage.readAsWindows1258)
        return (decoded, 0, [notice])
    }

    /// UTF-16 code units, two bytes each, converted to UTF-8.
    private static func utf16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool, file: String)
        -> (bytes: [UInt8], start: Int, problems: [Diagnostic])
    {
        guard bytes.count.isMultiple(of: 2) else {
            return fail(file, .oddUTF16(bigEndian: bigEndian))
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
            return fail(file, line: line, .unpairedSurrogate(bigEndian: bigEndian))
        }
        return (utf8, 0, [])
    }

    private static func fail(_ file: String, line: Int? = nil, column: Int? = nil, _ message: EncodingMessage)
        -> (bytes: [UInt8], start: Int, problems: [Diagnostic])
    {
        ([], 0, [Diagnostic(file: file, line: line, column: column, message)])
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
