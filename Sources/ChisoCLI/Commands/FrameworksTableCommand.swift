import ChisoCore
import ChisoFormats
import ChisoReports

extension FrameworksCommand {
    /// `chiso frameworks import`: a framework file from the annex table of a decision.
    enum ImportCommand: Command {
        static let spec = CommandSpec(
            name: "import",
            abstract: LocalizedText(
                vi: "Đọc bảng phụ lục của quyết định (.xlsx hoặc .csv) thành tệp khung đánh giá và kiểm tra nó.",
                en: "Read a decision's annex table (.xlsx or .csv) into a framework file and check it."),
            discussion: LocalizedText(
                vi: """
                    Bảng có các cột STT, Chỉ số/Chỉ số thành phần (hoặc Tiêu chí), Điểm tối đa, Cách xác định và tính \
                    điểm… (khung tính điểm) hoặc Mức 1…Mức 5 (khung theo mức), như quyết định in; cột Mã, Quy tắc tính \
                    điểm, Đo bằng và các trang Thông tin, Xếp loại là tùy chọn. Chỗ trống cột Quy tắc tính điểm, chiso \
                    gợi ý quy tắc từ lời văn của cột Cách xác định và tính điểm và đánh dấu "GỢI Ý — cần xác nhận" \
                    trong tệp ghi ra: hãy kiểm tra từng gợi ý. Mọi lỗi được báo cùng lúc, kèm trang, hàng và cột.
                    """,
                en: """
                    The table has the columns STT, Chỉ số/Chỉ số thành phần (or Tiêu chí), Điểm tối đa, Cách xác định \
                    và tính điểm… (a point framework) or Mức 1…Mức 5 (a level framework), as the decision prints them; \
                    the columns Mã, Quy tắc tính điểm, Đo bằng and the sheets Thông tin and Xếp loại are optional. \
                    Where Quy tắc tính điểm is empty, chiso suggests a rule from the wording of Cách xác định và tính \
                    điểm and marks it "GỢI Ý — cần xác nhận" in the file written: check each one. Every problem is \
                    reported at once, with its sheet, row and column.
                    """),
            arguments: [
                ArgumentSpec(
                    name: "TABLE",
                    help: LocalizedText(
                        vi: "Bảng phụ lục: sổ tính .xlsx hoặc tệp .csv.",
                        en: "The annex table: an .xlsx workbook or a .csv file."))
            ],
            options: [CommonOptions.editableOutput, CommonOptions.force, CommonOptions.messagesLang]
        )

        static var writesEditableFiles: Bool { true }

        static func run(_ arguments: ParsedArguments, console: inout Console) throws(CommandFailure) -> ExitCode {
            let path = arguments.positionals[0]
            if let output = outputPath(arguments), FrameworkTable.isTableFile(output) {
                // A framework file named `.csv` or `.xlsx` would be read back as a table wherever it is used.
                throw CommandFailure(
                    usage: LocalizedText(
                        vi:
                            "lệnh này ghi tệp khung đánh giá JSON, còn '--output \(output)' sẽ được đọc lại như một bảng "
                            + "phụ lục (.csv, .xlsx); hãy đặt tên tệp đuôi .json",
                        en: "this command writes a JSON framework file, and '--output \(output)' would be read back as "
                            + "an annex table (.csv, .xlsx); give the file a .json name"))
            }
            let bytes: [UInt8]
            do { bytes = try InputFile.readBytes(path) } catch { throw CommandFailure(error) }
            let outcome = FrameworkTableImport.read(bytes, file: path)
            guard let framework = outcome.framework else { throw CommandFailure(InputError(.data, outcome.problems)) }
            let language = console.language
            for problem in outcome.problems { console.printError(problem.description(in: language)) }
            try emit(outcome.text, arguments: arguments, inputs: [path], console: &console)
            if let output = outputPath(arguments) {
                // The file names its schema by relative name: it goes beside the file, as `frameworks new` puts it.
                try NewCommand.writeSchema(beside: output, arguments: arguments, console: &console)
            }
            let warnings = outcome.problems.filter { $0.severity == .warning }.count
            console.printError(ValidateCommand.validSummary(path, framework, warnings: warnings).text(in: language))
            return .ok
        }
    }

    /// `chiso frameworks export`: a framework as the annex table of a decision.
    enum ExportCommand: Command {
        /// The formats written.
        static let formats = ["csv", "xlsx"]

        static let spec = CommandSpec(
            name: "export",
            abstract: LocalizedText(
                vi: "Ghi một khung đánh giá thành bảng phụ lục (.xlsx hoặc .csv) với mọi tham số của quy tắc, đọc lại "
                    + "được bằng 'chiso frameworks import'.",
                en: "Write a framework as an annex table (.xlsx or .csv) with every rule parameter, which 'chiso "
                    + "frameworks import' reads back."),
            arguments: [CommonOptions.frameworkReference],
            options: [
                OptionSpec(
                    name: "format", valueName: "FORMAT",
                    help: LocalizedText(
                        vi:
                            "csv (mặc định, các phần sau dòng [Thông tin], [Xếp loại]…) hoặc xlsx (mỗi phần một trang).",
                        en: "csv (the default; the parts after rows [Thông tin], [Xếp loại]…) or xlsx (a sheet per "
                            + "part)."),
                    allowed: formats),
                CommonOptions.editableOutput, CommonOptions.force, CommonOptions.messagesLang,
            ]
        )

        static var writesEditableFiles: Bool { true }

        static func run(_ arguments: ParsedArguments, console: inout Console) throws(CommandFailure) -> ExitCode {
            let reference = arguments.positionals[0]
            let output = outputPath(arguments)
            let format = arguments.value("format") ?? (output.map(namesWorkbook) == true ? "xlsx" : "csv")
            // A table written to a `.json` (or `.md`) file would be read back as that format: only the name can
            // change, whatever --format says.
            if let output, !namesWorkbook(output), let implied = OutputFormat(fileExtensionOf: output),
                implied != .csv
            {
                throw CommandFailure(.extensionNotWritten(output: output, implied: implied.rawValue, allowed: []))
            }
            if let output, let json = [".json5", ".jsonl"].first(where: { output.lowercased().hasSuffix($0) }) {
                throw CommandFailure(
                    .extensionNotWritten(output: output, implied: String(json.dropFirst()), allowed: []))
            }
            if let output, namesWorkbook(output) != (format == "xlsx") {
                throw CommandFailure(
                    .formatDisagrees(format: format, output: output, implied: format == "xlsx" ? "csv" : "xlsx"))
            }
            let (framework, _) = try FrameworksCommand.load(reference)
            guard let tables = FrameworkTableExport.tables(framework) else {
                throw CommandFailure(
                    usage: LocalizedText(
                        vi: "khung đánh giá \(framework.id) thuộc một loại chưa ghi được thành bảng",
                        en: "framework \(framework.id) is of a kind that cannot be written as a table"))
            }
            guard format == "xlsx" else {
                try emit(FrameworkTableExport.csv(tables), arguments: arguments, inputs: [reference], console: &console)
                return .ok
            }
            guard let output else { throw CommandFailure(.workbookNeedsOutput) }
            do {
                let bytes = try XLSXWriter.write(FrameworkTableExport.workbook(tables))
                try OutputFile.write(bytes: bytes, to: output, inputs: [reference], existing: existing(arguments))
            } catch let error as InputError {
                throw CommandFailure(error)
            } catch {
                throw CommandFailure(usage: LocalizedText(vi: "\(error)", en: "\(error)"))
            }
            console.printError(HelpWords.wrote(output).text.text(in: console.language))
            return .ok
        }
    }
}
