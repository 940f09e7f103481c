package import ChisoCore

/// The fixed texts of the report's what-if part ("Thử thay đổi"), in Vietnamese and English; the page's script
/// receives them in the report's language and adds no words of its own. The texts that name the scheme's class
/// noun are made by ``blockersHeading(_:)`` and ``noBlockers(_:)``.
package enum WhatIfPanelPhrase: String, CaseIterable, Sendable {
    case heading, description, needsScript, notAvailable, unit, reset, applyPlan, values, inData
    case needs, has, missingValue, unreadableValue, notApplicableValue, rankNote
    case subordinateLevels, subordinateUnreadable, criterionColumn, valueColumn, dataColumn, index, points
    case yes, no, noChildren

    /// The phrase in both languages.
    package var text: LocalizedText {
        let (vi, en) = pair
        return LocalizedText(vi: vi, en: en)
    }

    private var pair: (String, String) {
        switch self {
        case .heading: ("Thử thay đổi", "Try a change")
        case .description:
            (
                "Chọn một đơn vị, sửa giá trị của đơn vị đó hoặc áp dụng kế hoạch, và xem mức xếp loại, điểm và "
                    + "những gì còn cản trở thay đổi theo. Trang tính lại đúng như chiso tính, ngay trong trình "
                    + "duyệt, và không gửi gì ra ngoài.",
                "Pick a unit, change its values or apply its plan, and see its class, score and what blocks it "
                    + "change. The page scores exactly as chiso does, in the browser, and sends nothing anywhere."
            )
        case .needsScript:
            (
                "Phần này cần tập lệnh của trang; khi tập lệnh bị tắt, các phần khác của báo cáo vẫn đọc được.",
                "This part needs the page's script; with scripts off, the rest of the report still reads."
            )
        case .notAvailable:
            (
                "Khung đánh giá này chưa cho phép thử thay đổi trong trình duyệt; hãy dùng lệnh 'chiso whatif'.",
                "Trying changes in the browser is not available for this framework; use 'chiso whatif' instead."
            )
        case .unit: ("Đơn vị", "Unit")
        case .reset: ("Đặt lại theo dữ liệu", "Reset to the data")
        case .applyPlan: ("Áp dụng kế hoạch", "Apply the plan")
        case .values: ("Giá trị của đơn vị", "The unit's values")
        case .inData: ("theo dữ liệu", "in the data")
        case .needs: ("cần", "needs")
        case .has: ("hiện có", "has")
        case .missingValue: ("thiếu", "missing")
        case .unreadableValue: ("không đọc được, tính như thiếu", "unreadable, taken as missing")
        case .notApplicableValue: ("KAD (không áp dụng)", "KAD (not applicable)")
        case .rankNote:
            (
                "Thứ hạng không được tính lại ở đây vì phụ thuộc vào các đơn vị khác; dùng lệnh 'chiso whatif'.",
                "Ranks are not worked out again here, as they depend on the other units; use 'chiso whatif'."
            )
        case .subordinateLevels:
            ("Mức của từng đơn vị cấp dưới (sửa để thử)", "Each subordinate unit's level (change to try)")
        case .subordinateUnreadable: ("đơn vị cấp dưới không đọc được", "subordinate units could not be read")
        case .criterionColumn: ("Tiêu chí", "Criterion")
        case .valueColumn: ("Giá trị thử", "Value tried")
        case .dataColumn: ("Theo dữ liệu", "In the data")
        case .index: ("chỉ số", "index")
        case .points: ("điểm", "points")
        case .yes: ("Có", "Yes")
        case .no: ("Không", "No")
        case .noChildren: ("không có đơn vị cấp dưới nào", "no subordinate units")
        }
    }

    /// The heading over what blocks the next class: "Cản trở lên mức tiếp theo".
    package static func blockersHeading(_ noun: LocalizedText) -> LocalizedText {
        LocalizedText(vi: "Cản trở lên \(noun.vi) tiếp theo", en: "What blocks the next \(noun.en)")
    }

    /// What the panel says when the highest class is reached.
    package static func noBlockers(_ noun: LocalizedText) -> LocalizedText {
        LocalizedText(vi: "Không có: đã đạt \(noun.vi) cao nhất.", en: "Nothing: the highest \(noun.en) is reached.")
    }
}
