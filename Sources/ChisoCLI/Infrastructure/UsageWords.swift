import ChisoCore
import ChisoFormats
import ChisoReports

// The command line's own words, in Vietnamese and English: the fixed words of `--help` and of a usage error
// (``HelpWords``), and every usage problem a command reports (``UsageProblem``). They live here, in the command
// line, rather than in ChisoReports' wording layer, because they speak of the command line itself (its options,
// arguments and commands), which no renderer knows of; they are written like `Phrase` there, vi beside en, in NFC.

/// The fixed words of help and of the lines around a usage error.
enum HelpWords: Sendable {
    case overview, usage, arguments, options, subcommands, showHelp, optionsPlaceholder, subcommandPlaceholder
    /// `Error:` before each problem.
    case error
    /// `See 'PATH help <subcommand>' for detailed help.`
    case seeSubcommandHelp(String)
    /// `See 'PATH --help' for more information.`
    case seeHelp(String)
    /// `See 'PATH --help' for the commands.`
    case seeCommands(String)
    /// `wrote PATH`, after a file is written.
    case wrote(String)
    /// `kept PATH`: a schema file beside a new framework file that differs from this chiso's schema.
    case keptSchema(String)
    /// What `sample` wrote for a province.
    case wroteSample(directory: String, districts: Int, communes: Int, seed: Int)

    /// Every case, with sample values: what the tests check.
    static let samples: [HelpWords] = [
        .overview, .usage, .arguments, .options, .subcommands, .showHelp, .optionsPlaceholder,
        .subcommandPlaceholder, .error, .seeSubcommandHelp("chiso"), .seeHelp("chiso score"),
        .seeCommands("chiso"), .wrote("out.csv"), .keptSchema("chiso-framework.schema.json"),
        .wroteSample(directory: ".", districts: 10, communes: 120, seed: 1),
    ]

    /// The words in both languages.
    var text: LocalizedText {
        let (vi, en) = pair
        return LocalizedText(vi: vi, en: en)
    }

    private var pair: (String, String) {
        switch self {
        case .overview: ("TỔNG QUAN", "OVERVIEW")
        case .usage: ("CÁCH DÙNG", "USAGE")
        case .arguments: ("THAM SỐ", "ARGUMENTS")
        case .options: ("TÙY CHỌN", "OPTIONS")
        case .subcommands: ("LỆNH CON", "SUBCOMMANDS")
        case .showHelp: ("Hiện hướng dẫn này.", "Show help information.")
        case .optionsPlaceholder: ("<tùy chọn>", "<options>")
        case .subcommandPlaceholder: ("<lệnh con>", "<subcommand>")
        case .error: ("Lỗi", "Error")
        case .seeSubcommandHelp(let path):
            (
                "Xem '\(path) help <lệnh con>' để đọc hướng dẫn chi tiết.",
                "See '\(path) help <subcommand>' for detailed help."
            )
        case .seeHelp(let path): ("Xem '\(path) --help' để biết thêm.", "See '\(path) --help' for more information.")
        case .seeCommands(let path):
            ("Xem '\(path) --help' để biết các lệnh.", "See '\(path) --help' for the commands.")
        case .wrote(let path): ("đã ghi \(path)", "wrote \(path)")
        case .keptSchema(let path):
            (
                "giữ nguyên \(path), tệp này khác JSON Schema của phiên bản chiso này; cho --force để thay",
                "kept \(path), which differs from this chiso's JSON Schema; give --force to replace it"
            )
        case .wroteSample(let directory, let districts, let communes, let seed):
            (
                "đã ghi \(directory)/sample-districts.csv (\(districts) huyện) và \(directory)/sample-communes.csv "
                    + "(\(communes) xã), hạt giống \(seed)",
                "wrote \(directory)/sample-districts.csv (\(districts) districts) and "
                    + "\(directory)/sample-communes.csv (\(communes) communes), seed \(seed)"
            )
        }
    }
}

/// The word for the usage line's heading on standard error: `Cách dùng:`, `Usage:`.
extension HelpWords {
    /// `Usage: LINE` (on standard error, after a problem), in `language`.
    static func usageLine(_ line: String, _ language: Language) -> String {
        (language == .vi ? "Cách dùng: " : "Usage: ") + line
    }
}

/// A mistake in how a command was called, with what it concerns: the one place its words are made.
enum UsageProblem: Sendable {
    /// `-x`: an option written with one dash.
    case singleDash(String)
    /// A non-repeatable option given twice.
    case repeated(option: String)
    /// A flag given a value.
    case takesNoValue(option: String)
    /// An option without its value.
    case needsValue(option: String, valueName: String)
    /// An empty file or directory name.
    case emptyPath(option: String, isDirectory: Bool)
    /// A value not among those the option allows, and the nearest allowed one.
    case notAllowed(value: String, option: String, allowed: [String], near: String?)
    /// An option the command does not have, and the nearest it has.
    case unknownOption(String, near: String?)
    /// A command the tool (or group) does not have, and the nearest it has.
    case unknownCommand(String, near: String?)
    /// A required option not given.
    case missingOption(String, valueName: String)
    /// Required arguments not given.
    case missingArguments([String])
    /// More arguments than the command takes.
    case unexpectedArguments([String])
    /// `-` given for more than one input: the data files and the options naming it.
    case standardInputTwice(dataFiles: Int, options: [String])
    /// `CHISO_LANG` set to something else than a language.
    case languageVariable(name: String, value: String)
    /// `--format` against the `--output` file's extension.
    case formatDisagrees(format: String, output: String, implied: String)
    /// The `--output` extension names a format the command does not write.
    case extensionNotWritten(output: String, implied: String, allowed: [String])
    /// `--excel` with output that is not CSV.
    case excelNotCSV(format: String)
    /// `--format xlsx` without an `--output` file.
    case workbookNeedsOutput
    /// `--children` and `--children-levels` together.
    case childrenBoth
    /// An input the command refuses, and why.
    case refused(command: String, option: String, why: LocalizedText)
    /// `sample`'s whole-number options out of their range.
    case wholeNumberBetween(option: String, lower: String, upper: String, got: String)
    /// `uncertainty`'s and `sensitivity`'s number options out of their range.
    case numberBetween(option: String, lower: String, upper: String, got: String)
    /// `uncertainty`'s and `sensitivity`'s whole-number options below their least value.
    case wholeNumberFrom(option: String, lower: String, got: String)
    /// `compare --top` that is not a whole number from 1.
    case badTop(String)
    /// `whatif` with nothing to change.
    case nothingToChange
    /// `whatif --set` without `--unit`.
    case setNeedsUnit
    /// `whatif --set` not written CRITERION=VALUE.
    case setMalformed(String)
    /// `plan --budget` that is not an amount.
    case badBudget(String)
    /// `plan --objective` that is not one of them.
    case badObjective(String, allowed: [String])
    /// `plan --objective` without `--budget`.
    case objectiveNeedsBudget
    /// `plan` without the target it needs.
    case planNeedsTarget
    /// `report --output` with the extension of another format.
    case reportNotHTML(output: String, format: String)
    /// `report` reading standard input twice.
    case reportStandardInput
    /// `report --budget` or `--currency` without `--plan`.
    case reportNeedsPlan(option: String)
    /// `uncertainty` and `sensitivity` with nothing uncertain.
    case nothingUncertain
    /// `--missing` with an unknown rule.
    case badMissingRule(String)
    /// `regroup --rule` not a rule.
    case badRule(String)
    /// `regroup --rule` for all columns given twice.
    case ruleForAllTwice
    /// `regroup --rule COLUMN=…` given twice.
    case ruleTwice(column: String)
    /// `regroup --data-only` with units on partial data.
    case partialDataOnly(units: [String])
    /// `crosswalk` with neither data nor `--coverage`.
    case crosswalkNeedsData
    /// `crosswalk --format` other than csv when translating data.
    case crosswalkFormat
    /// `crosswalk --framework` that is not the crosswalk's A.
    case crosswalkFramework(given: String, id: String, map: String, source: String)
    /// `sample` with neither `--output-dir` nor `--framework`.
    case sampleNeedsTarget
    /// `frameworks` without a subcommand.
    case needsSubcommand([String])

    /// The problem in both languages.
    var text: LocalizedText {
        let (vi, en) = pair
        return LocalizedText(vi: vi, en: en)
    }

    private var pair: (String, String) {
        switch self {
        case .singleDash, .repeated, .takesNoValue, .needsValue, .emptyPath, .notAllowed, .unknownOption,
            .unknownCommand, .missingOption, .missingArguments, .unexpectedArguments, .standardInputTwice,
            .languageVariable:
            parsing
        case .formatDisagrees, .extensionNotWritten, .excelNotCSV, .workbookNeedsOutput, .childrenBoth, .refused,
            .wholeNumberBetween,
            .numberBetween, .wholeNumberFrom, .badTop:
            options
        default:
            commands
        }
    }

    /// The problems the parser and the tool find.
    private var parsing: (String, String) {
        switch self {
        case .singleDash(let argument):
            (
                "không có tùy chọn '\(argument)'; tùy chọn được viết với hai dấu gạch, ví dụ --format",
                "unknown option '\(argument)'; options are written with two dashes, e.g. --format"
            )
        case .repeated(let option): ("'--\(option)' được cho hơn một lần", "'--\(option)' is given more than once")
        case .takesNoValue(let option): ("'--\(option)' không nhận giá trị", "'--\(option)' takes no value")
        case .needsValue(let option, let valueName):
            ("'--\(option)' cần một giá trị <\(valueName)>", "'--\(option)' needs a value <\(valueName)>")
        case .emptyPath(let option, let isDirectory):
            (
                "'--\(option)' cần tên \(isDirectory ? "thư mục" : "tệp"), không phải chuỗi rỗng"
                    + (option == "output" ? "; bỏ --output để ghi ra đầu ra chuẩn" : ""),
                "'--\(option)' needs a \(isDirectory ? "directory" : "file") name, not an empty string"
                    + (option == "output" ? "; leave --output out to write to standard output" : "")
            )
        case .notAllowed(let value, let option, let allowed, let near):
            (
                "'\(value)' không phải giá trị hợp lệ của '--\(option)'; cần một trong: "
                    + allowed.joined(separator: ", ")
                    + Suggestion.text(near.map { "'\($0)'" }, .parenthesized, in: .vi),
                "'\(value)' is not a valid value for '--\(option)'; expected one of: "
                    + allowed.joined(separator: ", ") + Suggestion.text(near.map { "'\($0)'" }, .parenthesized, in: .en)
            )
        case .unknownOption(let name, let near):
            (
                "không có tùy chọn '--\(name)'" + Suggestion.text(near.map { "'--\($0)'" }, .clause, in: .vi),
                "unknown option '--\(name)'" + Suggestion.text(near.map { "'--\($0)'" }, .clause, in: .en)
            )
        case .unknownCommand(let name, let near):
            (
                "không có lệnh '\(name)'" + Suggestion.text(near.map { "'\($0)'" }, .clause, in: .vi),
                "unknown command '\(name)'" + Suggestion.text(near.map { "'\($0)'" }, .clause, in: .en)
            )
        case .missingOption(let name, let valueName):
            ("thiếu '--\(name) <\(valueName)>'", "missing '--\(name) <\(valueName)>'")
        case .missingArguments(let names):
            ("thiếu \(names.joined(separator: ", "))", "missing \(names.joined(separator: ", "))")
        case .unexpectedArguments(let values): Self.unexpected(values)
        case .standardInputTwice(let dataFiles, let options): Self.standardInputTwice(dataFiles, options)
        case .languageVariable(let name, let value): Self.languageVariable(name, value)
        default: ("", "")
        }
    }

    /// The problems of options every command checks the same way.
    private var options: (String, String) {
        switch self {
        case .formatDisagrees(let format, let output, let implied):
            (
                "'--format \(format)' không khớp với phần mở rộng của '--output \(output)', tức là \(implied); bỏ "
                    + "--format để ghi \(implied), hoặc đổi phần mở rộng của tệp",
                "'--format \(format)' disagrees with the extension of '--output \(output)', which means \(implied); "
                    + "drop --format to write \(implied), or give the file another extension"
            )
        case .extensionNotWritten(let output, let implied, let allowed) where allowed.isEmpty:
            // A command without --format (`frameworks import` writes a framework file): only the name can change.
            (
                "phần mở rộng của '--output \(output)' là \(implied), định dạng lệnh này không ghi; hãy đổi phần mở "
                    + "rộng của tệp",
                "the extension of '--output \(output)' means \(implied), which this command does not write; give the "
                    + "file another extension"
            )
        case .extensionNotWritten(let output, let implied, let allowed):
            (
                "phần mở rộng của '--output \(output)' là \(implied), định dạng lệnh này không ghi; hãy cho "
                    + "--format (\(allowed.joined(separator: "|"))) hoặc đổi phần mở rộng",
                "the extension of '--output \(output)' means \(implied), which this command does not write; give "
                    + "--format (\(allowed.joined(separator: "|"))) or another extension"
            )
        case .excelNotCSV(let format):
            (
                "'--excel' đánh dấu tệp CSV cho Excel, còn đầu ra này là \(format); thêm --format csv hoặc ghi ra "
                    + "tệp có đuôi .csv",
                "'--excel' marks CSV output for Excel, and this output is \(format); add --format csv or write to a "
                    + "file ending in .csv"
            )
        case .workbookNeedsOutput:
            (
                "sổ tính Excel (xlsx) không in ra màn hình được; hãy cho --output TỆP.xlsx",
                "an Excel workbook (xlsx) cannot be shown in a terminal; give --output FILE.xlsx"
            )
        case .childrenBoth:
            (
                "chỉ cho --children (số liệu của đơn vị cấp dưới, tính tại đây) hoặc --children-levels (mức đã được "
                    + "công nhận của chúng), không cho cả hai: không thể trộn hai nguồn trong một lần chạy",
                "give either --children (the subordinate units' data, scored here) or --children-levels (their "
                    + "recognised levels), not both: the two sources cannot be mixed in one run"
            )
        case .refused(let command, let option, let why):
            ("lệnh \(command) không nhận \(option): \(why.vi)", "\(command) cannot take \(option): \(why.en)")
        case .wholeNumberBetween(let option, let lower, let upper, let got):
            (
                "'--\(option)' nhận một số nguyên từ \(lower) đến \(upper), không nhận '\(got)'",
                "'--\(option)' takes a whole number from \(lower) to \(upper), not '\(got)'"
            )
        case .numberBetween(let option, let lower, let upper, let got):
            (
                "--\(option) nhận một số từ \(lower) đến \(upper); đã cho '\(got)'",
                "--\(option) takes a number from \(lower) to \(upper); got '\(got)'"
            )
        case .wholeNumberFrom(let option, let lower, let got):
            (
                "--\(option) nhận một số nguyên từ \(lower) trở lên; đã cho '\(got)'",
                "--\(option) takes a whole number from \(lower); got '\(got)'"
            )
        case .badTop(let got):
            (
                "--top nhận một số nguyên từ 1 trở lên, số đơn vị đứng đầu; đã cho '\(got)'",
                "--top takes a whole number from 1, the size of the top; got '\(got)'"
            )
        default: ("", "")
        }
    }
}

extension UsageProblem {
    /// The problems of one command's own options.
    fileprivate var commands: (String, String) {
        switch self {
        case .nothingToChange:
            (
                "không có gì để thay đổi: hãy cho --unit ID --set CRITERION=VALUE, hoặc --scenario FILE",
                "nothing to change: give --unit ID --set CRITERION=VALUE, or --scenario FILE"
            )
        case .setNeedsUnit:
            ("--set cần --unit ID: đơn vị có giá trị thay đổi", "--set needs --unit ID: the unit whose values change")
        case .setMalformed(let assignment):
            (
                "--set nhận CRITERION=VALUE, ví dụ --set CQS.02=85; đã cho '\(assignment)'",
                "--set takes CRITERION=VALUE, e.g. --set CQS.02=85; got '\(assignment)'"
            )
        case .badBudget(let text):
            (
                "--budget nhận một số tiền từ 0 trở lên, ví dụ --budget 5000000; đã cho '\(text)'",
                "--budget takes an amount of 0 or more, e.g. --budget 5000000; got '\(text)'"
            )
        case .badObjective(let text, let allowed):
            (
                "--objective nhận \(allowed.joined(separator: " hoặc ")); đã cho '\(text)'",
                "--objective takes \(allowed.joined(separator: " or ")); got '\(text)'"
            )
        case .objectiveNeedsBudget:
            (
                "--objective nói ngân sách dùng để làm gì: hãy cho kèm --budget AMOUNT",
                "--objective says what a budget buys: give --budget AMOUNT with it"
            )
        case .planNeedsTarget:
            (
                "hãy cho --target CLASS (hoặc next, hoặc một chỉ số như 0.70); với --budget, --objective "
                    + "levels-gained hoặc --unit thì không cần",
                "give --target CLASS (or next, or an index such as 0.70); with --budget, --objective levels-gained "
                    + "or --unit need none"
            )
        case .reportNotHTML(let output, let format):
            (
                "'--output \(output)' là tên tệp \(format), còn báo cáo là HTML; hãy đặt đuôi tệp là .html",
                "'--output \(output)' names a \(format) file, and a report is HTML; give the file the extension .html"
            )
        case .reportStandardInput:
            (
                "chỉ đọc được đầu vào chuẩn (-) một lần và chỉ làm DATA.csv, còn --compare đọc lại DATA.csv; hãy "
                    + "cho các tệp bằng đường dẫn",
                "standard input (-) can be read only once and only as DATA.csv, and --compare reads DATA.csv again; "
                    + "give the files as paths"
            )
        case .reportNeedsPlan(let option):
            (
                "\(option) nói về phương án nên cần --plan PLAN.csv; hãy cho tệp của 'chiso plan' hoặc bỏ \(option)",
                "\(option) is about a plan and needs --plan PLAN.csv; give the file of 'chiso plan' or leave out "
                    + "\(option)"
            )
        case .nothingUncertain:
            (
                "không có gì bất định: hãy cho --spec FILE, hoặc một tùy chọn viết tắt như --noise-absolute 2, "
                    + "--flip 0.05 hay --weights 0.25",
                "nothing is uncertain: give --spec FILE, or a shorthand such as --noise-absolute 2, --flip 0.05 or "
                    + "--weights 0.25"
            )
        case .badMissingRule(let name):
            (
                "--missing nhận zero, columnMean hoặc groupMean, cách nhau bằng dấu phẩy; đã cho '\(name)'",
                "--missing takes zero, columnMean or groupMean, comma-separated; got '\(name)'"
            )
        default: more
        }
    }

    /// The problems of the other commands' own options.
    private var more: (String, String) {
        switch self {
        case .badRule(let text):
            (
                "--rule nhận mean, sum, min hoặc max, hoặc COLUMN=RULE (ví dụ --rule KTS.04=sum); đã cho '\(text)'",
                "--rule takes mean, sum, min or max, or COLUMN=RULE (e.g. --rule KTS.04=sum); got '\(text)'"
            )
        case .ruleForAllTwice:
            (
                "--rule không kèm cột được cho hai lần; cho một quy tắc chung, và COLUMN=RULE cho từng cột khác",
                "--rule without a column is given twice; give one rule for all, and COLUMN=RULE for others"
            )
        case .ruleTwice(let column):
            (
                "--rule \(column) được cho hai lần; mỗi cột chỉ cho một quy tắc",
                "--rule \(column) is given twice; give one rule per column"
            )
        case .partialDataOnly(let units): partialDataOnly(units)
        case .crosswalkNeedsData:
            (
                "hãy cho tệp dữ liệu của A để quy đổi, hoặc --coverage để chỉ báo cáo mức bao phủ",
                "give A's data file to translate, or --coverage to report the coverage alone"
            )
        case .crosswalkFormat:
            (
                "dữ liệu đã quy đổi là CSV (tệp đánh giá của B); --format chỉ dùng với --coverage",
                "the translated data is CSV (B's assessment file); --format applies to --coverage"
            )
        case .crosswalkFramework(let given, let id, let map, let source):
            (
                "--framework \(given) là \(id), còn bảng quy đổi \(map) đọc dữ liệu của \(source); hãy cho "
                    + "--framework \(source), hoặc bỏ tùy chọn này",
                "--framework \(given) is \(id), and the crosswalk \(map) reads data of \(source); give --framework "
                    + "\(source), or leave it out"
            )
        case .sampleNeedsTarget:
            (
                "hãy cho --output-dir DIR để tạo một tỉnh theo QĐ 2361, hoặc --framework ID|PATH để tạo các đơn vị "
                    + "của một khung đánh giá",
                "give --output-dir DIR for a 2361 province, or --framework ID|PATH for units of one framework"
            )
        case .needsSubcommand(let names):
            (
                "hãy cho một lệnh con: \(names.joined(separator: ", "))",
                "give a subcommand: \(names.joined(separator: ", "))"
            )
        default: ("", "")
        }
    }

    /// `regroup --data-only` refusing units on partial data.
    private func partialDataOnly(_ units: [String]) -> (String, String) {
        let one = units.count == 1
        let listed = units.prefix(5).joined(separator: ", ") + (units.count > 5 ? ", …" : "")
        return (
            "--data-only: \(units.count) đơn vị mới dựa trên số liệu chưa đủ (\(listed)): chương trình nào tính điểm "
                + "tệp này cũng sẽ xếp hạng \(one ? "đơn vị đó" : "các đơn vị đó") như đã đủ số liệu. Hãy cho "
                + "--rank-partial để vẫn ghi (có đánh dấu \"(partial)\" trong unit_name), hoặc bổ sung số liệu",
            "--data-only: \(one ? "1 new unit rests" : "\(units.count) new units rest") on partial data (\(listed)): "
                + "whatever scores the file would rank \(one ? "it" : "them") as complete. Give --rank-partial to "
                + "write \(one ? "it" : "them") anyway (marked \"(partial)\" in unit_name), or complete the data"
        )
    }
}

extension UsageProblem {
    fileprivate static func unexpected(_ values: [String]) -> (String, String) {
        let listed = values.map { "'\($0)'" }.joined(separator: " ")
        return ("thừa tham số \(listed)", "unexpected argument \(listed)")
    }

    fileprivate static func standardInputTwice(_ dataFiles: Int, _ options: [String]) -> (String, String) {
        let vi = Array(repeating: "tệp dữ liệu", count: dataFiles) + options.map { "--\($0)" }
        let en = Array(repeating: "the data file", count: dataFiles) + options.map { "--\($0)" }
        return (
            "chỉ đọc được đầu vào chuẩn (-) một lần; ghi '-' cho một tệp đầu vào và đường dẫn cho các tệp còn "
                + "lại (\(vi.joined(separator: " và ")) cùng ghi '-')",
            "standard input (-) can be read only once; give '-' for one input file and a path for the others "
                + "(\(en.joined(separator: " and ")) name it)"
        )
    }

    fileprivate static func languageVariable(_ name: String, _ value: String) -> (String, String) {
        let allowed = Language.allCases.map(\.rawValue).joined(separator: ", ")
        return (
            "\(name)=\(value) không phải ngôn ngữ chiso dùng; cần một trong: \(allowed). Đặt biến này bằng "
                + "một trong các giá trị đó, hoặc bỏ biến đi (khi đó --lang quyết định, mặc định là tiếng Việt).",
            "\(name)=\(value) is not a language chiso speaks; expected one of: \(allowed). Set it to one of "
                + "them, or unset it (then --lang chooses, Vietnamese by default)."
        )
    }
}
