public import ChisoCore

extension WorkbookMessage {
    /// The message in both languages.
    public var text: LocalizedText {
        switch self {
        case .legacyWorkbook, .encryptedWorkbook, .openDocument, .notWorkbook, .noSheets: fileText
        case .unknownSheet(let name, let sheets, let near):
            LocalizedText(
                vi: "sổ tính không có trang tính \"\(name)\"; các trang tính có: \(Self.quoted(sheets))"
                    + Suggestion.text(near.map { "\"\($0)\"" }, .clause, in: .vi),
                en: "the workbook has no sheet \"\(name)\"; its sheets are \(Self.quoted(sheets))"
                    + Suggestion.text(near.map { "\"\($0)\"" }, .clause, in: .en))
        case .firstSheetRead(let name, let sheets):
            LocalizedText(
                vi: "sổ tính có \(sheets.count) trang tính (\(Self.quoted(sheets))); đã đọc trang đầu tiên "
                    + "\"\(name)\"; cho --sheet TÊN để đọc trang khác",
                en: "the workbook has \(sheets.count) sheets (\(Self.quoted(sheets))); read the first, \"\(name)\"; "
                    + "give --sheet NAME to read another")
        case .headerRow(let row, let first):
            LocalizedText(
                vi: "lấy dòng \(row) làm dòng tiêu đề (dòng có nhiều tên cột đã biết nhất); dòng \(first)–\(row - 1) "
                    + "phía trên là phần tiêu đề của bảng, không được đọc",
                en: "took row \(row) as the header (the row naming the most known columns); rows \(first)–\(row - 1) "
                    + "above it are a title and are not read")
        case .hiddenCells(let rows, let columns): Self.hidden(rows: rows, columns: columns)
        case .mergedData(let ranges):
            LocalizedText(
                vi: "ô gộp \(ranges.joined(separator: ", ")) nằm dưới dòng tiêu đề: giá trị chỉ ở ô đầu tiên của "
                    + "mỗi vùng, các ô còn lại được đọc là trống; hãy bỏ gộp ô và điền giá trị vào từng dòng nếu các "
                    + "dòng cần nó",
                en: "merged cells \(ranges.joined(separator: ", ")) lie below the header: each holds its value in "
                    + "its first cell only and the other cells read empty; unmerge them and fill in every row if the "
                    + "rows need it")
        case .sheetOfCSV(let name):
            LocalizedText(
                vi: "tệp là tệp CSV, không có trang tính nên --sheet \"\(name)\" không được dùng",
                en: "the file is a CSV file, which has no sheets, so --sheet \"\(name)\" is not used")
        default: cellText
        }
    }

    /// The words of the problems with the file as a whole.
    private var fileText: LocalizedText {
        switch self {
        case .legacyWorkbook:
            LocalizedText(
                vi: "tệp là sổ tính Excel dạng cũ (.xls), chiso không đọc được; hãy mở tệp trong Excel hoặc "
                    + "LibreOffice rồi lưu lại dưới dạng sổ tính Excel (.xlsx)",
                en: "the file is an old-format Excel workbook (.xls), which chiso does not read; open it in Excel or "
                    + "LibreOffice and save it as an Excel Workbook (.xlsx)")
        case .encryptedWorkbook:
            LocalizedText(
                vi: "sổ tính được khoá bằng mật khẩu nên không đọc được; hãy mở tệp trong Excel, bỏ mật khẩu (Tệp > "
                    + "Thông tin > Bảo vệ sổ làm việc > Mã hoá bằng mật khẩu, xoá mật khẩu) rồi lưu lại dạng .xlsx",
                en: "the workbook is encrypted with a password and cannot be read; open it in Excel, remove the "
                    + "password (File > Info > Protect Workbook > Encrypt with Password, clear it) and save it as "
                    + ".xlsx")
        case .openDocument:
            LocalizedText(
                vi: "tệp là bảng tính OpenDocument (.ods), chiso chưa đọc được; hãy mở tệp trong LibreOffice Calc, "
                    + "chọn Tệp > Lưu thành, kiểu \"Excel 2007-365 (.xlsx)\", hoặc chạy soffice --headless "
                    + "--convert-to xlsx",
                en: "the file is an OpenDocument spreadsheet (.ods), which chiso does not read yet; open it in "
                    + "LibreOffice Calc and choose File > Save As, type \"Excel 2007-365 (.xlsx)\", or run soffice "
                    + "--headless --convert-to xlsx")
        case .notWorkbook(let part):
            LocalizedText(
                vi: "tệp là tệp nén ZIP nhưng không phải sổ tính Excel (không có phần \(part)); hãy cho tệp .xlsx "
                    + "hoặc tệp CSV",
                en: "the file is a ZIP archive but not an Excel workbook (it has no \(part)); give an .xlsx or a CSV "
                    + "file")
        default:
            LocalizedText(
                vi: "sổ tính không có trang tính nào", en: "the workbook has no sheets")
        }
    }

    /// The words of the problems of one cell.
    private var cellText: LocalizedText {
        switch self {
        case .formulaWithoutValue:
            LocalizedText(
                vi: "ô có công thức nhưng chưa lưu kết quả (tệp do một chương trình không tính công thức ghi ra, như "
                    + "openpyxl); hãy mở tệp trong Excel hoặc LibreOffice rồi lưu lại để kết quả được lưu vào ô",
                en: "the cell has a formula but no stored result (a program that does not calculate, such as "
                    + "openpyxl, wrote the file); open the file in Excel or LibreOffice and save it, so that the "
                    + "result is stored")
        case .errorValue(let value):
            LocalizedText(
                vi: "ô hiện lỗi \(value) thay cho một giá trị; hãy sửa công thức hoặc nhập giá trị",
                en: "the cell shows the error \(value) instead of a value; fix the formula or enter the value")
        case .badNumber:
            LocalizedText(
                vi: "ô kiểu số nhưng giá trị lưu trong tệp không phải một số; tệp bị hỏng, hãy nhập lại giá trị",
                en: "a number cell whose stored value is not a number; the file is damaged, enter the value again")
        case .missingSharedString(let index):
            LocalizedText(
                vi: "ô chữ trỏ tới chuỗi số \(index) mà sổ tính không có; tệp bị hỏng, hãy mở và lưu lại trong Excel",
                en: "a text cell points at shared string \(index), which the workbook lacks; the file is damaged, "
                    + "open it in Excel and save it again")
        case .badDate:
            LocalizedText(
                vi: "ô kiểu ngày nhưng số lưu trong ô không ứng với ngày nào; hãy nhập lại ngày",
                en: "a date cell whose stored number is no date; enter the date again")
        case .dateAsYear(let column, let date, let year):
            LocalizedText(
                vi: "cột \(column) ghi năm nhưng có ô kiểu ngày; mỗi ngày được đọc thành năm của nó (\(date) thành "
                    + "\(year))",
                en: "column \(column) holds years but has date cells; each date is read as its year (\(date) as "
                    + "\(year))")
        default:
            LocalizedText(
                vi: "ô có giá trị nhưng cột không có tên ở dòng tiêu đề nên không được đọc; hãy đặt tên cột hoặc xoá "
                    + "giá trị",
                en: "a value in a column without a name in the header is not read; name the column or delete the value")
        }
    }

    private static func hidden(rows: [Int], columns: [String]) -> LocalizedText {
        var vi: [String] = []
        var en: [String] = []
        if !rows.isEmpty {
            let list = rows.map(String.init).joined(separator: ", ")
            vi.append("dòng \(list)")
            en.append((rows.count == 1 ? "row " : "rows ") + list)
        }
        if !columns.isEmpty {
            let list = columns.joined(separator: ", ")
            vi.append("cột \(list)")
            en.append((columns.count == 1 ? "column " : "columns ") + list)
        }
        return LocalizedText(
            vi: "\(vi.joined(separator: " và ")) bị ẩn trong trang tính; chúng vẫn được đọc như các ô khác",
            en: "\(en.joined(separator: " and ")) \(rows.count + columns.count == 1 ? "is" : "are") hidden in the "
                + "sheet; they are read like the others")
    }

    private static func quoted(_ names: [String]) -> String {
        names.map { "\"\($0)\"" }.joined(separator: ", ")
    }
}
