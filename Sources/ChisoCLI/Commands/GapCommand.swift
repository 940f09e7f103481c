import ChisoCore
import ChisoFormats
import ChisoReports

/// `chiso gap`: what each unit must change to reach a target class.
enum GapCommand: DataCommand {
    static let spec = CommandSpec(
        name: "gap",
        abstract: LocalizedText(
            vi:
                "Cho biết mỗi đơn vị cần thay đổi gì để đạt một mức hoặc xếp loại: giá trị hiện có, giá trị yêu cầu, "
                + "khoảng cách.",
            en: "Show what each unit must change to reach a level or tier: value now, value required, gap."),
        discussion: LocalizedText(
            vi: """
                Với khung đánh giá theo mức: mọi tiêu chí chưa đạt mục tiêu, và với cấp huyện là các xã cần lên mức để
                đạt CHUNG.01 (hãy cho --children). Với khung đánh giá tính điểm: phần điểm còn thiếu trên tổng điểm và
                trên mọi sàn của xếp loại, và số điểm mỗi chỉ số thành phần còn có thể tăng. Mục tiêu mặc định là mức
                hoặc xếp loại tiếp theo; khung đánh giá không có xếp loại (DTI cấp tỉnh) nhận mục tiêu là một chỉ số,
                ví dụ --target 0.70.
                """,
            en: """
                For a level framework, every criterion that falls short of the target, and for a district the communes
                that must rise for CHUNG.01 (give --children). For a point framework, the deficit on the total and on
                every floor of the tier, and the headroom each leaf still has. The default target is the next class; a
                framework without tiers (the provincial DTI) takes an index target, e.g. --target 0.70.
                """),
        arguments: [
            ArgumentSpec(name: "DATA.csv", help: CommonOptions.dataHelp)
        ],
        options: [
            CommonOptions.framework,
            OptionSpec(
                name: "target", valueName: "CLASS",
                help:
                    LocalizedText(
                        vi:
                            "Số của một mức, tên một xếp loại, next (mặc định), hoặc một chỉ số như 0.70 (với khung "
                            + "đánh giá có chỉ số).",
                        en:
                            "A level number, a tier's name, next (default), or an index such as 0.70 (frameworks with "
                            + "an index)."
                    )
            ),
            OptionSpec(
                name: "unit", valueName: "ID", help: LocalizedText(vi: "Chỉ đơn vị này.", en: "Only this unit.")),
            CommonOptions.children,
            CommonOptions.childrenLevels,
            CommonOptions.format(
                LocalizedText(
                    vi: "Định dạng đầu ra; csv có mỗi khoảng cách một dòng.",
                    en: "Output format; csv is tidy, one row per gap.")),
            CommonOptions.lang,
            CommonOptions.output,
            CommonOptions.excel,
        ] + CommonOptions.reading
    ).refusing(refusedInputs)

    static let refusedInputs: [ScoringInputs.Input: LocalizedText] = [
        .childLevels: LocalizedText(
            vi: "khoảng cách của một huyện nêu tên các xã cần lên mức, nên cần số liệu của các xã; hãy cho --children",
            en: "a district's gap names the communes that must rise, which needs their data; give --children"),
        .keptColumns: ScoringInputs.noPassThrough("gap"),
    ]

    /// The target class and unit, and the checked output format.
    struct Options: Sendable {
        var target: String
        var unit: String?
        var format: OutputFormat
    }

    static func options(_ arguments: ParsedArguments, inputs: ScoringInputs, problems: inout [LocalizedText]) -> Options
    {
        Options(
            target: arguments.value("target") ?? "next", unit: arguments.value("unit"),
            format: checked(&problems) { try format(arguments) } ?? .table)
    }

    static func run(_ inputs: ScoringInputs, _ options: Options, arguments: ParsedArguments, console: inout Console)
        throws(CommandFailure) -> ExitCode
    {
        let scoring = try load(inputs)
        let run: GapRun
        do {
            run = try GapRun.run(
                scoring, framework: inputs.framework, data: inputs.data, target: options.target, unit: options.unit)
        } catch {
            throw CommandFailure(error)
        }
        for warning in run.scoring.warnings { console.printError(warning.description(in: console.language)) }
        ScoreCommand.reportSkipped(run.scoring.skipped, console: &console)
        try emit(
            GapReport.render(run, format: options.format, language: inputs.language), arguments: arguments,
            inputs: inputs.files,
            console: &console)
        return run.scoring.skipped.isEmpty ? .ok : .dataError
    }
}
