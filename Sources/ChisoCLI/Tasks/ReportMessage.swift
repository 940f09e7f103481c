import ChisoCore
import ChisoFormats

/// What `report` finds wrong with its units and the analyses given beside the data, in both languages.
enum ReportMessage: DiagnosticMessage, Hashable {
    /// An analysis given to the report.
    enum Analysis: Hashable, Sendable {
        /// A plan (`--plan`).
        case plan
        /// An uncertainty output (`--uncertainty`).
        case uncertainty

        /// Its name in both languages.
        var name: LocalizedText {
            switch self {
            case .plan: LocalizedText(vi: "phương án", en: "the plan")
            case .uncertainty: LocalizedText(vi: "kết quả phân tích độ bất định", en: "the uncertainty output")
            }
        }
    }

    /// What a plan's cell says that the data does not.
    enum PlanCell: Hashable, Sendable {
        /// The unit's current class.
        case currentClass(unit: String)
        /// The value a change starts from, of a unit's criterion (through the subordinate unit `via`).
        case from(unit: String, via: String?, criterion: String)
    }

    /// What an uncertainty output's nominal result is.
    enum Nominal: String, Hashable, Sendable {
        case `class`, rank, index
    }

    /// `--unit` names no unit of the data.
    case unknownUnit(unit: String, data: String, suggestion: String?)
    /// An analysis names units the data does not hold.
    case strangers(analysis: Analysis, data: String, units: [String])
    /// The sides are compared in the order of their years.
    case yearOrder(years: [String])
    /// A plan's cell is not what the data holds (`held`, `nil` when empty) in `source` (with the data).
    case planFromOtherData(cell: PlanCell, source: String, held: String?, data: String, children: String?)
    /// An uncertainty output's nominal result is not what the data gives (`held`, `nil`: empty, not ranked).
    case uncertaintyFromOtherData(unit: String, nominal: Nominal, data: String, held: String?)
    /// `--budget` differs from the budget the plan file was made with (`planned`).
    case otherBudget(given: String, planned: String)
    /// `--units all` or `--units none` given beside unit IDs or beside each other.
    case mixedUnitWords(word: String)
    /// `--units all` on more units than get a section by default: the report will be long.
    case longReport(units: Int)

    /// Rows whose `field` differs from the data, summed up.
    static func planRows(field: String, data: String) -> LocalizedText {
        LocalizedText(vi: "dòng có \(field) khác với \(data)", en: "rows whose \(field) differs from \(data)")
    }

    /// Rows whose nominal result differs from the data, summed up.
    static func uncertaintyRows(data: String) -> LocalizedText {
        LocalizedText(
            vi: "dòng có kết quả danh nghĩa khác với \(data)", en: "rows whose nominal result differs from \(data)")
    }

    static var examples: [Self] {
        [
            .unknownUnit(unit: "X9", data: "data.csv", suggestion: "X1"),
            .unknownUnit(unit: "X9", data: "data.csv", suggestion: nil),
            .strangers(analysis: .plan, data: "data.csv", units: ["X9"]),
            .strangers(analysis: .uncertainty, data: "data.csv", units: ["X8", "X9"]),
            .yearOrder(years: ["2022", "2023"]),
            .planFromOtherData(
                cell: .currentClass(unit: "X1"), source: "data.csv", held: "2", data: "data.csv", children: nil),
            .planFromOtherData(
                cell: .from(unit: "H1", via: "X1", criterion: "CQS.01"), source: "xa.csv", held: nil, data: "data.csv",
                children: "xa.csv"),
            .planFromOtherData(
                cell: .from(unit: "H1", via: nil, criterion: "CQS.01"), source: "data.csv", held: "50",
                data: "data.csv",
                children: nil),
            .uncertaintyFromOtherData(unit: "X1", nominal: .class, data: "data.csv", held: "2"),
            .uncertaintyFromOtherData(unit: "X1", nominal: .rank, data: "data.csv", held: nil),
            .uncertaintyFromOtherData(unit: "X1", nominal: .index, data: "data.csv", held: "0.5000"),
            .otherBudget(given: "5000", planned: "20000"),
            .mixedUnitWords(word: "all"), .longReport(units: 10_600),
        ]
    }

    var code: String {
        switch self {
        case .unknownUnit: "report.unknown-unit"
        case .strangers: "report.units-of-other-data"
        case .yearOrder: "report.year-order"
        case .planFromOtherData: "report.plan-from-other-data"
        case .uncertaintyFromOtherData: "report.uncertainty-from-other-data"
        case .otherBudget: "report.other-budget"
        case .mixedUnitWords: "report.units-word-mixed"
        case .longReport: "report.long"
        }
    }

    var text: LocalizedText {
        switch self {
        case .unknownUnit(let unit, let data, let suggestion):
            LocalizedText(
                vi: "không có đơn vị nào có unit_id \"\(DisplayText.visible(unit))\" trong \(data)"
                    + Suggestion.text(suggestion, .clause, in: .vi),
                en: "no unit with unit_id \"\(DisplayText.visible(unit))\" in \(data)"
                    + Suggestion.text(suggestion, .clause, in: .en))
        case .strangers(let analysis, let data, let units):
            LocalizedText(
                vi: "\(analysis.name.vi) nêu \(units.count) đơn vị mà \(data) không có: "
                    + "\(LocalizedText.abbreviated(units, keep: 5).vi); có phải nó được lập từ một tệp dữ liệu khác?",
                en: "\(analysis.name.en) names \(Plural.count(units.count, "unit")) that \(data) does not hold: "
                    + "\(Plural.abbreviated(units, keep: 5)); was it made from another data file?")
        case .yearOrder(let years):
            LocalizedText(
                vi: "các bên được so sánh theo thứ tự năm, \(years.joined(separator: " → ")): thay đổi thứ hạng "
                    + "tính từ năm trước đến năm sau",
                en: "the sides are compared in the order of their years, "
                    + "\(years.joined(separator: " → ")): a rank shift runs from the earlier year to the later")
        case .planFromOtherData(let cell, let source, let held, let data, let children):
            Self.plan(cell, source: source, held: held, data: data, children: children)
        case .uncertaintyFromOtherData(let unit, let nominal, let data, let held):
            Self.uncertainty(unit, nominal, data: data, held: held)
        case .otherBudget(let given, let planned):
            LocalizedText(
                vi: "--budget \(given) khác với ngân sách \(planned) mà phương án được lập theo (cột budget), nên cột "
                    + "funded của nó không nói về ngân sách này; hãy bỏ --budget, hoặc lập lại phương án với "
                    + "--budget \(given)",
                en: "--budget \(given) is not the budget of \(planned) the plan was made with (its budget column), so "
                    + "its funded column does not speak of it; leave out --budget, or make the plan again with "
                    + "--budget \(given)")
        case .mixedUnitWords(let word):
            LocalizedText(
                vi: "'--units \(word)' phải đứng một mình, không kèm mã đơn vị nào; hãy cho hoặc '--units \(word)', "
                    + "hoặc các mã đơn vị cần có mục riêng",
                en: "'--units \(word)' stands alone, without unit IDs; give either '--units \(word)' or the IDs of "
                    + "the units that get a section")
        case .longReport(let units):
            LocalizedText(
                vi: "'--units all' cho mỗi đơn vị trong \(units) đơn vị một mục riêng: "
                    + "báo cáo sẽ rất dài; hãy nêu các đơn vị cần xem bằng '--units MÃ,MÃ'",
                en: "'--units all' gives each of \(units) units a section: the report "
                    + "will be long; name the units wanted with '--units ID,ID'")
        }
    }

    private static func plan(_ cell: PlanCell, source: String, held: String?, data: String, children: String?)
        -> LocalizedText
    {
        let what: LocalizedText =
            switch cell {
            case .currentClass(let unit):
                LocalizedText(vi: "xếp loại hiện tại của \(unit)", en: "\(unit)'s current class")
            case .from(let unit, let via, let criterion):
                LocalizedText(
                    vi: "\(criterion) của \(via.map { "\(unit) qua \($0)" } ?? unit)",
                    en: "\(via.map { "\(unit) via \($0)" } ?? unit) \(criterion)")
            }
        return LocalizedText(
            vi: "\(what.vi): \(source) ghi \(held ?? "(trống)"); phương án được lập từ số liệu khác — hãy lập lại "
                + "từ \(data)" + (children.map { " và \($0)" } ?? ""),
            en: "\(what.en): \(source) has \(held ?? "(empty)"); the plan was made "
                + "from other data — make it again from \(data)" + (children.map { " and \($0)" } ?? ""))
    }

    private static func uncertainty(_ unit: String, _ nominal: Nominal, data: String, held: String?) -> LocalizedText {
        let whatVi =
            switch nominal {
            case .class: "xếp loại"
            case .rank: "thứ hạng"
            case .index: "chỉ số"
            }
        return LocalizedText(
            vi: "\(whatVi) của \(unit) khi tính điểm: \(data) cho \(held ?? "(trống: không xếp hạng)"); kết quả phân "
                + "tích được lập từ số liệu khác — hãy chạy lại chiso uncertainty trên \(data)",
            en: "\(unit)'s \(nominal.rawValue) as scored: \(data) gives "
                + "\(held ?? "(empty: not ranked)"); the analysis was made from other data — run chiso uncertainty "
                + "again on \(data)")
    }
}
