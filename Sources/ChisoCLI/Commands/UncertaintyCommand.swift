import ChisoCore
import ChisoFormats
import ChisoReports
import Foundation

/// `chiso uncertainty`: how sure each unit's class and rank are.
enum UncertaintyCommand: DataCommand {
    static let spec = CommandSpec(
        name: "uncertainty",
        abstract: LocalizedText(
            vi:
                "Mô phỏng Monte Carlo: mức, xếp loại và thứ hạng của mỗi đơn vị chắc chắn đến đâu khi số liệu và trọng "
                + "số có độ bất định.",
            en: "Monte Carlo: how sure each unit's level, tier and rank are under uncertain data and weights."),
        discussion: LocalizedText(
            vi: """
                Tệp đánh giá được tính điểm lại --runs lần (mặc định 1000), mỗi lần rút ngẫu nhiên các đầu vào bất định:
                nhiễu trên số liệu (--noise-absolute, --noise-relative, --flip cho câu trả lời có/không, --count-step
                cho số đếm), cách đọc khác cho ô chưa có số liệu (--missing zero,columnMean,groupMean), nhiễu trên điểm
                của các chỉ số chính và chỉ số thành phần trong khung đánh giá tính điểm (--weights 0.25 là ±25%, tổng
                điểm của mỗi phần cha giữ nguyên), và các khung đánh giá thay thế — hoặc tất cả những thứ đó từ một tệp
                đặc tả (--spec FILE). Với mỗi đơn vị: mức hoặc xếp loại và thứ hạng danh nghĩa, tần suất đạt từng mức
                hoặc xếp loại, trung vị và khoảng 90% của thứ hạng, và với khung đánh giá theo mức: các tiêu chí đã cản
                trở đơn vị lên mức tiếp theo và (--margin) các tiêu chí nằm sát ngưỡng. Mức hoặc xếp loại của khung đánh
                giá thay thế được đếm theo tên trong số mức hoặc xếp loại của khung đánh giá danh nghĩa; khung đánh giá
                không có xếp loại chỉ có thứ hạng và chỉ số. Cùng một hạt giống cho cùng kết quả với bất kỳ số luồng nào
                (tối đa mỗi lõi một luồng).
                """,
            en: """
                The assessment is scored again --runs times (default 1000) with its uncertain inputs drawn at random:
                noise on the data (--noise-absolute, --noise-relative, --flip for yes/no answers, --count-step for
                counts), other readings of missing values (--missing zero,columnMean,groupMean), noise on the points
                of a point framework's nodes (--weights 0.25 is ±25%, each parent keeping its points), and alternative
                frameworks — or all of it from a spec file (--spec FILE). Per unit: the nominal class and rank, how
                often each class was reached, the rank's median and 90% interval, and for level frameworks which
                criteria kept the unit from the next class and (--margin) which lie close to a threshold. An
                alternative framework's classes are counted by name among the nominal framework's; a framework without
                tiers gets ranks and index only. The same seed gives the same result on any number of threads (at most
                one per core).
                """),
        arguments: [
            ArgumentSpec(name: "DATA.csv", help: CommonOptions.dataHelp)
        ],
        options: [
            CommonOptions.framework
        ] + UncertaintyOptions.options + [
            OptionSpec(
                name: "runs", valueName: "N",
                help: LocalizedText(vi: "Số lần chạy (mặc định 1000).", en: "Runs (default 1000).")),
            OptionSpec(
                name: "margin", valueName: "X",
                help: LocalizedText(
                    vi: "Liệt kê các tiêu chí cách ngưỡng của chúng không quá X.",
                    en: "List criteria within X of a threshold they face.")),
            CommonOptions.children,
            CommonOptions.childrenLevels,
            CommonOptions.format(
                LocalizedText(
                    vi: "csv ở dạng gọn: unit_id,statistic,value.", en: "csv is tidy: unit_id,statistic,value.")),
            CommonOptions.lang,
            CommonOptions.output,
            CommonOptions.excel,
        ] + CommonOptions.reading
    ).refusing(refusedInputs)

    static let refusedInputs = UncertaintyOptions.refusedInputs("uncertainty")

    /// The uncertain inputs, the runs, the margin and the format, checked.
    struct Options: Sendable {
        var common: UncertaintyOptions.Common
        var runs: Int
        var margin: Double?
        var format: OutputFormat
    }

    static func options(_ arguments: ParsedArguments, inputs: ScoringInputs, problems: inout [LocalizedText]) -> Options
    {
        Options(
            common: UncertaintyOptions.common(arguments, problems: &problems),
            runs: checked(&problems) {
                try UncertaintyOptions.whole(arguments, "runs", 1...10_000_000, default: 1000)
            } ?? 1000,
            margin: checked(&problems) {
                try UncertaintyOptions.number(arguments, "margin", 0...1e12)
            } ?? nil,
            format: checked(&problems) { try format(arguments) } ?? .table)
    }

    static func run(_ inputs: ScoringInputs, _ options: Options, arguments: ParsedArguments, console: inout Console)
        throws(CommandFailure) -> ExitCode
    {
        let common = options.common
        if let note = common.note { console.printError(note.text(in: inputs.language)) }
        let scoring = try load(inputs)
        let run: UncertaintyRun
        do {
            run = try UncertaintyRun.run(
                scoring, framework: inputs.framework, data: inputs.data, spec: common.spec,
                shorthands: common.shorthands, runs: options.runs, seed: common.seed, threads: common.threads,
                margin: options.margin)
        } catch {
            throw CommandFailure(error)
        }
        for line in DiagnosticDigest.lines(run.scoring.warnings, language: console.language) {
            console.printError(line)
        }
        ScoreCommand.reportSkipped(run.scoring.skipped, console: &console)
        // CSV rows are the units' statistics: what a reader must know goes to standard error (tables and JSON
        // carry it themselves).
        if options.format == .csv {
            UncertaintyOptions.printNotices(run.notices.map(\.text), language: inputs.language, console: &console)
        }
        try emit(
            run.render(format: options.format, language: inputs.language), arguments: arguments,
            inputs: inputs.files + (common.spec.map { [$0] } ?? []), console: &console)
        return run.scoring.skipped.isEmpty ? .ok : .dataError
    }
}

/// The options `uncertainty` and `sensitivity` share.
enum UncertaintyOptions {
    /// Prints what a reader must know to standard error, where CSV rows have no room for it: `note: …`/`lưu ý: …`.
    static func printNotices(_ notices: [LocalizedText], language: Language, console: inout Console) {
        let word = AnalysisWords.note.text(in: language)
        for notice in notices { console.printError("\(word): \(notice.text(in: language))") }
    }

    static let options: [OptionSpec] = [
        OptionSpec(
            name: "spec", valueName: "FILE",
            help: LocalizedText(vi: "Tệp đặc tả độ bất định (JSON).", en: "An uncertainty spec file (JSON).")),
        OptionSpec(
            name: "seed", valueName: "N",
            help: LocalizedText(vi: "Hạt giống ngẫu nhiên (mặc định 1).", en: "Seed (default 1).")),
        OptionSpec(
            name: "threads", valueName: "N",
            help: LocalizedText(
                vi: "Số lần chạy cùng lúc (mặc định và tối đa: bằng số lõi).",
                en: "Runs at once (default and most: every core).")),
        OptionSpec(
            name: "noise-absolute", valueName: "X",
            help: LocalizedText(
                vi: "± X trên mọi cột số, theo đơn vị tính của cột.", en: "± X on every numeric column, in its unit.")),
        OptionSpec(
            name: "noise-relative", valueName: "X",
            help: LocalizedText(
                vi: "± X × giá trị trên mọi cột số (0.05).", en: "± X × value on every numeric column (0.05).")),
        OptionSpec(
            name: "normal",
            help: LocalizedText(
                vi: "Nhiễu phân phối chuẩn (mức nhiễu là một độ lệch chuẩn), thay vì phân phối đều.",
                en: "Normal noise (the amount is one standard deviation), not uniform.")),
        OptionSpec(
            name: "flip", valueName: "P",
            help: LocalizedText(
                vi: "Xác suất một câu trả lời có/không bị sai.", en: "The probability that a yes/no answer is wrong.")),
        OptionSpec(
            name: "count-step", valueName: "K",
            help: LocalizedText(vi: "± K trên mọi số đếm.", en: "± K on every count.")),
        OptionSpec(
            name: "weights", valueName: "X",
            help: LocalizedText(
                vi: "± X × điểm trên mọi chỉ số chính và chỉ số thành phần của khung đánh giá tính điểm.",
                en: "± X × points on every node of a point framework.")),
        OptionSpec(
            name: "missing", valueName: "RULES",
            help: LocalizedText(
                vi: "zero,columnMean,groupMean: rút ngẫu nhiên ở mỗi lần chạy.",
                en: "zero,columnMean,groupMean: drawn per run.")),
    ]

    static func number(_ arguments: ParsedArguments, _ name: String, _ range: ClosedRange<Double>)
        throws(CommandFailure) -> Double?
    {
        guard let text = arguments.value(name) else { return nil }
        guard let value = Double(text), range.contains(value) else {
            throw CommandFailure(
                .numberBetween(
                    option: name, lower: NumberText.shortest(range.lowerBound),
                    upper: NumberText.shortest(range.upperBound), got: text))
        }
        return value
    }

    static func whole(_ arguments: ParsedArguments, _ name: String, _ range: ClosedRange<Int>, default value: Int)
        throws(CommandFailure) -> Int
    {
        guard let text = arguments.value(name) else { return value }
        guard let parsed = Int(text), range.contains(parsed) else {
            throw CommandFailure(.wholeNumberFrom(option: name, lower: "\(range.lowerBound)", got: text))
        }
        return parsed
    }

    /// The inputs of the group that `uncertainty` and `sensitivity` cannot use, and why.
    static func refusedInputs(_ command: String) -> [ScoringInputs.Input: LocalizedText] {
        [
            .childLevels: LocalizedText(
                vi:
                    "mỗi lần chạy tính lại phần tổng hợp của huyện từ số liệu của các xã, kèm nhiễu; hãy cho "
                    + "--children",
                en: "each run recomputes the districts' roll-up from their communes' data, with its noise; give "
                    + "--children"),
            .keptColumns: ScoringInputs.noPassThrough(command),
        ]
    }

    /// What is uncertain, and how the runs are drawn.
    struct Common: Sendable {
        /// The command-line shorthands.
        var shorthands = UncertaintyRun.Shorthands()
        /// The spec file, if given.
        var spec: String?
        /// The seed.
        var seed: UInt64 = 1
        /// Runs at once: at most one per core (more add nothing but a copy of the statistics each).
        var threads = 1
        /// A note when fewer threads are used than asked.
        var note: LocalizedText?
    }

    /// The shorthands, the spec file (one of them must be given), the seed, the threads (at most one per core:
    /// more add nothing but a copy of the statistics each) and a note when fewer threads were used than asked; every
    /// problem appended to `problems`.
    static func common(_ arguments: ParsedArguments, problems: inout [LocalizedText]) -> Common {
        var common = Common()
        common.spec = arguments.value("spec")
        do {
            common.shorthands = try shorthands(arguments)
            if common.spec == nil, common.shorthands.isEmpty {
                problems.append(UsageProblem.nothingUncertain.text)
            }
        } catch {
            problems.append(error.usage?.message ?? LocalizedText(vi: "", en: ""))
        }
        do {
            common.seed = UInt64(try whole(arguments, "seed", 0...Int.max, default: 1))
        } catch {
            problems.append(error.usage?.message ?? LocalizedText(vi: "", en: ""))
        }
        let cores = max(1, System.coreCount)
        do {
            let asked = try whole(arguments, "threads", 1...1024, default: cores)
            common.threads = min(asked, cores)
            if asked > cores {
                common.note = AnalysisWords.threadsCapped(asked: asked, cores: cores)
            }
        } catch {
            problems.append(error.usage?.message ?? LocalizedText(vi: "", en: ""))
        }
        return common
    }

    static func shorthands(_ arguments: ParsedArguments) throws(CommandFailure) -> UncertaintyRun.Shorthands {
        var shorthands = UncertaintyRun.Shorthands()
        shorthands.absolute = try number(arguments, "noise-absolute", 0...1e12)
        shorthands.relative = try number(arguments, "noise-relative", 0...10)
        shorthands.normal = arguments.flag("normal")
        shorthands.flip = try number(arguments, "flip", 0...1)
        shorthands.countStep = try number(arguments, "count-step", 0...1e9).map { Int($0) }
        shorthands.weights = try number(arguments, "weights", 0...0.99)
        if let text = arguments.value("missing") {
            for name in text.split(separator: ",") {
                guard let rule = UncertaintySpec.MissingRule(rawValue: String(name)) else {
                    throw CommandFailure(.badMissingRule(String(name)))
                }
                shorthands.missing.append(rule)
            }
        }
        return shorthands
    }
}

/// What the machine offers.
enum System {
    /// The number of cores the process may use.
    static var coreCount: Int { ProcessInfo.processInfo.activeProcessorCount }
}
