import ChisoCore
import ChisoFormats
import ChisoReports

/// A failure that ends a command with an exit status and the problems to report.
struct CommandFailure: Error, Sendable {
    var code: ExitCode
    var diagnostics: [Diagnostic]
    var usage: UsageError?

    init(_ error: InputError) {
        switch error.kind {
        case .data: code = .dataError
        case .noInput: code = .noInput
        case .usage: code = .usage
        case .cannotCreate: code = .cannotCreate
        case .closedPipe: code = .closedPipe
        }
        diagnostics = error.diagnostics
    }

    /// A usage problem worded in both languages.
    init(usage message: LocalizedText) {
        code = .usage
        diagnostics = []
        usage = UsageError(message: message)
    }

    /// A usage problem of the command line's own (``UsageProblem``).
    init(_ problem: UsageProblem) {
        self.init(usage: problem.text)
    }

    /// Every usage problem found before a command ran, reported together.
    init(usages messages: [LocalizedText]) {
        code = .usage
        diagnostics = []
        usage = UsageError(
            message: messages.first ?? LocalizedText(vi: "", en: ""), further: Array(messages.dropFirst()))
    }
}

/// One command of the `chiso` tool.
protocol Command {
    /// What the command is and accepts.
    static var spec: CommandSpec { get }
    /// Whether the command writes files that people go on to edit (a data template, a framework to adapt): such a
    /// file is never replaced unless `--force` is given. Results (`score`, `explain`) may replace earlier results.
    static var writesEditableFiles: Bool { get }
    /// The commands of a group (`frameworks`), which runs none itself; empty for a command that runs.
    static var subcommands: [any Command.Type] { get }
    /// The output's name in the column dictionary (``ColumnWords``): the command's name, with its group's before it
    /// for a subcommand (`frameworks show`).
    static var outputName: String { get }
    /// Runs the command; output goes to the console.
    static func run(_ arguments: ParsedArguments, console: inout Console) throws(CommandFailure) -> ExitCode
}

extension Command {
    /// Results by default: a later run may replace them.
    static var writesEditableFiles: Bool { false }

    /// A command, not a group.
    static var subcommands: [any Command.Type] { [] }

    /// The command's name.
    static var outputName: String { spec.name }

    /// The value `body` makes, or `nil` with its usage problem appended to `problems`: so that a command checks
    /// every option before it runs and reports every problem at once.
    static func checked<T>(_ problems: inout [LocalizedText], _ body: () throws -> T) -> T? {
        do {
            return try body()
        } catch {
            problems.append(
                (error as? CommandFailure)?.usage?.message ?? LocalizedText(vi: "\(error)", en: "\(error)"))
            return nil
        }
    }

    /// The `--output` file, or `nil` for standard output (no `--output`, or `--output -`).
    static func outputPath(_ arguments: ParsedArguments) -> String? {
        arguments.value("output").flatMap { $0 == "-" ? nil : $0 }
    }

    /// What may become of an existing `--output` file.
    static func existing(_ arguments: ParsedArguments) -> OutputFile.Existing {
        writesEditableFiles && !arguments.flag("force") ? .keep : .replace
    }

    /// Writes `text` to `--output` if given (atomically, never over an input), else to standard output; with
    /// `--excel`, as CSV for Excel in the run's language (after the byte-order mark Excel needs to read UTF-8); with
    /// `--format xlsx`, as a workbook of the CSV `text`; with `--format jsonl`, as JSON Lines of the CSV `text`.
    static func emit(_ text: String, arguments: ParsedArguments, inputs: [String], console: inout Console)
        throws(CommandFailure)
    {
        if wantsWorkbook(arguments) {
            try writeWorkbook(csv: text, arguments: arguments, inputs: inputs, console: &console)
            return
        }
        if wantsJSONLines(arguments) {
            try checkJSONLines(arguments, allowed: spec.options.first { $0.name == "format" }?.allowed ?? [])
        }
        let text =
            wantsJSONLines(arguments)
            ? JSONLines.document(csv: text) : excelText(text, arguments: arguments, console: console)
        guard let path = outputPath(arguments) else {
            console.print(text)
            return
        }
        do {
            try OutputFile.write(text, to: path, inputs: inputs, existing: existing(arguments))
        } catch {
            throw CommandFailure(error)
        }
        console.printError(HelpWords.wrote(path).text.text(in: language(arguments, console)))
    }

    /// Writes a command's result piece by piece: straight to the `--output` file (atomically, never over an input),
    /// or to standard output; with `--excel`, after the byte-order mark Excel needs to read UTF-8 (and gathered
    /// whole, to be rewritten with `;` and decimal commas for Vietnamese); with `--format xlsx` or `--format jsonl`,
    /// gathered whole and written as a workbook or as JSON Lines (whose number columns are known once every row is).
    static func emit(
        arguments: ParsedArguments,
        inputs: [String],
        console: inout Console,
        _ body: (inout any TextSink) throws(InputError) -> Void
    ) throws(CommandFailure) {
        let excel = arguments.flag("excel")
        if wantsWorkbook(arguments) || wantsJSONLines(arguments) || (excel && language(arguments, console) == .vi) {
            var sink: any TextSink = ""
            do { try body(&sink) } catch { throw CommandFailure(error) }
            try emit(sink as? String ?? "", arguments: arguments, inputs: inputs, console: &console)
            return
        }
        func write(_ sink: inout any TextSink) throws(InputError) {
            if excel { try sink.write(CSVWriter.byteOrderMark) }
            try body(&sink)
        }
        do {
            guard let path = outputPath(arguments) else {
                if console.streamsOutput {
                    try OutputFile.stream(to: nil, inputs: inputs, write)
                    return
                }
                var sink: any TextSink = ""
                try write(&sink)
                console.print(sink as? String ?? "")
                return
            }
            try OutputFile.stream(to: path, inputs: inputs, existing: existing(arguments), write)
            console.printError(HelpWords.wrote(path).text.text(in: language(arguments, console)))
        } catch {
            throw CommandFailure(error)
        }
    }

    /// The language of names in tables: `--lang`, else the environment's `CHISO_LANG`, else Vietnamese.
    static func language(_ arguments: ParsedArguments, _ console: Console) -> Language {
        ScoringInputs.language(arguments, console)
    }

    /// The output format: `--format` if given, else the one the `--output` file's extension names (`.csv`, `.json`,
    /// `.md`), else `default`; `.csv` for a workbook (`xlsx`) or JSON Lines (`jsonl`), which
    /// ``emit(_:arguments:inputs:console:)`` writes from the CSV.
    ///
    /// - Throws: ``CommandFailure`` (usage) when `--format` and the extension disagree, when the extension names a
    ///   format the command does not write, or when `--excel` is given for anything but CSV.
    static func format(_ arguments: ParsedArguments, default: OutputFormat = .table) throws(CommandFailure)
        -> OutputFormat
    {
        let allowed = spec.options.first { $0.name == "format" }?.allowed ?? []
        try checkJSONLines(arguments, allowed: allowed)
        try checkWorkbook(arguments, allowed: allowed)
        if wantsWorkbook(arguments) || wantsJSONLines(arguments) { return .csv }
        let chosen = arguments.value("format").flatMap(OutputFormat.init(rawValue:))
        let output = outputPath(arguments)
        let implied = output.flatMap(OutputFormat.init(fileExtensionOf:))
        if let output, let implied {
            if let chosen, chosen != implied {
                throw CommandFailure(
                    .formatDisagrees(format: chosen.rawValue, output: output, implied: implied.rawValue))
            }
            if chosen == nil, !allowed.contains(implied.rawValue) {
                throw CommandFailure(.extensionNotWritten(output: output, implied: implied.rawValue, allowed: allowed))
            }
        }
        let format = chosen ?? implied ?? `default`
        if arguments.flag("excel"), format != .csv {
            throw CommandFailure(.excelNotCSV(format: format.rawValue))
        }
        return format
    }
}

/// A command that reads a data file: it takes the ``ScoringInputs`` every such command takes, parsed once, and its
/// own options, checked into a typed value before it runs (every usage problem reported at once, exit 64).
protocol DataCommand: Command {
    /// The command's own options, checked.
    associatedtype Options: Sendable
    /// The inputs of the group this command cannot use, each with the reason (a usage error says it): an input is
    /// applied or refused, never silently ignored.
    static var refusedInputs: [ScoringInputs.Input: LocalizedText] { get }
    /// Checks the command's own options, appending every problem to `problems`.
    static func options(_ arguments: ParsedArguments, inputs: ScoringInputs, problems: inout [LocalizedText])
        -> Options
    /// Runs the command with checked inputs and options; `arguments` still says where output goes.
    static func run(_ inputs: ScoringInputs, _ options: Options, arguments: ParsedArguments, console: inout Console)
        throws(CommandFailure) -> ExitCode
}

extension DataCommand {
    /// Checks the inputs and the options, and runs the command only when there is no usage problem.
    static func run(_ arguments: ParsedArguments, console: inout Console) throws(CommandFailure) -> ExitCode {
        let inputs = ScoringInputs(arguments, console)
        var problems = inputs.problems(command: spec.name, refusing: refusedInputs)
        let options = options(arguments, inputs: inputs, problems: &problems)
        guard problems.isEmpty else { throw CommandFailure(usages: problems) }
        return try run(inputs, options, arguments: arguments, console: &console)
    }
}

/// Options several commands share.
enum CommonOptions {
    /// The first framework of `frameworks diff` and `frameworks compare`.
    static let frameworkA = ArgumentSpec(
        name: "A",
        help: LocalizedText(
            vi: "Mã một khung đánh giá có sẵn hoặc một tệp khung đánh giá.",
            en: "A built-in framework ID or a framework file."))
    /// The framework `frameworks show` and `frameworks export` write: an ID or a path.
    static let frameworkReference = ArgumentSpec(
        name: "ID|PATH",
        help: LocalizedText(
            vi: "Mã một khung đánh giá có sẵn hoặc đường dẫn tệp khung đánh giá.",
            en: "A built-in framework ID or the path of a framework file."))
    /// The assessment file of `score`, `explain` and `report`, which may be standard input.
    static let dataFile = ArgumentSpec(
        name: "DATA.csv",
        help: LocalizedText(
            vi: "Tệp dữ liệu đánh giá, CSV hoặc sổ tính Excel .xlsx; - đọc từ đầu vào chuẩn.",
            en: "The assessment file, CSV or an Excel .xlsx workbook; - reads it from standard input."))
    /// The help of the assessment file argument of the other data commands.
    static let dataHelp = LocalizedText(
        vi: "Tệp dữ liệu đánh giá, CSV hoặc sổ tính Excel .xlsx.",
        en: "The assessment file, CSV or an Excel .xlsx workbook.")

    /// How every command that reads data reads it, in the order `--help` lists them, last: `--skip-invalid`,
    /// `--ignore-column`, `--extra-columns`, `--fractions`, `--year`, `--sheet`.
    static var reading: [OptionSpec] { [skipInvalid, ignoreColumn, extraColumns, fractions, year, sheet] }

    static let framework = OptionSpec(
        name: "framework",
        valueName: "ID|PATH",
        help: LocalizedText(
            vi: "Mã một khung đánh giá có sẵn (xem 'chiso frameworks list') hoặc đường dẫn tệp khung đánh giá.",
            en: "A built-in framework ID (see 'chiso frameworks list') or the path of a framework file."),
        isRequired: true
    )
    static let children = OptionSpec(
        name: "children",
        valueName: "FILE",
        help: LocalizedText(
            vi: "Tệp đánh giá (CSV hoặc .xlsx) các đơn vị cấp dưới (các xã của huyện), được tính trước rồi tổng hợp "
                + "lên.",
            en: "Assessment CSV or .xlsx of the subordinate units (a district's communes), scored first and rolled up.")
    )
    static let childrenLevels = OptionSpec(
        name: "children-levels",
        valueName: "FILE",
        help: LocalizedText(
            vi: "Tệp CSV hoặc .xlsx unit_id,parent_id,level: mức đã được công nhận của các đơn vị cấp dưới, thay cho "
                + "--children.",
            en: "CSV or .xlsx unit_id,parent_id,level: the levels the subordinate units were recognised at, instead of "
                + "--children.")
    )
    static let output = OptionSpec(
        name: "output",
        valueName: "FILE",
        help: LocalizedText(
            vi: "Ghi vào FILE thay vì ra màn hình; đuôi .csv, .json, .jsonl (mỗi dòng của CSV thành một đối tượng "
                + "JSON trên một dòng), .md hay .xlsx (sổ tính Excel) chọn định dạng nếu không cho --format. Tệp "
                + "được thay trọn vẹn một lần, không bao giờ ghi đè tệp đầu vào.",
            en: "Write to FILE instead of standard output; .csv, .json, .jsonl (JSON Lines: each CSV row as one JSON "
                + "object on a line), .md or .xlsx (an Excel workbook) choose the format unless --format is given. A "
                + "file is replaced atomically, never an input.")
    )
    static let editableOutput = OptionSpec(
        name: "output",
        valueName: "FILE",
        help: LocalizedText(
            vi: "Ghi vào FILE (trọn vẹn một lần) thay vì ra màn hình; tệp đã có được giữ nguyên trừ khi cho --force.",
            en: "Write to FILE (atomically) instead of standard output; an existing file is kept unless --force.")
    )
    static let showOutput = OptionSpec(
        name: "output",
        valueName: "FILE",
        help: LocalizedText(
            vi: "Ghi vào FILE (trọn vẹn một lần) thay vì ra màn hình; đuôi .csv, .json, .jsonl (mỗi dòng của CSV "
                + "thành một đối tượng JSON trên một dòng), .md hay .xlsx (sổ tính Excel) chọn định dạng nếu không "
                + "cho --format. Tệp đã có được giữ nguyên trừ khi cho --force.",
            en: "Write to FILE (atomically) instead of standard output; .csv, .json, .jsonl (JSON Lines: each CSV row "
                + "as one JSON object on a line), .md or .xlsx (an Excel workbook) choose the format unless --format "
                + "is given. An existing file is kept unless --force.")
    )
    static let force = OptionSpec(
        name: "force",
        help: LocalizedText(
            vi: "Thay tệp --output đã có (có thể chứa phần bạn đã sửa).",
            en: "Replace an existing --output file (which may hold your edits).")
    )
    /// `--format`, one of every output format, with a line of help saying what the formats hold here; last the
    /// formats written from the command's CSV: JSON Lines and a workbook.
    static func format(_ help: LocalizedText) -> OptionSpec {
        OptionSpec(
            name: "format", valueName: "FORMAT", help: help,
            allowed: OutputFormat.allCases.map(\.rawValue) + ["jsonl", "xlsx"])
    }
    static let lang = OptionSpec(
        name: "lang",
        valueName: "LANG",
        help: LocalizedText(
            vi: "Ngôn ngữ của bảng, câu chữ, hướng dẫn và thông báo (mặc định vi, hoặc theo biến môi trường "
                + "CHISO_LANG); CSV và JSON giữ tên cột tiếng Anh và ghi tên theo cả hai ngôn ngữ.",
            en: "Language of tables, sentences, help and messages (default vi, or the environment's CHISO_LANG); CSV "
                + "and JSON keep English column names and carry names in both languages."),
        allowed: Language.allCases.map(\.rawValue)
    )
    /// `--lang` for a command that writes a file which does not change with the language: only its help and
    /// messages do.
    static let messagesLang = OptionSpec(
        name: "lang",
        valueName: "LANG",
        help: LocalizedText(
            vi: "Ngôn ngữ của hướng dẫn và thông báo (mặc định vi, hoặc theo biến môi trường CHISO_LANG); tệp ghi ra "
                + "không đổi theo nó.",
            en: "Language of help and messages (default vi, or the environment's CHISO_LANG); the file written does "
                + "not change with it."),
        allowed: Language.allCases.map(\.rawValue)
    )
    static let excel = OptionSpec(
        name: "excel",
        help: LocalizedText(
            vi: "Ghi CSV cho Excel mở được ngay: mở đầu bằng dấu thứ tự byte UTF-8 (để hiện đúng chữ tiếng Việt); với "
                + "--lang vi (mặc định) các cột cách nhau bởi dấu ; và số thập phân dùng dấu phẩy (72,5), như Excel "
                + "trên Windows cài đặt tiếng Việt; với --lang en dấu phẩy và dấu chấm thập phân. Tên cột giữ nguyên; "
                + "chiso đọc lại được tệp này.",
            en:
                "Write CSV that Excel opens in one go: a UTF-8 byte-order mark first (so Vietnamese letters show); with "
                + "--lang vi (the default) fields separated by ; and decimal commas (72,5), as Excel on Windows with "
                + "Vietnamese settings expects; with --lang en commas and decimal points. Column IDs are unchanged; "
                + "chiso reads the file back.")
    )
    static let skipInvalid = OptionSpec(
        name: "skip-invalid",
        help: LocalizedText(
            vi: "Tính điểm các dòng hợp lệ, liệt kê mọi dòng bị bỏ qua trên luồng lỗi chuẩn, và vẫn thoát với mã 65.",
            en: "Score the valid rows, list every skipped row on standard error, and still exit 65.")
    )
    static let ignoreColumn = OptionSpec(
        name: "ignore-column",
        valueName: "NAME",
        help: LocalizedText(
            vi: "Bỏ qua cột NAME của tệp dữ liệu (cho nhiều lần được: mỗi lần một cột).",
            en: "Leave the column NAME of the data out (repeatable: one column each time)."),
        isRepeatable: true
    )
    static let extraColumns = OptionSpec(
        name: "extra-columns",
        valueName: "MODE",
        help: LocalizedText(
            vi: "Các cột khung đánh giá không có (mặc định là lỗi): bỏ qua chúng, hoặc chuyển nguyên sang đầu ra CSV.",
            en: "Columns the framework does not have (an error by default): leave them out, or pass them to CSV "
                + "output."),
        allowed: ["ignore", "keep"]
    )
    /// `--year`: one year of a panel.
    static let year = OptionSpec(
        name: "year",
        valueName: "YEAR",
        help: LocalizedText(
            vi: "Với tệp dữ liệu nhiều năm (có cột year, khóa là unit_id và year): chỉ đọc các dòng của năm YEAR.",
            en: "For a panel (a data file with a year column, keyed by unit_id and year): read the rows of YEAR only.")
    )
    /// `--sheet`: the sheet of a workbook to read.
    static let sheet = OptionSpec(
        name: "sheet",
        valueName: "NAME",
        help: LocalizedText(
            vi: "Trang tính cần đọc khi tệp dữ liệu là sổ tính Excel (.xlsx); mặc định là trang đầu tiên.",
            en: "The sheet to read when the data file is an Excel workbook (.xlsx); the first sheet by default.")
    )
    static let fractions = OptionSpec(
        name: "fractions",
        help: LocalizedText(
            vi: "Cột tỷ lệ phần trăm mà mọi giá trị đều từ 0 đến 1 là tỷ lệ viết dạng thập phân: đọc 0.63 thành 63%.",
            en: "Percentage columns with values from 0 to 1 only hold shares: read 0.63 as 63%.")
    )
}
