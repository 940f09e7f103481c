import ChisoCore

extension XMLMessage {
    /// Words for problems with the bytes, references and limits of a document.
    static func documentText(_ message: Self) -> LocalizedText {
        switch message {
        case .invalidUTF8:
            LocalizedText(
                vi: "phần này của bảng tính không phải văn bản UTF-8; hãy lưu lại tệp bằng Excel hoặc LibreOffice",
                en: "this part of the workbook is not UTF-8 text; save the file again with Excel or LibreOffice")
        case .unsupportedEncoding(let name):
            LocalizedText(
                vi: "bảng mã \(name) không được hỗ trợ, chỉ đọc UTF-8; hãy lưu lại tệp bằng Excel hoặc LibreOffice",
                en: "the encoding \(name) is not supported, only UTF-8; save the file again with Excel or LibreOffice")
        case .unexpectedEnd(let construct):
            LocalizedText(
                vi: "tệp kết thúc giữa chừng trong \(construct.words.vi); tệp có thể bị cắt cụt",
                en: "the document ends inside \(construct.words.en); the file may be truncated")
        case .malformed(let construct):
            LocalizedText(
                vi: "\(construct.words.vi) viết sai cú pháp XML", en: "\(construct.words.en) is not well-formed XML")
        case .doctypeRefused:
            LocalizedText(
                vi:
                    "có khai báo DOCTYPE, điều bảng tính không bao giờ có; không đọc để không thực thể nào được mở rộng",
                en: "a DOCTYPE declaration, which no workbook has, is refused so that no entity can be expanded")
        case .unknownEntity(let name):
            LocalizedText(
                vi: "thực thể &\(name); không được biết; chỉ chấp nhận &lt; &gt; &amp; &apos; &quot; và mã số ký tự",
                en: "unknown entity &\(name); only &lt; &gt; &amp; &apos; &quot; and character numbers are accepted")
        case .invalidCharacterReference(let reference):
            LocalizedText(
                vi: "&\(reference); không chỉ tới ký tự nào được phép trong XML",
                en: "&\(reference); refers to no character XML allows")
        case .limitExceeded(let limit, let value):
            LocalizedText(
                vi: "vượt giới hạn \(value) \(limit.words.vi); tệp này không giống một bảng tính bình thường",
                en: "more than \(value) \(limit.words.en); this does not look like an ordinary workbook")
        default: structureText(message)
        }
    }

    /// Words for problems with the structure of a document and of SpreadsheetML parts.
    static func structureText(_ message: Self) -> LocalizedText {
        switch message {
        case .mismatchedEndTag(let expected, let found):
            LocalizedText(
                vi: "thẻ đóng </\(found)> không khớp với thẻ mở <\(expected)>",
                en: "the end tag </\(found)> does not match the start tag <\(expected)>")
        case .unexpectedEndTag(let name):
            LocalizedText(vi: "thẻ đóng </\(name)> không có thẻ mở", en: "the end tag </\(name)> closes nothing")
        case .unclosedElement(let name):
            LocalizedText(
                vi: "phần tử <\(name)> không được đóng trước khi hết tệp; tệp có thể bị cắt cụt",
                en: "the element <\(name)> is never closed; the file may be truncated")
        case .duplicateAttribute(let name):
            LocalizedText(vi: "thuộc tính \(name) có hai lần", en: "the attribute \(name) is given twice")
        case .textOutsideRoot:
            LocalizedText(vi: "có chữ nằm ngoài phần tử gốc", en: "text stands outside the root element")
        case .secondRoot(let name):
            LocalizedText(vi: "có phần tử gốc thứ hai <\(name)>", en: "a second root element <\(name)>")
        case .noRoot: LocalizedText(vi: "tài liệu không có phần tử nào", en: "the document has no element")
        case .misplacedDeclaration:
            LocalizedText(
                vi: "khai báo <?xml …?> chỉ được đứng ở đầu tệp",
                en: "the <?xml …?> declaration may only stand at the very start")
        default: spreadsheetText(message)
        }
    }

    /// Words for problems with the contents of SpreadsheetML parts.
    static func spreadsheetText(_ message: Self) -> LocalizedText {
        switch message {
        case .badCellReference(let reference):
            LocalizedText(
                vi: "\"\(reference)\" không phải địa chỉ ô (cột bằng chữ A…XFD rồi dòng bằng số 1…1048576, như C14)",
                en: "\"\(reference)\" is not a cell reference (column letters A…XFD, then row 1…1048576, as C14)")
        case .missingAttribute(let element, let attribute):
            LocalizedText(
                vi: "phần tử <\(element)> thiếu thuộc tính \(attribute)",
                en: "the element <\(element)> lacks its \(attribute) attribute")
        case .badNumber(let attribute, let value):
            LocalizedText(
                vi: "thuộc tính \(attribute)=\"\(value)\" phải là số nguyên không âm",
                en: "the attribute \(attribute)=\"\(value)\" must be a whole number, not negative")
        case .duplicateCell(let reference):
            LocalizedText(vi: "ô \(reference) có hai lần", en: "the cell \(reference) is given twice")
        case .unexpectedRoot(let found, let expected):
            LocalizedText(
                vi: "phần tử gốc là <\(found)>, không phải <\(expected)> như phần này của bảng tính phải có",
                en: "the root element is <\(found)>, not <\(expected)> as this part of a workbook has")
        default: documentText(message)
        }
    }
}

extension XMLMessage.Construct {
    /// The construct's name in both languages.
    var words: LocalizedText {
        switch self {
        case .startTag: LocalizedText(vi: "thẻ mở", en: "a start tag")
        case .endTag: LocalizedText(vi: "thẻ đóng", en: "an end tag")
        case .attribute: LocalizedText(vi: "thuộc tính", en: "an attribute")
        case .name: LocalizedText(vi: "tên", en: "a name")
        case .comment: LocalizedText(vi: "chú thích", en: "a comment")
        case .cdata: LocalizedText(vi: "đoạn CDATA", en: "a CDATA section")
        case .processingInstruction: LocalizedText(vi: "chỉ thị xử lý", en: "a processing instruction")
        case .reference: LocalizedText(vi: "tham chiếu ký tự", en: "a character reference")
        case .declaration: LocalizedText(vi: "khai báo XML", en: "the XML declaration")
        case .markupDeclaration: LocalizedText(vi: "khai báo <!", en: "a <! declaration")
        case .text: LocalizedText(vi: "văn bản", en: "text")
        }
    }
}

extension XMLMessage.Limit {
    /// What the limit counts, in both languages.
    var words: LocalizedText {
        switch self {
        case .depth: LocalizedText(vi: "tầng phần tử lồng nhau", en: "nested elements")
        case .attributes: LocalizedText(vi: "thuộc tính trên một phần tử", en: "attributes on one element")
        case .nameLength: LocalizedText(vi: "byte trong một tên", en: "bytes in one name")
        case .size: LocalizedText(vi: "byte trong một phần", en: "bytes in one part")
        }
    }
}
