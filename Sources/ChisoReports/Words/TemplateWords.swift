package import ChisoCore
package import ChisoFormats

/// The texts of the data-collection workbooks of `chiso template --format xlsx`, in Vietnamese and English; the
/// texts that take names or numbers are made by the static functions below. Vietnamese is written precomposed (NFC).
package enum TemplateWords: CaseIterable, Sendable {
    case dataSheet, formSheet, instructionsSheet, maximumPoints, scoring, yes, no, notApplicable, required
    case unitIDHelp, unitNameHelp, parentIDHelp, yearHelp, registeredHelp, notAllowedTitle, blankIsMissing
    case notRequired

    /// The phrase in both languages.
    package var text: LocalizedText {
        let (vi, en) = pair
        return LocalizedText(vi: vi, en: en)
    }

    private var pair: (String, String) {
        switch self {
        case .dataSheet: ("Dữ liệu", "Data")
        case .formSheet: ("Phiếu", "Form")
        case .instructionsSheet: ("Hướng dẫn", "Instructions")
        case .maximumPoints: ("Điểm tối đa", "Maximum points")
        case .scoring: ("Cách tính điểm", "How it is scored")
        case .yes: ("Có", "Yes")
        case .no: ("Không", "No")
        case .notApplicable: ("KAD", "KAD")
        case .required: ("bắt buộc, không trùng nhau", "required, one per unit")
        case .unitIDHelp: ("Mã đơn vị", "Unit ID")
        case .unitNameHelp: ("Tên đơn vị", "Unit name")
        case .parentIDHelp: ("Mã đơn vị cấp trên", "ID of the parent unit")
        case .yearHelp: ("Năm đánh giá", "Year of the assessment")
        case .registeredHelp: ("Mức đơn vị đăng ký", "The level the unit registers for")
        case .notAllowedTitle: ("Giá trị không hợp lệ", "Value not allowed")
        case .notRequired: ("không yêu cầu", "not required")
        case .blankIsMissing: ("Để trống nếu chưa có số liệu.", "Leave blank where there is no data.")
        }
    }

    /// The unit of measurement a column of `kind` has, where the framework gives none.
    package static func kindUnit(_ kind: MeasureKind) -> LocalizedText {
        switch kind {
        case .percent: LocalizedText(vi: "%", en: "%")
        case .count: LocalizedText(vi: "Số lượng", en: "Count")
        case .yesNo: LocalizedText(vi: "Có/Không", en: "Yes/No")
        case .points: LocalizedText(vi: "Điểm", en: "Points")
        case .ratio: LocalizedText(vi: "Tỷ lệ từ 0 đến 1", en: "Ratio from 0 to 1")
        case .number: LocalizedText(vi: "Số", en: "Number")
        case .choice: LocalizedText(vi: "Lựa chọn", en: "Choice")
        }
    }

    /// What may be typed in a column of `measure`, in short, for its input message.
    package static func allowed(_ measure: Measure, language: Language) -> String {
        let text: LocalizedText
        switch measure.kind {
        case .yesNo:
            text = LocalizedText(vi: "Chọn Có hoặc Không", en: "Choose Yes or No")
        case .percent:
            text = LocalizedText(
                vi: "Số từ 0 đến 100, được viết dấu phẩy thập phân (72,5)",
                en: "A number from 0 to 100; a decimal comma is read (72,5)")
        case .count:
            text = LocalizedText(vi: "Số nguyên từ 0 trở lên", en: "A whole number, 0 or more")
        case .ratio:
            text = LocalizedText(vi: "Số từ 0 đến 1", en: "A number from 0 to 1")
        case .points:
            let maximum = Numerals.localizedText { $0.points(measure.maximum ?? 0) }
            text = LocalizedText(vi: "Số điểm từ 0 đến \(maximum.vi)", en: "Points from 0 to \(maximum.en)")
        case .number:
            text = LocalizedText(vi: "Một số", en: "A number")
        case .choice:
            text = LocalizedText(vi: "Chọn một phương án trong danh sách", en: "Choose an answer from the list")
        }
        let kad = LocalizedText(vi: "; KAD nếu không áp dụng", en: "; KAD if it does not apply")
        return text.text(in: language) + (measure.isConditional ? kad.text(in: language) : "") + "."
    }

    /// The error shown when a cell of `measure` gets a value not allowed.
    package static func notAllowed(_ measure: Measure, language: Language) -> String {
        LocalizedText(vi: "Ô này không nhận giá trị đó. ", en: "This cell does not take that value. ").text(
            in: language)
            + allowed(measure, language: language) + " " + blankIsMissing.text.text(in: language)
    }
}
