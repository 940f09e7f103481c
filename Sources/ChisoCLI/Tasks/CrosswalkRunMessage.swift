import ChisoCore
import ChisoFormats

/// What `crosswalk` finds wrong with its crosswalk and data, and what it warns about, in both languages.
enum CrosswalkRunMessage: DiagnosticMessage, Hashable {
    /// No built-in crosswalk of this name.
    case unknownCrosswalk(reference: String, builtIn: [String], suggestion: String?)
    /// The crosswalk is an approximation, not accepted; `why` is the crosswalk's own reason, as its file writes it
    /// in each language.
    case approximationRefused(crosswalk: String, why: LocalizedText)
    /// The crosswalk is an approximation, accepted; `why` as for ``approximationRefused(crosswalk:why:)``.
    case approximationAccepted(target: String, why: LocalizedText)
    /// The registered levels are left out: the target framework has other classes.
    case registeredLevelsLeftOut(source: String, target: String)
    /// A column neither of the source framework nor read by the crosswalk.
    case unknownColumn(source: String)
    /// A denominator the crosswalk reads is absent.
    case absentDenominator
    /// A denominator cell that cannot be read: the cell's problem, in both languages.
    case badDenominator(problem: LocalizedText)

    static var examples: [Self] {
        let why = LocalizedText(vi: "tỷ lệ trên những cơ sở khác nhau.", en: "shares of different bases.")
        return [
            .unknownCrosswalk(reference: "dti-2361", builtIn: ["dti-to-2361"], suggestion: "dti-to-2361"),
            .unknownCrosswalk(reference: "x", builtIn: ["dti-to-2361"], suggestion: nil),
            .approximationRefused(crosswalk: "dti-to-2361", why: why),
            .approximationAccepted(target: "qd2361-xa", why: why),
            .registeredLevelsLeftOut(source: "qd2361-xa", target: "hue-3043"), .unknownColumn(source: "qd2361-xa"),
            .absentDenominator,
            .badDenominator(problem: LocalizedText(vi: "cần một số nguyên", en: "expected a whole number")),
        ]
    }

    var code: String {
        switch self {
        case .unknownCrosswalk: "crosswalk.unknown"
        case .approximationRefused: "crosswalk.approximation-refused"
        case .approximationAccepted: "crosswalk.approximation-accepted"
        case .registeredLevelsLeftOut: "crosswalk.registered-levels-left-out"
        case .unknownColumn: "crosswalk.unknown-column"
        case .absentDenominator: "crosswalk.absent-denominator"
        case .badDenominator: "crosswalk.bad-denominator"
        }
    }

    var text: LocalizedText {
        switch self {
        case .unknownCrosswalk(let reference, let builtIn, let suggestion):
            LocalizedText(
                vi: "không có bảng quy đổi \"\(reference)\"" + Suggestion.text(suggestion, .clause, in: .vi)
                    + ". Bảng quy đổi có sẵn: \(builtIn.joined(separator: ", ")); hoặc hãy đưa đường dẫn của một "
                    + "tệp .json.",
                en: "unknown crosswalk \"\(reference)\"" + Suggestion.text(suggestion, .clause, in: .en)
                    + ". Built-in crosswalks: \(builtIn.joined(separator: ", ")); or give the path of a .json file.")
        case .approximationRefused(let crosswalk, let why):
            LocalizedText(
                vi: "\(crosswalk) là phép quy đổi gần đúng, không phải quy đổi cùng một đại lượng (lý do, như tệp "
                    + "ghi: \(why.vi)) Hãy đưa --accept-approximation để vẫn quy đổi với nó (kết quả khi đó được ghi là "
                    + "gần đúng), hoặc --coverage không kèm dữ liệu để xem nó quy đổi những gì.",
                en: "\(crosswalk) is an approximation, not a same-quantity mapping: \(why.en) Give "
                    + "--accept-approximation to translate with it anyway (the output is then said to be an "
                    + "approximation), or --coverage without data to read what it maps.")
        case .approximationAccepted(let target, let why):
            LocalizedText(
                vi: "đã chấp nhận quy đổi gần đúng (--accept-approximation): các giá trị ghi cho \(target) không "
                    + "phải đại lượng của chính nó (lý do, như tệp ghi: \(why.vi))",
                en: "approximation accepted (--accept-approximation): the values written for "
                    + "\(target) are not its own quantities: \(why.en)")
        case .registeredLevelsLeftOut(let source, let target):
            LocalizedText(
                vi: "mức đăng ký là các mức của \(source), mà \(target) không có, nên chúng bị bỏ khỏi dữ liệu của B",
                en: "the registered levels are classes of \(source), which "
                    + "\(target) does not have, so they are left out of B's data")
        case .unknownColumn(let source):
            LocalizedText(
                vi: "cột lạ: không phải cột đầu vào của \(source), cũng không phải cột mà bảng quy đổi đọc",
                en: "unknown column: not an input of \(source), nor a column the crosswalk reads")
        case .absentDenominator:
            LocalizedText(
                vi: "bảng quy đổi đọc cột này (một mẫu số), và tệp dữ liệu không có: các phép quy đổi cần nó sẽ để "
                    + "giá trị ở dạng chưa có số liệu",
                en: "the crosswalk reads this column (a denominator), and the data has none: the "
                    + "conversions that need it leave their values missing")
        case .badDenominator(let problem):
            LocalizedText(
                vi: problem.vi + " (một mẫu số mà bảng quy đổi đọc)",
                en: problem.en + " (a denominator the crosswalk reads)")
        }
    }
}
