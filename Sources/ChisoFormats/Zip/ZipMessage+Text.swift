import ChisoCore

extension ZipMessage {
    /// The words of the cases about the file as a whole.
    var fileText: LocalizedText {
        switch self {
        case .compoundFile:
            LocalizedText(
                vi: "tệp không phải sổ tính .xlsx mà là tệp Office dạng cũ (.xls) hoặc sổ tính có đặt mật khẩu; hãy mở "
                    + "tệp trong Excel hoặc LibreOffice, bỏ mật khẩu nếu có, rồi lưu lại dưới dạng .xlsx",
                en: "the file is not an .xlsx workbook but an old-format Office file (.xls) or a password-protected "
                    + "workbook; open it in Excel or LibreOffice, remove the password if there is one, and save it "
                    + "as .xlsx")
        case .emptyFile:
            LocalizedText(
                vi: "tệp rỗng, không phải sổ tính .xlsx; hãy kiểm tra tệp đã được lưu hoặc tải về đầy đủ chưa",
                en: "the file is empty, not an .xlsx workbook; check that it was saved or downloaded completely")
        case .notZip:
            LocalizedText(
                vi: "tệp không phải sổ tính .xlsx (một tệp nén ZIP); nếu đó là tệp .csv, .ods hay định dạng khác, hãy "
                    + "mở trong Excel hoặc LibreOffice và lưu dưới dạng .xlsx",
                en: "the file is not an .xlsx workbook (a ZIP archive); if it is a .csv, .ods or another format, open "
                    + "it in Excel or LibreOffice and save it as .xlsx")
        case .damaged:
            LocalizedText(
                vi:
                    "tệp bị hỏng hoặc không đầy đủ: thư mục của tệp nén ZIP bị thiếu hoặc sai; hãy lưu hoặc tải lại tệp",
                en: "the file is damaged or incomplete: its ZIP directory is missing or broken; save or download it "
                    + "again")
        case .zip64:
            LocalizedText(
                vi: "tệp nén dùng định dạng ZIP64 (trên 4 GiB hoặc trên 65.535 mục), chiso chưa đọc được; hãy lưu lại "
                    + "tệp trong Excel hoặc LibreOffice",
                en: "the archive uses ZIP64 (over 4 GiB or 65,535 entries), which chiso does not read; save the file "
                    + "again from Excel or LibreOffice")
        default:
            LocalizedText(
                vi: "tệp nén bị chia thành nhiều phần; hãy ghép các phần thành một tệp",
                en: "the archive is split into several parts; join them into one file")
        }
    }

    /// The words of the cases about one entry, or about the sizes.
    var entryText: LocalizedText {
        switch self {
        case .unsupportedMethod(let entry, let method):
            LocalizedText(
                vi: "mục \"\(entry)\" được nén bằng phương pháp số \(method); chiso chỉ đọc được mục không nén (0) và "
                    + "nén deflate (8); hãy lưu lại tệp trong Excel hoặc LibreOffice",
                en: "entry \"\(entry)\" is compressed with method \(method); chiso reads only stored (0) and deflate "
                    + "(8) entries; save the file again from Excel or LibreOffice")
        case .encrypted(let entry):
            LocalizedText(
                vi: "mục \"\(entry)\" trong tệp nén được mã hoá; hãy bỏ mật khẩu và lưu lại tệp",
                en: "entry \"\(entry)\" is encrypted; remove the password and save the file again")
        case .tooManyEntries(let count, let limit):
            LocalizedText(
                vi: "tệp nén có \(count) mục, vượt giới hạn \(limit) mục; một sổ tính thường chỉ có vài chục mục",
                en: "the archive has \(count) entries, over the limit of \(limit); a workbook usually has a few dozen")
        case .tooLarge(let entry, let size, let limit): Self.tooLarge(entry, size, limit)
        case .compressionRatio(let entry, let ratio, let limit):
            LocalizedText(
                vi: "mục \"\(entry)\" khi giải nén sẽ lớn gấp \(ratio) lần, vượt giới hạn \(limit) lần: dấu hiệu của "
                    + "một \"bom nén\" (ZIP bomb); chiso không đọc tệp này",
                en: "entry \"\(entry)\" would expand \(ratio) times, over the limit of \(limit): the mark of a ZIP "
                    + "bomb; chiso does not read it")
        case .corruptEntry(let entry):
            LocalizedText(
                vi: "dữ liệu của mục \"\(entry)\" bị hỏng (không giải nén được, hoặc sai kích thước hay mã kiểm tra "
                    + "CRC-32); hãy lưu hoặc tải lại tệp",
                en: "the data of entry \"\(entry)\" is corrupt (it does not decompress, or its size or CRC-32 is "
                    + "wrong); save or download the file again")
        case .missingEntry(let entry):
            LocalizedText(
                vi: "tệp nén không có mục \"\(entry)\"", en: "the archive has no entry \"\(entry)\"")
        case .tooLargeToWrite(let entry):
            LocalizedText(
                vi: "không ghi được mục \"\(entry)\": sổ tính sẽ vượt 4 GiB hoặc 65.535 mục; hãy chia dữ liệu ra "
                    + "nhiều tệp",
                en: "cannot write entry \"\(entry)\": the workbook would pass 4 GiB or 65,535 entries; split the data "
                    + "into several files")
        default:
            LocalizedText(
                vi: "tệp nén có hai mục cùng tên \"\(duplicateName)\", không rõ nên đọc mục nào; hãy lưu lại tệp "
                    + "trong Excel hoặc LibreOffice",
                en: "the archive has two entries named \"\(duplicateName)\", so which one to read is ambiguous; save "
                    + "the file again from Excel or LibreOffice")
        }
    }

    /// The entry of ``duplicateEntry(entry:)``, empty for other cases.
    private var duplicateName: String {
        if case .duplicateEntry(let entry) = self { entry } else { "" }
    }

    /// The words of ``tooLarge(entry:size:limit:)``.
    private static func tooLarge(_ entry: String?, _ size: Int, _ limit: Int) -> LocalizedText {
        guard let entry else {
            return LocalizedText(
                vi: "các mục trong tệp nén giải nén ra tổng cộng \(size) byte, vượt giới hạn \(limit) byte",
                en: "the entries of the archive expand to \(size) bytes in all, over the limit of \(limit) bytes")
        }
        return LocalizedText(
            vi: "mục \"\(entry)\" giải nén ra \(size) byte, vượt giới hạn \(limit) byte",
            en: "entry \"\(entry)\" expands to \(size) bytes, over the limit of \(limit) bytes")
    }
}
