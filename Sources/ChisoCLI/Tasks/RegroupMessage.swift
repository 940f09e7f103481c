import ChisoCore
import ChisoFormats

/// What `regroup` finds wrong with its map, rules and data, and what it tells about the merge, in both languages.
enum RegroupMessage: DiagnosticMessage, Hashable {
    /// No built-in map of this name; `builtIn` lists them, `suggestion` a near one.
    case unknownMap(reference: String, builtIn: [String], suggestion: String?)
    /// `--by` takes neither `unit_id` nor `unit_name`.
    case badBy(by: String)
    /// `--weight` names no column of the data.
    case noWeightColumn(weight: String)
    /// An extra column beside `--weight`.
    case unknownColumn(framework: String)
    /// `--rule` names a column the framework lacks.
    case unknownRuleColumn(column: String, rule: MergeRule, framework: String, suggestion: String?)
    /// `--rule` gives a column a rule that cannot make a valid value of it.
    case ruleDoesNotApply(column: String, rule: MergeRule, key: String, kind: MeasureKind, allowed: [MergeRule])
    /// A unit of the data that the map does not hold.
    case notInMap(map: String, by: String, suggestion: String?, tryNames: Bool)
    /// More units not in the map than were listed.
    case moreNotInMap(count: Int)
    /// The sources of a built-in map.
    case mapSource(map: String, english: String)
    /// A unit matched to a name of the map loosely.
    case matchedLoosely(name: String, map: String, variants: [LooseUnitName.Variant])
    /// The rule for all does not apply to a kind of column, which keeps `kept`.
    case ruleKept(rule: MergeRule, kind: MeasureKind, kept: MergeRule, columns: [String])
    /// A rule and the columns it took (`nil`: every column), weighted by `weight` for the mean.
    case ruleTaken(rule: MergeRule, weight: String?, columns: [String]?)
    /// Old units of the map that the data lacks.
    case absentOldUnits(names: [String])
    /// A new unit on partial data: the old units found, those absent, the columns with missing values.
    case partialUnit(found: [String], absent: [String], thin: [String], moreThin: Int)
    /// New units none of whose old units is in the data.
    case newUnitsLeftOut(names: [String])
    /// How many new units rest on partial data, and whether they are ranked.
    case partialUnits(count: Int, ranked: Bool)
    /// The old units of the new unit `newUnit` are of different groups (`years` false) or years.
    case mixedOldUnits(newUnit: String, years: Bool, entries: [MixedEntry])
    /// Two units of the data share a name, under `--by unit_name`.
    case sharedName(earlierID: String, earlierLine: Int?, id: String)

    /// An old unit of a mixed new unit: its name, its line, its group or year (`nil`: none).
    struct MixedEntry: Hashable, Sendable {
        var name: String
        var line: Int?
        var value: String?
    }

    static var examples: [Self] {
        [
            .unknownMap(reference: "vn-province", builtIn: ["vn-provinces-2025"], suggestion: "vn-provinces-2025"),
            .unknownMap(reference: "x", builtIn: ["vn-provinces-2025"], suggestion: nil), .badBy(by: "name"),
            .noWeightColumn(weight: "population"), .unknownColumn(framework: "dti-2023"),
            .unknownRuleColumn(column: "CQS.1", rule: .sum, framework: "qd2361-xa", suggestion: "CQS.01"),
            .unknownRuleColumn(column: "ZZ", rule: .sum, framework: "qd2361-xa", suggestion: nil),
            .ruleDoesNotApply(column: "CQS.01", rule: .sum, key: "CQS.01", kind: .percent, allowed: [.mean, .min]),
            .ruleDoesNotApply(column: "B", rule: .mean, key: "B", kind: .count, allowed: [.sum, .min, .max]),
            .ruleDoesNotApply(column: "C", rule: .mean, key: "C", kind: .yesNo, allowed: [.min, .max]),
            .ruleDoesNotApply(column: "D", rule: .sum, key: "D", kind: .yesNo, allowed: [.min, .max]),
            .notInMap(map: "vn-provinces-2025", by: "unit_name", suggestion: "Hà Giang", tryNames: false),
            .notInMap(map: "m.csv", by: "unit_id", suggestion: nil, tryNames: true),
            .notInMap(map: "m.csv", by: "unit_id", suggestion: nil, tryNames: false), .moreNotInMap(count: 4),
            .mapSource(map: "vn-provinces-2025", english: "the 63 provinces regrouped into 34"),
            .mapSource(map: "other", english: "a map"),
            .matchedLoosely(name: "Đắk Lắk", map: "vn-provinces-2025", variants: [.tonePlacement, .dakSpelling]),
            .ruleKept(rule: .sum, kind: .percent, kept: .mean, columns: ["CQS.01", "CQS.02"]),
            .ruleTaken(rule: .mean, weight: "population", columns: nil),
            .ruleTaken(rule: .min, weight: nil, columns: ["CQS.03"]),
            .absentOldUnits(names: ["Hà Giang"]), .absentOldUnits(names: ["Hà Giang", "Bắc Kạn"]),
            .partialUnit(found: ["Tuyên Quang"], absent: ["Hà Giang"], thin: ["CQS.01"], moreThin: 2),
            .partialUnit(found: ["A", "B"], absent: [], thin: ["CQS.01"], moreThin: 0),
            .newUnitsLeftOut(names: ["Lào Cai"]), .newUnitsLeftOut(names: ["Lào Cai", "Huế"]),
            .partialUnits(count: 1, ranked: false), .partialUnits(count: 2, ranked: false),
            .partialUnits(count: 2, ranked: true),
            .mixedOldUnits(
                newUnit: "N1", years: false,
                entries: [MixedEntry(name: "A", line: 2, value: "X"), MixedEntry(name: "B")]),
            .mixedOldUnits(newUnit: "N1", years: true, entries: [MixedEntry(name: "A", line: 2, value: "2023")]),
            .sharedName(earlierID: "X1", earlierLine: 2, id: "X2"),
            .sharedName(earlierID: "X1", earlierLine: nil, id: "X2"),
        ]
    }

    var code: String {
        switch self {
        case .unknownMap: "regroup.unknown-map"
        case .badBy: "regroup.bad-by"
        case .noWeightColumn: "regroup.no-weight-column"
        case .unknownColumn: "regroup.unknown-column"
        case .unknownRuleColumn: "regroup.unknown-rule-column"
        case .ruleDoesNotApply: "regroup.rule-does-not-apply"
        case .notInMap: "regroup.not-in-map"
        case .moreNotInMap: "regroup.more-not-in-map"
        case .mapSource: "regroup.map-source"
        case .matchedLoosely: "regroup.matched-loosely"
        case .ruleKept: "regroup.rule-kept"
        case .ruleTaken: "regroup.rule-taken"
        case .absentOldUnits: "regroup.absent-old-units"
        case .partialUnit: "regroup.partial-unit"
        case .newUnitsLeftOut: "regroup.new-units-left-out"
        case .partialUnits: "regroup.partial-units"
        case .mixedOldUnits: "regroup.mixed-old-units"
        case .sharedName: "regroup.shared-name"
        }
    }

    var text: LocalizedText {
        switch self {
        case .unknownMap, .badBy, .noWeightColumn, .unknownColumn, .unknownRuleColumn, .ruleDoesNotApply:
            optionText
        case .notInMap, .moreNotInMap, .mixedOldUnits, .sharedName: matchText
        default: noticeText
        }
    }

    /// The name of a rule in Vietnamese: mean, sum, min, max.
    static func ruleName(_ rule: MergeRule) -> String {
        switch rule {
        case .mean: "mean (trung bình)"
        case .sum: "sum (tổng)"
        case .min: "min (nhỏ nhất)"
        case .max: "max (lớn nhất)"
        }
    }

    /// Why a rule does not apply to a kind of column.
    static func why(_ rule: MergeRule, _ kind: MeasureKind) -> LocalizedText {
        switch (rule, kind) {
        case (.mean, .count):
            LocalizedText(
                vi: "trung bình của các số đếm không phải số nguyên, như 1,5 cán bộ",
                en: "a mean of counts is not a whole number, as 1.5 staff")
        case (.mean, _):
            LocalizedText(
                vi: "trung bình của các câu trả lời không phải một câu trả lời", en: "a mean of answers is no answer")
        case (.sum, .yesNo), (.sum, .choice):
            LocalizedText(
                vi: "tổng của các câu trả lời không phải một câu trả lời", en: "a sum of answers is no answer")
        default:
            LocalizedText(
                vi: "tổng của các tỷ lệ, tỷ số hoặc điểm có thể vượt quá toàn phần (tổng các phần trăm quá 100)",
                en: "a sum of shares, ratios or points can pass the whole (a sum of percentages past 100)")
        }
    }

    /// The words on the options: the map, `--by`, `--weight`, `--rule`.
    private var optionText: LocalizedText {
        switch self {
        case .unknownMap(let reference, let builtIn, let suggestion):
            LocalizedText(
                vi: "không có bảng sắp xếp đơn vị có sẵn \"\(reference)\"; có sẵn: "
                    + builtIn.joined(separator: ", ") + ", hoặc hãy đưa đường dẫn của một tệp CSV"
                    + Suggestion.text(suggestion, .parenthesized, in: .vi),
                en: "no built-in unit map \"\(reference)\"; built-in: "
                    + builtIn.joined(separator: ", ") + ", or give the path of a CSV file"
                    + Suggestion.text(suggestion, .parenthesized, in: .en))
        case .badBy(let by):
            LocalizedText(
                vi: "--by nhận unit_id hoặc unit_name; đã nhận '\(by)'",
                en: "--by takes unit_id or unit_name; got '\(by)'")
        case .noWeightColumn(let weight):
            LocalizedText(
                vi: "--weight \(weight): tệp dữ liệu không có cột này ngoài các tiêu chí của khung đánh giá",
                en: "--weight \(weight): no such column in the data besides the framework's criteria")
        case .unknownColumn(let framework):
            LocalizedText(
                vi: "cột lạ: không phải tiêu chí của \(framework), cũng không phải cột --weight",
                en: "unknown column: not a criterion of \(framework), nor the --weight column")
        case .unknownRuleColumn(let column, let rule, let framework, let suggestion):
            LocalizedText(
                vi: "--rule \(column)=\(rule.rawValue): \(framework) không có cột \(column)"
                    + Suggestion.text(suggestion, .clause, in: .vi),
                en: "--rule \(column)=\(rule.rawValue): no column \(column) in \(framework)"
                    + Suggestion.text(suggestion, .clause, in: .en))
        case .ruleDoesNotApply(let column, let rule, let key, let kind, let allowed):
            LocalizedText(
                vi: "--rule \(column)=\(rule.rawValue): \(key) là cột \(kind.rawValue), và "
                    + "\(Self.why(rule, kind).vi); hãy dùng " + allowed.map(\.rawValue).joined(separator: ", "),
                en: "--rule \(column)=\(rule.rawValue): \(key) is a \(kind.rawValue) column, and "
                    + "\(Self.why(rule, kind).en); use " + allowed.map(\.rawValue).joined(separator: ", "))
        default: LocalizedText(vi: "", en: "")
        }
    }

    /// The words on matching the data's units to the map.
    private var matchText: LocalizedText {
        switch self {
        case .notInMap(let map, let by, let suggestion, let tryNames):
            LocalizedText(
                vi: "không có trong bảng sắp xếp \(map) (theo \(by))"
                    + (suggestion.map { Suggestion.text($0, .clause, in: .vi) }
                        ?? (tryNames ? "; bảng có thể ghi tên đơn vị: hãy thử --by unit_name" : "")),
                en: "not in the map \(map) (by \(by))"
                    + (suggestion.map { Suggestion.text($0, .clause, in: .en) }
                        ?? (tryNames ? "; the map may list names: try --by unit_name" : "")))
        case .moreNotInMap(let count):
            LocalizedText(
                vi: "và còn \(count) đơn vị khác không có trong bảng sắp xếp",
                en: "and \(count) more units not in the map")
        case .mixedOldUnits(let newUnit, let years, let entries):
            LocalizedText(
                vi: "đơn vị mới \"\(DisplayText.visible(newUnit))\": " + Self.mixed(years: years, entries).vi,
                en: "new unit \"\(DisplayText.visible(newUnit))\": " + Self.mixed(years: years, entries).en)
        case .sharedName(let earlierID, let earlierLine, let id):
            LocalizedText(
                vi: "hai đơn vị trùng tên này (unit_id \(earlierID)"
                    + (earlierLine.map { " ở dòng \($0)" } ?? "")
                    + ", \(id) ở đây), nên khi ghép theo tên chúng sẽ bị gộp làm một: hãy ghép theo unit_id với "
                    + "một bảng mã, hoặc đặt tên khác nhau trong tệp dữ liệu và trong bảng",
                en: "two units share this name (unit_id \(earlierID)"
                    + (earlierLine.map { " on line \($0)" } ?? "")
                    + ", \(id) here), so matched by name they would merge as "
                    + "one: match by unit_id with a map of IDs, or make the names unique in the data and the map")
        default: LocalizedText(vi: "", en: "")
        }
    }

    private static func mixed(years: Bool, _ entries: [MixedEntry]) -> LocalizedText {
        func listed(_ language: Language) -> String {
            entries.map { entry in
                let line = entry.line.map { language == .vi ? "dòng \($0), " : "line \($0), " } ?? ""
                let value =
                    switch (entry.value, years, language) {
                    case (let value?, false, .vi): "nhóm \(value)"
                    case (let value?, true, .vi): "năm \(value)"
                    case (let value?, false, .en): "group \(value)"
                    case (let value?, true, .en): "year \(value)"
                    case (nil, false, .vi): "không có nhóm"
                    case (nil, true, .vi): "không có năm"
                    case (nil, false, .en): "no group"
                    case (nil, true, .en): "no year"
                    }
                return "\(entry.name) (\(line)\(value))"
            }.joined(separator: ", ")
        }
        return years
            ? LocalizedText(
                vi: "các đơn vị cũ của nó thuộc các năm khác nhau: \(listed(.vi)); trung bình qua nhiều năm không "
                    + "phải giá trị của năm nào: hãy sắp xếp số liệu từng năm một, hoặc sửa cột year",
                en: "its old units are of different years: \(listed(.en)); a mean across years is the value of no "
                    + "year: regroup one year's data at a time, or correct the year column")
            : LocalizedText(
                vi: "các đơn vị cũ của nó thuộc các nhóm khác nhau: \(listed(.vi)); đơn vị được xếp hạng trong các "
                    + "nhóm khác nhau không cùng loại, nên không được gộp: hãy đưa chúng vào các đơn vị mới khác "
                    + "nhau, hoặc sửa cột group",
                en: "its old units are of different groups: \(listed(.en)); units ranked in different groups are "
                    + "not alike, so they are not merged: map them to different new units, or correct the group "
                    + "column")
    }
}

extension RegroupMessage {
    /// The Vietnamese variant names of a loose match.
    static func variantName(_ variant: LooseUnitName.Variant) -> String {
        switch variant {
        case .tonePlacement: "cách bỏ dấu thanh kiểu cũ"
        case .prefix: "tiền tố TP./Thành phố/Tỉnh"
        case .dash: "dấu gạch ngang"
        case .dakSpelling: "Đăk/Đắk"
        case .alias: "tên khác của đơn vị"
        }
    }

    /// The sources of the built-in maps, in Vietnamese, by map ID.
    static let sourcesInVietnamese: [String: String] = [
        "vn-provinces-2025":
            "63 tỉnh, thành phố trực thuộc Trung ương được sắp xếp thành 34 đơn vị từ ngày 1/7/2025, theo Nghị "
            + "quyết 202/2025/QH15 của Quốc hội (12/6/2025), như Nghị quyết 60-NQ/TW đã liệt kê; cấp huyện kết "
            + "thúc cùng ngày (Nghị quyết 203/2025/QH15). Lập bảng từ các nguồn tin S55, S56a–S56n trong danh "
            + "sách nguồn của dự án; tên đơn vị ghi như các nguồn. Ba dòng dựa trên ít hơn một nguồn nêu đúng cặp "
            + "đó: Khánh Hòa + Ninh Thuận chỉ dựa trên một nguồn yếu (S56o, một trang không phải tin tức về việc "
            + "sáp nhập dự kiến); Quảng Ngãi + Kon Tum và Đồng Nai + Bình Phước theo phép loại trừ (không nguồn "
            + "nào có trong tay nêu chúng: đó là các tỉnh cũ và đơn vị mới còn lại sau khi xếp 34 tên của S56a, "
            + "23 đơn vị hợp nhất và 11 đơn vị giữ nguyên của S56d, và các dòng có nguồn). Một lần kiểm tra độc "
            + "lập (issue 18) xác nhận ba dòng này đúng"
    ]

    /// The words on what the merge did: sources, loose matches, rules, partial data.
    var noticeText: LocalizedText {
        switch self {
        case .mapSource(let map, let english):
            LocalizedText(
                vi: Self.sourcesInVietnamese[map] ?? "nguồn của bảng sắp xếp \(map) (xem tệp bảng)", en: english)
        case .matchedLoosely(let name, let map, let variants):
            LocalizedText(
                vi: "được ghép gần đúng với \"\(name)\" của bảng sắp xếp \(map) ("
                    + variants.map(Self.variantName).joined(separator: ", ") + ")",
                en: "matched loosely to \"\(name)\" of the map \(map) ("
                    + variants.map(\.rawValue).joined(separator: ", ") + ")")
        case .ruleKept(let rule, let kind, let kept, let columns):
            LocalizedText(
                vi: "--rule \(rule.rawValue) không áp dụng cho cột \(kind.rawValue) (\(Self.why(rule, kind).vi)); "
                    + "các cột này giữ \(kept.rawValue): " + columns.joined(separator: ", "),
                en: "--rule \(rule.rawValue) does not apply to \(kind.rawValue) columns "
                    + "(\(Self.why(rule, kind).en)); they keep \(kept.rawValue): " + columns.joined(separator: ", "))
        case .ruleTaken(let rule, let weight, let columns):
            LocalizedText(
                vi: "\(Self.ruleName(rule))\(weight.map { rule == .mean ? " có trọng số theo \($0)" : "" } ?? ""): "
                    + (columns?.joined(separator: ", ") ?? "mọi cột"),
                en: "\(rule.rawValue)\(weight.map { rule == .mean ? " weighted by \($0)" : "" } ?? ""): "
                    + (columns?.joined(separator: ", ") ?? "every column"))
        case .absentOldUnits(let names):
            LocalizedText(
                vi: "\(names.count) đơn vị cũ của bảng sắp xếp không có trong tệp dữ liệu, nên đơn vị mới của "
                    + "chúng chỉ dựa trên các đơn vị còn lại: \(names.joined(separator: ", "))",
                en: "\(Plural.count(names.count, "old unit")) of the map \(names.count == 1 ? "is" : "are") "
                    + "not in the data, so \(names.count == 1 ? "its new unit rests" : "their new units rest") on "
                    + "the others: \(names.joined(separator: ", "))")
        case .partialUnit(let found, let absent, let thin, let moreThin):
            Self.partial(found: found, absent: absent, thin: thin, moreThin: moreThin)
        case .newUnitsLeftOut(let names):
            LocalizedText(
                vi: "không đơn vị cũ nào của \(names.count) đơn vị mới có trong tệp dữ liệu, nên chúng bị bỏ ra: "
                    + names.joined(separator: ", "),
                en: "no old unit of \(Plural.count(names.count, "new unit")) is in the data, so "
                    + "\(names.count == 1 ? "it is" : "they are") left out: \(names.joined(separator: ", "))")
        case .partialUnits(let count, let ranked):
            LocalizedText(
                vi: "\(count) đơn vị mới dựa trên số liệu không đầy đủ (thiếu đơn vị cũ hoặc chưa có số liệu), "
                    + "được đánh dấu \(RegroupRun.partialMark)"
                    + (ranked
                        ? " và được xếp hạng cùng các đơn vị khác (--rank-partial)."
                        : ", và không được xếp hạng; --rank-partial xếp hạng chúng cùng các đơn vị khác."),
                en: "\(Plural.count(count, "new unit")) \(count == 1 ? "rests" : "rest") on partial data (old units or "
                    + "values missing), marked \(RegroupRun.partialMark)"
                    + (ranked
                        ? " and ranked with the others (--rank-partial)."
                        : ", and \(count == 1 ? "is" : "are") not ranked; --rank-partial ranks them with the others."))
        default: LocalizedText(vi: "", en: "")
        }
    }

    private static func partial(found: [String], absent: [String], thin: [String], moreThin: Int) -> LocalizedText {
        var vi: [String] = []
        var en: [String] = []
        if !absent.isEmpty {
            vi.append("thiếu \(absent.joined(separator: ", "))")
            en.append("without \(absent.joined(separator: ", "))")
        }
        if !thin.isEmpty {
            vi.append(
                "chưa có số liệu ở \(thin.joined(separator: ", "))" + (moreThin > 0 ? " và \(moreThin) cột khác" : ""))
            en.append(
                "missing values in \(thin.joined(separator: ", "))" + (moreThin > 0 ? " and \(moreThin) more" : ""))
        }
        return LocalizedText(
            vi: "dựa trên số liệu không đầy đủ (\(found.count) đơn vị cũ: \(found.joined(separator: ", ")); "
                + vi.joined(separator: "; ") + ")",
            en: "rests on partial data (\(Plural.count(found.count, "old unit")): \(found.joined(separator: ", ")); "
                + en.joined(separator: "; ") + ")")
    }
}
