public import ChisoCore

/// What the CSV reader finds wrong with a file, or worth telling about how it was read, in both languages.
public enum CSVMessage: DiagnosticMessage, Hashable {
    /// The file is not split at commas; `separator` is the one used and `reason` why it was taken.
    case readAs(separator: UInt8, reason: SeparatorReason)
    /// A double quote stands inside an unquoted field.
    case quoteInsideField
    /// Text follows the closing quote of field `field`.
    case textAfterClosingQuote(field: Int)
    /// The double quote opening field `field` on line `line` is never closed.
    case unclosedQuote(field: Int, line: Int)

    /// Why a separator other than the comma was taken.
    public enum SeparatorReason: Hashable, Sendable {
        /// A `sep=` line names it.
        case declared
        /// The header splits into columns at it.
        case header
    }

    /// Repeats of a misplaced quote, summed up.
    static let misplacedQuoteRows = LocalizedText(
        vi: "dòng có dấu ngoặc kép đặt sai chỗ", en: "rows with a misplaced double quote")

    /// One example of every case.
    public static var examples: [Self] {
        [
            .readAs(separator: CSVDialect.semicolon, reason: .header),
            .readAs(separator: CSVDialect.tab, reason: .header),
            .readAs(separator: CSVDialect.semicolon, reason: .declared),
            .readAs(separator: UInt8(ascii: "|"), reason: .declared),
            .quoteInsideField, .textAfterClosingQuote(field: 3), .unclosedQuote(field: 2, line: 7),
        ]
    }

    /// The stable code of the case.
    public var code: String {
        switch self {
        case .readAs: "csv.separator"
        case .quoteInsideField: "csv.quote-inside-field"
        case .textAfterClosingQuote: "csv.text-after-quote"
        case .unclosedQuote: "csv.unclosed-quote"
        }
    }

    /// The message in both languages.
    public var text: LocalizedText {
        switch self {
        case .readAs(let separator, let reason): Self.readAs(separator, reason)
        case .quoteInsideField:
            LocalizedText(
                vi: "có dấu ngoặc kép trong một ô không đặt trong ngoặc kép; hãy đặt cả ô trong ngoặc kép và viết mỗi "
                    + "dấu ngoặc kép bên trong thành hai dấu",
                en: "a double quote inside an unquoted field; put the whole field in double quotes and write each "
                    + "quote inside it twice")
        case .textAfterClosingQuote(let field):
            LocalizedText(
                vi: "có chữ sau dấu ngoặc kép đóng của ô thứ \(field); một ô trong ngoặc kép phải kết thúc ngay ở dấu "
                    + "ngoặc kép đóng",
                en: "text after the closing quote of field \(field); a quoted field must end at its closing quote")
        case .unclosedQuote(let field, let line):
            LocalizedText(
                vi: "một ô trong ngoặc kép không được đóng: dấu ngoặc kép mở ô thứ \(field) ở dòng \(line) không có "
                    + "dấu đóng trước khi hết tệp",
                en: "a quoted field is never closed: the double quote opening field \(field) on line \(line) has no "
                    + "closing quote before the end of the file")
        }
    }

    private static func readAs(_ separator: UInt8, _ reason: SeparatorReason) -> LocalizedText {
        let name: LocalizedText =
            switch separator {
            case CSVDialect.semicolon: LocalizedText(vi: "dấu chấm phẩy", en: "semicolon")
            case CSVDialect.tab: LocalizedText(vi: "dấu tab", en: "tab")
            case CSVDialect.comma: LocalizedText(vi: "dấu phẩy", en: "comma")
            default:
                LocalizedText(
                    vi: "dấu \"\(Character(Unicode.Scalar(separator)))\"",
                    en: "\"\(Character(Unicode.Scalar(separator)))\"")
            }
        let why: LocalizedText =
            switch (reason, separator) {
            case (.declared, _): LocalizedText(vi: "như dòng sep= của tệp ghi", en: "as its sep= line says")
            case (.header, CSVDialect.tab):
                LocalizedText(
                    vi: "dòng tiêu đề tách thành cột ở dấu tab, như khi Excel lưu kiểu \"Unicode Text\"",
                    en: "its header splits into columns at tabs, as Excel saves \"Unicode Text\"")
            case (.header, _):
                LocalizedText(
                    vi: "dòng tiêu đề tách thành cột ở dấu chấm phẩy, như khi Excel lưu CSV trên máy dùng dấu phẩy "
                        + "thập phân (trong đó có máy cài đặt tiếng Việt)",
                    en: "its header splits into columns at semicolons, as Excel saves CSV where the decimal separator "
                        + "is a comma (Vietnamese settings among them)")
            }
        return LocalizedText(
            vi: "đọc với \(name.vi) làm dấu phân cách: \(why.vi)",
            en: "read as \(name.en)-separated: \(why.en)")
    }
}
