public import ChisoCore

/// What the reader of a config file (a framework, crosswalk or uncertainty spec) finds wrong with its JSON and its
/// keys, whatever the file: a syntax error, a value of the wrong type, a duplicate, unknown or missing key, and the
/// checks of names and IDs every framework shares. In both languages.
public enum ConfigMessage: DiagnosticMessage, Hashable {
    /// The text stops being JSON; `problem` says where and why.
    case notJSON(JSONSyntaxMessage)
    /// A value of the wrong type.
    case wrongType(expected: JSONType, found: JSONType)
    /// A number with a fraction where a whole number is expected.
    case notWholeNumber(found: Double)
    /// A key given twice in one object; the first is on line `firstLine`.
    case duplicateKey(firstLine: Int)
    /// A key the object may not have: with the nearest allowed key, or the list of them.
    case unknownKey(suggestion: String?, allowed: [String])
    /// A required key left out.
    case missingKey(String)
    /// A class name (`name`) reads as another one's (`other`): that of the class at `otherPath`, or, when `nil`, the
    /// name results give a unit below every class.
    case sameClassName(ClassKind, name: String, other: String, otherPath: String?)
    /// Two measures would share the data column `column`.
    case sharedColumn(column: String, first: ColumnOwner, second: ColumnOwner)
    /// An ID that is the name of a column every assessment file may have.
    case reservedColumnID(id: String, column: String, reserved: [String], holder: IDHolder)

    /// The type of a JSON value, as messages name it.
    public enum JSONType: Hashable, Sendable {
        /// `null`.
        case null
        /// `true` or `false`.
        case boolean
        /// A number.
        case number
        /// A string.
        case string
        /// An array.
        case array
        /// An object.
        case object
    }

    /// What kind of class a name belongs to.
    public enum ClassKind: Hashable, Sendable {
        /// A level of a level framework.
        case level
        /// A tier of a point framework.
        case tier
    }

    /// What holds an ID.
    public enum IDHolder: Hashable, Sendable {
        /// A criterion of a level framework.
        case criterion
        /// A node of a point framework.
        case node
    }

    /// Whose a data column is: a measure's own column, or a count column of a share.
    public enum ColumnOwner: Hashable, Sendable {
        /// The column of the measure with this key.
        case measure(String)
        /// A count column of the share with this key.
        case countOf(String)
    }

    /// One example of every case.
    public static var examples: [Self] {
        [
            .notJSON(.expectedValue(found: .character("}"))), .wrongType(expected: .object, found: .string),
            .wrongType(expected: .boolean, found: .null), .notWholeNumber(found: 1.5), .duplicateKey(firstLine: 4),
            .unknownKey(suggestion: "criteria", allowed: ["criteria"]),
            .unknownKey(suggestion: nil, allowed: ["a", "b"]),
            .missingKey("id"), .sameClassName(.level, name: "mức 1", other: "Mức 1", otherPath: "levels[0].name"),
            .sameClassName(.tier, name: "Không xếp hạng", other: "không xếp hạng", otherPath: nil),
            .sharedColumn(column: "A.num", first: .measure("A.num"), second: .countOf("A")),
            .reservedColumnID(id: "Unit", column: "unit", reserved: ["unit", "group"], holder: .criterion),
        ]
    }

    /// The stable code of the case.
    public var code: String {
        switch self {
        case .notJSON(let problem): problem.code
        case .wrongType: "config.wrong-type"
        case .notWholeNumber: "config.not-whole-number"
        case .duplicateKey: "config.duplicate-key"
        case .unknownKey: "config.unknown-key"
        case .missingKey: "config.missing-key"
        case .sameClassName: "config.same-class-name"
        case .sharedColumn: "config.shared-column"
        case .reservedColumnID: "config.reserved-column"
        }
    }

    /// The message in both languages.
    public var text: LocalizedText {
        switch self {
        case .notJSON(let problem):
            LocalizedText(
                vi: "tệp không phải JSON hợp lệ: \(problem.text.vi)", en: "not valid JSON: \(problem.text.en)")
        case .wrongType(let expected, let found):
            LocalizedText(
                vi: "cần \(expected.expectedWords.vi), nhưng gặp \(found.words.vi)",
                en: "expected \(expected.expectedWords.en), found \(found.words.en)")
        case .notWholeNumber(let found):
            LocalizedText(
                vi: "cần một số nguyên, nhưng gặp \(NumberText.shortest(found))",
                en: "expected a whole number, found \(NumberText.shortest(found))")
        case .duplicateKey(let line):
            LocalizedText(
                vi: "khóa bị lặp; khóa này đã có ở dòng \(line), hãy xóa một trong hai",
                en: "duplicate key; it is already given at line \(line)")
        case .unknownKey(let suggestion?, _):
            LocalizedText(
                vi: "khóa này không được dùng ở đây; có phải ý bạn là \"\(suggestion)\"?",
                en: "unknown key; did you mean \"\(suggestion)\"?")
        case .unknownKey(nil, let allowed):
            LocalizedText(
                vi: "khóa này không được dùng ở đây; các khóa được dùng: \(allowed.joined(separator: ", "))",
                en: "unknown key; expected one of: \(allowed.joined(separator: ", "))")
        case .missingKey(let key):
            LocalizedText(vi: "thiếu khóa bắt buộc \"\(key)\"", en: "missing required key \"\(key)\"")
        case .sameClassName(let kind, let name, let other, let otherPath): Self.sameName(kind, name, other, otherPath)
        case .sharedColumn(let column, let first, let second):
            LocalizedText(
                vi: "cột dữ liệu \"\(DisplayText.visible(column))\" vừa là \(first.words.vi) vừa là "
                    + "\(second.words.vi) (tên cột được so khớp không phân biệt chữ hoa, chữ thường), nên không tệp dữ "
                    + "liệu nào điền được cả hai; hãy đổi mã của một trong hai",
                en: "the data column \"\(DisplayText.visible(column))\" would be both \(first.words.en) and "
                    + "\(second.words.en) (headers are matched regardless of case), so no data file could fill both; "
                    + "give one of them another ID")
        case .reservedColumnID(let id, let column, let reserved, let holder):
            LocalizedText(
                vi: "\"\(id)\" là tên của cột dữ liệu \(column), cột mà mọi tệp số liệu đánh giá đều có thể có (các "
                    + "tên dành riêng: \(reserved.joined(separator: ", "))); hãy đặt cho \(holder.words.vi) một mã khác",
                en: "\"\(id)\" is the name of the data column \(column), which every assessment file may have "
                    + "(reserved: \(reserved.joined(separator: ", "))); give the \(holder.words.en) another ID")
        }
    }

    private static func sameName(_ kind: ClassKind, _ name: String, _ other: String, _ otherPath: String?)
        -> LocalizedText
    {
        let whose = LocalizedText(
            vi: otherPath.map { "của \($0)" } ?? "là tên kết quả đặt cho đơn vị dưới mọi \(kind.words.vi)",
            en: otherPath.map { "of \($0)" } ?? "which results give a unit below every \(kind.words.en)")
        return LocalizedText(
            vi: "tên \(kind.words.vi) \"\(DisplayText.visible(name))\" đọc giống \"\(DisplayText.visible(other))\" "
                + "\(whose.vi) (tên được so sánh không phân biệt chữ hoa, chữ thường và dấu, như khi đọc --target và "
                + "các ô dữ liệu); hãy đặt cho mỗi \(kind.words.vi) một tên riêng",
            en: "the \(kind.words.en) name \"\(DisplayText.visible(name))\" reads the same as "
                + "\"\(DisplayText.visible(other))\" \(whose.en) (names are compared regardless of case and accents, "
                + "as --target and data cells are read); give every \(kind.words.en) a name of its own")
    }
}

extension ConfigMessage.JSONType {
    /// The type of `node`'s value.
    init(_ node: JSONNode) {
        self =
            switch node.value {
            case .null: .null
            case .bool: .boolean
            case .number: .number
            case .string: .string
            case .array: .array
            case .object: .object
            }
    }

    /// What a value of this type was expected to be: "an object", and "true or false" for a boolean.
    var expectedWords: LocalizedText {
        self == .boolean ? LocalizedText(vi: "true hoặc false", en: "true or false") : words
    }

    /// "an object", "a string", as a value found is named.
    var words: LocalizedText {
        switch self {
        case .null: LocalizedText(vi: "null (giá trị rỗng)", en: "null")
        case .boolean: LocalizedText(vi: "một giá trị true/false", en: "a boolean")
        case .number: LocalizedText(vi: "một số", en: "a number")
        case .string: LocalizedText(vi: "một chuỗi chữ", en: "a string")
        case .array: LocalizedText(vi: "một danh sách [ … ]", en: "an array")
        case .object: LocalizedText(vi: "một đối tượng { … }", en: "an object")
        }
    }
}

extension ConfigMessage.ClassKind {
    /// "level", "tier".
    var words: LocalizedText {
        switch self {
        case .level: LocalizedText(vi: "mức", en: "level")
        case .tier: LocalizedText(vi: "xếp loại", en: "tier")
        }
    }
}

extension ConfigMessage.IDHolder {
    /// "criterion", "node".
    var words: LocalizedText {
        switch self {
        case .criterion: LocalizedText(vi: "tiêu chí", en: "criterion")
        case .node: LocalizedText(vi: "chỉ số thành phần", en: "node")
        }
    }
}

extension ConfigMessage.ColumnOwner {
    /// "the column of A", "a count column of the share A".
    var words: LocalizedText {
        switch self {
        case .measure(let key): LocalizedText(vi: "cột của \(key)", en: "the column of \(key)")
        case .countOf(let key):
            LocalizedText(vi: "một cột số đếm của tỷ lệ \(key)", en: "a count column of the share \(key)")
        }
    }
}
