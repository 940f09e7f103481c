import ChisoCore
import ChisoFormats
import ChisoReports

/// `chiso frameworks`: lists, shows and validates frameworks.
enum FrameworksCommand: Command {
    /// The group's commands, in the order help lists them.
    static var subcommands: [any Command.Type] {
        [
            ListCommand.self, ShowCommand.self, ValidateCommand.self, DiffCommand.self, CompareCommand.self,
            NewCommand.self, SchemaCommand.self, ImportCommand.self, ExportCommand.self,
        ]
    }

    static let spec = CommandSpec(
        name: "frameworks",
        abstract: LocalizedText(
            vi: "Liệt kê, xem và kiểm tra các khung đánh giá, hoặc bắt đầu một khung đánh giá của riêng bạn.",
            en: "List, show and validate frameworks, or start one of your own."),
        subcommands: subcommands.map { $0.spec }
    )

    /// A group runs none itself: `chiso frameworks` routes to its subcommands.
    static func run(_ arguments: ParsedArguments, console: inout Console) throws(CommandFailure) -> ExitCode {
        throw CommandFailure(.needsSubcommand(subcommands.map { $0.spec.name }))
    }

    static func load(_ reference: String) throws(CommandFailure) -> (Framework, [Diagnostic]) {
        do {
            return try FrameworkCatalog.load(reference)
        } catch {
            throw CommandFailure(error)
        }
    }

    /// `chiso frameworks list`.
    enum ListCommand: Command {
        static let spec = CommandSpec(
            name: "list",
            abstract: LocalizedText(vi: "Liệt kê các khung đánh giá có sẵn.", en: "List the built-in frameworks."),
            options: [CommonOptions.lang])

        static func run(_ arguments: ParsedArguments, console: inout Console) throws(CommandFailure) -> ExitCode {
            var frameworks: [Framework] = []
            for entry in FrameworkCatalog.builtIn {
                frameworks.append(try FrameworksCommand.load(entry.id).0)
            }
            let language = Self.language(arguments, console)
            console.print(FrameworkReport.list(frameworks, language: language))
            console.print(
                FrameworkWords.listTrailer(
                    crosswalks: CrosswalkRun.builtIn, unitMaps: RegroupRun.builtInMaps.map(\.id)
                ).text(in: language))
            return .ok
        }
    }

    /// `chiso frameworks show`.
    enum ShowCommand: Command {
        /// `frameworks show`, as the column dictionary names it.
        static var outputName: String { "frameworks \(spec.name)" }

        static let spec = CommandSpec(
            name: "show",
            abstract: LocalizedText(
                vi:
                    "Xem một khung đánh giá: căn cứ pháp lý và chỉ tiêu của mọi tiêu chí ở từng mức, hoặc các chỉ số "
                    + "chính, chỉ số thành phần, điểm và xếp loại.",
                en: "Show a framework: its source and every criterion's requirement at each level, or its nodes, "
                    + "points and tiers."),
            arguments: [CommonOptions.frameworkReference],
            options: [
                CommonOptions.format(
                    LocalizedText(
                        vi: "csv: mỗi tiêu chí một dòng; json: định dạng tệp khung đánh giá.",
                        en: "csv: one row per criterion; json: the framework file format.")),
                CommonOptions.lang,
                CommonOptions.showOutput,
                CommonOptions.force,
                CommonOptions.excel,
            ]
        )

        /// `--format json` is the starting point of an adapted framework (README, "Adapting a framework").
        static var writesEditableFiles: Bool { true }

        static func run(_ arguments: ParsedArguments, console: inout Console) throws(CommandFailure) -> ExitCode {
            let format = try Self.format(arguments)
            let reference = arguments.positionals[0]
            let (framework, _) = try FrameworksCommand.load(reference)
            let text = FrameworkReport.show(framework, format: format, language: language(arguments, console))
            try emit(text, arguments: arguments, inputs: [reference], console: &console)
            return .ok
        }
    }

    /// `chiso frameworks validate`.
    enum ValidateCommand: Command {
        static let spec = CommandSpec(
            name: "validate",
            abstract: LocalizedText(
                vi: "Kiểm tra một tệp khung đánh giá và báo mọi lỗi cùng lúc, kèm đường dẫn và dòng.",
                en: "Check a framework file and report every problem at once, with its path and line."),
            discussion: LocalizedText(
                vi: """
                    Ngoài bản thân tệp: khung đánh giá mà childFramework của nó nêu phải tồn tại (mã có sẵn hoặc tệp nằm
                    cạnh tệp này), phải là khung đánh giá theo mức, và không được dẫn ngược về tệp này; tệp dùng lại mã
                    của một khung đánh giá có sẵn nhưng khác nội dung sẽ nhận một cảnh báo.
                    """,
                en: """
                    Besides the file itself: the framework its childFramework names must exist (a built-in ID or a file
                    beside this one), be a level framework, and not lead back to this one; a file that reuses the ID of
                    a built-in framework but differs from it gets a warning.
                    """),
            arguments: [
                ArgumentSpec(
                    name: "FILE",
                    help: LocalizedText(
                        vi: "Tệp khung đánh giá (hoặc mã một khung đánh giá có sẵn).",
                        en: "The framework file (or a built-in ID)."))
            ],
            options: [CommonOptions.messagesLang]
        )

        static func run(_ arguments: ParsedArguments, console: inout Console) throws(CommandFailure) -> ExitCode {
            let framework: Framework
            let warnings: [Diagnostic]
            do {
                (framework, warnings) = try FrameworkCatalog.validate(arguments.positionals[0])
            } catch {
                throw CommandFailure(error)
            }
            let language = console.language
            for warning in warnings { console.printError(warning.description(in: language)) }
            let file = arguments.positionals[0]
            let unknown = framework.scheme.unknownWeights.map { framework.scheme.conditions[$0].id }
            if !unknown.isEmpty {
                let ids = unknown.joined(separator: ", ")
                console.printError(
                    LocalizedText(
                        vi: "\(file): lưu ý: chưa biết điểm của \(ids); khung đánh giá mô tả cấu trúc nhưng chưa tính "
                            + "điểm được cho đến khi có các điểm này",
                        en:
                            "\(file): note: the points of \(ids) are unknown; the framework describes the structure but "
                            + "cannot score until they are given"
                    ).text(in: language))
            }
            console.print(validSummary(file, framework, warnings: warnings.count).text(in: language))
            return .ok
        }

        /// `FILE: valid framework ID with 38 criteria; common scale classes (default)`, in both languages.
        static func validSummary(_ file: String, _ framework: Framework, warnings: Int) -> LocalizedText {
            let summary = framework.wording.validationSummary
            let setOrDefault = framework.commonScale == nil
            let vi =
                "\(file): khung đánh giá \(framework.id) hợp lệ, có \(summary.vi)"
                + (warnings == 0 ? "" : " (\(warnings) cảnh báo)")
                + "; thang chung \(framework.scale.rawValue) (\(setOrDefault ? "mặc định" : "theo tệp"))"
            let en =
                "\(file): valid framework \(framework.id) with \(summary.en)"
                + (warnings == 0 ? "" : " (\(warnings) \(warnings == 1 ? "warning" : "warnings"))")
                + "; common scale \(framework.scale.rawValue) (\(setOrDefault ? "default" : "as set"))"
            return LocalizedText(vi: vi, en: en)
        }
    }

    /// `chiso frameworks new`.
    enum NewCommand: Command {
        static let spec = CommandSpec(
            name: "new",
            abstract: LocalizedText(
                vi: "Ghi một tệp khung đánh giá mẫu có chú thích để sửa.",
                en: "Write a commented starter framework file to edit."),
            discussion: LocalizedText(
                vi: """
                    Với --output, JSON Schema (chiso-framework.schema.json) được ghi cạnh tệp mẫu, là tệp mà "$schema"
                    của tệp mẫu nêu: VS Code và các trình soạn thảo khác đọc nó để kiểm tra và gợi ý khóa, không cần
                    mạng. Một tệp schema đã có mà khác được giữ nguyên trừ khi cho --force.
                    """,
                en: """
                    With --output, the JSON Schema (chiso-framework.schema.json) is written beside the starter, the file
                    its "$schema" names: VS Code and other editors read it to check the file and complete keys, with no
                    network. A schema file already there that differs is kept unless --force.
                    """),
            options: [
                OptionSpec(
                    name: "scheme", valueName: "SCHEME",
                    help: LocalizedText(vi: "Loại bộ chỉ số.", en: "The kind of index."),
                    // The built-in schemes, newest first, as the help has always listed them.
                    allowed: SchemeFormat.builtIn.reversed().map(\.name),
                    isRequired: true),
                CommonOptions.editableOutput,
                CommonOptions.force,
                CommonOptions.messagesLang,
            ]
        )

        static var writesEditableFiles: Bool { true }

        static func run(_ arguments: ParsedArguments, console: inout Console) throws(CommandFailure) -> ExitCode {
            let text = SchemeFormat.named(arguments.value("scheme") ?? "")?.starter ?? ""
            try emit(text, arguments: arguments, inputs: [], console: &console)
            if let path = outputPath(arguments) {
                try writeSchema(beside: path, arguments: arguments, console: &console)
            }
            return .ok
        }

        /// Writes the JSON Schema beside the starter at `path`, so that its `"$schema": "chiso-framework.schema.json"`
        /// leads an editor to it wherever the starter is saved, with no network; a schema file that differs (from
        /// another version of chiso, or edited) is kept unless `--force`, with a note saying so.
        static func writeSchema(beside path: String, arguments: ParsedArguments, console: inout Console)
            throws(CommandFailure)
        {
            let placement: FrameworkSchema.Placement
            do {
                placement = try FrameworkSchema.write(
                    FrameworkSchema.text(), beside: path, replacing: arguments.flag("force"))
            } catch {
                throw CommandFailure(error)
            }
            let words = Self.language(arguments, console)
            switch placement {
            case .wrote(let schema): console.printError(HelpWords.wrote(schema).text.text(in: words))
            case .keptDifferent(let schema): console.printError(HelpWords.keptSchema(schema).text.text(in: words))
            case .current, .notAFile: break
            }
        }
    }

    /// `chiso frameworks schema`.
    enum SchemaCommand: Command {
        static let spec = CommandSpec(
            name: "schema",
            abstract: LocalizedText(
                vi: "In JSON Schema của tệp khung đánh giá, cho các trình soạn thảo kiểm tra và gợi ý JSON.",
                en: "Print the JSON Schema of framework files, for editors that check and complete JSON."),
            discussion: LocalizedText(
                vi: """
                    Tệp khung đánh giá nêu schema bằng tên tương đối ("$schema": "chiso-framework.schema.json"), nên
                    trình soạn thảo tìm nó cạnh tệp: --output THƯ-MỤC ghi chiso-framework.schema.json vào thư mục
                    chứa các tệp khung đánh giá.
                    """,
                en: """
                    Framework files name the schema by a relative name ("$schema": "chiso-framework.schema.json"), so
                    an editor looks for it beside the file: --output DIR writes chiso-framework.schema.json into the
                    directory that holds the framework files.
                    """),
            options: [CommonOptions.editableOutput, CommonOptions.force, CommonOptions.messagesLang]
        )

        static var writesEditableFiles: Bool { true }

        static func run(_ arguments: ParsedArguments, console: inout Console) throws(CommandFailure) -> ExitCode {
            var arguments = arguments
            if let output = outputPath(arguments) {
                arguments.options["output"] = FrameworkSchema.destination(forOutput: output)
            }
            let schema: String
            do {
                schema = try FrameworkSchema.text()
            } catch {
                throw CommandFailure(error)
            }
            try emit(schema, arguments: arguments, inputs: [], console: &console)
            return .ok
        }
    }
}
