import ChisoCore
import ChisoFormats
import ChisoReports

/// `chiso template`: an empty assessment file with the right header, or a workbook to collect the data in.
enum TemplateCommand: Command {
    static let spec = CommandSpec(
        name: "template",
        abstract: LocalizedText(
            vi: "Ghi một tệp CSV đánh giá trống có sẵn dòng tiêu đề đúng để nhập số liệu.",
            en: "Write an empty assessment CSV with the right header for data entry."),
        discussion: LocalizedText(
            vi: "Với --format xlsx (hoặc --output có đuôi .xlsx): một sổ Excel để nhập số liệu, có danh sách chọn, "
                + "giới hạn số, lời nhắc ở mỗi cột và trang Hướng dẫn. Với --per-unit: phiếu một đơn vị điền, mỗi "
                + "dòng một tiêu chí; --units-file cho mỗi đơn vị một phiếu.",
            en: "With --format xlsx (or an --output ending in .xlsx): an Excel workbook for data entry, with lists to "
                + "choose from, bounds on numbers, a message on each column and an Instructions sheet. With "
                + "--per-unit: the form one unit fills, one row per criterion; --units-file makes one per unit."),
        options: [
            CommonOptions.framework, CommonOptions.editableOutput, format, units, formulas, perUnit, unitsFile,
            outputDir, sheets, CommonOptions.force, CommonOptions.excel, lang,
        ]
    )

    static let format = OptionSpec(
        name: "format", valueName: "FORMAT",
        help: LocalizedText(
            vi: "csv (mặc định): dòng tiêu đề; xlsx: sổ Excel để nhập số liệu.",
            en: "csv (the default): the header row; xlsx: an Excel workbook for data entry."),
        allowed: ["csv", "xlsx"])
    static let units = OptionSpec(
        name: "units", valueName: "N",
        help: LocalizedText(
            vi: "Số dòng đơn vị chuẩn bị sẵn trong sổ xlsx (mặc định 100).",
            en: "How many unit rows the xlsx workbook prepares (default 100)."))
    static let formulas = OptionSpec(
        name: "formulas",
        help: LocalizedText(
            vi: "Sổ tự chấm điểm: thêm sau các cột số liệu các cột kết quả (mức, hoặc điểm, chỉ số, xếp loại, và các "
                + "tiêu chí cản trở) tính bằng công thức Excel từ khung đánh giá, hiện ngay khi nhập (chỉ với xlsx, "
                + "không với --per-unit).",
            en: "A workbook that scores itself: after the data columns, result columns (the level, or the score, "
                + "index and tier, and the criteria holding a unit back) as Excel formulas compiled from the "
                + "framework, shown as data is typed (xlsx only, not with --per-unit)."))
    static let perUnit = OptionSpec(
        name: "per-unit",
        help: LocalizedText(
            vi: "Phiếu một đơn vị điền: khối thông tin đơn vị ở đầu, mỗi dòng một tiêu chí (chỉ với xlsx).",
            en: "The form one unit fills: the unit's identity on top, one row per criterion (xlsx only)."))
    static let unitsFile = OptionSpec(
        name: "units-file", valueName: "FILE",
        help: LocalizedText(
            vi: "CSV unit_id,unit_name,parent_id: mỗi đơn vị một phiếu có sẵn thông tin đơn vị (với --per-unit).",
            en: "CSV unit_id,unit_name,parent_id: one form per unit, its identity filled in (with --per-unit)."))
    static let outputDir = OptionSpec(
        name: "output-dir", valueName: "DIR",
        help: LocalizedText(
            vi: "Ghi mỗi đơn vị một sổ DIR/<unit_id>.xlsx (với --units-file).",
            en: "Write one workbook per unit, DIR/<unit_id>.xlsx (with --units-file)."))
    static let sheets = OptionSpec(
        name: "sheets",
        help: LocalizedText(
            vi: "Ghi mọi phiếu vào một sổ --output, mỗi đơn vị một trang (với --units-file).",
            en: "Write every form into one --output workbook, one sheet per unit (with --units-file)."))
    static let lang = OptionSpec(
        name: "lang", valueName: "LANG",
        help: LocalizedText(
            vi: "Ngôn ngữ của sổ xlsx (tên, lời nhắc, hướng dẫn), của hướng dẫn và thông báo (mặc định vi, hoặc "
                + "theo CHISO_LANG); mã cột và tệp CSV không đổi theo nó.",
            en: "Language of the xlsx workbook (names, messages, instructions), of help and messages (default vi, or "
                + "CHISO_LANG); column IDs and the CSV file do not change with it."),
        allowed: Language.allCases.map(\.rawValue))

    static var writesEditableFiles: Bool { true }

    static func run(_ arguments: ParsedArguments, console: inout Console) throws(CommandFailure) -> ExitCode {
        let reference = arguments.value("framework") ?? ""
        let isWorkbook = try workbookChosen(arguments)
        try checkCombinations(arguments, isWorkbook: isWorkbook)
        let (framework, _) = try FrameworksCommand.load(reference)
        guard isWorkbook else {
            try emit(FrameworkReport.template(framework), arguments: arguments, inputs: [reference], console: &console)
            return .ok
        }
        let origin = origin(framework, arguments: arguments, console: console)
        guard arguments.flag("per-unit") else {
            let count = try SampleCommand.number(arguments, "units", default: 100, range: 1...100_000)
            let document = TemplateWorkbook.document(
                framework, units: count, origin: origin, formulas: arguments.flag("formulas"))
            try write(document, arguments: arguments, inputs: inputs(arguments), console: &console)
            return .ok
        }
        var units: [UnitFormWorkbook.Unit] = []
        if let path = arguments.value("units-file") {
            do {
                units = try TemplateRun.units(path, framework: framework)
            } catch {
                throw CommandFailure(error)
            }
        }
        guard let directory = arguments.value("output-dir") else {
            let document = UnitFormWorkbook.document(framework, units: units, origin: origin)
            try write(document, arguments: arguments, inputs: inputs(arguments), console: &console)
            return .ok
        }
        try writeEach(framework, units: units, into: directory, origin: origin, arguments: arguments, console: &console)
        return .ok
    }
}

extension TemplateCommand {
    /// The command's inputs, none of which may be written over.
    static func inputs(_ arguments: ParsedArguments) -> [String] {
        [arguments.value("framework") ?? "", arguments.value("units-file") ?? ""]
    }

    /// What makes the workbook, for its "Nguồn" sheet: the framework, the command line as run, the time, the inputs.
    static func origin(_ framework: Framework, arguments: ParsedArguments, console: Console) -> WorkbookOrigin {
        WorkbookOrigin(
            output: outputName, frameworks: [framework],
            commandLine: (["chiso"] + console.arguments.map(shellQuoted)).joined(separator: " "),
            made: console.madeAt ?? utcNow(),
            inputs: inputs(arguments).filter { !$0.isEmpty && FrameworkCatalog.isBuiltIn($0) == false },
            language: language(arguments, console))
    }

    /// Whether a workbook is asked for: `--format xlsx`, an `--output` ending in `.xlsx`, or `--per-unit` (whose
    /// forms are workbooks only) without `--format`.
    ///
    /// - Throws: ``CommandFailure`` (usage) when `--format` and the output's extension disagree.
    static func workbookChosen(_ arguments: ParsedArguments) throws(CommandFailure) -> Bool {
        let chosen = arguments.value("format")
        guard let output = outputPath(arguments) else {
            return chosen == "xlsx" || (chosen == nil && arguments.flag("per-unit"))
        }
        let implied: String? =
            output.lowercased().hasSuffix(".xlsx") ? "xlsx" : output.lowercased().hasSuffix(".csv") ? "csv" : nil
        if let chosen, let implied, chosen != implied {
            throw CommandFailure(.formatDisagrees(format: chosen, output: output, implied: implied))
        }
        return (chosen ?? implied ?? (arguments.flag("per-unit") ? "xlsx" : "csv")) == "xlsx"
    }

    /// Refuses options that do not go together, every problem at once.
    static func checkCombinations(_ arguments: ParsedArguments, isWorkbook: Bool) throws(CommandFailure) {
        var problems: [LocalizedText] = []
        let perUnit = arguments.flag("per-unit")
        let unitsFile = arguments.value("units-file") != nil
        let directory = arguments.value("output-dir") != nil
        if isWorkbook, arguments.flag("excel") {
            problems.append(UsageProblem.excelNotCSV(format: "xlsx").text)
        }
        if !isWorkbook, perUnit || arguments.value("units") != nil || arguments.flag("formulas") {
            let option = perUnit ? "per-unit" : arguments.flag("formulas") ? "formulas" : "units"
            problems.append(TemplateProblem.needsWorkbook(option: option).text)
        }
        if perUnit, arguments.flag("formulas") { problems.append(TemplateProblem.formulasWithPerUnit.text) }
        if perUnit, arguments.value("units") != nil { problems.append(TemplateProblem.unitsWithPerUnit.text) }
        if unitsFile, !perUnit { problems.append(TemplateProblem.needsPerUnit(option: "units-file").text) }
        for (name, given) in [("output-dir", directory), ("sheets", arguments.flag("sheets"))]
        where given && !(perUnit && unitsFile) {
            problems.append(TemplateProblem.needsPerUnit(option: name).text)
        }
        if directory, arguments.flag("sheets") || outputPath(arguments) != nil {
            problems.append(TemplateProblem.directoryAlone.text)
        }
        if isWorkbook, !directory, outputPath(arguments) == nil { problems.append(TemplateProblem.needsOutput.text) }
        guard problems.isEmpty else { throw CommandFailure(usages: problems) }
    }

    /// Writes a workbook to `--output`.
    static func write(
        _ document: WorkbookDocument, arguments: ParsedArguments, inputs: [String], console: inout Console
    ) throws(CommandFailure) {
        guard let path = outputPath(arguments) else { throw CommandFailure(usage: TemplateProblem.needsOutput.text) }
        do {
            let bytes = try XLSXWriter.write(document)
            try OutputFile.write(bytes: bytes, to: path, inputs: inputs, existing: existing(arguments))
        } catch let error as InputError {
            throw CommandFailure(error)
        } catch {
            throw CommandFailure(
                InputError(
                    .cannotCreate, file: path,
                    FileMessage.cannotWrite(
                        reason: LocalizedText(vi: "\(error)", en: "\(error)"), hint: nil)))
        }
        console.printError(HelpWords.wrote(path).text.text(in: language(arguments, console)))
    }

    /// Writes one workbook per unit into `directory`, named after the unit IDs.
    static func writeEach(
        _ framework: Framework, units: [UnitFormWorkbook.Unit], into directory: String, origin: WorkbookOrigin,
        arguments: ParsedArguments, console: inout Console
    ) throws(CommandFailure) {
        let language = origin.language
        let names = TemplateRun.fileNames(units.map(\.id))
        var files: [(name: String, bytes: [UInt8])] = []
        do {
            for (unit, name) in zip(units, names) {
                let document = UnitFormWorkbook.document(framework, units: [unit], origin: origin)
                files.append((name, try XLSXWriter.write(document)))
            }
            try OutputFile.write(
                bytes: files, into: directory, inputs: inputs(arguments), existing: existing(arguments))
        } catch let error as InputError {
            throw CommandFailure(error)
        } catch {
            throw CommandFailure(
                InputError(
                    .cannotCreate, file: directory,
                    FileMessage.cannotWrite(
                        reason: LocalizedText(vi: "\(error)", en: "\(error)"), hint: nil)))
        }
        let path = directory.hasSuffix("/") ? directory : directory + "/"
        console.printError(TemplateProblem.wroteForms(count: files.count, directory: path).text.text(in: language))
    }
}

/// The usage problems and notes of `chiso template`, in both languages.
enum TemplateProblem {
    /// An option for workbooks only, without `--format xlsx`.
    case needsWorkbook(option: String)
    /// `--units` with `--per-unit`.
    case unitsWithPerUnit
    /// `--formulas` with `--per-unit`.
    case formulasWithPerUnit
    /// An option that needs `--per-unit --units-file`.
    case needsPerUnit(option: String)
    /// `--output-dir` with `--output` or `--sheets`.
    case directoryAlone
    /// A workbook without a file to write it to.
    case needsOutput
    /// What was written into a directory.
    case wroteForms(count: Int, directory: String)

    /// The message.
    var text: LocalizedText {
        switch self {
        case .needsWorkbook(let option):
            LocalizedText(
                vi: "--\(option) chỉ dùng với sổ Excel: thêm --format xlsx.",
                en: "--\(option) is for Excel workbooks only: add --format xlsx.")
        case .unitsWithPerUnit:
            LocalizedText(
                vi:
                    "--units là số dòng của sổ nhập liệu chung; với --per-unit, cho danh sách đơn vị bằng --units-file.",
                en: "--units is the number of rows of the shared data workbook; with --per-unit, list the units "
                    + "with --units-file.")
        case .formulasWithPerUnit:
            LocalizedText(
                vi: "--formulas thêm cột kết quả vào sổ nhập liệu chung (mỗi dòng một đơn vị), không vào phiếu "
                    + "--per-unit.",
                en: "--formulas adds result columns to the shared data workbook (one row per unit), not to "
                    + "--per-unit forms.")
        case .needsPerUnit(let option):
            LocalizedText(
                vi: "--\(option) chỉ dùng với --per-unit --units-file.",
                en: "--\(option) goes with --per-unit --units-file only.")
        case .directoryAlone:
            LocalizedText(
                vi: "--output-dir ghi mỗi đơn vị một sổ; không dùng cùng --output hay --sheets.",
                en: "--output-dir writes one workbook per unit; it does not go with --output or --sheets.")
        case .needsOutput:
            LocalizedText(
                vi: "Sổ Excel không in ra màn hình được: cho --output TỆP.xlsx (hoặc --output-dir THƯ_MỤC).",
                en: "A workbook cannot be printed to the terminal: give --output FILE.xlsx (or --output-dir DIR).")
        case .wroteForms(let count, let directory):
            LocalizedText(vi: "đã ghi \(count) phiếu vào \(directory)", en: "wrote \(count) forms into \(directory)")
        }
    }
}
