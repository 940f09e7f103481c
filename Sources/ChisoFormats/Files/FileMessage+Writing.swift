import ChisoCore

extension FileMessage {
    /// The words of the problems of writing a file.
    var writingText: LocalizedText {
        switch self {
        case .cannotWrite(let reason, let hint):
            LocalizedText(vi: "không ghi được (\(reason.vi))", en: "cannot be written (\(reason.en))")
                + Self.text(of: hint)
        case .emptyOutputName:
            LocalizedText(
                vi: "tên tệp trống; hãy cho một tên tệp, hoặc bỏ --output để ghi ra đầu ra chuẩn",
                en: "an empty file name; give a file name, or leave --output out to write to standard output")
        case .outputIsDirectory:
            LocalizedText(
                vi: "đây là một thư mục; --output cần một tên tệp", en: "is a directory; --output takes a file name")
        case .unreadableLink(let link, let reason):
            LocalizedText(
                vi: "không đọc được liên kết tượng trưng \(link) (\(reason.vi))",
                en: "the symbolic link \(link) cannot be read (\(reason.en))")
        case .tooManyLinks(let maximum):
            LocalizedText(
                vi: "quá nhiều tầng liên kết tượng trưng (hơn \(maximum)); hãy kiểm tra các liên kết trỏ tới đâu",
                en: "too many levels of symbolic links (more than \(maximum)); check where the links point")
        case .cannotCreateDirectory(let reason):
            LocalizedText(vi: "không tạo được thư mục (\(reason.vi))", en: "cannot create the directory (\(reason.en))")
        case .cannotOpenForWriting(let reason):
            LocalizedText(
                vi: "không mở được để ghi (\(reason.vi)); hãy kiểm tra quyền truy cập tệp",
                en: "cannot be opened for writing (\(reason.en)); check its permissions")
        case .cannotMakeTemporary(let reason, let directory):
            LocalizedText(
                vi: "không ghi được (\(reason.vi) khi tạo tệp tạm trong \(directory)); hãy kiểm tra thư mục có tồn tại "
                    + "và ghi được không",
                en: "cannot be written (\(reason.en) for a temporary file in \(directory)); check that the directory "
                    + "exists and is writable")
        case .cannotReplace(let reason):
            LocalizedText(
                vi: "không thay thế được (\(reason.vi)); hãy kiểm tra quyền truy cập tệp",
                en: "cannot be replaced (\(reason.en)); check its permissions")
        default:
            refusalText
        }
    }

    private var refusalText: LocalizedText {
        switch self {
        case .exists:
            LocalizedText(
                vi: "tệp đã có, và chiso không ghi đè một tệp có thể bạn đã sửa; hãy dùng --force để ghi đè, hoặc "
                    + "chọn tên tệp khác",
                en: "already exists, and chiso does not replace a file you may have edited; give --force to replace "
                    + "it, or choose another file name")
        case .readOnly(let mode):
            LocalizedText(
                vi: "tệp chỉ đọc (quyền \(mode)), nên chiso không ghi đè; hãy cho phép ghi (chmod u+w) hoặc chọn tên "
                    + "tệp khác",
                en: "is read-only (mode \(mode)), so chiso does not replace it; make it writable (chmod u+w) or "
                    + "choose another file name")
        case .isInput(let input):
            LocalizedText(
                vi: "tệp này cũng là đầu vào của lệnh (\(input)); hãy chọn tệp --output khác để không mất đầu vào",
                en: "is also an input of this command (\(input)); choose another --output file so that no input is "
                    + "lost")
        case .otherFramework(let what, let named, let expected):
            LocalizedText(
                vi: "\(what.vi) được làm với khung đánh giá \(named), nhưng lần chạy này dùng \(expected): hãy dùng "
                    + "--framework \(named), hoặc tệp làm với \(expected)",
                en: "\(what.en) was made with the framework \(named), but this run uses \(expected): give "
                    + "--framework \(named), or the file made with \(expected)")
        case .cellsCut(let count, let limit):
            LocalizedText(
                vi: "\(count) ô dài hơn \(limit) ký tự, giới hạn của một ô Excel, nên được cắt ngắn trong bảng tính "
                    + "(kết thúc bằng …); đầu ra CSV (--format csv) giữ nguyên đủ",
                en: "\(Plural.count(count, "cell")) longer than \(limit) characters, the most an Excel cell holds, cut "
                    + "short in the workbook (ending in …); the CSV output (--format csv) keeps every text whole")
        default:
            LocalizedText(vi: "", en: "")
        }
    }

    private static func text(of hint: WriteHint?) -> LocalizedText {
        switch hint {
        case nil: LocalizedText(vi: "", en: "")
        case .freeSpace?:
            LocalizedText(vi: "; hãy kiểm tra dung lượng trống của ổ đĩa", en: "; check the free space on its disk")
        case .pathAndPermissions?:
            LocalizedText(
                vi: "; hãy kiểm tra đường dẫn và quyền truy cập", en: "; check the path and its permissions")
        }
    }
}
