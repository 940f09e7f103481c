package import ChisoCore
import ChisoFormats

/// What a reader of an uncertainty or sensitivity analysis must know to read it, in both languages: the notices the
/// analysis adds to its result.
package enum UncertaintyNotice: DiagnosticMessage, Hashable {
    /// Why a noise entry moves no score, for some columns.
    package enum InertReason: Hashable, Sendable {
        /// The framework has no column of a kind the noise moves.
        case noColumnOfItsKind
        /// No amount above 0 applies to `columns`.
        case noAmount(columns: [String])
        /// The columns are information-only.
        case informationOnly(columns: [String], plural: Bool)
        /// The columns are missing for every unit.
        case allMissing(columns: [String], plural: Bool)
        /// The columns are 0 for every unit, and the noise is relative.
        case allZero(columns: [String], plural: Bool)
    }

    /// An index of a sensitivity analysis that falls outside 0–1: its group, and the estimates outside.
    package struct Doubtful: Hashable, Sendable {
        /// The group of inputs.
        package var group: String
        /// The first-order estimate, when outside 0–1.
        package var first: String?
        /// The total estimate, when outside 0–1.
        package var total: String?
    }

    /// Ranks are within each unit's group.
    case ranksWithinGroups
    /// `count` units (`ids`) are not ranked in some or all runs.
    case sometimesUnranked(count: Int, ids: [String])
    /// A relative noise that moves columns by their whole size.
    case wideRelativeNoise(name: String, amount: String, percent: String, columns: [String])
    /// An absolute noise at least the whole range of columns.
    case wideAbsoluteNoise(name: String, amount: String, columns: [String], ranges: String)
    /// Criteria of an alternative framework that binding counts nowhere.
    case foreignCriteria(framework: String, listed: [String], count: Int)
    /// The framework has no tiers.
    case noTiers(framework: String)
    /// A noise entry moves no unit's score, for these reasons.
    case inertNoise(name: String, reasons: [InertReason])
    /// The missing-value rules read every value alike.
    case missingRulesAlike(rules: [String])
    /// Sobol estimates outside 0–1: the design of `samples` is too small.
    case samplesTooSmall(doubtful: [Doubtful], samples: Int)

    /// One example of every case.
    package static var examples: [Self] {
        [
            .ranksWithinGroups, .sometimesUnranked(count: 1, ids: ["X1"]),
            .sometimesUnranked(count: 3, ids: ["X1", "X2", "X3", "X4", "X5"]),
            .wideRelativeNoise(name: "data", amount: "2", percent: "200", columns: ["NT", "TC"]),
            .wideAbsoluteNoise(name: "data", amount: "2", columns: ["NT", "TC"], ranges: "0–1"),
            .foreignCriteria(framework: "vn-hue-3043", listed: ["A.1"], count: 1),
            .foreignCriteria(framework: "vn-hue-3043", listed: ["A.1", "A.2"], count: 2),
            .noTiers(framework: "dti-2023"),
            .inertNoise(
                name: "noise[0]",
                reasons: [
                    .noColumnOfItsKind, .noAmount(columns: ["CQS.01"]),
                    .informationOnly(columns: ["TTC.01"], plural: false),
                    .allMissing(columns: ["A", "B"], plural: true), .allZero(columns: ["C"], plural: false),
                ]),
            .missingRulesAlike(rules: ["zero", "columnMean"]),
            .samplesTooSmall(doubtful: [Doubtful(group: "data", first: "-0.2", total: nil)], samples: 64),
            .samplesTooSmall(
                doubtful: [
                    Doubtful(group: "a", first: nil, total: "1.2"), Doubtful(group: "b", first: "-0.1", total: "1.1"),
                ],
                samples: 64),
        ]
    }

    /// The stable code of the case.
    package var code: String {
        switch self {
        case .ranksWithinGroups: "uncertainty.ranks-within-groups"
        case .sometimesUnranked: "uncertainty.sometimes-unranked"
        case .wideRelativeNoise, .wideAbsoluteNoise: "uncertainty.wide-noise"
        case .foreignCriteria: "uncertainty.foreign-criteria"
        case .noTiers: "uncertainty.no-tiers"
        case .inertNoise: "uncertainty.inert-noise"
        case .missingRulesAlike: "uncertainty.missing-rules-alike"
        case .samplesTooSmall: "uncertainty.samples-too-small"
        }
    }

    /// The notice in both languages.
    package var text: LocalizedText {
        switch self {
        case .ranksWithinGroups:
            LocalizedText(
                vi:
                    "thứ hạng tính trong nhóm của từng đơn vị (cột group), như chiso score xếp hạng: một thứ hạng chỉ so "
                    + "sánh đơn vị với các đơn vị cùng nhóm",
                en: "ranks are within each unit's group (the group column), as chiso score ranks them: a rank compares "
                    + "a unit with its own group only")
        case .sometimesUnranked(let count, let ids):
            LocalizedText(
                vi:
                    "\(count) đơn vị không được xếp hạng trong một số hoặc tất cả các lần chạy (\(LocalizedText.abbreviated(ids, keep: 4).vi)): khung đánh giá "
                    + "không xếp hạng các đơn vị dưới xếp loại thấp nhất; thống kê thứ hạng của một đơn vị tính trên các "
                    + "lần chạy nó được xếp hạng, và p_ranked là tỷ lệ các lần chạy đó",
                en: "\(count) \(count == 1 ? "unit is" : "units are") not ranked in some or all runs "
                    + "(\(LocalizedText.abbreviated(ids, keep: 4).en)): the framework leaves units below its lowest tier unranked; a unit's rank statistics "
                    + "are over the runs in which it is ranked, and p_ranked is the share of those runs")
        case .wideRelativeNoise(let name, let amount, let percent, let columns):
            LocalizedText(
                vi:
                    "nhiễu \"\(name)\" ±\(amount) × giá trị (±\(percent)%) làm \(LocalizedText.abbreviated(columns, keep: 4).vi) thay đổi bằng cả độ lớn của "
                    + "chúng trở lên: phần lớn các lần rút bị cắt về hai đầu của cột, nên kết quả nói về nhiễu nhiều "
                    + "hơn về số liệu",
                en: "noise \"\(name)\" of ±\(amount) × the value (±\(percent)%) moves "
                    + "\(LocalizedText.abbreviated(columns, keep: 4).en) by their whole size or more: most draws are clipped to the column's ends, so "
                    + "the result says more about the noise than about the data")
        case .wideAbsoluteNoise(let name, let amount, let columns, let ranges):
            LocalizedText(
                vi:
                    "nhiễu \"\(name)\" ±\(amount) ít nhất bằng cả khoảng giá trị của \(LocalizedText.abbreviated(columns, keep: 4).vi) (\(ranges)): phần lớn "
                    + "các lần rút bị cắt về hai đầu của cột, nên kết quả nói về nhiễu nhiều hơn về số liệu; mức nhiễu "
                    + "tính theo đơn vị tính của từng cột (một tỷ số 0–1 cần mức nhiễu như 0.05)",
                en:
                    "noise \"\(name)\" of ±\(amount) is at least the whole range of \(LocalizedText.abbreviated(columns, keep: 4).en) (\(ranges)): most "
                    + "draws are clipped to the column's ends, so the result says more about the noise than about "
                    + "the data; the amount is in each column's own unit (a ratio of 0–1 takes noise such as 0.05)")
        default: otherText
        }
    }

    /// The words of the other notices.
    private var otherText: LocalizedText {
        switch self {
        case .foreignCriteria(let framework, let listed, let count):
            LocalizedText(
                vi:
                    "binding chỉ đếm các tiêu chí của \(framework): \(LocalizedText.abbreviated(listed, keep: 4).vi) của khung đánh giá thay thế không nằm "
                    + "trong số đó, nên các lần chạy rút ra khung đó không đếm chúng ở đâu cả",
                en:
                    "binding counts the criteria of \(framework) only: an alternative framework's \(LocalizedText.abbreviated(listed, keep: 4).en) "
                    + "\(count == 1 ? "is" : "are") not among them, so the runs that draw it count "
                    + "\(count == 1 ? "it" : "them") nowhere")
        case .noTiers(let framework):
            LocalizedText(
                vi: "\(framework) không có xếp loại: kết quả phân tích ghi thứ hạng và chỉ số của từng đơn vị, không "
                    + "có xếp loại",
                en: "\(framework) has no tiers: the analysis reports each unit's rank and index, and no class")
        case .inertNoise(let name, let reasons):
            LocalizedText(
                vi: "nhiễu \"\(name)\" không làm thay đổi điểm của đơn vị nào: "
                    + reasons.map { $0.text.vi }.joined(separator: "; "),
                en: "noise \"\(name)\" moves no unit's score: " + reasons.map { $0.text.en }.joined(separator: "; "))
        case .missingRulesAlike(let rules):
            LocalizedText(
                vi: "các quy tắc cho giá trị chưa có số liệu (\(rules.joined(separator: ", "))) đọc mọi giá trị như "
                    + "nhau: không cột được tính điểm nào chưa có số liệu ở đơn vị này mà có ở đơn vị khác, nên không "
                    + "có trung bình nào để điền vào",
                en: "the missing-value rules (\(rules.joined(separator: ", "))) read "
                    + "every value alike: no scored column is missing for one unit and present for another, so "
                    + "there is no mean to fill a value with")
        case .samplesTooSmall(let doubtful, let samples): Self.samplesText(doubtful, samples: samples)
        default: LocalizedText(vi: "", en: "")
        }
    }

    private static func samplesText(_ doubtful: [Doubtful], samples: Int) -> LocalizedText {
        func listed(_ language: Language) -> String {
            LocalizedText.abbreviated(
                doubtful.map { index in
                    let parts =
                        (index.first.map { [language == .vi ? "bậc một \($0)" : "first order \($0)"] } ?? [])
                        + (index.total.map { [language == .vi ? "toàn phần \($0)" : "total \($0)"] } ?? [])
                    return "\(index.group) (\(parts.joined(separator: ", ")))"
                }, keep: 4
            ).text(in: language)
        }
        let one = doubtful.count == 1
        return LocalizedText(
            vi: "ước lượng Sobol của \(listed(.vi)) nằm ngoài 0–1, khoảng chứa một phần phương sai: N = \(samples) "
                + "quá nhỏ để phân biệt các đầu vào này với nhiễu lấy mẫu; hãy tăng --samples (ví dụ --samples "
                + "\(samples * 4)) đến khi mọi ước lượng nằm trong 0–1 và các khoảng đủ hẹp",
            en: "the Sobol \(one ? "estimate" : "estimates") of \(listed(.en)) "
                + "\(one ? "falls" : "fall") outside 0–1, where a share of the variance lies: N = \(samples) is too small "
                + "to tell \(one ? "this input" : "these inputs") from sampling noise; raise --samples (e.g. --samples "
                + "\(samples * 4)) until every estimate lies in 0–1 and the intervals are narrow")
    }
}

extension UncertaintyNotice.InertReason {
    /// Why, in both languages.
    package var text: LocalizedText {
        switch self {
        case .noColumnOfItsKind:
            LocalizedText(
                vi: "khung đánh giá không có cột thuộc loại mà nhiễu này làm thay đổi",
                en: "the framework has no column of a kind it moves")
        case .noAmount(let columns):
            LocalizedText(
                vi:
                    "không mức nhiễu nào lớn hơn 0 áp dụng cho \(LocalizedText.abbreviated(columns, keep: 4).vi) (absolute hoặc relative cho số, flip cho câu "
                    + "trả lời có/không, countStep cho số đếm)",
                en:
                    "none of its amounts above 0 applies to \(LocalizedText.abbreviated(columns, keep: 4).en) (absolute or relative on numbers, flip "
                    + "on yes/no answers, countStep on counts)")
        case .informationOnly(let columns, let plural):
            LocalizedText(
                vi: "\(LocalizedText.abbreviated(columns, keep: 4).vi) không tính điểm: không điểm nào đọc đến",
                en:
                    "\(LocalizedText.abbreviated(columns, keep: 4).en) \(plural ? "are" : "is") information-only: no score reads \(plural ? "them" : "it")"
            )
        case .allMissing(let columns, let plural):
            LocalizedText(
                vi: "\(LocalizedText.abbreviated(columns, keep: 4).vi) chưa có số liệu ở mọi đơn vị",
                en: "\(LocalizedText.abbreviated(columns, keep: 4).en) \(plural ? "are" : "is") missing for every unit")
        case .allZero(let columns, let plural):
            LocalizedText(
                vi:
                    "\(LocalizedText.abbreviated(columns, keep: 4).vi) bằng 0 ở mọi đơn vị, và nhiễu tương đối không làm 0 thay đổi",
                en:
                    "\(LocalizedText.abbreviated(columns, keep: 4).en) \(plural ? "are" : "is") 0 for every unit, and relative noise moves 0 nowhere"
            )
        }
    }
}
