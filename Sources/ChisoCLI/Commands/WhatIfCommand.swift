import ChisoCore
import ChisoFormats
import ChisoReports

/// `chiso whatif`: the results again with some values changed.
enum WhatIfCommand: DataCommand {
    static let spec = CommandSpec(
        name: "whatif",
        abstract: LocalizedText(
            vi: "Tính điểm lại khi thay đổi một số giá trị: mức hoặc xếp loại, điểm và thứ hạng trước và sau.",
            en: "Score again with some values changed: class, score and rank before and after."),
        discussion: LocalizedText(
            vi: """
                Cho các thay đổi của một đơn vị bằng --unit ID --set CRITERION=VALUE (cho nhiều lần được), hoặc của
                nhiều đơn vị bằng --scenario FILE (CSV unit_id,criterion,value; tệp phương án do 'chiso plan --format
                csv' ghi cũng dùng được, lấy cột 'to' của nó). Giá trị được đọc đúng như ô dữ liệu. Với cấp huyện tính
                kèm --children, một thay đổi có thể nêu một xã: mức của huyện chứa xã đó được tính lại qua phần tổng
                hợp.
                """,
            en: """
                Give one unit's changes with --unit ID --set CRITERION=VALUE (repeatable), or many units' with
                --scenario FILE (CSV unit_id,criterion,value; a plan written by 'chiso plan --format csv' also works,
                using its 'to' column). Values are read exactly like data cells. For districts scored with --children, a
                change may name a commune: its district's level is recomputed through the roll-up.
                """),
        arguments: [
            ArgumentSpec(name: "DATA.csv", help: CommonOptions.dataHelp)
        ],
        options: [
            CommonOptions.framework,
            OptionSpec(
                name: "unit", valueName: "ID",
                help: LocalizedText(vi: "Đơn vị mà --set thay đổi.", en: "The unit that --set changes.")),
            OptionSpec(
                name: "set", valueName: "CRITERION=VALUE",
                help: LocalizedText(
                    vi: "Một giá trị mới cho đơn vị (cho nhiều lần được).", en: "A new value for the unit (repeatable)."
                ),
                isRepeatable: true),
            OptionSpec(
                name: "scenario", valueName: "FILE",
                help: LocalizedText(
                    vi: "Tệp kịch bản, thay đổi cho nhiều đơn vị: unit_id,criterion,value.",
                    en: "Changes for many units: unit_id,criterion,value.")),
            CommonOptions.children,
            CommonOptions.childrenLevels,
            CommonOptions.format(LocalizedText(vi: "Định dạng đầu ra.", en: "Output format.")),
            CommonOptions.lang,
            CommonOptions.output,
            CommonOptions.excel,
        ] + CommonOptions.reading
    ).refusing(refusedInputs)

    static let refusedInputs: [ScoringInputs.Input: LocalizedText] = [
        .childLevels: LocalizedText(
            vi: "thay đổi của một xã chỉ tác động tới huyện qua số liệu của các xã; hãy cho --children",
            en: "a change to a commune reaches its district through the communes' data; give --children"),
        .keptColumns: ScoringInputs.noPassThrough("whatif"),
    ]

    /// The changes `--unit` and `--set` give, and the scenario file (read when the command runs).
    struct Options: Sendable {
        var changes: [WhatIfRun.Change] = []
        var scenario: String?
    }

    static func options(_ arguments: ParsedArguments, inputs: ScoringInputs, problems: inout [LocalizedText]) -> Options
    {
        var options = Options(scenario: arguments.value("scenario"))
        let sets = arguments.values("set")
        guard !sets.isEmpty else {
            if options.scenario == nil {
                problems.append(UsageProblem.nothingToChange.text)
            }
            return options
        }
        guard let unit = arguments.value("unit") else {
            problems.append(UsageProblem.setNeedsUnit.text)
            return options
        }
        for assignment in sets {
            guard let equals = assignment.firstIndex(of: "="), equals != assignment.startIndex else {
                problems.append(UsageProblem.setMalformed(assignment).text)
                continue
            }
            options.changes.append(
                WhatIfRun.Change(
                    unit: unit, criterion: String(assignment[..<equals]),
                    value: String(assignment[assignment.index(after: equals)...])))
        }
        return options
    }

    static func run(_ inputs: ScoringInputs, _ options: Options, arguments: ParsedArguments, console: inout Console)
        throws(CommandFailure) -> ExitCode
    {
        var changes = options.changes
        let scenario = options.scenario
        do {
            if let scenario {
                changes += try WhatIfRun.scenario(try InputFile.readBytes(scenario), file: scenario)
            }
            guard !changes.isEmpty else {
                throw CommandFailure(.nothingToChange)
            }
            let scoring = try load(inputs)
            let run = try WhatIfRun.run(scoring, changes: changes, file: scenario ?? "--set")
            for warning in run.scoring.warnings { console.printError(warning.description(in: console.language)) }
            ScoreCommand.reportSkipped(run.scoring.skipped, console: &console)
            try emit(
                WhatIfReport.render(run, format: try format(arguments), language: inputs.language),
                arguments: arguments,
                inputs: inputs.files + (scenario.map { [$0] } ?? []), console: &console)
            return run.scoring.skipped.isEmpty ? .ok : .dataError
        } catch let failure as CommandFailure {
            throw failure
        } catch let error as InputError {
            throw CommandFailure(error)
        } catch {
            // Nothing else throws here; should it, it is said rather than lost.
            throw CommandFailure(
                usage: LocalizedText(vi: "lỗi không lường trước: \(error)", en: "unexpected error: \(error)"))
        }
    }
}
