import ChisoCore

extension SideFileMessage {
    /// The words of the problems any side table has.
    var tableText: LocalizedText {
        switch self {
        case .empty(let what, let columns):
            LocalizedText(
                vi: "tệp trống; \(what.vi) gồm các cột \(columns.joined(separator: ","))",
                en: "the file is empty; \(what.en) has the columns \(columns.joined(separator: ","))")
        case .missingColumn(let name, let what, let columns):
            LocalizedText(
                vi: "không có cột \(name); \(what.vi) gồm các cột \(columns.joined(separator: ","))",
                en: "no \(name) column; \(what.en) has the columns \(columns.joined(separator: ","))")
        case .unknownColumn(let near, let what, let columns):
            LocalizedText(
                vi: "cột lạ; " + (near.map { "có phải ý bạn là \($0)? " } ?? "")
                    + "\(what.vi) gồm các cột \(columns.joined(separator: ","))",
                en: "unknown column; " + (near.map { "did you mean \($0)? " } ?? "")
                    + "\(what.en) has the columns \(columns.joined(separator: ","))")
        case .namedTwice(let name, let first):
            LocalizedText(
                vi: "cột \(name) có hai lần; cột \(first) đã là \(name). Hãy bỏ hoặc đổi tên một trong hai cột",
                en: "\(name) is named twice; column \(first) has it already. Remove or rename one of them")
        case .headerAgain:
            LocalizedText(
                vi: "dòng tiêu đề lặp lại (các tệp bị ghép vào nhau?): dòng này được bỏ qua",
                en: "the header again (files joined?): the row is passed over")
        case .fieldCount(let fields, let expected):
            LocalizedText(
                vi: "dòng có \(fields) ô nhưng dòng tiêu đề có \(expected); hãy xem có thiếu hay thừa dấu phân cách, "
                    + "hoặc có dấu phẩy thập phân trong một giá trị cần đặt trong ngoặc kép (\"12,5\")",
                en: "the row has \(Plural.count(fields, "field")) but the header has \(expected); check for a missing "
                    + "or extra separator, or a decimal comma in a value that should be quoted (\"12,5\")")
        default:
            LocalizedText(
                vi: "có giá trị nằm dưới một cột không có tên; hãy đặt tên cho cột hoặc xoá giá trị",
                en: "a value under a column without a name; name the column or remove the value")
        }
    }

    /// The words of the problems of a list of recognised levels.
    var levelsText: LocalizedText {
        switch self {
        case .emptyLevels:
            LocalizedText(
                vi: "tệp trống; cần các cột unit_id,parent_id,level",
                en: "the file is empty; expected unit_id,parent_id,level")
        case .missingLevelsColumn(let name):
            LocalizedText(
                vi: "không có cột \(name); danh sách mức đã được công nhận gồm các cột unit_id,parent_id,level",
                en: "no \(name) column; a list of recognised levels has the columns unit_id,parent_id,level")
        case .duplicateUnitID(let first):
            LocalizedText(
                vi: "unit_id trùng; dòng \(first) đã có unit_id này",
                en: "duplicate unit_id; line \(first) has it already")
        case .unknownParent(let near):
            LocalizedText(
                vi: "parent_id không trùng với unit_id nào của tệp được tính điểm",
                en: "parent_id matches no unit_id of the scored file") + Self.didYouMean(near)
        case .level(let maximum):
            LocalizedText(
                vi: "cần một mức đã được công nhận, là số nguyên từ 0 đến \(maximum)",
                en: "expected a recognised level, a whole number from 0 to \(maximum)")
        default:
            levelsFieldCountText
        }
    }

    private var levelsFieldCountText: LocalizedText {
        guard case .levelsFieldCount(let fields, let expected) = self else { return LocalizedText(vi: "", en: "") }
        return LocalizedText(
            vi: "dòng có \(fields) ô nhưng dòng tiêu đề có \(expected)",
            en: "the row has \(fields) fields but the header has \(expected)")
    }

    /// The words of the problems of a unit or ID map.
    var mapText: LocalizedText {
        switch self {
        case .emptyMap(let what): LocalizedText(vi: "\(what.vi) trống", en: "the \(what.en) is empty")
        case .mapColumns(let what, let old, let new, let found):
            LocalizedText(
                vi: "\(what.vi) cần một cột tên cũ (\(old.joined(separator: ", "))) và một cột tên mới "
                    + "(\(new.joined(separator: ", "))); tệp có \(found.joined(separator: ","))",
                en: "the \(what.en) needs a column of old names (\(old.joined(separator: ", "))) and one of new names "
                    + "(\(new.joined(separator: ", "))); found \(found.joined(separator: ","))")
        case .incompleteMapRow(let what):
            LocalizedText(
                vi: "mỗi dòng của \(what.vi) cần cả tên cũ và tên mới",
                en: "a row of the \(what.en) needs both an old and a new name")
        default:
            mappedTwiceText
        }
    }

    private var mappedTwiceText: LocalizedText {
        guard case .mappedTwice(let earlier, let later) = self else { return LocalizedText(vi: "", en: "") }
        return LocalizedText(
            vi: "được đổi hai lần, thành \(earlier) và thành \(later)",
            en: "mapped twice, to \(earlier) and to \(later)")
    }

    /// The words of the problems of a cost file.
    var costText: LocalizedText {
        switch self {
        case .noCostColumn(let columns):
            LocalizedText(
                vi: "không có cột per_point hay fixed; tệp chi phí gồm các cột \(columns.joined(separator: ","))",
                en: "no per_point or fixed column; a cost file has the columns \(columns.joined(separator: ","))")
        case .unknownCriterion(let isEmpty, let near):
            (isEmpty
                ? LocalizedText(vi: "ô tiêu chí trống", en: "the criterion is empty")
                : LocalizedText(vi: "tiêu chí không có trong khung đánh giá", en: "unknown criterion"))
                + Self.didYouMean(near)
        case .costedTwice(let key, let unit, let first):
            LocalizedText(
                vi: "\(key) có chi phí hai lần cho \(unit ?? "mọi đơn vị"); dòng \(first) đã có",
                en: "\(key) is costed twice for \(unit ?? "every unit"); line \(first) has it already")
        case .noCost(let key):
            LocalizedText(
                vi: "chưa có chi phí: per_point và fixed đều trống; hãy ghi 0 nếu thay đổi \(key) không tốn gì, hoặc "
                    + "xoá dòng nếu không thể thay đổi",
                en: "no cost: per_point and fixed are both empty; write 0 if changing \(key) costs nothing, or remove "
                    + "the row if it cannot change")
        default:
            elsewhereText
        }
    }

    private var elsewhereText: LocalizedText {
        guard case .unitsElsewhere(let rows, let units, let near) = self else { return LocalizedText(vi: "", en: "") }
        let shown = units.prefix(5).joined(separator: ", ")
        let more = units.count > 5 ? " (+\(units.count - 5) mục khác)" : ""
        return LocalizedText(
            vi: "\(rows) dòng cho \(units.count) đơn vị không có trong tệp số liệu, đã bỏ qua: \(shown)\(more)",
            en: "\(Plural.count(rows, "row")) for \(Plural.count(units.count, "unit")) that the data file does not "
                + "hold, passed over: \(Plural.abbreviated(units, keep: 5))") + Self.didYouMean(near)
    }
}
