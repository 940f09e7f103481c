import ChisoCore
import ChisoFormats
import ChisoReports

/// `chiso score`: scores every unit of an assessment file.
enum ScoreCommand: DataCommand {
    static let spec = CommandSpec(
        name: "score",
        abstract: LocalizedText(
            vi:
                "Tính điểm mọi đơn vị trong tệp dữ liệu đánh giá theo một khung đánh giá: mức độ, hoặc điểm, xếp loại "
                + "và thứ hạng.",
            en: "Score every unit of an assessment file against a framework: levels, or points, tiers and ranks."),
        discussion: LocalizedText(
            vi: """
                Đọc một tệp CSV dạng ngang (unit_id, unit_name nếu có, parent_id, year, rồi mỗi tiêu chí hoặc đầu vào
                một cột theo mã của nó; xem 'chiso template'). Với khung đánh giá theo mức (Quyết định 2361), lệnh in
                mức của từng đơn vị, đơn vị có đạt mức đã đăng ký hay không (registered_level), và các tiêu chí cản trở
                lên mức tiếp theo; với khung đánh giá cấp huyện, hãy cho các xã bằng --children: mức của các xã được
                tính trước rồi tổng hợp vào CHUNG.01. Với khung đánh giá tính điểm (Huế 3043, DTI, bộ chỉ số của riêng
                bạn), lệnh in điểm của từng đơn vị so với điểm tối đa, chỉ số, xếp loại, thứ hạng (trong nhóm của đơn
                vị khi tệp có cột group), và điều còn cản trở đơn vị lên xếp loại tiếp theo. Tệp dạng dài (các cột mã
                đơn vị, tiêu chí, giá trị: mỗi dòng một đơn vị và một tiêu chí, như pandas df.melt) cũng được đọc. Tệp
                nhiều năm (có cột year) được tính điểm từng năm riêng trong một lần chạy; --year YEAR chỉ đọc một năm.
                """,
            en: """
                Reads a wide CSV (unit_id, optional unit_name, parent_id, year, then one column per criterion or input
                ID; see 'chiso template'). With a level framework (Decision 2361) it prints each unit's level, whether
                it meets the level it registered for (registered_level), and the criteria that keep it from the next
                level; for a district framework, give the communes with --children: their levels are computed first
                and rolled up into CHUNG.01. With a point framework (Huế 3043, the DTI, your own index) it prints each
                unit's points against the maximum, its index, its tier, its rank (within its group when the file has a
                group column), and what keeps it from the next tier. A long file (unit_id, criterion, value: one row
                per unit and criterion, as pandas' df.melt writes it) is read too. A panel (a year column) is scored
                year by year in one run; --year YEAR reads one year.
                """),
        arguments: [
            ArgumentSpec(
                name: "DATA.csv",
                help: LocalizedText(
                    vi: "Tệp dữ liệu đánh giá, CSV hoặc sổ tính Excel .xlsx; - đọc từ đầu vào chuẩn. Cho nhiều tệp "
                        + "(phieu/*.xlsx) hoặc một thư mục để chấm các phiếu từng đơn vị đã điền cùng một lần.",
                    en: "The assessment file, CSV or an Excel .xlsx workbook; - reads it from standard input. Give "
                        + "several files (forms/*.xlsx) or a folder to score filled per-unit forms together."),
                isVariadic: true)
        ],
        options: [
            CommonOptions.framework,
            CommonOptions.children,
            CommonOptions.childrenLevels,
            CommonOptions.format(
                LocalizedText(
                    vi: "Định dạng đầu ra; table để xem trên màn hình.",
                    en: "Output format; table is for a terminal.")),
            CommonOptions.lang,
            CommonOptions.output,
            CommonOptions.excel,
        ] + CommonOptions.reading
    ).refusing(refusedInputs)

    /// Every input applies: `--extra-columns keep` passes columns through to CSV, and says so for other formats.
    static let refusedInputs: [ScoringInputs.Input: LocalizedText] = [:]

    /// The checked output format.
    struct Options: Sendable {
        var format: OutputFormat
    }

    static func options(_ arguments: ParsedArguments, inputs: ScoringInputs, problems: inout [LocalizedText]) -> Options
    {
        Options(format: checked(&problems) { try format(arguments) } ?? .table)
    }

    static func run(_ inputs: ScoringInputs, _ options: Options, arguments: ParsedArguments, console: inout Console)
        throws(CommandFailure) -> ExitCode
    {
        let run = try setUp(inputs, console: &console, panel: true)
        if !run.panelYears.isEmpty { return try runPanel(inputs, years: run.panelYears, options, arguments, &console) }
        if run.extraColumns != nil, options.format != .csv {
            console.printError(
                LocalizedText(
                    vi: "\(inputs.data): lưu ý: --extra-columns keep chỉ chuyển các cột thêm sang đầu ra --format csv",
                    en: "\(inputs.data): notice: --extra-columns keep passes columns through to --format csv only"
                ).text(in: console.language))
        }
        try emit(arguments: arguments, inputs: inputs.files, console: &console) { sink throws(InputError) in
            try ResultReport.write(
                run.results, ranks: run.ranks, framework: run.framework, format: options.format,
                language: inputs.language, frameworkFile: inputs.frameworkFile, extraColumns: run.extraColumns,
                origin: run.origin
            ) { piece throws(InputError) in try sink.write(piece) }
        }
        return run.skipped.isEmpty ? .ok : .dataError
    }

    /// The setup `score` and `explain` share: the inputs loaded and scored, their warnings and the rows skipped under
    /// `--skip-invalid` on standard error.
    /// With `panel`, data of several years is not scored but named in ``ScoringRun/panelYears``.
    static func setUp(_ inputs: ScoringInputs, console: inout Console, panel: Bool = false) throws(CommandFailure)
        -> ScoringRun
    {
        let run = try load(inputs, panel: panel)
        for line in DiagnosticDigest.lines(run.warnings, language: console.language) { console.printError(line) }
        reportSkipped(run.skipped, console: &console)
        return run
    }

    /// Lists the rows left out under `--skip-invalid`, with every problem of each.
    static func reportSkipped(_ skipped: [ChisoFormats.Diagnostic], console: inout Console) {
        guard !skipped.isEmpty else { return }
        for line in DiagnosticDigest.lines(skipped, language: console.language) { console.printError(line) }
        let rows = Set(skipped.map { "\($0.file):\($0.line ?? 0)" })
        console.printError(
            LocalizedText(
                vi: "đã bỏ qua \(rows.count) dòng không hợp lệ (liệt kê ở trên); các dòng còn lại đã được tính",
                en: "skipped \(Plural.count(rows.count, "invalid row")) (listed above); the other rows were scored"
            ).text(in: console.language))
    }
}
