package import ChisoCore
import ChisoFormats

/// What a self-scoring workbook says in place of a result: a cell that cannot be read, a result that a formula
/// cannot compute.
package enum FormulaWords {
    /// Why a result is not written as a formula.
    package enum Reason: Hashable, Sendable, CaseIterable {
        /// The scheme has no formulas of its own (a third-party scheme).
        case scheme
        /// A criterion rolls up the levels of subordinate units (district `CHUNG.01`), which the sheet does not hold.
        case subordinates
        /// The framework has more than nine levels.
        case manyLevels
        /// A criterion's ID holds a space.
        case spacedID
        /// The framework leaves some maximum unknown: chiso refuses to score it.
        case unknownWeights
        /// A rank compares a unit with the others.
        case rank
        /// A tier's floor names a node that earns no points.
        case unscoredFloor
        /// The formula would be longer than Excel's 8,192 characters.
        case tooLong
    }

    /// The text of a result cell that cannot be computed in the spreadsheet, and why.
    package static func notCompiled(_ reason: Reason) -> LocalizedText {
        let why = self.why(reason)
        return LocalizedText(
            vi: "Không tính được trong bảng tính (\(why.vi)): hãy chấm bằng chiso",
            en: "Cannot be computed in the spreadsheet (\(why.en)): score with chiso")
    }

    /// The reason, as a phrase.
    package static func why(_ reason: Reason) -> LocalizedText {
        switch reason {
        case .scheme: LocalizedText(vi: "cách chấm này chưa có công thức", en: "this scheme has no formulas")
        case .subordinates:
            LocalizedText(vi: "cần mức của các đơn vị cấp dưới", en: "it needs the levels of subordinate units")
        case .manyLevels: LocalizedText(vi: "khung có hơn 9 mức", en: "the framework has more than 9 levels")
        case .spacedID: LocalizedText(vi: "mã tiêu chí có dấu cách", en: "a criterion ID holds a space")
        case .unknownWeights:
            LocalizedText(vi: "khung chưa đủ điểm tối đa", en: "the framework leaves some maximum unknown")
        case .rank:
            LocalizedText(vi: "thứ hạng so sánh các đơn vị với nhau", en: "a rank compares the units with each other")
        case .unscoredFloor:
            LocalizedText(vi: "ngưỡng sàn trên một mục không tính điểm", en: "a floor is on a node without points")
        case .tooLong: LocalizedText(vi: "công thức quá dài cho Excel", en: "the formula is too long for Excel")
        }
    }

    /// What a result cell shows while some cell of its row cannot be read.
    package static let unreadable = LocalizedText(
        vi: "Có ô không đọc được: xem lại giá trị đã nhập", en: "A cell cannot be read: check the values entered")
}
