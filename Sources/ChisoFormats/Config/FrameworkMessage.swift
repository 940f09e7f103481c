public import ChisoCore

/// What is wrong with a framework file as a whole, beyond its scheme's own keys: its ID, `scheme`, `commonScale`,
/// themes, keys of another scheme, the `childFramework` chain, and the names of frameworks; in both languages.
public enum FrameworkMessage: DiagnosticMessage, Hashable {
    /// A key of another scheme's frameworks (`frameworks`) in a framework of the scheme `scheme`, with the fix.
    case foreignKey(String, frameworks: LocalizedText, scheme: String, fix: LocalizedText?)
    /// The framework ID holds other characters than letters, digits, `-`, `_` and `.`.
    case invalidID
    /// An unknown `scheme`, with the known ones and the nearest.
    case unknownScheme(String, expected: [String], suggestion: String?)
    /// An unknown `commonScale`.
    case unknownCommonScale(String, expected: [String])
    /// `"commonScale": "classes"` in a framework without classes.
    case commonScaleNeedsClasses
    /// `"commonScale": "index"` in a scheme without an index.
    case commonScaleNeedsIndex
    /// An unknown `theme`, with the vocabulary and the nearest.
    case unknownTheme(String, expected: [String], suggestion: String?)
    /// No built-in framework has this ID and it does not look like a file.
    case unknownFramework(String, suggestion: String?, builtIn: [String])
    /// `childFramework` names the framework itself.
    case childIsSelf
    /// The `childFramework` links make a cycle.
    case childCycle([String])
    /// `childFramework` names neither a built-in nor a file beside this one.
    case childNotFound(path: String, suggestion: String?)
    /// The file `childFramework` names has `problems` problems.
    case childUnusable(path: String, problems: Int)
    /// `childFramework` names a framework (`id`) of a scheme that does not score subordinate units.
    case childNotLevelFramework(id: String, schemes: [String])
    /// A file reuses the ID of a built-in framework but differs from it.
    case builtInIDReused(id: String)
    /// A scheme's JSON Schema fragment holds keys other than `description`, `properties`, `required`, `allOf` and
    /// `definitions`.
    case fragmentUnknownKeys([String])
    /// A scheme's JSON Schema fragment does not describe exactly the scheme's keys.
    case fragmentProperties(described: [String], frameworks: LocalizedText, keys: [String])

    /// One example of every case.
    public static var examples: [Self] {
        [
            .foreignKey(
                "nodes", frameworks: LocalizedText(vi: "khung đánh giá tính điểm", en: "point frameworks"),
                scheme: "levels",
                fix: LocalizedText(vi: "có phải ý bạn là \"criteria\"?", en: "did you mean \"criteria\"?")),
            .foreignKey(
                "tiers", frameworks: LocalizedText(vi: "khung đánh giá tính điểm", en: "point frameworks"),
                scheme: "levels", fix: nil),
            .invalidID, .unknownScheme("level", expected: ["levels", "points"], suggestion: "levels"),
            .unknownScheme("x", expected: ["levels", "points"], suggestion: nil),
            .unknownCommonScale("clases", expected: ["classes", "index"]), .commonScaleNeedsClasses,
            .commonScaleNeedsIndex, .unknownTheme("egov", expected: ["eGovernment"], suggestion: "eGovernment"),
            .unknownTheme("x", expected: ["eGovernment"], suggestion: nil),
            .unknownFramework("vn-2361", suggestion: "vn-2361-commune", builtIn: ["vn-2361-commune"]),
            .unknownFramework("x", suggestion: nil, builtIn: ["vn-2361-commune"]), .childIsSelf,
            .childCycle(["a", "b", "a"]), .childNotFound(path: "c.json", suggestion: "vn-2361-commune"),
            .childNotFound(path: "c.json", suggestion: nil), .childUnusable(path: "c.json", problems: 1),
            .childUnusable(path: "c.json", problems: 3), .childNotLevelFramework(id: "dti", schemes: ["levels"]),
            .builtInIDReused(id: "vn-2361-commune"), .fragmentUnknownKeys(["x"]),
            .fragmentProperties(
                described: ["a"], frameworks: LocalizedText(vi: "khung đánh giá theo mức", en: "level frameworks"),
                keys: ["a", "b"]),
        ]
    }

    /// The stable code of the case.
    public var code: String {
        switch self {
        case .foreignKey: "framework.foreign-key"
        case .invalidID: "framework.invalid-id"
        case .unknownScheme: "framework.unknown-scheme"
        case .unknownCommonScale: "framework.unknown-common-scale"
        case .commonScaleNeedsClasses, .commonScaleNeedsIndex: "framework.common-scale-misfit"
        case .unknownTheme: "framework.unknown-theme"
        case .unknownFramework: "framework.unknown"
        case .childIsSelf: "framework.child-is-self"
        case .childCycle: "framework.child-cycle"
        case .childNotFound: "framework.child-not-found"
        case .childUnusable: "framework.child-unusable"
        case .childNotLevelFramework: "framework.child-not-levels"
        case .builtInIDReused: "framework.built-in-id"
        case .fragmentUnknownKeys, .fragmentProperties: "framework.schema-fragment"
        }
    }

    /// The message in both languages.
    public var text: LocalizedText {
        switch self {
        case .foreignKey(let key, let frameworks, let scheme, let fix):
            let fix = fix ?? LocalizedText(vi: "hãy xóa khóa này", en: "remove the key")
            return LocalizedText(
                vi: "\"\(key)\" là khóa của \(frameworks.vi); khung này có \"scheme\": \"\(scheme)\" — \(fix.vi)",
                en: "\"\(key)\" is a key of \(frameworks.en); this framework has \"scheme\": \"\(scheme)\" — \(fix.en)")
        case .invalidID:
            return LocalizedText(
                vi: "mã khung đánh giá chỉ được gồm chữ cái, chữ số, '-', '_' và '.'",
                en: "a framework ID may hold only letters, digits, '-', '_' and '.'")
        case .unknownScheme(let name, let expected, let suggestion):
            return Self.unknown(
                LocalizedText(vi: "không có cách tính điểm \"\(name)\"", en: "unknown scheme \"\(name)\""),
                expected: expected, suggestion: suggestion)
        case .unknownCommonScale(let name, let expected):
            return Self.unknown(
                LocalizedText(vi: "không có thang chung \"\(name)\"", en: "unknown common scale \"\(name)\""),
                expected: expected, suggestion: nil)
        case .commonScaleNeedsClasses:
            return LocalizedText(
                vi: "\"commonScale\": \"classes\" cần các mức hoặc xếp loại, mà khung này không có",
                en: "\"commonScale\": \"classes\" needs classes (levels or tiers), and this framework has none")
        case .commonScaleNeedsIndex:
            return LocalizedText(
                vi: "\"commonScale\": \"index\" cần một chỉ số (điểm trên điểm tối đa), mà cách tính điểm này không có",
                en: "\"commonScale\": \"index\" needs an index (points over a maximum), and this scheme has none")
        case .unknownTheme(let id, let expected, let suggestion):
            return LocalizedText(
                vi: "không có chủ đề \"\(id)\"; các chủ đề được dùng: \(expected.joined(separator: ", "))"
                    + Suggestion.text(suggestion.map { "\"\($0)\"" }, .parenthesized, in: .vi),
                en: "unknown theme \"\(id)\"; expected one of \(expected.joined(separator: ", "))"
                    + Suggestion.text(suggestion.map { "\"\($0)\"" }, .parenthesized, in: .en))
        case .unknownFramework(let reference, let suggestion, let builtIn):
            return LocalizedText(
                vi: "không có khung đánh giá \"\(reference)\""
                    + (suggestion.map { "; có phải ý bạn là \"\($0)\"? " } ?? ". ")
                    + "Các khung có sẵn: \(builtIn.joined(separator: ", ")); hoặc hãy ghi đường dẫn của một tệp .json.",
                en: "unknown framework \"\(reference)\""
                    + Suggestion.text(suggestion.map { "\"\($0)\"" }, .clause, in: .en)
                    + " Built-in frameworks: \(builtIn.joined(separator: ", ")); or give the path of a .json file.")
        default: return childText
        }
    }

    /// The words of the checks of `childFramework`, the built-in ID and the schema fragments.
    private var childText: LocalizedText {
        switch self {
        case .childIsSelf:
            LocalizedText(
                vi: "ghi chính khung này; hãy ghi khung đánh giá dùng để chấm các đơn vị cấp dưới (khung cấp xã cho "
                    + "một khung cấp huyện)",
                en: "names this framework itself; name the framework that scores the subordinate units (a commune "
                    + "framework for a district one)")
        case .childCycle(let cycle):
            LocalizedText(
                vi: "các khung đánh giá tổng hợp lẫn nhau thành vòng (\(cycle.joined(separator: " → "))); khung của "
                    + "đơn vị cấp dưới không được ghi một khung cấp trên làm childFramework",
                en: "the frameworks roll each other up in a cycle (\(cycle.joined(separator: " → "))); the "
                    + "subordinate units' framework must not name a framework above it as its childFramework")
        case .childNotFound(let path, let suggestion):
            LocalizedText(
                vi: "không khung có sẵn nào có mã này và không có tệp \(path) bên cạnh tệp này"
                    + Suggestion.text(suggestion.map { "\"\($0)\"" }, .clause, in: .vi)
                    + " Lệnh 'chiso frameworks list' liệt kê các khung có sẵn.",
                en: "no built-in framework has this ID and there is no file \(path) beside this one"
                    + Suggestion.text(suggestion.map { "\"\($0)\"" }, .clause, in: .en)
                    + " The built-in frameworks are listed by 'chiso frameworks list'.")
        case .childUnusable(let path, let problems):
            LocalizedText(
                vi: "không dùng được \(path) (\(problems) lỗi); hãy kiểm tra bằng 'chiso frameworks validate \(path)'",
                en: "\(path) cannot be used (\(problems) \(problems == 1 ? "problem" : "problems")); check it "
                    + "with 'chiso frameworks validate \(path)'")
        case .childNotLevelFramework(let id, let schemes):
            LocalizedText(
                vi: "\(id) không phải khung đánh giá theo mức; phép tổng hợp đếm mức mà các đơn vị cấp dưới đạt, nên "
                    + "childFramework phải ghi một khung có "
                    + schemes.map { "\"scheme\": \"\($0)\"" }.joined(separator: " hoặc "),
                en: "\(id) is not a level framework; the roll-up counts the levels the subordinate units reach, so "
                    + "childFramework must name a framework with "
                    + schemes.map { "\"scheme\": \"\($0)\"" }.joined(separator: " or "))
        case .builtInIDReused(let id):
            LocalizedText(
                vi: "đây là mã của một khung có sẵn, nhưng tệp này khác khung đó, nên kết quả sẽ mang tên khung chính "
                    + "thức; hãy đặt cho tệp một mã riêng (ví dụ \"\(id)-tinh-cua-toi\")",
                en: "the ID of a built-in framework, but this file differs from it, so its results would be labelled "
                    + "as the official framework; give the file an ID of its own (e.g. \"\(id)-my-province\")")
        case .fragmentUnknownKeys(let keys):
            LocalizedText(
                vi: "khóa \(keys.map { "\"\($0)\"" }.joined(separator: ", ")) không được dùng; chỉ dùng "
                    + "\"description\", \"properties\", \"required\", \"allOf\" hoặc \"definitions\"",
                en: "unknown key \(keys.map { "\"\($0)\"" }.joined(separator: ", ")); "
                    + "expected \"description\", \"properties\", \"required\", \"allOf\" or \"definitions\"")
        case .fragmentProperties(let described, let frameworks, let keys):
            LocalizedText(
                vi: "\"properties\" mô tả \(described.joined(separator: ", ")); cần đúng các khóa của "
                    + "\(frameworks.vi): \(keys.joined(separator: ", "))",
                en: "\"properties\" describes \(described.joined(separator: ", ")); "
                    + "expected exactly the keys of \(frameworks.en): \(keys.joined(separator: ", "))")
        default: LocalizedText(vi: "", en: "")
        }
    }

    /// `head; expected "a" or "b" (did you mean "a"?)`.
    private static func unknown(_ head: LocalizedText, expected: [String], suggestion: String?) -> LocalizedText {
        let quoted = expected.map { "\"\($0)\"" }
        return LocalizedText(
            vi: "\(head.vi); cần \(quoted.joined(separator: " hoặc "))"
                + Suggestion.text(suggestion.map { "\"\($0)\"" }, .parenthesized, in: .vi),
            en: "\(head.en); expected \(quoted.joined(separator: " or "))"
                + Suggestion.text(suggestion.map { "\"\($0)\"" }, .parenthesized, in: .en))
    }
}
