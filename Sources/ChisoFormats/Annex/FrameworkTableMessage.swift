public import ChisoCore

/// What importing a framework table finds wrong with the file as a whole, or worth telling, in both languages.
public enum FrameworkTableMessage: DiagnosticMessage, Hashable {
    /// A workbook sheet is neither the annex nor a part chiso reads.
    case sheetNotRead(parts: [String])
    /// No sheet of the workbook holds an annex table.
    case noAnnexSheet
    /// The annex has neither `Điểm tối đa` nor `Mức n` columns that a scheme reads.
    case noSchemeFits
    /// The table has no `Mã khung`: the ID was made from the file's name.
    case idFromFileName(id: String)
    /// `Thông tin` lacks these rows; they were left unknown (or taken from the title block).
    case missingInfo(labels: [String])
    /// A CSV file's part (`[Xếp loại]`) starts a second time, its first start on `firstLine`; the second is not read.
    case partRepeated(part: String, firstLine: Int)
    /// The file has no annex but a `unit_id` column: it is assessment data given where a framework is expected.
    case dataFile
    /// The annex has no `Tên tiếng Anh` column: English output shows the Vietnamese names.
    case noEnglishNames

    /// One example of every case.
    public static var examples: [Self] {
        [
            .sheetNotRead(parts: ["Khung", "Thông tin"]), .noAnnexSheet, .noSchemeFits,
            .idFromFileName(id: "phu-luc-1"), .missingInfo(labels: ["Số quyết định", "Ngày ban hành"]), .dataFile,
            .partRepeated(part: "Xếp loại", firstLine: 12), .noEnglishNames,
        ]
    }

    /// The stable code of the case.
    public var code: String {
        switch self {
        case .sheetNotRead: "table.sheet-not-read"
        case .noAnnexSheet: "table.no-annex"
        case .noSchemeFits: "table.no-scheme"
        case .idFromFileName: "table.id-from-file"
        case .missingInfo: "table.missing-info"
        case .dataFile: "table.data-file"
        case .partRepeated: "table.part-repeated"
        case .noEnglishNames: "table.no-english-names"
        }
    }

    /// The message in both languages.
    public var text: LocalizedText {
        switch self {
        case .sheetNotRead(let parts):
            let list = parts.map { "\"\($0)\"" }.joined(separator: ", ")
            return LocalizedText(
                vi: "trang tính này không được đọc: chiso đọc bảng phụ lục và các trang \(list)",
                en: "this sheet is not read: chiso reads the annex table and the sheets \(list)")
        case .noAnnexSheet:
            return LocalizedText(
                vi: "không trang tính nào có bảng phụ lục (một hàng tiêu đề có cột \"STT\" và cột tên chỉ số hoặc "
                    + "tiêu chí); hãy dán bảng của quyết định vào trang \"Khung\"",
                en: "no sheet holds an annex table (a header row with an \"STT\" column and a name column); paste the "
                    + "decision's table into a sheet named \"Khung\"")
        case .noSchemeFits:
            return LocalizedText(
                vi: "bảng không có cột \"Điểm tối đa\" (khung tính điểm) hay các cột \"Mức 1\"… (khung theo mức)",
                en: "the table has neither a \"Điểm tối đa\" column (a point framework) nor \"Mức 1\"… columns "
                    + "(a level framework)")
        case .idFromFileName(let id):
            return LocalizedText(
                vi: "bảng không có dòng \"Mã khung\" trong trang \"Thông tin\"; mã khung lấy theo tên tệp: \"\(id)\"",
                en: "the table has no \"Mã khung\" row in its \"Thông tin\" sheet; the framework's ID is made from the "
                    + "file's name: \"\(id)\"")
        case .noEnglishNames:
            return LocalizedText(
                vi: "bảng không có cột \"Tên tiếng Anh\": kết quả bằng tiếng Anh ghi tên chỉ số bằng tiếng Việt",
                en: "the table has no \"Tên tiếng Anh\" column: output in English shows the indicators' Vietnamese "
                    + "names")
        case .missingInfo(let labels):
            let list = labels.map { "\"\($0)\"" }.joined(separator: ", ")
            return LocalizedText(
                vi: "trang \"Thông tin\" thiếu \(list); khung ghi \"chưa rõ\" (tên khung lấy từ tiêu đề của bảng "
                    + "nếu có) — hãy điền để kết quả ghi đúng nguồn",
                en: "the \"Thông tin\" sheet lacks \(list); the framework says \"unknown\" (its name taken from the "
                    + "table's title when there is one) — fill them in so results cite their source")
        case .partRepeated(let part, let firstLine):
            return LocalizedText(
                vi: "phần [\(part)] đã bắt đầu ở dòng \(firstLine); phần này không được đọc lần thứ hai — hãy gộp các "
                    + "dòng của nó vào một chỗ",
                en: "the part [\(part)] already started on line \(firstLine); it is not read a second time — put its "
                    + "rows in one place")
        case .dataFile:
            return LocalizedText(
                vi: "tệp này là số liệu đánh giá (có cột unit_id), không phải bảng phụ lục của khung đánh giá; hãy đưa "
                    + "nó làm tệp số liệu, còn khung đánh giá là một mã khung có sẵn, một tệp .json hoặc một bảng phụ "
                    + "lục có cột STT",
                en: "this file is assessment data (it has a unit_id column), not a framework's annex table; give it as "
                    + "the data file, and as the framework a built-in ID, a .json file or an annex table with an STT "
                    + "column")
        }
    }
}
