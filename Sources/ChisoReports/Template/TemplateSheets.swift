package import ChisoCore
package import ChisoFormats

/// The sheets every data-collection workbook ends with: how to fill it, and where its framework comes from.
package enum TemplateSheets {
    /// The instructions ("Hướng dẫn"): one paragraph a row, in `language`.
    package static func instructions(
        _ framework: Framework, perUnit: Bool, formulas: Bool = false, language: Language
    ) -> WorkbookSheet {
        let title = TemplateWords.instructionsSheet.text.text(in: language)
        let lines = (instructionLines(framework, perUnit: perUnit) + (formulas ? [formulaLine] : [])).map {
            $0.text(in: language)
        }
        var sheet = WorkbookSheet(
            name: title,
            rows: [[.text(title + " — " + framework.name.text(in: language), style: CellStyle(isBold: true))]]
                + lines.map { [WorkbookCell.text($0, style: CellStyle(wraps: true))] },
            columnWidths: [90])
        sheet.rowHeights = [nil] + lines.map { FormCells.rowHeight([($0, 90)]) }
        return sheet
    }

    /// The paragraph on the result columns of a workbook that scores itself.
    static let formulaLine = LocalizedText(
        vi: "Các cột tô xanh sau cột số liệu (level hoặc score, index, tier, các tiêu chí cản trở) tự tính bằng công "
            + "thức khi nhập số liệu; đừng sửa chúng. Quy định mà công thức không diễn đạt được thì ô ghi rõ là không "
            + "tính được: khi đó hãy chấm bằng chiso. Khi chấm, chiso bỏ qua các cột này và tự tính lại từ số liệu.",
        en: "The blue columns after the data (level, or score, index, tier, and the criteria holding a unit back) "
            + "compute themselves as data is typed; do not change them. Where a rule cannot be written as a formula "
            + "the cell says so: score with chiso then. When scoring, chiso leaves these columns out and computes "
            + "the results from the data itself.")

    /// The paragraphs of the instructions.
    static func instructionLines(_ framework: Framework, perUnit: Bool) -> [LocalizedText] {
        let id = framework.id
        let sheet = TemplateWords.dataSheet.text
        let first =
            perUnit
            ? LocalizedText(
                vi: "1. Mỗi phiếu là một đơn vị. Ghi mã đơn vị, tên đơn vị, mã đơn vị cấp trên và năm ở khối đầu "
                    + "phiếu; mỗi dòng bên dưới là một tiêu chí. Chỉ nhập vào các ô tô vàng: cột Giá trị, Tài liệu "
                    + "kiểm chứng và Ghi chú. Không sửa cột Mã.",
                en: "1. Each form is one unit. Write the unit ID, unit name, parent unit ID and year in the block at "
                    + "the top; each row below is one criterion. Type only in the yellow cells: the Value, Evidence "
                    + "and Note columns. Do not change the ID column.")
            : LocalizedText(
                vi: "1. Trên trang \(sheet.vi), mỗi dòng là một đơn vị. Không sửa dòng 1: đó là mã các cột mà "
                    + "chiso đọc. Chỉ nhập vào các ô tô vàng; unit_id là bắt buộc và không được trùng.",
                en: "1. On the \(sheet.en) sheet each row is one unit. Do not change row 1: it holds the column "
                    + "IDs chiso reads. Type only in the yellow cells; unit_id is required, one per unit.")
        let command =
            perUnit
            ? "chiso score --framework \(id) <phiếu>.xlsx" : "chiso score --framework \(id) <tệp>.xlsx"
        let commandEn =
            perUnit ? "chiso score --framework \(id) <form>.xlsx" : "chiso score --framework \(id) <file>.xlsx"
        return [
            first,
            LocalizedText(
                vi: "2. Chọn một ô để xem tên tiêu chí, đơn vị tính, giá trị được nhập và yêu cầu của từng mức.",
                en: "2. Select a cell to see the criterion's name, its unit, what may be typed and what each level "
                    + "requires."),
            LocalizedText(
                vi: "3. Câu hỏi có/không: chọn Có hoặc Không trong danh sách (chiso cũng đọc có, không, yes, no, 1, "
                    + "0). KAD (không áp dụng) chỉ dùng cho tiêu chí có điều kiện (\"nếu có\"); danh sách của các "
                    + "tiêu chí đó có sẵn KAD.",
                en: "3. Yes/no questions: choose Yes or No from the list (chiso also reads có, không, yes, no, 1, "
                    + "0). KAD (không áp dụng, not applicable) is only for conditional criteria (\"nếu có\"); their "
                    + "lists offer it."),
            LocalizedText(
                vi: "4. Tỷ lệ phần trăm: nhập số từ 0 đến 100, không cần dấu %; dấu phẩy thập phân được chấp nhận "
                    + "(72,5). Số lượng: số nguyên từ 0 trở lên, không dùng dấu phân cách hàng nghìn.",
                en: "4. Percentages: type a number from 0 to 100, without %; a decimal comma is accepted (72,5). "
                    + "Counts: a whole number, 0 or more, without thousands separators."),
            LocalizedText(
                vi: "5. Để trống ô chưa có số liệu (hoặc ghi NA): chiso tính tiêu chí đó là thiếu số liệu và nói rõ.",
                en: "5. Leave a cell blank where there is no data (or write NA): chiso counts the criterion as "
                    + "missing and says so."),
            LocalizedText(
                vi: "6. Chấm điểm bằng chiso: \(command). Có thể lưu trang \(sheet.vi) thành CSV UTF-8 rồi chấm "
                    + "điểm tệp CSV đó.",
                en: "6. Score with chiso: \(commandEn). The \(sheet.en) sheet may also be saved as CSV UTF-8 and "
                    + "that CSV scored."),
        ]
    }

    /// The source ("Nguồn"): the sheet every workbook of chiso ends with (``ResultWorkbook``'s), naming the framework,
    /// its decision and date, chiso's version, the command line, the time and the input files.
    package static func source(_ origin: WorkbookOrigin) -> WorkbookSheet {
        ResultWorkbook.source(origin)
    }
}
