import ChisoCore
import ChisoFormats
import ChisoReports

/// `chiso sensitivity`: which uncertain inputs move the results most.
enum SensitivityCommand: DataCommand {
    static let spec = CommandSpec(
        name: "sensitivity",
        abstract: LocalizedText(
            vi:
                "Hệ số Sobol của từng đầu vào bất định đối với thứ hạng hoặc mức, xếp loại; quét trọng số và bỏ lần "
                + "lượt từng phần.",
            en: "Sobol indices of each uncertain input on the ranks or classes; weight sweeps and leave-one-out."),
        discussion: LocalizedText(
            vi: """
                Với cùng tệp đặc tả hoặc tùy chọn viết tắt như 'chiso uncertainty', mỗi nhóm đầu vào (mỗi mục nhiễu
                của tệp đặc tả, cách đọc ô chưa có số liệu, trọng số, khung đánh giá) nhận hệ số Sobol bậc một và hệ số
                tổng trên một mục tiêu: độ lệch thứ hạng tuyệt đối trung bình so với thứ hạng danh nghĩa (rank-shift,
                mặc định, như COINr), tỷ lệ đơn vị đổi mức hoặc xếp loại (class-change), hoặc chỉ số của một đơn vị
                (theo unit_id của nó). Thiết kế tính điểm cả tập đơn vị N × (số nhóm + 2) lần (--samples N, mặc định
                500); khoảng 90% tính bằng bootstrap. Với khung đánh giá tính điểm, trọng số của mỗi chỉ số chính còn
                được dịch ± --sweep (mặc định 0.1) và bỏ ra, lần lượt từng cái, kèm thay đổi thứ hạng mà việc đó gây ra.
                """,
            en: """
                With the same spec file or shorthands as 'chiso uncertainty', each input group (every noise entry of
                the spec, the reading of missing values, the weights, the framework) gets its first-order and total
                Sobol index on a target: the mean absolute rank shift from the nominal ranks (rank-shift, the default,
                as COINr), the share of units changing class (class-change), or one unit's index (its unit_id). The
                design scores the cohort N × (groups + 2) times (--samples N, default 500); 90% intervals by bootstrap.
                For a point framework, each top-level node's weight is also moved by ± --sweep (default 0.1) and left
                out, one at a time, with the rank changes that causes.
                """),
        arguments: [
            ArgumentSpec(name: "DATA.csv", help: CommonOptions.dataHelp)
        ],
        options: [CommonOptions.framework] + UncertaintyOptions.options + [
            OptionSpec(
                name: "target", valueName: "TARGET",
                help: LocalizedText(
                    vi: "rank-shift (mặc định), class-change, hoặc một unit_id.",
                    en: "rank-shift (default), class-change, or a unit_id.")),
            OptionSpec(
                name: "samples", valueName: "N",
                help: LocalizedText(
                    vi: "Số mẫu cơ sở của thiết kế (mặc định 500).", en: "Base samples of the design (default 500).")),
            OptionSpec(
                name: "bootstrap", valueName: "N",
                help: LocalizedText(
                    vi: "Số lần lấy mẫu lại bootstrap cho các khoảng (mặc định 200).",
                    en: "Bootstrap resamples for the intervals (default 200).")),
            OptionSpec(
                name: "sweep", valueName: "X",
                help: LocalizedText(
                    vi: "Dịch trọng số của mỗi chỉ số chính ± X (mặc định 0.1; 0: không dịch).",
                    en: "Move each top-level weight by ± X (default 0.1; 0: none).")),
            CommonOptions.children,
            CommonOptions.childrenLevels,
            CommonOptions.format(
                LocalizedText(
                    vi: "csv ở dạng gọn: analysis,input,statistic,value,low,high.",
                    en: "csv is tidy: analysis,input,statistic,value,low,high.")),
            CommonOptions.lang,
            CommonOptions.output,
            CommonOptions.excel,
        ] + CommonOptions.reading
    ).refusing(refusedInputs)

    static let refusedInputs = UncertaintyOptions.refusedInputs("sensitivity")

    /// The uncertain inputs, the target, the design and the format, checked.
    struct Options: Sendable {
        var common: UncertaintyOptions.Common
        var target: String
        var samples: Int
        var bootstrap: Int
        var sweep: Double
        var format: OutputFormat
    }

    static func options(_ arguments: ParsedArguments, inputs: ScoringInputs, problems: inout [LocalizedText]) -> Options
    {
        Options(
            common: UncertaintyOptions.common(arguments, problems: &problems),
            target: arguments.value("target") ?? "rank-shift",
            samples: checked(&problems) {
                try UncertaintyOptions.whole(arguments, "samples", 2...1_000_000, default: 500)
            } ?? 500,
            bootstrap: checked(&problems) {
                try UncertaintyOptions.whole(arguments, "bootstrap", 0...100_000, default: 200)
            } ?? 200,
            sweep: (checked(&problems) { try UncertaintyOptions.number(arguments, "sweep", 0...0.99) } ?? nil) ?? 0.1,
            format: checked(&problems) { try format(arguments) } ?? .table)
    }

    static func run(_ inputs: ScoringInputs, _ options: Options, arguments: ParsedArguments, console: inout Console)
        throws(CommandFailure) -> ExitCode
    {
        let common = options.common
        if let note = common.note { console.printError(note.text(in: inputs.language)) }
        let scoring = try load(inputs)
        let run: SensitivityRun
        do {
            run = try SensitivityRun.run(
                scoring, framework: inputs.framework, data: inputs.data, spec: common.spec,
                shorthands: common.shorthands, target: options.target, samples: options.samples, seed: common.seed,
                bootstrap: options.bootstrap, threads: common.threads, sweep: options.sweep)
        } catch {
            throw CommandFailure(error)
        }
        for line in DiagnosticDigest.lines(run.scoring.warnings, language: console.language) {
            console.printError(line)
        }
        ScoreCommand.reportSkipped(run.scoring.skipped, console: &console)
        if options.format == .csv {
            UncertaintyOptions.printNotices(run.notices.map(\.text), language: inputs.language, console: &console)
        }
        try emit(
            run.render(format: options.format, language: inputs.language), arguments: arguments,
            inputs: inputs.files + (common.spec.map { [$0] } ?? []), console: &console)
        return run.scoring.skipped.isEmpty ? .ok : .dataError
    }
}
