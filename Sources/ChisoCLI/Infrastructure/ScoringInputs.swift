import ChisoCore
import ChisoFormats
import ChisoReports

/// The inputs of every command that reads a data file, parsed once from the command line: the framework, the data,
/// the subordinate units (`--children` or `--children-levels`), `--skip-invalid`, how the files are read
/// (`--ignore-column`, `--extra-columns`, `--fractions`) and `--lang`. As swift-argument-parser's `@OptionGroup`,
/// every data command lists ``options(framework:lang:)`` and reads them through this one value.
struct ScoringInputs: Sendable {
    /// The `--framework` values, in order: one, or for `compare` one per side; none when it is optional and not
    /// given (`crosswalk`).
    var frameworks: [String]
    /// The data files (the positional arguments).
    var dataFiles: [String]
    /// `--children`: the subordinate units' assessment file.
    var children: String?
    /// `--children-levels`: the subordinate units' recognised levels.
    var childLevels: String?
    /// `--skip-invalid`: score the valid rows and report the others.
    var skipInvalid: Bool
    /// `--ignore-column`, `--extra-columns` and `--fractions`.
    var reading: ReadingOptions
    /// `--lang`, Vietnamese by default.
    var language: Language
    /// `--year` as written, checked by ``problems(command:refusing:)``.
    var yearText: String?

    /// The one framework (the first `--framework`), or `""` when none is given.
    var framework: String { frameworks.first ?? "" }
    /// The data file (the first positional argument), or `""` when none is given.
    var data: String { dataFiles.first ?? "" }
    /// The subordinate units' file, whichever option names it.
    var childFile: String? { children ?? childLevels }
    /// Every input file named here: data, subordinate units and framework (no output may replace one of them).
    var files: [String] { dataFiles + [children, childLevels].compactMap { $0 } + frameworks }

    /// The `--framework` file, when it names a file rather than a built-in: results name it, so that an edited copy
    /// that kept a built-in's ID is not taken for the official framework.
    var frameworkFile: String? { frameworks.first.flatMap { FrameworkCatalog.isBuiltIn($0) ? nil : $0 } }

    /// Reads the inputs from parsed arguments.
    init(_ arguments: ParsedArguments, _ console: Console) {
        frameworks = arguments.values("framework")
        dataFiles = arguments.positionals
        children = arguments.value("children")
        childLevels = arguments.value("children-levels")
        skipInvalid = arguments.flag("skip-invalid")
        reading = ReadingOptions(
            ignoredColumns: arguments.values("ignore-column"),
            extraColumns: arguments.value("extra-columns").flatMap(ReadingOptions.ExtraColumns.init(rawValue:))
                ?? .refuse,
            fractions: arguments.flag("fractions"), sheet: arguments.value("sheet"))
        yearText = arguments.value("year")
        reading.year = yearText.flatMap { Int(TextNormalization.key($0)) }
        language = Self.language(arguments, console)
    }

    /// The language asked for: `--lang`, else the environment's `CHISO_LANG` (checked when the run starts), else
    /// Vietnamese.
    static func language(_ arguments: ParsedArguments, _ console: Console) -> Language {
        arguments.value("lang").flatMap(Language.init(rawValue:))
            ?? console.languageVariable.flatMap(Language.init(rawValue:)) ?? .vi
    }

    /// The options of the group, in the order help lists them.
    ///
    /// - Parameters:
    ///   - framework: `--framework` as this command takes it (required by default).
    ///   - lang: `--lang` as this command describes it.
    static func options(framework: OptionSpec = CommonOptions.framework, lang: OptionSpec = CommonOptions.lang)
        -> [OptionSpec]
    {
        [
            framework, CommonOptions.children, CommonOptions.childrenLevels, lang, CommonOptions.skipInvalid,
            CommonOptions.ignoreColumn, CommonOptions.extraColumns, CommonOptions.fractions, CommonOptions.sheet,
        ]
    }

    /// An input of the group that a command may have no use for.
    enum Input: Sendable, CaseIterable {
        /// `--children`.
        case children
        /// `--children-levels`.
        case childLevels
        /// `--skip-invalid`.
        case skipInvalid
        /// `--extra-columns keep`.
        case keptColumns

        /// The option that gives the input.
        var optionName: String {
            switch self {
            case .children: "children"
            case .childLevels: "children-levels"
            case .skipInvalid: "skip-invalid"
            case .keptColumns: "extra-columns"
            }
        }

        /// How the input is written on the command line.
        var option: String {
            switch self {
            case .children: "--children"
            case .childLevels: "--children-levels"
            case .skipInvalid: "--skip-invalid"
            case .keptColumns: "--extra-columns keep"
            }
        }
    }

    /// Whether `input` was given.
    func gave(_ input: Input) -> Bool {
        switch input {
        case .children: children != nil
        case .childLevels: childLevels != nil
        case .skipInvalid: skipInvalid
        case .keptColumns: reading.extraColumns == .keep
        }
    }

    /// The usage problems of the group itself, and one for each input given that `command` cannot use, with the
    /// reason it cannot (`refused`): such an input is never silently ignored.
    func problems(command: String, refusing refused: [Input: LocalizedText]) -> [LocalizedText] {
        var problems: [LocalizedText] = []
        if children != nil, childLevels != nil { problems.append(UsageProblem.childrenBoth.text) }
        if let yearText, reading.year.map({ !(1900...2200).contains($0) }) ?? true {
            problems.append(
                LocalizedText(
                    vi: "--year \(yearText): cần một năm (số nguyên từ 1900 đến 2200)",
                    en: "--year \(yearText): expected a year (a whole number from 1900 to 2200)"))
        }
        for input in Input.allCases where gave(input) {
            guard let why = refused[input] else { continue }
            problems.append(UsageProblem.refused(command: command, option: input.option, why: why).text)
        }
        return problems
    }

    /// The reason `--extra-columns keep` means nothing for a command that writes no per-unit CSV of results.
    static func noPassThrough(_ command: String) -> LocalizedText {
        LocalizedText(
            vi: "tùy chọn này chuyển các cột khác của tệp dữ liệu sang tệp CSV theo từng đơn vị của 'chiso score', "
                + "mà lệnh \(command) không ghi tệp đó; hãy cho --extra-columns ignore để bỏ qua các cột này",
            en: "it passes the data's other columns through to the per-unit CSV of 'chiso score', and \(command) "
                + "writes none; give --extra-columns ignore to leave them out")
    }
}

extension CommonOptions {
    /// `--lang` for a command whose text output speaks the language, and whose CSV and JSON keep English column
    /// names.
    static let langAccepted = OptionSpec(
        name: "lang",
        valueName: "LANG",
        help: LocalizedText(
            vi: "Ngôn ngữ của đầu ra dạng văn bản, hướng dẫn và thông báo (mặc định vi, hoặc theo biến môi trường "
                + "CHISO_LANG); CSV và JSON giữ tên cột tiếng Anh.",
            en: "Language of text output, help and messages (default vi, or the environment's CHISO_LANG); CSV and "
                + "JSON keep English column names."),
        allowed: Language.allCases.map(\.rawValue)
    )
}

extension CommandSpec {
    /// The spec with the help of each input the command refuses saying so, and why: `--help` then lists every
    /// shared input, as every command reading data takes them, and never offers one the command turns down.
    func refusing(_ refused: [ScoringInputs.Input: LocalizedText]) -> CommandSpec {
        var spec = self
        for input in ScoringInputs.Input.allCases {
            guard let why = refused[input],
                let index = spec.options.firstIndex(where: { $0.name == input.optionName })
            else { continue }
            let help = spec.options[index].help
            spec.options[index].help =
                input == .keptColumns
                ? LocalizedText(
                    vi: help.vi + " Ở đây không dùng 'keep': \(why.vi).", en: help.en + " Not 'keep' here: \(why.en).")
                : LocalizedText(
                    vi: "Lệnh \(name) không nhận tùy chọn này: \(why.vi).", en: "Not taken by \(name): \(why.en).")
        }
        return spec
    }
}
