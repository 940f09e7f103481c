public import ChisoCore

/// Where and why a text stops being JSON, in both languages: the detail of ``ConfigMessage/notJSON(_:)``.
public enum JSONSyntaxMessage: DiagnosticMessage, Hashable {
    /// Text follows the one JSON value the file holds.
    case textAfterValue(found: Found)
    /// A `/*` comment is never closed.
    case unterminatedComment
    /// Values nested deeper than the parser follows.
    case nestedTooDeep(limit: Int)
    /// No value where one is expected.
    case expectedValue(found: Found)
    /// A word (`true`, `false`, `null`) misspelt.
    case expectedWord(String)
    /// No member name where one is expected.
    case expectedMemberName(found: Found)
    /// No `:` after a member name.
    case expectedColon(key: String)
    /// No `,` or `}` after a member's value.
    case expectedCommaOrBrace(key: String, found: Found)
    /// An array is never closed.
    case unterminatedArray
    /// No `,` or `]` after an array element.
    case expectedCommaOrBracket(found: Found)
    /// A string is never closed.
    case unterminatedString
    /// A backslash escape JSON does not know.
    case invalidEscape(Character)
    /// A line break inside a string.
    case lineBreakInString
    /// `\u` not followed by four hexadecimal digits.
    case expectedHexDigits
    /// A UTF-16 surrogate without its pair, written in hexadecimal.
    case unpairedSurrogate(hex: String)
    /// Two surrogates that do not make a pair.
    case invalidSurrogatePair
    /// A number that cannot be read.
    case invalidNumber(String)

    /// What stands where the parser stopped.
    public enum Found: Hashable, Sendable {
        /// The end of the file.
        case endOfFile
        /// A space, tab or line break.
        case whitespace
        /// This character.
        case character(Character)

        /// "end of file", "whitespace", "'x'".
        var words: LocalizedText {
            switch self {
            case .endOfFile: LocalizedText(vi: "hết tệp", en: "end of file")
            case .whitespace: LocalizedText(vi: "khoảng trắng", en: "whitespace")
            case .character(let character): LocalizedText(vi: "'\(character)'", en: "'\(character)'")
            }
        }
    }

    /// One example of every case.
    public static var examples: [Self] {
        [
            .textAfterValue(found: .character("x")), .unterminatedComment, .nestedTooDeep(limit: 200),
            .expectedValue(found: .endOfFile), .expectedWord("true"), .expectedMemberName(found: .whitespace),
            .expectedColon(key: "id"), .expectedCommaOrBrace(key: "id", found: .character("\"")), .unterminatedArray,
            .expectedCommaOrBracket(found: .character("}")), .unterminatedString, .invalidEscape("x"),
            .lineBreakInString, .expectedHexDigits, .unpairedSurrogate(hex: "d800"), .invalidSurrogatePair,
            .invalidNumber("1.2.3"),
        ]
    }

    /// The stable code of the case.
    public var code: String {
        switch self {
        case .textAfterValue: "json.text-after-value"
        case .unterminatedComment: "json.unterminated-comment"
        case .nestedTooDeep: "json.nested-too-deep"
        case .expectedValue: "json.expected-value"
        case .expectedWord: "json.expected-word"
        case .expectedMemberName: "json.expected-member-name"
        case .expectedColon: "json.expected-colon"
        case .expectedCommaOrBrace: "json.expected-comma-or-brace"
        case .unterminatedArray: "json.unterminated-array"
        case .expectedCommaOrBracket: "json.expected-comma-or-bracket"
        case .unterminatedString: "json.unterminated-string"
        case .invalidEscape: "json.invalid-escape"
        case .lineBreakInString: "json.line-break-in-string"
        case .expectedHexDigits: "json.expected-hex-digits"
        case .unpairedSurrogate: "json.unpaired-surrogate"
        case .invalidSurrogatePair: "json.invalid-surrogate-pair"
        case .invalidNumber: "json.invalid-number"
        }
    }

    /// The message in both languages.
    public var text: LocalizedText {
        switch self {
        case .textAfterValue(let found):
            LocalizedText(
                vi: "có \(found.words.vi) sau khi giá trị JSON đã kết thúc; một tệp chỉ chứa một giá trị",
                en: "unexpected \(found.words.en) after the end of the JSON value")
        case .unterminatedComment:
            LocalizedText(vi: "chú thích /* không được đóng bằng */", en: "unterminated /* comment")
        case .nestedTooDeep(let limit):
            LocalizedText(
                vi: "các giá trị lồng nhau quá \(limit) tầng", en: "values nested more than \(limit) deep")
        case .expectedValue(let found):
            LocalizedText(
                vi: "cần một giá trị (đối tượng, danh sách, chuỗi, số, true, false hoặc null), nhưng gặp "
                    + found.words.vi,
                en: "expected a value (object, array, string, number, true, false or null), found \(found.words.en)")
        case .expectedWord(let word):
            LocalizedText(vi: "cần '\(word)' (viết sai chính tả?)", en: "expected '\(word)'")
        case .expectedMemberName(let found):
            LocalizedText(
                vi: "cần tên một khóa hoặc '}', nhưng gặp \(found.words.vi)",
                en: "expected a member name or '}', found \(found.words.en)")
        case .expectedColon(let key):
            LocalizedText(vi: "cần ':' sau tên khóa \"\(key)\"", en: "expected ':' after member name \"\(key)\"")
        case .expectedCommaOrBrace(let key, let found):
            LocalizedText(
                vi: "cần ',' hoặc '}' sau giá trị của \"\(key)\", nhưng gặp \(found.words.vi) (thiếu dấu phẩy?)",
                en: "expected ',' or '}' after the value of \"\(key)\", found \(found.words.en)")
        case .unterminatedArray:
            LocalizedText(vi: "danh sách không được đóng: cần ']'", en: "unterminated array: expected ']'")
        case .expectedCommaOrBracket(let found):
            LocalizedText(
                vi: "cần ',' hoặc ']' sau một phần tử của danh sách, nhưng gặp \(found.words.vi)",
                en: "expected ',' or ']' after an array element, found \(found.words.en)")
        case .unterminatedString:
            LocalizedText(vi: "chuỗi không có dấu ngoặc kép đóng", en: "unterminated string")
        case .invalidEscape(let escaped):
            LocalizedText(
                vi: "chuỗi có ký tự thoát '\\\(escaped)' không hợp lệ", en: "invalid escape '\\\(escaped)' in a string")
        case .lineBreakInString:
            LocalizedText(
                vi: "có xuống dòng bên trong một chuỗi; hãy viết thành \\n",
                en: "line break inside a string; write it as \\n")
        case .expectedHexDigits:
            LocalizedText(
                vi: "cần bốn chữ số thập lục phân sau \\u", en: "expected four hexadecimal digits after \\u")
        case .unpairedSurrogate(let hex):
            LocalizedText(vi: "ký tự thay thế \\u\(hex) không có cặp", en: "unpaired surrogate \\u\(hex)")
        case .invalidSurrogatePair:
            LocalizedText(vi: "cặp ký tự thay thế không hợp lệ", en: "invalid surrogate pair")
        case .invalidNumber(let text):
            LocalizedText(vi: "số '\(text)' không hợp lệ", en: "invalid number '\(text)'")
        }
    }
}
