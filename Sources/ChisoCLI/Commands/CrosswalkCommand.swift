import ChisoCore
import ChisoFormats
import ChisoReports

/// `chiso crosswalk`: a dataset translated from one framework's columns to another's, with coverage.
enum CrosswalkCommand: DataCommand {
    static let spec = CommandSpec(
        name: "crosswalk",
        abstract: LocalizedText(
            vi:
                "Quy đổi dữ liệu từ các cột của khung đánh giá A sang các cột của khung đánh giá B bằng một bảng quy "
                + "đổi, và báo cáo mức bao phủ.",
            en: "Translate data from framework A's columns to framework B's with a crosswalk, and report coverage."),
        discussion: LocalizedText(
            vi: """
                --map nhận một bảng quy đổi có sẵn (vn-2361-commune-to-district, vn-2361-district-to-commune,
                vn-2361-district-to-dti-922, vn-dti-922-to-1726, vn-dti-1726-to-922) hoặc một tệp bảng quy đổi. Với
                DATA.csv (tệp dữ liệu đánh giá của A), lệnh ghi tệp dữ liệu đánh giá của B, mà mọi lệnh khác đọc được,
                và cho biết trên luồng lỗi chuẩn đã điền bao nhiêu giá trị; giá trị có nguồn chưa có số liệu, hoặc không
                quy đổi được, vẫn là chưa có số liệu. Tệp bảng quy đổi có cách ghép có thể ghi ra giá trị mà cột của B
                không chứa được (trung bình của một ô có/không và một số đếm, anyOf trên tỷ lệ phần trăm, thang vượt
                100%, trọng số bằng 0) bị từ chối. --coverage báo cáo, cho mỗi đầu vào của B, cái gì điền nó (từ cột
                nào, bằng cách nào) hoặc vì sao không có gì điền; kèm tệp dữ liệu thì cho biết với bao nhiêu đơn vị.
                Bảng quy đổi gần đúng thay vì ghép cùng một đại lượng (tệp của nó ghi lý do ở "approximation";
                vn-dti-922-to-1726 là một ví dụ) chỉ quy đổi dữ liệu khi có --accept-approximation, và phần mức bao phủ
                cùng phần tóm tắt của nó nói rõ đây là quy đổi gần đúng.
                """,
            en: """
                --map takes a built-in crosswalk (vn-2361-commune-to-district, vn-2361-district-to-commune,
                vn-2361-district-to-dti-922, vn-dti-922-to-1726, vn-dti-1726-to-922) or a crosswalk file. With DATA.csv
                (A's assessment file) it writes B's assessment file, which every other command reads, and says on
                standard error how many values were filled; a value whose source is missing, or whose conversion
                cannot apply, stays missing. A crosswalk file whose mapping could write a value B's column does not
                hold (a mean of a yes/no and a count, anyOf over percentages, a scale past 100%, a weight of 0) is
                refused. --coverage reports, for each input of B, what fills it (from which columns, how) or why
                nothing does; with data, for how many units. A crosswalk that is an approximation rather than a
                same-quantity mapping (its file says why under "approximation"; vn-dti-922-to-1726 is one) translates
                data only with --accept-approximation, and its coverage and summary say it is an approximation.
                """),
        arguments: [
            ArgumentSpec(
                name: "DATA.csv",
                help: LocalizedText(
                    vi: "Tệp dữ liệu đánh giá của khung đánh giá A.", en: "Framework A's assessment file."),
                isRequired: false)
        ],
        options: [
            OptionSpec(
                name: "map", valueName: "ID|FILE", help: LocalizedText(vi: "Bảng quy đổi.", en: "The crosswalk."),
                isRequired: true),
            OptionSpec(
                name: "coverage",
                help: LocalizedText(
                    vi: "Báo cáo mức bao phủ các đầu vào của B thay vì ghi dữ liệu của B.",
                    en: "Report the coverage of B's inputs instead of writing B's data.")),
            OptionSpec(
                name: "accept-approximation",
                help: LocalizedText(
                    vi: "Quy đổi bằng một bảng quy đổi gần đúng (giá trị của nó không phải đại lượng của B).",
                    en: "Translate with a crosswalk that is an approximation (its values are not B's quantities).")),
            OptionSpec(
                name: "framework", valueName: "ID|PATH",
                help: LocalizedText(
                    vi:
                        "Khung đánh giá của A, được đối chiếu với khung của bảng quy đổi (mặc định là khung của bảng "
                        + "quy đổi).",
                    en: "A's framework, checked against the crosswalk's (it is the crosswalk's by default).")),
            CommonOptions.format(
                LocalizedText(
                    vi: "Với --coverage: table, csv, json hoặc markdown.",
                    en: "For --coverage: table, csv, json or markdown.")),
            CommonOptions.lang,
            CommonOptions.output,
            CommonOptions.excel,
            CommonOptions.children,
            CommonOptions.childrenLevels,
        ] + CommonOptions.reading
    ).refusing(refusedInputs)

    static let refusedInputs: [ScoringInputs.Input: LocalizedText] = [
        .children: LocalizedText(
            vi: "lệnh quy đổi một tệp dữ liệu và không tính điểm gì; hãy quy đổi riêng tệp của các đơn vị cấp dưới",
            en: "it translates one data file and scores nothing; translate the subordinate units' file on its own"),
        .childLevels: LocalizedText(
            vi: "lệnh quy đổi một tệp dữ liệu và không tính điểm gì; mức đã được công nhận không có cột nào để quy đổi",
            en: "it translates one data file and scores nothing; recognised levels have no columns to translate"),
        .skipInvalid: LocalizedText(
            vi: "dữ liệu của B bị bỏ bớt dòng sẽ bị coi là toàn bộ dữ liệu của A; hãy sửa các dòng",
            en: "B's data with rows left out would pass for the whole of A's data; fix the rows"),
        .keptColumns: LocalizedText(
            vi:
                "tệp dữ liệu đánh giá của B chỉ chứa các cột của B; hãy cho --extra-columns ignore để bỏ qua các cột "
                + "khác",
            en: "B's assessment file holds B's columns only; give --extra-columns ignore to leave the others out"),
    ]

    /// The crosswalk, whether to report coverage, and whether an approximation is accepted.
    /// The command's choices, as its task takes them: ``CrosswalkRun/Options``.
    typealias Options = CrosswalkRun.Options

    static func options(_ arguments: ParsedArguments, inputs: ScoringInputs, problems: inout [LocalizedText]) -> Options
    {
        let options = Options(
            map: arguments.value("map") ?? "", coverage: arguments.flag("coverage"),
            acceptApproximation: arguments.flag("accept-approximation"))
        if inputs.dataFiles.isEmpty, !options.coverage {
            problems.append(UsageProblem.crosswalkNeedsData.text)
        }
        if !options.coverage, !inputs.dataFiles.isEmpty,
            arguments.value("format").map({ !["csv", "jsonl", "xlsx"].contains($0) }) ?? false
        {
            problems.append(UsageProblem.crosswalkFormat.text)
        }
        return options
    }

    static func run(_ inputs: ScoringInputs, _ options: Options, arguments: ParsedArguments, console: inout Console)
        throws(CommandFailure) -> ExitCode
    {
        let coverage = options.coverage
        let run: CrosswalkRun
        do {
            run = try CrosswalkRun.run(inputs, options)
        } catch {
            throw CommandFailure(error)
        }
        try checkFramework(inputs, run: run, map: options.map)
        for line in DiagnosticDigest.lines(run.warnings, language: console.language) { console.printError(line) }
        let language = inputs.language
        let inputs = inputs.files + [options.map]
        if coverage {
            try emit(
                run.coverageReport(format: try format(arguments), language: language), arguments: arguments,
                inputs: inputs, console: &console)
            return .ok
        }
        console.printError(run.summary(in: language))
        try emit(
            AssessmentWriter.csv(
                run.units, measures: run.loaded.target.measures, framework: run.loaded.target,
                approximation: run.approximation),
            arguments: arguments,
            inputs: inputs, console: &console)
        return .ok
    }

    /// Refuses a `--framework` that is not the crosswalk's A: its data would be read as another framework's.
    static func checkFramework(_ inputs: ScoringInputs, run: CrosswalkRun, map: String) throws(CommandFailure) {
        guard let reference = inputs.frameworks.first else { return }
        let (framework, _) = try FrameworksCommand.load(reference)
        guard framework.id != run.loaded.source.id else { return }
        throw CommandFailure(
            .crosswalkFramework(given: reference, id: framework.id, map: map, source: run.loaded.source.id))
    }
}
