public import ChisoCore

/// What goes wrong opening, reading or writing a file, in both languages. The system's own words for an error
/// (`strerror`, "Permission denied") are given as they are.
public enum FileMessage: DiagnosticMessage, Hashable {
    /// No file at the path.
    case noSuchFile
    /// The file cannot be read for lack of permission.
    case noPermissionToRead
    /// The file cannot be opened; `reason` is the system's.
    case cannotOpen(reason: LocalizedText)
    /// The file cannot be read; `reason` is the system's.
    case cannotRead(reason: LocalizedText)
    /// An input is a directory.
    case inputIsDirectory
    /// A file that must be UTF-8 is not.
    case notUTF8
    /// A spreadsheet (an `.xlsx` or `.xls` workbook) where a text file (JSON) is read.
    case spreadsheetNotText
    /// The reader of the output pipe has gone.
    case pipeClosed
    /// The file cannot be written; `reason` is the system's.
    case cannotWrite(reason: LocalizedText, hint: WriteHint?)
    /// `--output` is empty.
    case emptyOutputName
    /// `--output` names a directory.
    case outputIsDirectory
    /// The symbolic link `link` cannot be read.
    case unreadableLink(link: String, reason: LocalizedText)
    /// More than `maximum` symbolic links in a chain.
    case tooManyLinks(maximum: Int)
    /// The output directory cannot be created.
    case cannotCreateDirectory(reason: LocalizedText)
    /// The file cannot be opened for writing.
    case cannotOpenForWriting(reason: LocalizedText)
    /// The output exists and `--force` is not given.
    case exists
    /// The output is read-only (`mode` in octal, `0444`).
    case readOnly(mode: String)
    /// The output is also the input `input`.
    case isInput(input: String)
    /// No temporary file can be made in `directory`.
    case cannotMakeTemporary(reason: LocalizedText, directory: String)
    /// The output cannot be replaced.
    case cannotReplace(reason: LocalizedText)
    /// A file (`what`) made with framework `named` where the run uses `expected`.
    case otherFramework(what: LocalizedText, named: String, expected: String)
    /// `count` texts longer than a workbook cell holds (`limit` characters) were cut short in it.
    case cellsCut(count: Int, limit: Int)

    /// What a person should check when a file cannot be written.
    public enum WriteHint: Hashable, Sendable {
        /// The free space on the disk.
        case freeSpace
        /// The path and its permissions.
        case pathAndPermissions
    }

    /// One example of every case.
    public static var examples: [Self] {
        let reason = LocalizedText(vi: "không có quyền truy cập", en: "Permission denied")
        return [
            .noSuchFile, .noPermissionToRead, .cannotOpen(reason: reason), .cannotRead(reason: reason),
            .inputIsDirectory, .notUTF8, .spreadsheetNotText, .pipeClosed, .cannotWrite(reason: reason, hint: nil),
            .cannotWrite(reason: reason, hint: .freeSpace), .cannotWrite(reason: reason, hint: .pathAndPermissions),
            .emptyOutputName, .outputIsDirectory, .unreadableLink(link: "a.csv", reason: reason),
            .tooManyLinks(maximum: 40), .cannotCreateDirectory(reason: reason), .cannotOpenForWriting(reason: reason),
            .exists, .readOnly(mode: "0444"), .isInput(input: "xa.csv"),
            .cannotMakeTemporary(reason: reason, directory: "out"), .cannotReplace(reason: reason),
            .otherFramework(what: names("this file"), named: "dti-2023", expected: "xa-2361"),
            .cellsCut(count: 2, limit: 32_767),
        ]
    }

    /// What a file is, in both languages, from the English its caller gives ("this file", "the plan"); the English
    /// for both when it is not one chiso reads.
    ///
    /// Callers that still name their file in English only go through this until they pass the name in both
    /// languages.
    public static func names(_ english: String) -> LocalizedText {
        let vi: String? =
            switch english {
            case "this file": "tệp này"
            case "this score output": "tệp kết quả chấm điểm này"
            case "the plan": "tệp phương án"
            case "the uncertainty output": "tệp kết quả độ bất định"
            default: nil
            }
        return LocalizedText(vi: vi ?? english, en: english)
    }

    /// The stable code of the case.
    public var code: String {
        switch self {
        case .noSuchFile: "file.not-found"
        case .noPermissionToRead, .cannotOpen, .cannotRead: "file.unreadable"
        case .inputIsDirectory, .outputIsDirectory: "file.directory"
        case .notUTF8: "file.not-utf8"
        case .spreadsheetNotText: "file.spreadsheet-not-text"
        case .pipeClosed: "file.pipe-closed"
        case .cannotWrite, .cannotOpenForWriting, .cannotMakeTemporary, .cannotReplace: "file.unwritable"
        case .emptyOutputName: "file.empty-name"
        case .unreadableLink, .tooManyLinks: "file.link"
        case .cannotCreateDirectory: "file.directory-not-created"
        case .exists: "file.exists"
        case .readOnly: "file.read-only"
        case .isInput: "file.output-is-input"
        case .otherFramework: "file.other-framework"
        case .cellsCut: "file.cells-cut"
        }
    }

    /// The message in both languages.
    public var text: LocalizedText {
        switch self {
        case .noSuchFile, .noPermissionToRead, .cannotOpen, .cannotRead, .inputIsDirectory, .notUTF8,
            .spreadsheetNotText, .pipeClosed:
            readingText
        default:
            writingText
        }
    }

    private var readingText: LocalizedText {
        switch self {
        case .noSuchFile:
            LocalizedText(vi: "không có tệp này; hãy kiểm tra đường dẫn", en: "no such file; check the path")
        case .noPermissionToRead:
            LocalizedText(
                vi: "không đọc được; hãy kiểm tra quyền truy cập tệp", en: "cannot be read; check its permissions")
        case .cannotOpen(let reason):
            LocalizedText(vi: "không mở được (\(reason.vi))", en: "cannot be opened (\(reason.en))")
        case .cannotRead(let reason):
            LocalizedText(vi: "không đọc được (\(reason.vi))", en: "cannot be read (\(reason.en))")
        case .inputIsDirectory:
            LocalizedText(vi: "đây là một thư mục; cần một tệp", en: "is a directory; expected a file")
        case .notUTF8:
            LocalizedText(
                vi: "không phải UTF-8 hợp lệ; hãy lưu tệp dạng UTF-8", en: "not valid UTF-8; save the file as UTF-8")
        case .spreadsheetNotText:
            LocalizedText(
                vi: "đây là một sổ tính Excel, không phải tệp văn bản JSON mà tùy chọn này cần; hãy cho tệp .json "
                    + "(khung đánh giá, cấu hình) ở đây",
                en: "this is an Excel workbook, not the JSON text file this option needs; give a .json file "
                    + "(a framework, a configuration) here")
        default:
            LocalizedText(vi: "chương trình đọc đầu ra qua ống (pipe) đã dừng", en: "the reader of this pipe has gone")
        }
    }
}
