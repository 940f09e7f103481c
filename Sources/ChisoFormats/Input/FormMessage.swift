public import ChisoCore

/// What can be wrong when many files or filled forms are read as one assessment.
public enum FormMessage: DiagnosticMessage {
    /// A form's identity block has no unit ID.
    case noUnitID(sheet: String?)
    /// A unit (and year) given already at `first`.
    case unitGivenTwice(first: String, year: String?)
    /// A file holds no form and no table.
    case notAForm(sheet: String?)
    /// Sheets that are neither forms nor tables, passed over, by name, in how many files.
    case sheetsPassedOver(sheets: [String], files: Int)
    /// How many forms were read from how many files.
    case formsRead(forms: Int, files: Int)
    /// A folder without workbooks or CSV files.
    case emptyFolder
    /// Files that hold neither a form nor a table.
    case noForms

    /// Examples of every case, for the tests of both languages.
    public static let examples: [FormMessage] = [
        .noUnitID(sheet: "Phiếu"), .noUnitID(sheet: nil), .unitGivenTwice(first: "a.xlsx[Phiếu]!C3", year: nil),
        .unitGivenTwice(first: "a.xlsx[Phiếu]!C3", year: "2025"), .notAForm(sheet: "Trang1"), .notAForm(sheet: nil),
        .sheetsPassedOver(sheets: ["Hướng dẫn", "Nguồn"], files: 120), .formsRead(forms: 120, files: 120), .emptyFolder,
        .noForms,
    ]

    /// The stable code, `form.kind`.
    public var code: String {
        switch self {
        case .noUnitID: "form.no-unit-id"
        case .unitGivenTwice: "form.unit-given-twice"
        case .notAForm: "form.not-a-form"
        case .sheetsPassedOver: "form.sheets-passed-over"
        case .formsRead: "form.forms-read"
        case .emptyFolder: "form.empty-folder"
        case .noForms: "form.no-forms"
        }
    }

    /// What is wrong and how to fix it, in Vietnamese and English.
    public var text: LocalizedText {
        switch self {
        case .noUnitID(let sheet):
            LocalizedText(
                vi: "phiếu\(sheet.map { " ở trang \($0)" } ?? "") không có mã đơn vị: điền mã vào ô bên phải nhãn "
                    + "\"Mã đơn vị\" ở phần đầu phiếu",
                en: "the form\(sheet.map { " on sheet \($0)" } ?? "") has no unit ID: fill in the cell to the right of "
                    + "the \"Mã đơn vị\" (unit ID) label at the top of the form")
        case .unitGivenTwice(let first, let year):
            LocalizedText(
                vi: "đơn vị này\(year.map { " (năm \($0))" } ?? "") đã có ở \(first); mỗi đơn vị chỉ nộp một phiếu: "
                    + "bỏ bản trùng, hoặc sửa mã đơn vị nếu nhầm",
                en: "this unit\(year.map { " (year \($0))" } ?? "") is already given at \(first); each unit sends "
                    + "one form: remove the copy, or correct the unit ID if it is wrong")
        case .notAForm(let sheet):
            LocalizedText(
                vi: "không tìm thấy bảng tiêu chí\(sheet.map { " ở trang \($0)" } ?? ""): phiếu cần một dòng tiêu đề "
                    + "có cột \"Mã\" và cột \"Giá trị\"",
                en: "no criteria table found\(sheet.map { " on sheet \($0)" } ?? ""): a form needs a header row with "
                    + "a \"Mã\" (code) column and a \"Giá trị\" (value) column")
        case .sheetsPassedOver(let sheets, let files):
            LocalizedText(
                vi:
                    "đã bỏ qua các trang tính \(sheets.joined(separator: ", ")) (ở \(files) tệp): không phải phiếu đánh "
                    + "giá (cột Mã và Giá trị) hay bảng số liệu (cột unit_id)",
                en:
                    "passed over the sheets \(sheets.joined(separator: ", ")) (in \(files) files): neither filled forms "
                    + "(Mã and Giá trị columns) nor data tables (a unit_id column)")
        case .formsRead(let forms, let files):
            LocalizedText(
                vi: "đã đọc \(forms) phiếu từ \(files) tệp và ghép thành một bảng đánh giá",
                en: "read \(forms) forms from \(files) files and put them together as one assessment")
        case .emptyFolder:
            LocalizedText(
                vi: "thư mục không có tệp .xlsx, .xlsm hay .csv nào để đọc",
                en: "the folder holds no .xlsx, .xlsm or .csv file to read")
        case .noForms:
            LocalizedText(
                vi: "không tìm thấy phiếu đánh giá nào (dòng tiêu đề có cột Mã và Giá trị) hay bảng số liệu nào (có "
                    + "cột unit_id) trong các tệp này",
                en: "no filled form (a header row with Mã and Giá trị columns) and no data table (a unit_id column) "
                    + "was found in these files")
        }
    }
}
