public import ChisoCore

/// What the level scheme's table reader finds wrong with a level framework's annex table (`Mức 1…Mức n`
/// columns), its `Mức` part or its `Thông tin` settings, or worth telling about how it read them; in both
/// languages.
public enum LevelTableMessage: DiagnosticMessage, Hashable {
    /// A level cell reads as a requirement that the criterion's measure cannot hold (`Có` on a percentage).
    case requirementDoesNotFit(measure: String)
    /// A percentage among alternatives on a criterion whose main measure is a count, and no percent second
    /// measure (`Số liệu phụ`) to hold it.
    case noSecondMeasureFor(measure: String)
    /// `Đo bằng` was empty: the measure was inferred from the level cells.
    case measureInferred(measure: String)
    /// `Đo bằng` is empty and the level cells do not tell the measure.
    case measureNotInferred
    /// `Đo bằng` holds no known word.
    case unknownMeasure(expected: [String])
    /// A line of `Số liệu phụ` is not `suffix: measure word: Tên tiếng Việt | English`.
    case unreadableSecondMeasure
    /// A yes/no cell (`Mở rộng`) holds neither yes nor no.
    case unreadableFlag
    /// A numbered criterion stands under no group row (`I`, `II`).
    case criterionOutsideGroup
    /// A row stands under a criterion: a level table has only groups and criteria.
    case rowUnderCriterion
    /// No `Mức` part, no level names in the header cells, and not Decision 2361's five levels.
    case levelNamesMissing(levels: Int)
    /// The `Mức` part names another number of levels than the table has columns.
    case levelNameCount(columns: Int, found: Int)
    /// A row of the `Mức` part is not the next level, or has no name.
    case unreadableLevelName(expected: Int)
    /// `Cách xét mức` holds no known word.
    case unknownLevelRule(expected: [String])
    /// `Số tiêu chí mở rộng tối thiểu` is not numbers separated by `;`.
    case unreadableExtendedMinimum

    /// One example of every case.
    public static var examples: [Self] {
        [
            .requirementDoesNotFit(measure: "phần trăm"), .noSecondMeasureFor(measure: "phần trăm"),
            .measureInferred(measure: "phần trăm"), .measureNotInferred,
            .unknownMeasure(expected: ["phần trăm", "số lượng"]), .unreadableSecondMeasure, .unreadableFlag,
            .criterionOutsideGroup, .rowUnderCriterion, .levelNamesMissing(levels: 4),
            .levelNameCount(columns: 5, found: 4), .unreadableLevelName(expected: 2),
            .unknownLevelRule(expected: ["từng mức", "cộng dồn"]), .unreadableExtendedMinimum,
        ]
    }

    /// The stable code of the case.
    public var code: String {
        switch self {
        case .requirementDoesNotFit: "levels.table.requirement-measure"
        case .noSecondMeasureFor: "levels.table.no-second-measure"
        case .measureInferred: "levels.table.measure-inferred"
        case .measureNotInferred: "levels.table.measure-unknown"
        case .unknownMeasure: "levels.table.unknown-measure"
        case .unreadableSecondMeasure: "levels.table.second-measure"
        case .unreadableFlag: "levels.table.flag"
        case .criterionOutsideGroup: "levels.table.outside-group"
        case .rowUnderCriterion: "levels.table.under-criterion"
        case .levelNamesMissing: "levels.table.level-names"
        case .levelNameCount: "levels.table.level-name-count"
        case .unreadableLevelName: "levels.table.level-name"
        case .unknownLevelRule: "levels.table.level-rule"
        case .unreadableExtendedMinimum: "levels.table.extended-minimum"
        }
    }

    /// The message in both languages.
    public var text: LocalizedText {
        switch self {
        case .requirementDoesNotFit(let measure):
            LocalizedText(
                vi: "yêu cầu của mức không hợp với tiêu chí đo bằng \(measure); hãy sửa ô này hoặc cột Đo bằng",
                en: "the level requirement does not fit a criterion measured by \(measure); correct the cell or "
                    + "the column Đo bằng")
        case .noSecondMeasureFor(let measure):
            LocalizedText(
                vi: "ô này có một lựa chọn đo bằng \(measure) nhưng tiêu chí không có số liệu phụ như vậy; hãy thêm "
                    + "vào cột Số liệu phụ, ví dụ \"share: phần trăm: Tỷ lệ … | Share …\"",
                en: "the cell has an alternative measured by \(measure) but the criterion has no such second "
                    + "measure; add one in the column Số liệu phụ, e.g. \"share: phần trăm: Tỷ lệ … | Share …\"")
        case .measureInferred(let measure):
            LocalizedText(
                vi: "cột Đo bằng để trống: đã suy ra \"\(measure)\" từ các ô mức; hãy kiểm tra và ghi vào cột Đo bằng",
                en: "the column Đo bằng is empty: \"\(measure)\" was inferred from the level cells; check it and "
                    + "write it in the column Đo bằng")
        case .measureNotInferred:
            LocalizedText(
                vi: "cột Đo bằng để trống và các ô mức không cho biết tiêu chí đo bằng gì; hãy ghi vào cột Đo bằng "
                    + "(phần trăm, số lượng, có/không, …)",
                en: "the column Đo bằng is empty and the level cells do not tell what the criterion is measured "
                    + "by; write it in the column Đo bằng (phần trăm, số lượng, có/không, …)")
        case .unknownMeasure(let expected):
            LocalizedText(
                vi: "không hiểu cách đo này; hãy viết một trong: \(expected.joined(separator: ", "))",
                en: "unknown measure; write one of: \(expected.joined(separator: ", "))")
        default: Self.structureText(self)
        }
    }

    private static func structureText(_ message: Self) -> LocalizedText {
        switch message {
        case .unreadableSecondMeasure:
            LocalizedText(
                vi: "không đọc được số liệu phụ; mỗi dòng viết \"hậu tố: cách đo: Tên tiếng Việt | English\", ví dụ "
                    + "\"share: phần trăm: Tỷ lệ … | Share …\"",
                en: "the second measure cannot be read; write one per line as \"suffix: measure: Tên tiếng Việt | "
                    + "English\", e.g. \"share: phần trăm: Tỷ lệ … | Share …\"")
        case .unreadableFlag:
            LocalizedText(
                vi: "ô này cần \"x\" hoặc \"có\" (có) hay để trống hoặc \"không\" (không)",
                en: "the cell needs \"x\" or \"có\" (yes), or to be empty or \"không\" (no)")
        case .criterionOutsideGroup:
            LocalizedText(
                vi: "tiêu chí không thuộc nhóm nào; hãy thêm một dòng nhóm đánh số La Mã (I, II, …) ở trên",
                en: "the criterion belongs to no group; add a group row numbered in Roman numerals (I, II, …) above")
        case .rowUnderCriterion:
            LocalizedText(
                vi: "bảng theo mức chỉ có nhóm (I, II, …) và tiêu chí (1, 2, …); dòng này nằm dưới một tiêu chí",
                en: "a level table has only groups (I, II, …) and criteria (1, 2, …); this row stands under a "
                    + "criterion")
        case .levelNamesMissing(let levels):
            LocalizedText(
                vi: "không biết tên của \(levels) mức; hãy thêm phần Mức (cột Mức, Tên, Tên tiếng Anh) hoặc viết tên "
                    + "vào tiêu đề cột, ví dụ \"Mức 1 (Khởi động)\"",
                en: "the names of the \(levels) levels are not given; add the part Mức (columns Mức, Tên, Tên "
                    + "tiếng Anh) or write them in the column headers, e.g. \"Mức 1 (Khởi động)\"")
        case .levelNameCount(let columns, let found):
            LocalizedText(
                vi: "phần Mức có \(found) mức nhưng bảng có \(columns) cột mức",
                en: "the part Mức names \(found) levels but the table has \(columns) level columns")
        case .unreadableLevelName(let expected):
            LocalizedText(
                vi: "dòng này cần là mức \(expected) với tên của mức (các mức xếp từ thấp đến cao)",
                en: "this row should be level \(expected) with its name (levels go from lowest to highest)")
        case .unknownLevelRule(let expected):
            LocalizedText(
                vi: "không hiểu cách xét mức; hãy viết một trong: \(expected.joined(separator: ", "))",
                en: "unknown level rule; write one of: \(expected.joined(separator: ", "))")
        case .unreadableExtendedMinimum:
            LocalizedText(
                vi: "không đọc được tỷ lệ tiêu chí mở rộng tối thiểu; hãy viết một số phần trăm (30) hoặc một số cho "
                    + "mỗi mức, cách nhau bởi dấu chấm phẩy (30; 40; 50)",
                en: "the minimum share of extended criteria cannot be read; write one percentage (30) or one per "
                    + "level separated by semicolons (30; 40; 50)")
        default: LocalizedText(vi: "", en: "")
        }
    }
}
