import ChisoCore
import ChisoFormats
import ChisoReports

/// `chiso explain`: why one unit has its level.
enum ExplainCommand: DataCommand {
    static let spec = CommandSpec(
        name: "explain",
        abstract:
            LocalizedText(
                vi:
                    "Giải thích kết quả của một đơn vị: từng tiêu chí, hoặc từng chỉ số chính và chỉ số thành phần, so "
                    + "với từng mức hoặc xếp "
                    + "loại, và điều còn cản trở đơn vị.",
                en:
                    "Explain one unit's result: each criterion or node against each level or tier, and what holds it "
                    + "back."
            ),
        discussion: LocalizedText(
            vi: """
                Với khung đánh giá theo mức: giá trị của từng tiêu chí so với chỉ tiêu ở mọi mức, các tiêu chí cản trở
                đơn vị lên mức tiếp theo (đánh dấu *), và quy tắc xét mức đã áp dụng. Với khung đánh giá tính điểm: điểm
                của từng chỉ số chính và chỉ số thành phần so với điểm tối đa và điều mỗi xếp loại yêu cầu ở nó, xếp
                loại và thứ hạng của đơn vị, và lý do chưa đạt xếp loại tiếp theo.
                """,
            en: """
                With a level framework: each criterion's value against its requirement at every level, the criteria
                that keep the unit from the next level (marked *), and the level rule applied. With a point framework:
                each node's points against its maximum and what each tier asks of it, the unit's tier and ranks, and
                why the next tier is not reached.
                """),
        arguments: [
            CommonOptions.dataFile
        ],
        options: [
            CommonOptions.framework,
            OptionSpec(
                name: "unit", valueName: "ID",
                help: LocalizedText(
                    vi: "Mã (unit_id) của đơn vị cần giải thích.", en: "The unit_id of the unit to explain."),
                isRequired: true),
            CommonOptions.children,
            CommonOptions.childrenLevels,
            CommonOptions.format(
                LocalizedText(
                    vi: "Định dạng đầu ra; csv có mỗi tiêu chí (hoặc chỉ số) và mức (hoặc xếp loại) một dòng.",
                    en: "Output format; csv is tidy, one row per criterion (or node) and level (or tier).")),
            CommonOptions.lang,
            CommonOptions.output,
            CommonOptions.excel,
        ] + CommonOptions.reading
    ).refusing(refusedInputs)

    static let refusedInputs: [ScoringInputs.Input: LocalizedText] = [
        .keptColumns: ScoringInputs.noPassThrough("explain")
    ]

    /// The unit to explain and the checked output format.
    struct Options: Sendable {
        var unit: String
        var format: OutputFormat
    }

    static func options(_ arguments: ParsedArguments, inputs: ScoringInputs, problems: inout [LocalizedText]) -> Options
    {
        Options(
            unit: TextNormalization.key(arguments.value("unit") ?? ""),
            format: checked(&problems) { try format(arguments) } ?? .table)
    }

    static func run(_ inputs: ScoringInputs, _ options: Options, arguments: ParsedArguments, console: inout Console)
        throws(CommandFailure) -> ExitCode
    {
        let data = inputs.data
        let run = try ScoreCommand.setUp(inputs, console: &console)
        let wanted = options.unit
        if let line = run.skippedUnits[wanted] {
            let reasons = run.skipped.filter { $0.file == data && $0.line == line }
            throw CommandFailure(
                InputError(
                    .data,
                    [
                        Diagnostic(
                            file: data, line: line, field: "unit_id", value: wanted,
                            ExplainMessage.skipped(
                                reasons: reasons.prefix(3).map {
                                    LocalizedText(vi: $0.body(in: .vi), en: $0.body(in: .en))
                                }, count: reasons.count))
                    ]))
        }
        guard let position = run.results.firstIndex(where: { $0.unit.id == wanted }) else {
            let near = NearestMatch.suggestion(for: wanted, among: run.results.map(\.unit.id))
            throw CommandFailure(
                InputError(.usage, file: data, ExplainMessage.unknownUnit(unit: wanted, data: data, suggestion: near)))
        }
        let explanation = run.framework.scheme.explain(run.results[position], ranks: run.ranks.ranks(ofUnit: position))
        let text = ExplanationReport.render(
            explanation, framework: run.framework, format: options.format,
            fractions: position < run.fractions.count ? run.fractions[position] : [:],
            language: inputs.language, frameworkFile: inputs.frameworkFile,
            origin: OutputOrigin(
                run.framework, parameters: [(name: "unit", value: wanted)], approximation: run.approximation))
        try emit(text, arguments: arguments, inputs: inputs.files, console: &console)
        return run.skipped.isEmpty ? .ok : .dataError
    }
}
