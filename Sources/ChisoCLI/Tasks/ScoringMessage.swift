import ChisoCore
import ChisoFormats

/// What scoring finds wrong with its framework and subordinate units, and what it tells about the results, in both
/// languages.
enum ScoringMessage: DiagnosticMessage, Hashable {
    /// Both `--children` and `--children-levels`.
    case childrenTwice
    /// No `--children` file, so the roll-up criteria count as missing.
    case noChildrenFile
    /// The data is an approximation.
    case approximateData(framework: String)
    /// Units below the lowest tier, left unranked.
    case unranked(count: Int, lowest: LocalizedText, shown: [String], more: Bool)
    /// The roll-up uses recognised levels read from a file.
    case recognisedLevels(count: Int)
    /// The sources do not give the points of some criteria.
    case unknownWeights(criteria: [String], framework: String)
    /// `--children` with a framework that does not roll up.
    case noRollUp(framework: String)
    /// `--children` with a framework naming no `childFramework`.
    case noChildFramework(framework: String)
    /// Subordinate units that could not be read, of `parent` (`nil`: of no readable parent).
    case unreadableChildren(ids: [String], parent: String?)
    /// `--ignore-column` names a column no file has.
    case ignoredColumnAbsent
    /// The subordinate units' file has no `parent_id` column.
    case noParentColumn
    /// A row's `parent_id` is empty.
    case emptyParent
    /// A row's `parent_id` names no unit of the scored file.
    case unknownParent(suggestion: String?)

    /// Parents whose roll-up lacks unreadable subordinate units, summed up.
    static let unreadableChildrenParents = LocalizedText(
        vi: "đơn vị cấp trên thiếu đơn vị cấp dưới không đọc được trong phần tổng hợp",
        en: "parents whose roll-up lacks subordinate units that could not be read")
    /// Rows with an empty `parent_id`, summed up.
    static let emptyParentRows = LocalizedText(vi: "dòng có parent_id trống", en: "rows with an empty parent_id")
    /// Rows whose `parent_id` names no unit, summed up.
    static let unknownParentRows = LocalizedText(
        vi: "dòng có parent_id không khớp unit_id nào của tệp được tính điểm",
        en: "rows whose parent_id matches no unit_id of the scored file")

    static var examples: [Self] {
        [
            .childrenTwice, .noChildrenFile, .approximateData(framework: "dti-2023"),
            .unranked(count: 1, lowest: LocalizedText(vi: "Mức IV", en: "Tier IV"), shown: ["H1"], more: false),
            .unranked(count: 12, lowest: LocalizedText(vi: "Mức IV", en: "Tier IV"), shown: ["H1", "H2"], more: true),
            .recognisedLevels(count: 12), .unknownWeights(criteria: ["A.1", "A.2"], framework: "dti-2020"),
            .noRollUp(framework: "qd2361-xa"), .noChildFramework(framework: "my-district"),
            .unreadableChildren(ids: ["X1"], parent: "H1"), .unreadableChildren(ids: ["X1", "X2"], parent: nil),
            .unreadableChildren(ids: ["X1", "X2"], parent: "H1"), .unreadableChildren(ids: ["X1"], parent: nil),
            .ignoredColumnAbsent, .noParentColumn, .emptyParent, .unknownParent(suggestion: "H1"),
            .unknownParent(suggestion: nil),
        ]
    }

    var code: String {
        switch self {
        case .childrenTwice: "scoring.children-twice"
        case .noChildrenFile: "scoring.no-children-file"
        case .approximateData: "scoring.approximate-data"
        case .unranked: "scoring.unranked"
        case .recognisedLevels: "scoring.recognised-levels"
        case .unknownWeights: "scoring.unknown-weights"
        case .noRollUp: "scoring.no-roll-up"
        case .noChildFramework: "scoring.no-child-framework"
        case .unreadableChildren: "scoring.unreadable-children"
        case .ignoredColumnAbsent: "scoring.ignored-column-absent"
        case .noParentColumn: "scoring.no-parent-column"
        case .emptyParent: "scoring.empty-parent"
        case .unknownParent: "scoring.unknown-parent"
        }
    }

    var text: LocalizedText {
        switch self {
        case .childrenTwice, .noChildrenFile, .approximateData, .unranked, .recognisedLevels, .unknownWeights:
            runText
        default: childText
        }
    }

    /// The words on the run and its results.
    private var runText: LocalizedText {
        switch self {
        case .childrenTwice:
            LocalizedText(
                vi: "hãy đưa --children (tệp dữ liệu của đơn vị cấp dưới, được tính điểm ở đây) hoặc "
                    + "--children-levels (mức đã được công nhận của chúng), không đưa cả hai: hai nguồn này không "
                    + "trộn được trong một lần chạy",
                en: "give either --children (the subordinate units' data, scored here) or --children-levels "
                    + "(their recognised levels), not both: the two sources cannot be mixed in one run")
        case .noChildrenFile:
            LocalizedText(
                vi: "không có tệp --children, nên tiêu chí này tính là chưa có số liệu ở mọi đơn vị; hãy đưa tệp "
                    + "đánh giá của đơn vị cấp dưới bằng --children để tính nó",
                en: "no --children file is given, so this criterion counts as missing for every unit; give "
                    + "the subordinate units' assessment file with --children to score it")
        case .approximateData(let framework):
            LocalizedText(
                vi: "tệp dữ liệu là số liệu gần đúng (cột approximation ghi lý do), nên kết quả không phải của "
                    + "chính \(framework); mọi kết quả đầu ra đều ghi rõ điều này",
                en: "the data is an approximation (its approximation column says why), so the results are "
                    + "not \(framework)'s own; every output says so")
        case .unranked(let count, let lowest, let shown, let more):
            LocalizedText(
                vi: "\(count) đơn vị dưới \(lowest.vi) không xếp hạng (\(shown.joined(separator: ", "))"
                    + (more ? ", …" : "") + "): khung đánh giá không xếp hạng các đơn vị dưới xếp loại thấp "
                    + "nhất (\"unrankedBelowTiers\")",
                en: "\(Plural.count(count, "unit")) below \(lowest.vi) (\(lowest.en)) "
                    + (count == 1 ? "has" : "have") + " no rank (\(shown.joined(separator: ", "))"
                    + (more ? ", …" : "") + "): the framework leaves units below its "
                    + "lowest tier unranked (\"unrankedBelowTiers\")")
        case .recognisedLevels(let count):
            LocalizedText(
                vi: "phần tổng hợp dùng mức đã được công nhận của \(count) đơn vị cấp dưới từ tệp này "
                    + "(--children-levels), không phải mức tính lại từ số liệu của chúng",
                en: "the roll-up uses the recognised levels of \(count) subordinate units from this file "
                    + "(--children-levels), not levels recomputed from their data")
        case .unknownWeights(let criteria, let framework):
            LocalizedText(
                vi: "các nguồn không cho điểm của \(criteria.joined(separator: ", ")), nên khung đánh giá này "
                    + "không tính điểm được nếu không tự đặt ra trọng số. Hãy sao chép nó (chiso frameworks show "
                    + "\(framework) --format json > my.json), điền \"max\" cho từng mục, rồi tính điểm với "
                    + "--framework my.json",
                en: "the points of \(criteria.joined(separator: ", ")) are not given by the sources, "
                    + "so this framework cannot score without inventing weights. Copy it (chiso frameworks show "
                    + "\(framework) --format json > my.json), fill in \"max\" for each of them, and score with "
                    + "--framework my.json")
        default: LocalizedText(vi: "", en: "")
        }
    }

    /// The words on the subordinate units.
    private var childText: LocalizedText {
        switch self {
        case .noRollUp(let framework):
            LocalizedText(
                vi: "có --children nhưng khung đánh giá \(framework) không tổng hợp đơn vị cấp dưới: không tiêu chí "
                    + "nào của nó được tính từ mức của chúng (như CHUNG.01 cấp huyện). Hãy tính điểm các đơn vị cấp "
                    + "dưới bằng khung đánh giá của chính chúng",
                en: "--children is given but framework \(framework) does not roll up subordinate units: no "
                    + "criterion of it is computed from their levels (as district CHUNG.01 is). Score the subordinate "
                    + "units with their own framework instead")
        case .noChildFramework(let framework):
            LocalizedText(
                vi: "có --children nhưng khung đánh giá \(framework) không ghi childFramework để tính điểm chúng",
                en: "--children is given but framework \(framework) names no childFramework to score them with")
        case .unreadableChildren(let ids, let parent): Self.unreadable(ids, parent: parent)
        case .ignoredColumnAbsent:
            LocalizedText(
                vi: "--ignore-column nêu một cột mà tệp không có; hãy kiểm tra lại tên",
                en: "--ignore-column names a column that the file does not have; check the name")
        case .noParentColumn:
            LocalizedText(
                vi: "không có cột parent_id; mỗi đơn vị cấp dưới cần unit_id của đơn vị mà nó thuộc về, trong cột "
                    + "parent_id",
                en: "no parent_id column; every subordinate unit needs the unit_id of the unit it belongs "
                    + "to, in a parent_id column")
        case .emptyParent:
            LocalizedText(
                vi: "parent_id trống; mỗi đơn vị cấp dưới cần unit_id của đơn vị mà nó thuộc về",
                en: "empty parent_id; every subordinate unit needs the unit_id of the unit it belongs to")
        case .unknownParent(let suggestion):
            LocalizedText(
                vi: "parent_id không khớp unit_id nào của tệp được tính điểm"
                    + Suggestion.text(suggestion, .clause, in: .vi),
                en: "parent_id matches no unit_id of the scored file"
                    + Suggestion.text(suggestion, .clause, in: .en))
        default: LocalizedText(vi: "", en: "")
        }
    }

    private static func unreadable(_ ids: [String], parent: String?) -> LocalizedText {
        let whose = parent.map { "parent \($0)" } ?? "no readable parent_id"
        let whoseVi = parent.map { "đơn vị cấp trên \($0)" } ?? "không có parent_id đọc được"
        return LocalizedText(
            vi: "đơn vị cấp dưới \(DisplayText.list(ids)) (\(DisplayText.visible(whoseVi))) không đọc được, nên "
                + (parent.map {
                    "tiêu chí tổng hợp của \($0) tính là chưa có số liệu ở mọi chỗ mà mức của chúng có "
                        + "thể làm thay đổi"
                } ?? "tiêu chí tổng hợp của đơn vị nào cũng không tính được chúng"),
            en: "\(ids.count == 1 ? "subordinate unit" : "subordinate units") "
                + "\(DisplayText.list(ids)) (\(DisplayText.visible(whose))) could not be read, so "
                + (parent.map {
                    "the roll-up criterion of \($0) counts as missing wherever "
                        + (ids.count == 1 ? "its level" : "their levels") + " could change it"
                } ?? "no unit's roll-up criterion can count \(ids.count == 1 ? "it" : "them")"))
    }
}
