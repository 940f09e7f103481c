import ChisoCore
import ChisoFormats
import ChisoReports

/// `chiso report`: one self-contained HTML file that summarises, charts and explains a scored assessment.
enum ReportCommand: DataCommand {
    static let spec = CommandSpec(
        name: "report",
        abstract: LocalizedText(
            vi: "Ghi một báo cáo HTML song ngữ, tự chứa, có biểu đồ, in đẹp trên khổ A4.",
            en: "Write a self-contained, bilingual HTML report with charts that prints well on A4."),
        discussion: LocalizedText(
            vi: """
                Báo cáo có phần tóm tắt (khung đánh giá và căn cứ pháp lý, số đơn vị theo mức hoặc xếp loại, phân bố
                chỉ số); với khung đánh giá theo mức: tỷ lệ đơn vị đạt từng tiêu chí ở từng mức và điều cản trở lên mức
                tiếp theo (và với cấp huyện có --children: các xã theo mức và CHUNG.01); với khung đánh giá tính điểm:
                thứ hạng, điểm mạnh và điểm yếu của từng đơn vị; danh sách rút gọn các đơn vị, mỗi đơn vị một dòng; và
                mỗi đơn vị một mục giải thích (mọi đơn vị nếu không quá 30, nếu không thì các đơn vị nêu bằng --units).
                --compare thêm thay đổi thứ hạng và mức độ thống
                nhất so với các bên khác (tệp dữ liệu tính bằng cùng khung đánh giá, hoặc tệp CSV kết quả tính điểm);
                --plan và --uncertainty thêm tệp CSV của chiso plan và chiso uncertainty. Mọi thứ nằm trong tệp: tệp
                không tải gì qua mạng và vẫn dùng được khi tắt tập lệnh.
                """,
            en: """
                The report has a summary (the framework and its legal source, the units by level or tier, the index's
                distribution), for level frameworks the share of units meeting each criterion at each level and what
                blocks the next level (and, for districts given --children, their communes by level and CHUNG.01), for
                point frameworks the ranks and each unit's strengths and weaknesses, a compact index of units, one line
                per unit, and a section per unit with its explanation (every unit up to 30, else the units named with
                --units). --compare adds rank shifts and
                agreement against other sides (data files scored with the same framework, or score CSV outputs);
                --plan and --uncertainty add the CSV outputs of chiso plan and chiso uncertainty. Everything is inline:
                the file makes no network request and works with scripts disabled.
                """),
        arguments: [
            CommonOptions.dataFile
        ],
        options: [
            CommonOptions.framework,
            CommonOptions.children,
            CommonOptions.childrenLevels,
            OptionSpec(
                name: "compare", valueName: "FILE",
                help: LocalizedText(
                    vi: "Một bên khác để so sánh: tệp dữ liệu (tính bằng --framework) hoặc tệp CSV kết quả tính điểm.",
                    en: "Another side to compare with: a data file (scored with --framework) or a score CSV output."),
                isRepeatable: true),
            OptionSpec(
                name: "plan", valueName: "PLAN.csv",
                help: LocalizedText(
                    vi:
                        "Tệp CSV của chiso plan (--format csv, có hoặc không có --summary): chi phí và những gì ngân "
                        + "sách đạt được.",
                    en: "The CSV of chiso plan (--format csv, with or without --summary): costs and what a budget buys."
                )),
            OptionSpec(
                name: "budget", valueName: "AMOUNT",
                help: LocalizedText(
                    vi:
                        "Với --plan: ngân sách để đánh dấu trên bảng những gì ngân sách đạt được, khi tệp phương án "
                        + "không ghi ngân sách (tệp đổi hoặc tệp lập không có --budget); phải bằng ngân sách của tệp "
                        + "nếu tệp có ghi.",
                    en:
                        "With --plan: the budget to mark on the table of what it buys, when the plan file gives none (a "
                        + "changes file, or one made without --budget); must equal the file's own if it has one.")),
            OptionSpec(
                name: "currency", valueName: "TEXT",
                help: LocalizedText(
                    vi: "Với --plan: đơn vị tiền ghi sau mọi số tiền của phương án, ví dụ 'triệu đồng'; mặc định: "
                        + "chỉ ghi số.",
                    en: "With --plan: the currency written after every amount of the plan, e.g. 'triệu đồng'; "
                        + "default: plain numbers.")),
            OptionSpec(
                name: "uncertainty", valueName: "U.csv",
                help: LocalizedText(
                    vi:
                        "Tệp CSV của chiso uncertainty --format csv: khoảng thứ hạng và xác suất theo mức hoặc xếp "
                        + "loại.",
                    en: "The CSV of chiso uncertainty --format csv: rank intervals and class probabilities.")),
            OptionSpec(
                name: "units", valueName: "all|none|ID",
                help: LocalizedText(
                    vi:
                        "Các đơn vị có mục giải thích riêng: các mã cách nhau bằng dấu phẩy (cho nhiều lần được), 'all' "
                        + "(mọi đơn vị) hoặc 'none' (chỉ danh sách rút gọn); mặc định: mọi đơn vị nếu không quá 30, nếu "
                        + "không thì chỉ danh sách rút gọn, mỗi đơn vị một dòng.",
                    en: "The units that get a section of their own: IDs separated by commas (repeatable), all, or "
                        + "none (the compact index alone); default: every unit up to 30, else the compact index alone, "
                        + "one line per unit."),
                isRepeatable: true),
            OptionSpec(
                name: "unit", valueName: "ID",
                help: LocalizedText(
                    vi: "Như --units với mã đơn vị: dành cho đơn vị này một mục riêng (cho nhiều lần được).",
                    en: "As --units with unit IDs: give this unit a section of its own (repeatable)."),
                isRepeatable: true),
            OptionSpec(
                name: "title", valueName: "TEXT",
                help: LocalizedText(
                    vi: "Tiêu đề của báo cáo trên trang đầu (mặc định: tên khung đánh giá).",
                    en: "The report's title on its first page (default: the framework's name).")),
            OptionSpec(
                name: "organisation", valueName: "TEXT",
                help: LocalizedText(
                    vi: "Cơ quan lập báo cáo, ghi trên trang đầu (ví dụ: Sở Khoa học và Công nghệ tỉnh …).",
                    en: "The organisation the report is by, shown on its first page.")),
            OptionSpec(
                name: "lang", valueName: "LANG",
                help: LocalizedText(
                    vi:
                        "Ngôn ngữ của báo cáo, hướng dẫn và thông báo (mặc định vi, hoặc theo biến môi trường "
                        + "CHISO_LANG); tên lấy từ khung đánh giá theo ngôn ngữ này, ngôn ngữ kia ghi bên cạnh.",
                    en:
                        "Language of the report, help and messages (default vi, or the environment's CHISO_LANG); "
                        + "names "
                        + "from the "
                        + "framework in it, the other beside them."),
                allowed: Language.allCases.map(\.rawValue)),
            OptionSpec(
                name: "output", valueName: "FILE",
                help: LocalizedText(
                    vi:
                        "Ghi báo cáo vào FILE (.html), trọn vẹn một lần và không bao giờ ghi đè tệp đầu vào, thay vì "
                        + "ra màn hình.",
                    en: "Write the report to FILE (.html), atomically and never over an input, instead of standard "
                        + "output.")),
        ] + CommonOptions.reading
    ).refusing(refusedInputs)

    static let refusedInputs: [ScoringInputs.Input: LocalizedText] = [
        .keptColumns: LocalizedText(
            vi: "báo cáo là HTML và không chuyển cột nào sang; hãy cho --extra-columns ignore để bỏ qua các cột này",
            en: "a report is HTML and passes no columns through; give --extra-columns ignore to leave them out")
    ]

    /// The other files the report draws on, and the units explained (the values of `--units` and `--unit`).
    struct Options: Sendable {
        var compare: [String]
        var plan: String?
        var budget: Double?
        var currency: String?
        var uncertainty: String?
        var units: [String]
        var title: String?
        var organisation: String?
    }

    static func options(_ arguments: ParsedArguments, inputs: ScoringInputs, problems: inout [LocalizedText]) -> Options
    {
        let options = Options(
            compare: arguments.values("compare"), plan: arguments.value("plan"),
            budget: PlanCommand.budget(arguments, problems: &problems),
            currency: arguments.value("currency").map(TextNormalization.key).flatMap { $0.isEmpty ? nil : $0 },
            uncertainty: arguments.value("uncertainty"), units: arguments.values("units") + arguments.values("unit"),
            title: arguments.value("title").map(TextNormalization.key).flatMap { $0.isEmpty ? nil : $0 },
            organisation: arguments.value("organisation").map(TextNormalization.key).flatMap {
                $0.isEmpty ? nil : $0
            })
        for option in ["budget", "currency"] where options.plan == nil && arguments.value(option) != nil {
            problems.append(UsageProblem.reportNeedsPlan(option: "--" + option).text)
        }
        if let output = outputPath(arguments), let format = OutputFormat(fileExtensionOf: output) {
            problems.append(UsageProblem.reportNotHTML(output: output, format: format.rawValue).text)
        }
        let others = options.compare + [options.plan, options.uncertainty].compactMap { $0 }
        if others.contains(InputFile.standardInputName)
            || (inputs.data == InputFile.standardInputName && !options.compare.isEmpty)
        {
            problems.append(UsageProblem.reportStandardInput.text)
        }
        return options
    }

    static func run(_ inputs: ScoringInputs, _ options: Options, arguments: ParsedArguments, console: inout Console)
        throws(CommandFailure) -> ExitCode
    {
        let scoring = try load(inputs)
        var input: ReportInput
        do {
            let (read, warnings) = try ReportRun.run(
                scoring, framework: inputs.framework, data: inputs.data, children: inputs.children,
                childLevels: inputs.childLevels, compare: options.compare, plan: options.plan, budget: options.budget,
                currency: options.currency, uncertainty: options.uncertainty, units: options.units,
                reading: inputs.reading)
            for line in DiagnosticDigest.lines(warnings, language: console.language) { console.printError(line) }
            input = read
            input.title = options.title
            input.organisation = options.organisation
            input.made = console.madeAt ?? Self.utcNow()
        } catch {
            throw CommandFailure(error)
        }
        ScoreCommand.reportSkipped(scoring.skipped, console: &console)
        let others = options.compare + [options.plan, options.uncertainty].compactMap { $0 }
        let language = inputs.language
        try emit(arguments: arguments, inputs: inputs.files + others, console: &console) { sink throws(InputError) in
            try HTMLReport.write(input, language: language) { piece throws(InputError) in try sink.write(piece) }
        }
        return scoring.skipped.isEmpty ? .ok : .dataError
    }
}
