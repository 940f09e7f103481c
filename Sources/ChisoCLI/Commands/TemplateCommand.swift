import ChisoCore
import ChisoFormats
import ChisoReports

/// `chiso template`: an empty assessment file with the right header.
enum TemplateCommand: Command {
    static let spec = CommandSpec(
        name: "template",
        abstract: LocalizedText(
            vi: "Ghi một tệp CSV đánh giá trống có sẵn dòng tiêu đề đúng để nhập số liệu.",
            en: "Write an empty assessment CSV with the right header for data entry."),
        options: [
            CommonOptions.framework, CommonOptions.editableOutput, CommonOptions.force, CommonOptions.excel,
            CommonOptions.messagesLang,
        ]
    )

    static var writesEditableFiles: Bool { true }

    static func run(_ arguments: ParsedArguments, console: inout Console) throws(CommandFailure) -> ExitCode {
        let reference = arguments.value("framework") ?? ""
        let (framework, _) = try FrameworksCommand.load(reference)
        try emit(FrameworkReport.template(framework), arguments: arguments, inputs: [reference], console: &console)
        return .ok
    }
}
