package import ChisoCore
import ChisoFormats

extension AnalysisWords {
    /// Ranks compared within each unit's group.
    package static let ranksWithinGroups = LocalizedText(
        vi: "thứ hạng được tính trong nhóm của từng đơn vị (cột group), như chiso score xếp hạng: một thứ hạng chỉ "
            + "so sánh đơn vị với các đơn vị cùng nhóm",
        en: "ranks are within each unit's group (the group column), as chiso score ranks them: a rank compares "
            + "a unit with its own group only")

    /// Units some runs leave unranked.
    package static func sometimesUnranked(_ ids: [String]) -> LocalizedText {
        let listed = ConditionWords.abbreviated(ids, keep: 4)
        let count = ids.count
        return LocalizedText(
            vi: "\(vi.integer(count)) đơn vị không được xếp hạng trong một số hoặc mọi lần chạy (\(listed.vi)): khung "
                + "không xếp hạng các đơn vị dưới xếp loại thấp nhất; thống kê thứ hạng của một đơn vị tính trên "
                + "những lần nó được xếp hạng, và p_ranked là tỷ lệ số lần đó",
            en: "\(count) \(count == 1 ? "unit is" : "units are") not ranked in some or all runs "
                + "(\(Plural.abbreviated(ids, keep: 4))): the framework leaves units below its lowest tier unranked; "
                + "a unit's rank statistics are over the runs in which it is ranked, and p_ranked is the share of "
                + "those runs")
    }

    /// Relative noise that moves columns by their whole size or more.
    package static func wideRelativeNoise(_ name: String, amount: Double, columns: [String]) -> LocalizedText {
        let listed = ConditionWords.abbreviated(columns, keep: 4)
        return LocalizedText(
            vi: "nhiễu \"\(name)\" ±\(vi.quantity(amount)) × giá trị (±\(vi.percent(amount * 100))) làm \(listed.vi) "
                + "thay đổi bằng hoặc hơn cả độ lớn của chúng: phần lớn các lần rút bị cắt về hai đầu của cột, nên "
                + "kết quả nói về nhiễu nhiều hơn là về dữ liệu",
            en: "noise \"\(name)\" of ±\(en.quantity(amount)) × the value (±\(NumberText.shortest(amount * 100))%) "
                + "moves \(Plural.abbreviated(columns, keep: 4)) by their whole size or more: most draws are clipped "
                + "to the column's ends, so the result says more about the noise than about the data")
    }

    /// Absolute noise at least the whole range of columns.
    package static func wideAbsoluteNoise(
        _ name: String, amount: Double, columns: [String], ranges: [ClosedRange<Double>]
    ) -> LocalizedText {
        let written = { (numbers: Numerals) in
            Set(ranges.map { "\(numbers.quantity($0.lowerBound))–\(numbers.quantity($0.upperBound))" }).sorted()
                .joined(separator: "; ")
        }
        let plain = Set(ranges.map { "\(NumberText.shortest($0.lowerBound))–\(NumberText.shortest($0.upperBound))" })
            .sorted().joined(separator: ", ")
        return LocalizedText(
            vi: "nhiễu \"\(name)\" ±\(vi.quantity(amount)) bằng hoặc hơn cả khoảng giá trị của "
                + "\(ConditionWords.abbreviated(columns, keep: 4).vi) (\(written(vi))): phần lớn các lần rút bị cắt về "
                + "hai đầu của cột, nên kết quả nói về nhiễu nhiều hơn là về dữ liệu; mức nhiễu tính theo đơn vị của "
                + "từng cột (một tỷ lệ 0–1 nhận mức nhiễu như 0,05)",
            en: "noise \"\(name)\" of ±\(NumberText.shortest(amount)) is at least the whole range of "
                + "\(Plural.abbreviated(columns, keep: 4)) (\(plain)): most draws are clipped to the column's ends, "
                + "so the result says more about the noise than about the data; the amount is in each column's own "
                + "unit (a ratio of 0–1 takes noise such as 0.05)")
    }

    /// An alternative framework's criteria that binding does not count (`count` of them, duplicates counted).
    package static func foreignCriteria(framework: String, ids: [String], count: Int) -> LocalizedText {
        let one = count == 1
        return LocalizedText(
            vi:
                "tiêu chí cản trở chỉ tính các tiêu chí của \(framework): \(ConditionWords.abbreviated(ids, keep: 4).vi) "
                + "của khung thay thế không thuộc số đó, nên những lần chạy rút khung đó không tính chúng ở đâu cả",
            en: "binding counts the criteria of \(framework) only: an alternative framework's "
                + "\(Plural.abbreviated(ids, keep: 4)) \(one ? "is" : "are") not among them, so the runs that draw it "
                + "count \(one ? "it" : "them") nowhere")
    }

    /// A framework without tiers.
    package static func noTiers(_ framework: String) -> LocalizedText {
        LocalizedText(
            vi: "\(framework) không có xếp loại: phân tích cho biết thứ hạng và chỉ số của từng đơn vị, không có xếp "
                + "loại",
            en: "\(framework) has no tiers: the analysis reports each unit's rank and index, and no class")
    }

    /// Why a noise entry moves no score, one reason per part.
    package enum InertReason: Sendable {
        /// The framework has no column of a kind the noise moves.
        case noColumn
        /// None of its amounts applies to the columns.
        case noAmount([String])
        /// The columns are information-only.
        case informationOnly([String])
        /// The columns are missing for every unit.
        case allMissing([String])
        /// The columns are 0 for every unit.
        case allZero([String])
    }

    /// A noise entry that moves no unit's score, and why.
    package static func inertNoise(_ name: String, reasons: [InertReason]) -> LocalizedText {
        let parts = reasons.map(inertReason)
        return LocalizedText(
            vi: "nhiễu \"\(name)\" không làm thay đổi điểm của đơn vị nào: " + parts.map(\.vi).joined(separator: "; "),
            en: "noise \"\(name)\" moves no unit's score: " + parts.map(\.en).joined(separator: "; "))
    }

    private static func inertReason(_ reason: InertReason) -> LocalizedText {
        let listed = { (ids: [String]) in
            (ConditionWords.abbreviated(ids, keep: 4).vi, Plural.abbreviated(ids, keep: 4))
        }
        switch reason {
        case .noColumn:
            return LocalizedText(
                vi: "khung không có cột thuộc loại mà nhiễu này tác động",
                en: "the framework has no column of a kind it moves")
        case .noAmount(let ids):
            let (vi, en) = listed(ids)
            return LocalizedText(
                vi: "không mức nhiễu nào lớn hơn 0 áp dụng cho \(vi) (absolute hoặc relative cho số, flip cho câu trả "
                    + "lời có/không, countStep cho số đếm)",
                en: "none of its amounts above 0 applies to \(en) (absolute or relative on numbers, flip on yes/no "
                    + "answers, countStep on counts)")
        case .informationOnly(let ids):
            let (vi, en) = listed(ids)
            let plural = ids.count != 1
            return LocalizedText(
                vi: "\(vi) không tính điểm: không điểm nào đọc đến",
                en: "\(en) \(plural ? "are" : "is") information-only: no score reads \(plural ? "them" : "it")")
        case .allMissing(let ids):
            let (vi, en) = listed(ids)
            return LocalizedText(
                vi: "\(vi) chưa có số liệu ở mọi đơn vị",
                en: "\(en) \(ids.count != 1 ? "are" : "is") missing for every unit")
        case .allZero(let ids):
            let (vi, en) = listed(ids)
            return LocalizedText(
                vi: "\(vi) bằng 0 ở mọi đơn vị, và nhiễu tương đối không làm 0 thay đổi",
                en: "\(en) \(ids.count != 1 ? "are" : "is") 0 for every unit, and relative noise moves 0 nowhere")
        }
    }

    /// Missing-value rules that read every value alike.
    package static func missingRulesAlike(_ rules: [String]) -> LocalizedText {
        LocalizedText(
            vi: "các cách đọc giá trị chưa có số liệu (\(rules.joined(separator: ", "))) đọc mọi giá trị như nhau: "
                + "không cột tính điểm nào chưa có số liệu ở đơn vị này mà có ở đơn vị khác, nên không có giá trị "
                + "trung bình để điền",
            en:
                "the missing-value rules (\(rules.joined(separator: ", "))) read every value alike: no scored column is "
                + "missing for one unit and present for another, so there is no mean to fill a value with")
    }

    /// Sobol estimates outside 0–1: the design is too small.
    package static func samplesAdvice(_ doubtful: [(group: String, first: Double?, total: Double?)], samples: Int)
        -> LocalizedText
    {
        let written = { (numbers: Numerals, first: String, total: String, group: (String) -> String) in
            doubtful.map { item in
                let parts =
                    (item.first.map { ["\(first) \(numbers.quantity(rounded($0)))"] } ?? [])
                    + (item.total.map { ["\(total) \(numbers.quantity(rounded($0)))"] } ?? [])
                return "\(group(item.group)) (\(parts.joined(separator: ", ")))"
            }
        }
        let listedVi = ConditionWords.abbreviated(written(vi, "bậc một", "toàn phần") { self.group($0).vi }, keep: 4)
        let listedEn = Plural.abbreviated(written(en, "first order", "total") { $0 }, keep: 4)
        let one = doubtful.count == 1
        return LocalizedText(
            vi: "ước lượng Sobol của \(listedVi.vi) nằm ngoài 0–1, khoảng chứa một phần phương sai: N = "
                + "\(vi.integer(samples)) quá nhỏ để phân biệt \(one ? "đầu vào này" : "các đầu vào này") với nhiễu "
                + "lấy mẫu; hãy tăng --samples (ví dụ --samples \(samples * 4)) cho đến khi mọi ước lượng nằm trong "
                + "0–1 và các khoảng hẹp",
            en: "the Sobol \(one ? "estimate" : "estimates") of \(listedEn) "
                + "\(one ? "falls" : "fall") outside 0–1, where a share of the variance lies: N = \(samples) is too "
                + "small to tell \(one ? "this input" : "these inputs") from sampling noise; raise --samples (e.g. "
                + "--samples \(samples * 4)) until every estimate lies in 0–1 and the intervals are narrow")
    }
}
