public import ChisoCore

/// What reading a file's bytes as text finds wrong, or worth telling, in both languages.
public enum EncodingMessage: DiagnosticMessage, Hashable {
    /// The file is UTF-32.
    case utf32
    /// A UTF-16 file (`bigEndian` or little) with an odd number of bytes.
    case oddUTF16(bigEndian: Bool)
    /// A UTF-16 file with an unpaired surrogate on the diagnostic's line.
    case unpairedSurrogate(bigEndian: Bool)
    /// Mostly UTF-8 with `count` bad bytes, the first `byte` at `column` of `line`.
    case damagedUTF8(byte: UInt8, line: Int, column: Int, count: Int)
    /// Neither UTF-8 (first bad byte `byte` at `column` of `line`) nor Windows-1258 (`undefined` is not defined).
    case neitherUTF8NorWindows1258(byte: UInt8, line: Int, column: Int, undefined: UInt8)
    /// Neither UTF-8 nor Windows-1258, without a place.
    case unreadable
    /// Not UTF-8, read as Windows-1258.
    case readAsWindows1258

    /// One example of every case.
    public static var examples: [Self] {
        [
            .utf32, .oddUTF16(bigEndian: false), .unpairedSurrogate(bigEndian: true),
            .damagedUTF8(byte: 0xC3, line: 4, column: 7, count: 1),
            .damagedUTF8(byte: 0xE1, line: 2, column: 1, count: 3),
            .neitherUTF8NorWindows1258(byte: 0x81, line: 1, column: 5, undefined: 0xEC), .unreadable,
            .readAsWindows1258,
        ]
    }

    /// The stable code of the case.
    public var code: String {
        switch self {
        case .utf32: "encoding.utf32"
        case .oddUTF16: "encoding.odd-utf16"
        case .unpairedSurrogate: "encoding.unpaired-surrogate"
        case .damagedUTF8: "encoding.damaged-utf8"
        case .neitherUTF8NorWindows1258, .unreadable: "encoding.unreadable"
        case .readAsWindows1258: "encoding.windows-1258"
        }
    }

    /// The advice that ends every encoding error.
    static let saveAsUTF8 = LocalizedText(
        vi: "hãy lưu tệp dạng UTF-8 (trong Excel: Save As → \"CSV UTF-8 (Comma delimited)\")",
        en: "save the file as UTF-8 (in Excel: Save As → \"CSV UTF-8 (Comma delimited)\")")

    /// The message in both languages.
    public var text: LocalizedText {
        let save = Self.saveAsUTF8
        switch self {
        case .utf32:
            return LocalizedText(
                vi: "tệp ở dạng UTF-32, chiso không đọc được; \(save.vi)",
                en: "the file is UTF-32, which is not read; \(save.en)")
        case .oddUTF16(let bigEndian):
            let name = bigEndian ? "UTF-16 BE" : "UTF-16 LE"
            return LocalizedText(
                vi: "không phải \(name) hợp lệ: tệp có số byte lẻ (bị cắt dở?); \(save.vi)",
                en: "not valid \(name): the file has an odd number of bytes (cut short?); \(save.en)")
        case .unpairedSurrogate(let bigEndian):
            let name = bigEndian ? "UTF-16 BE" : "UTF-16 LE"
            return LocalizedText(
                vi: "không phải \(name) hợp lệ: dòng này có một ký tự hỏng (surrogate lẻ); \(save.vi)",
                en: "not valid \(name): an unpaired surrogate (a damaged character) on this line; \(save.en)")
        case .damagedUTF8(let byte, let line, let column, let count):
            let at = Self.at(byte, line, column)
            let more = LocalizedText(
                vi: count == 1 ? "" : " và \(count - 1) byte khác", en: count == 1 ? "" : " and \(count - 1) more bytes"
            )
            return LocalizedText(
                vi: "không phải UTF-8 hợp lệ: không đọc được \(at.vi)\(more.vi), trong khi phần còn lại của tệp là "
                    + "UTF-8 (tệp bị hỏng, hoặc ghép từ các tệp khác bảng mã); \(save.vi)",
                en: "not valid UTF-8: \(at.en)\(more.en) cannot be read, while the rest of the file is UTF-8 (damaged, "
                    + "or pasted together from files in different encodings); \(save.en)")
        case .neitherUTF8NorWindows1258(let byte, let line, let column, let undefined):
            let at = Self.at(byte, line, column)
            return LocalizedText(
                vi: "không phải UTF-8 hợp lệ (\(at.vi)), cũng không phải Windows-1258, bảng mã ANSI tiếng Việt (byte "
                    + "0x\(Self.hex(undefined)) không có nghĩa trong bảng mã đó); \(save.vi)",
                en: "not valid UTF-8 (\(at.en)), nor Windows-1258, the Vietnamese ANSI code page (byte "
                    + "0x\(Self.hex(undefined)) is undefined there); \(save.en)")
        case .unreadable:
            return LocalizedText(
                vi: "tệp không phải UTF-8 cũng không phải Windows-1258; \(save.vi)",
                en: "the file is neither UTF-8 nor Windows-1258; \(save.en)")
        case .readAsWindows1258:
            return LocalizedText(
                vi: "tệp không phải UTF-8: đã đọc theo bảng mã Windows-1258 (ANSI tiếng Việt), như Excel lưu \"CSV "
                    + "(Comma delimited)\" trên Windows tiếng Việt; hãy kiểm tra lại các tên, và lần sau lưu dạng "
                    + "\"CSV UTF-8\"",
                en: "not UTF-8: read as Windows-1258 (Vietnamese ANSI), as Excel saves \"CSV (Comma delimited)\" on "
                    + "Vietnamese Windows; check the names, and save as \"CSV UTF-8\" next time")
        }
    }

    private static func at(_ byte: UInt8, _ line: Int, _ column: Int) -> LocalizedText {
        LocalizedText(
            vi: "byte 0x\(hex(byte)), ký tự thứ \(column) của dòng \(line)",
            en: "byte 0x\(hex(byte)), character \(column) of line \(line)")
    }

    static func hex(_ byte: UInt8) -> String {
        let digits = String(byte, radix: 16, uppercase: true)
        return digits.count == 1 ? "0" + digits : digits
    }
}
