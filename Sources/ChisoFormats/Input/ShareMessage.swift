public import ChisoCore

/// What is wrong with a share given as two counts (`ID.num` and `ID.den` columns), in both languages.
public enum ShareMessage: DiagnosticMessage, Hashable {
    /// Only column `present` of share `key` is given; `absent` is missing.
    case oneColumn(key: String, present: String, absent: String)
    /// Share `key` is given as a column and as two counts.
    case givenTwice(key: String)
    /// One count of share `key` is empty (columns `numerator`, `denominator`).
    case oneCountEmpty(key: String, numerator: String, denominator: String)
    /// The numerator `a` is above a denominator of 0.
    case aboveZero(numerator: String, a: Double, denominator: String)
    /// A denominator of 0 for share `key`, which applies to every unit.
    case undefined(key: String, numerator: String, denominator: String)
    /// The numerator `a` is above the denominator `b`.
    case above(numerator: String, a: Double, denominator: String, b: Double)

    /// One example of every case.
    public static var examples: [Self] {
        [
            .oneColumn(key: "CQS.09", present: "CQS.09.num", absent: "CQS.09.den"), .givenTwice(key: "CQS.09"),
            .oneCountEmpty(key: "CQS.09", numerator: "CQS.09.num", denominator: "CQS.09.den"),
            .aboveZero(numerator: "CQS.09.num", a: 3, denominator: "CQS.09.den"),
            .undefined(key: "CQS.09", numerator: "CQS.09.num", denominator: "CQS.09.den"),
            .above(numerator: "CQS.09.num", a: 7, denominator: "CQS.09.den", b: 5),
        ]
    }

    /// The stable code of the case.
    public var code: String {
        switch self {
        case .oneColumn: "share.one-column"
        case .givenTwice: "share.given-twice"
        case .oneCountEmpty: "share.one-count-empty"
        case .aboveZero, .above: "share.numerator-above-denominator"
        case .undefined: "share.zero-denominator"
        }
    }

    /// The message in both languages.
    public var text: LocalizedText {
        switch self {
        case .oneColumn(let key, let present, let absent):
            LocalizedText(
                vi: "tỷ lệ cho dưới dạng hai số đếm cần cả hai cột: hãy thêm \(absent) bên cạnh \(present), hoặc ghi "
                    + "\(key) dưới dạng tỷ lệ phần trăm",
                en: "a share given as counts needs both columns: add \(absent) beside \(present), or give \(key) as "
                    + "a percentage instead")
        case .givenTwice(let key):
            LocalizedText(
                vi: "\(key) được cho hai lần: một cột \(key) và hai cột \(key).num/\(key).den; hãy giữ một cách",
                en: "\(key) is given twice: as a column and as \(key).num/\(key).den; keep one of them")
        case .oneCountEmpty(let key, let numerator, let denominator):
            LocalizedText(
                vi: "một số đếm của tỷ lệ \(key) bị trống; hãy ghi cả \(numerator) và \(denominator), hoặc để trống "
                    + "cả hai nếu chưa có số liệu",
                en: "one count of the share \(key) is empty; give both \(numerator) and \(denominator), or leave both "
                    + "empty if the value is missing")
        case .aboveZero(let numerator, let a, let denominator):
            LocalizedText(
                vi:
                    "\(numerator) (\(LocalizedText.number(a).vi)) lớn hơn \(denominator) (0): hai số đếm không khớp; đơn "
                    + "vị không có gì để đếm thì ghi 0 ở cả hai",
                en: "\(numerator) (\(NumberText.shortest(a))) is more than \(denominator) (0): the counts disagree; a "
                    + "unit with none to count writes 0 in both")
        case .undefined(let key, let numerator, let denominator):
            LocalizedText(
                vi: "không tính được tỷ lệ \(numerator)/\(denominator) khi mẫu số bằng 0, mà \(key) áp dụng với mọi "
                    + "đơn vị; hãy kiểm tra các số đếm",
                en: "the share \(numerator)/\(denominator) is undefined with a denominator of 0, and \(key) applies "
                    + "to every unit; check the counts")
        case .above(let numerator, let a, let denominator, let b):
            LocalizedText(
                vi:
                    "\(numerator) (\(LocalizedText.number(a).vi)) lớn hơn \(denominator) (\(LocalizedText.number(b).vi)): "
                    + "tỷ lệ không thể vượt quá 100%",
                en: "\(numerator) (\(NumberText.shortest(a))) is more than \(denominator) (\(NumberText.shortest(b))): "
                    + "a share cannot pass 100%")
        }
    }
}
