import ChisoCore
import ChisoFormats
import ChisoReports

/// `chiso compare`: results of several frameworks, years or files side by side.
enum CompareCommand: DataCommand {
    static let spec = CommandSpec(
        name: "compare",
        abstract: LocalizedText(
            vi:
                "So sánh kết quả giữa các khung đánh giá, các năm hay các tệp: thứ hạng, thay đổi thứ hạng, ρ, τ-b, κ "
                + "và nhóm k đơn vị đứng đầu.",
            en: "Compare results across frameworks, years or files: ranks, rank shifts, ρ, τ-b, κ and the top k."),
        discussion: LocalizedText(
            vi: """
                Mỗi bên là một tệp do 'chiso score --format csv' ghi, hoặc một tệp dữ liệu, được tính điểm trước. Cho
                --framework một lần cho mọi bên, hoặc mỗi bên một lần theo thứ tự: nó cho biết kết quả là gì và đặt
                chúng lên thang chung 0–1 ra sao ('chiso frameworks show' in thang này). Các đơn vị được ghép theo
                unit_id; --id-map FILE (CSV from,to) đổi mã trước khi ghép. Với số liệu nhiều năm, --years Y1,Y2,… đặt
                tên năm cho các tệp, hoặc, với một tệp (kết quả tính điểm hay tệp dữ liệu) có cột year, chọn các năm để
                so sánh: 'chiso compare --framework F panel.csv --years 2024,2025'. CSV ở dạng gọn: mỗi đơn vị và mỗi
                bên một dòng, hoặc với --summary mỗi cặp bên một dòng.
                """,
            en: """
                Each side is a file written by 'chiso score --format csv', or a data file, which is scored first. Give
                --framework once for every side, or once per side in order: it says what the outcomes are and how they
                sit on the common 0–1 scale ('chiso frameworks show' prints it). Units are joined on unit_id; --id-map
                FILE (CSV from,to) renames IDs first. For a panel, --years Y1,Y2,… labels the files, or, with a single
                file holding a year column (a score output or a data file), picks the years to compare: 'chiso compare
                --framework F panel.csv --years 2024,2025'. CSV is tidy: one row per unit and side, or with --summary
                one row per pair of sides.
                """),
        arguments: [
            ArgumentSpec(name: "A.csv", help: LocalizedText(vi: "Bên thứ nhất.", en: "The first side.")),
            ArgumentSpec(
                name: "B.csv",
                help: LocalizedText(
                    vi: "Các bên còn lại (từ hai tệp trở lên, trừ khi --years tách một tệp).",
                    en: "The other sides (two files or more, unless --years splits one)."),
                isRequired: false, isVariadic: true),
        ],
        options: [
            OptionSpec(
                name: "framework", valueName: "ID|PATH",
                help: LocalizedText(
                    vi: "Khung đánh giá của các bên (một lần), hoặc của từng bên theo thứ tự (cho nhiều lần được).",
                    en: "The framework of the sides (once), or of each side in order (repeatable)."), isRequired: true,
                isRepeatable: true),
            OptionSpec(
                name: "years", valueName: "Y1,Y2,…",
                help: LocalizedText(
                    vi: "Đặt tên năm cho các bên, hoặc tách một tệp theo năm.",
                    en: "Label the sides as years, or split one file by year.")),
            OptionSpec(
                name: "id-map", valueName: "FILE",
                help: LocalizedText(
                    vi: "CSV from,to: các mã đơn vị cần đổi trước khi ghép.",
                    en: "CSV from,to: unit IDs to rename before joining.")),
            OptionSpec(
                name: "top", valueName: "K",
                help: LocalizedText(
                    vi: "So sánh thêm K đơn vị đứng đầu của mỗi bảng xếp hạng.",
                    en: "Also compare the top K of each ranking.")),
            OptionSpec(
                name: "summary",
                help: LocalizedText(
                    vi: "CSV: mỗi cặp bên một dòng thay vì mỗi đơn vị và mỗi bên một dòng.",
                    en: "CSV: one row per pair of sides instead of one per unit and side.")),
            CommonOptions.format(
                LocalizedText(vi: "Định dạng đầu ra; csv ở dạng gọn.", en: "Output format; csv is tidy.")),
            CommonOptions.lang,
            CommonOptions.output,
            CommonOptions.excel,
            CommonOptions.children,
            CommonOptions.childrenLevels,
        ] + CommonOptions.reading
    ).refusing(refusedInputs)

    /// Sides are whole files, each scored on its own: what belongs to one data file is refused with how to get it.
    static let refusedInputs: [ScoringInputs.Input: LocalizedText] = [
        .children: LocalizedText(
            vi:
                "mỗi bên được tính điểm riêng; hãy tính điểm các huyện bằng 'chiso score --children FILE --format csv' "
                + "rồi so sánh các tệp kết quả",
            en: "each side is scored on its own; score the districts with 'chiso score --children FILE --format "
                + "csv' and compare the outputs"),
        .childLevels: LocalizedText(
            vi:
                "mỗi bên được tính điểm riêng; hãy tính điểm các huyện bằng 'chiso score --children-levels FILE "
                + "--format csv' rồi so sánh các tệp kết quả",
            en: "each side is scored on its own; score the districts with 'chiso score --children-levels FILE "
                + "--format csv' and compare the outputs"),
        .skipInvalid: LocalizedText(
            vi:
                "một bên bị bỏ bớt dòng sẽ được so sánh như thể đủ; hãy tính điểm bên đó bằng 'chiso score "
                + "--skip-invalid --format csv' rồi so sánh tệp kết quả, hoặc sửa các dòng",
            en: "a side with rows left out would be compared as if it were whole; score it with 'chiso score "
                + "--skip-invalid --format csv' and compare the output, or fix the rows"),
        .keptColumns: ScoringInputs.noPassThrough("compare"),
    ]

    /// The size of the top, the years, the ID map and whether to sum up by pair.
    /// The command's choices, as its task takes them: ``CompareRun/Options``.
    typealias Options = CompareRun.Options

    static func options(_ arguments: ParsedArguments, inputs: ScoringInputs, problems: inout [LocalizedText]) -> Options
    {
        var options = Options(idMap: arguments.value("id-map"), summary: arguments.flag("summary"))
        if let text = arguments.value("top") {
            if let value = Int(text), value >= 1 {
                options.top = value
            } else {
                problems.append(UsageProblem.badTop(text).text)
            }
        }
        options.years =
            arguments.value("years").map {
                $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            } ?? []
        return options
    }

    static func run(_ inputs: ScoringInputs, _ options: Options, arguments: ParsedArguments, console: inout Console)
        throws(CommandFailure) -> ExitCode
    {
        let run: CompareRun
        do {
            run = try CompareRun.run(inputs, options)
        } catch {
            throw CommandFailure(error)
        }
        for warning in run.warnings where warning.severity != .notice {
            console.printError(warning.description(in: console.language))
        }
        let format = try format(arguments)
        let language = inputs.language
        let inputs = inputs.dataFiles + (options.idMap.map { [$0] } ?? [])
        try emit(
            CompareReport.render(run, format: format, summary: options.summary, language: language),
            arguments: arguments,
            inputs: inputs, console: &console)
        return .ok
    }
}
