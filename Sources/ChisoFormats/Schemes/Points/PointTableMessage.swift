public import ChisoCore

/// What the point scheme's table reader finds wrong with a framework table, or asks the officer to confirm, in both
/// languages. Every message is placed on the sheet, row and column of the cell it is about.
public enum PointTableMessage: DiagnosticMessage, Hashable {
    /// A leaf's rule cell is empty and a rule was suggested from the method text (the cell the message is placed
    /// on, its text the diagnostic's value): `rule` in the table's words.
    case ruleSuggested(rule: String)
    /// A leaf has no rule and none can be suggested from its method text.
    case noRule
    /// A row with rows under it has a rule; only a row without children reads a value.
    case ruleOnGroup
    /// The `Đo bằng` cell names no kind of value the reader knows.
    case unreadableMeasure
    /// A yes/no cell (`Chỉ để tham khảo`) says neither yes nor no.
    case unreadableFlag
    /// A `Thông tin` number (`Số chữ số thập phân`) is not a whole number from 0 to 9.
    case unreadablePlaces
    /// A row of a part has no name (`Tên`).
    case missingName
    /// A row of a part has no code (`Mã`).
    case missingCode
    /// A tier's `Điểm tối thiểu` cannot be read (`90`, `≥ 90`, `> 0,4`).
    case unreadableMinimum
    /// A tier's `Tính theo` is neither `điểm` nor `chỉ số`.
    case unreadableBasis
    /// A tier's floors cannot be read (`90% × Điểm tối đa`, `NT: 90%; TC: 80%`).
    case unreadableFloor(item: String)
    /// A tier, a floor, a view or an answer names a node the annex does not have.
    case unknownNode(String)
    /// A tier asks for more than the one above it (tiers are listed best first).
    case tiersOutOfOrder(previous: String)
    /// A second row names the class below the last tier, first named on `firstLine`.
    case secondBelowTiers(firstLine: Int)
    /// A `Xếp hạng` cell says neither `Có` nor `Không`.
    case unreadableRanked
    /// A `Lựa chọn` row names an answer the node's rule does not list.
    case unknownAnswer(node: String)
    /// A `Lựa chọn` row names a node whose rule is not a choice.
    case notAChoice(node: String)

    /// One example of every case.
    public static var examples: [Self] {
        [
            .ruleSuggested(rule: "4: 20; 3: 15"), .noRule,
            .ruleOnGroup, .unreadableMeasure, .unreadableFlag, .unreadablePlaces, .missingName, .missingCode,
            .unreadableMinimum,
            .unreadableBasis, .unreadableFloor(item: "NT: chín mươi"), .unknownNode("NX"),
            .tiersOutOfOrder(previous: "80"), .secondBelowTiers(firstLine: 7), .unreadableRanked,
            .unknownAnswer(node: "NT.01"), .notAChoice(node: "NT.02"),
        ]
    }

    /// The stable code of the case.
    public var code: String {
        switch self {
        case .ruleSuggested: "pointtable.rule-suggested"
        case .noRule: "pointtable.no-rule"
        case .ruleOnGroup: "pointtable.rule-on-group"
        case .unreadableMeasure: "pointtable.measure"
        case .unreadableFlag: "pointtable.flag"
        case .unreadablePlaces: "pointtable.places"
        case .missingName: "pointtable.missing-name"
        case .missingCode: "pointtable.missing-code"
        case .unreadableMinimum: "pointtable.minimum"
        case .unreadableBasis: "pointtable.basis"
        case .unreadableFloor: "pointtable.floor"
        case .unknownNode: "pointtable.unknown-node"
        case .tiersOutOfOrder: "pointtable.tiers-order"
        case .secondBelowTiers: "pointtable.second-below-tiers"
        case .unreadableRanked: "pointtable.ranked"
        case .unknownAnswer: "pointtable.unknown-answer"
        case .notAChoice: "pointtable.not-a-choice"
        }
    }

    /// The message in both languages.
    public var text: LocalizedText {
        switch self {
        case .ruleSuggested(let rule):
            LocalizedText(
                vi: "GỢI Ý — cần xác nhận: ô Quy tắc tính điểm để trống, chiso đọc lời văn của ô này thành quy tắc "
                    + "\"\(rule)\"; hãy kiểm tra rồi ghi quy tắc vào cột Quy tắc tính điểm để xác nhận",
                en: "SUGGESTED — confirm: the rule cell is empty, and chiso read this cell's wording as the rule "
                    + "\"\(rule)\"; check it, then write it in the Quy tắc tính điểm column to confirm it")
        case .noRule:
            LocalizedText(
                vi: "chỉ số không có quy tắc tính điểm và không gợi ý được từ cách xác định; hãy ghi quy tắc vào cột "
                    + "Quy tắc tính điểm (như \"4:20; 3:15\", \"Có=5; Không=0\", \"a/b\", \"Có/Không\", \"điểm\")",
                en: "the indicator has no point rule and none can be suggested from its method; write one in the "
                    + "Quy tắc tính điểm column (such as \"4:20; 3:15\", \"Có=5; Không=0\", \"a/b\", \"Có/Không\", "
                    + "\"điểm\")")
        case .ruleOnGroup:
            LocalizedText(
                vi: "dòng này có chỉ số con nên không có quy tắc tính điểm; hãy xóa quy tắc hoặc ghi nó ở chỉ số con",
                en: "this row has rows under it, so it takes no point rule; remove the rule or move it to a child")
        case .unreadableMeasure:
            LocalizedText(
                vi: "không đọc được loại số liệu; hãy viết \"phần trăm\", \"số lượng\", \"có/không\", \"điểm\", "
                    + "\"tỷ lệ\" hoặc \"số\"",
                en: "the kind of value cannot be read; write \"phần trăm\", \"số lượng\", \"có/không\", \"điểm\", "
                    + "\"tỷ lệ\" or \"số\"")
        case .unreadableFlag:
            LocalizedText(
                vi: "ô này cần \"x\" (hoặc \"Có\") hay để trống (hoặc \"Không\")",
                en: "this cell takes \"x\" (or \"Có\") or nothing (or \"Không\")")
        case .unreadablePlaces:
            LocalizedText(
                vi: "số chữ số thập phân phải là một số nguyên từ 0 đến 9",
                en: "the number of decimal places must be a whole number from 0 to 9")
        default: Self.partText(self)
        }
    }

    private static func partText(_ message: Self) -> LocalizedText {
        switch message {
        case .missingName:
            LocalizedText(vi: "dòng này thiếu tên (cột Tên)", en: "this row has no name (column Tên)")
        case .missingCode:
            LocalizedText(vi: "dòng này thiếu mã (cột Mã)", en: "this row has no code (column Mã)")
        case .unreadableMinimum:
            LocalizedText(
                vi: "không đọc được điểm tối thiểu; hãy viết như \"90\", \"≥ 90\", \"> 0,4\" hoặc \"dưới mức thấp "
                    + "nhất\" cho loại dưới mức cuối",
                en:
                    "the minimum cannot be read; write it as \"90\", \"≥ 90\", \"> 0,4\", or \"dưới mức thấp nhất\" for "
                    + "the class below the last tier")
        case .unreadableBasis:
            LocalizedText(
                vi: "cột Tính theo cần \"điểm\" (tổng điểm) hoặc \"chỉ số\" (tổng điểm chia điểm tối đa)",
                en: "the Tính theo column takes \"điểm\" (the total points) or \"chỉ số\" (the total over the maximum)")
        case .unreadableFloor(let item):
            LocalizedText(
                vi: "không đọc được sàn \"\(item)\"; hãy viết \"90% × Điểm tối đa\" (mọi chỉ số) hoặc "
                    + "\"NT: 90%; TC: 80%\"",
                en: "the floor \"\(item)\" cannot be read; write \"90% × Điểm tối đa\" (every top-level indicator) or "
                    + "\"NT: 90%; TC: 80%\"")
        case .unknownNode(let id):
            LocalizedText(
                vi: "không có chỉ số mã \"\(id)\" trong bảng Khung",
                en: "the Khung table has no indicator with the code \"\(id)\"")
        case .tiersOutOfOrder(let previous):
            LocalizedText(
                vi: "các mức xếp loại phải ghi từ cao xuống thấp: mức này đòi hỏi không ít hơn mức trên (\(previous))",
                en: "tiers are listed best first: this one asks no less than the one above (\(previous))")
        case .secondBelowTiers(let firstLine):
            LocalizedText(
                vi: "loại dưới mức thấp nhất đã được đặt tên ở dòng \(firstLine); chỉ giữ một dòng",
                en: "the class below the last tier is already named on line \(firstLine); keep one row")
        case .unreadableRanked:
            LocalizedText(
                vi: "cột Xếp hạng cần \"Có\" hoặc \"Không\"", en: "the Xếp hạng column takes \"Có\" or \"Không\"")
        case .unknownAnswer(let node):
            LocalizedText(
                vi: "quy tắc tính điểm của chỉ số \(node) không có phương án này",
                en: "the point rule of \(node) lists no such answer")
        case .notAChoice(let node):
            LocalizedText(
                vi: "quy tắc tính điểm của chỉ số \(node) không phải là chọn phương án",
                en: "the point rule of \(node) is not a choice of answers")
        default: LocalizedText(vi: "", en: "")
        }
    }
}
