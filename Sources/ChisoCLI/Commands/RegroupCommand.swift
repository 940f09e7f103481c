import ChisoCore
import ChisoFormats
import ChisoReports

/// `chiso regroup`: old units merged into new ones, then scored.
enum RegroupCommand: DataCommand {
    static let spec = CommandSpec(
        name: "regroup",
        abstract: LocalizedText(
            vi: "Sáp nhập đơn vị cũ thành đơn vị mới (các tỉnh năm 2025, các xã sáp nhập) và tính điểm các đơn vị mới.",
            en: "Merge old units into new ones (the 2025 provinces, merged communes) and score the new units."),
        discussion: LocalizedText(
            vi: """
                --map nhận bảng sắp xếp có sẵn vn-provinces-2025 (63 tỉnh → 34 đơn vị, ngày 1/7/2025) hoặc một tệp CSV
                old_unit,new_unit. Giá trị của đơn vị mới là trung bình cộng giá trị của các đơn vị cũ (cách tính của
                DTI 2024 đã công bố cho 34 đơn vị); --weight COLUMN lấy trung bình có trọng số (dân số, số xã); cột số
                đếm lấy tổng, cột có/không và cột câu trả lời lấy min (chỉ đạt khi mọi đơn vị cũ đều đạt). --rule
                mean|sum|min|max đổi quy tắc cho mọi cột áp dụng được, --rule COLUMN=RULE cho một cột; quy tắc không cho
                ra giá trị hợp lệ (trung bình của số đếm, tổng của tỷ lệ phần trăm) bị từ chối. Ô chưa có số liệu không
                được tính vào trung bình. Đơn vị mới mà các đơn vị cũ không có đủ trong tệp dữ liệu, hoặc không đủ giá
                trị, chỉ dựa trên số liệu chưa đủ: tên của nó được đánh dấu '(partial)' (và trong các cột partial,
                partial_why của CSV) và không xếp hạng, đứng sau các đơn vị có thứ hạng, trừ khi cho --rank-partial.
                Khi ghép theo unit_name, hai đơn vị cùng tên là lỗi. Đầu ra giống đầu ra của 'chiso score' cho các
                đơn vị mới; --data-only ghi các giá trị đã sáp nhập thay vào đó.
                """,
            en: """
                --map takes the built-in map vn-provinces-2025 (63 provinces → 34 units, 1 July 2025) or a CSV file
                old_unit,new_unit. A new unit's values are the arithmetic mean of its old units' values (the method of
                the published 2024 DTI of the 34 units); --weight COLUMN weights the mean (population, number of
                communes); counts take the sum, yes/no and answer columns min (met only when every old unit met it).
                --rule mean|sum|min|max changes the rule for every column it applies to, --rule COLUMN=RULE for one; a
                rule that cannot make a valid value (a mean of counts, a sum of percentages) is refused. Missing
                values are left out of a mean. A new unit whose old units are not all in the data, or not all with a
                value, rests on partial data: it is marked '(partial)' in its name (and in the CSV's partial and
                partial_why columns) and left unranked, after the ranked units, unless --rank-partial. Matched by
                unit_name, two units of one name are an error. The output is that of 'chiso score' on the new units;
                --data-only writes the merged values instead.
                """),
        arguments: [
            ArgumentSpec(
                name: "DATA.csv",
                help: LocalizedText(
                    vi: "Tệp dữ liệu đánh giá của các đơn vị cũ.", en: "The old units' assessment file."))
        ],
        options: [
            OptionSpec(
                name: "map", valueName: "ID|MAP.csv",
                help: LocalizedText(
                    vi: "vn-provinces-2025, hoặc một tệp CSV old_unit,new_unit.",
                    en: "vn-provinces-2025, or a CSV old_unit,new_unit."),
                isRequired: true),
            CommonOptions.framework,
            OptionSpec(
                name: "by", valueName: "COLUMN",
                help: LocalizedText(
                    vi: "Ghép đơn vị cũ theo unit_id (mặc định) hoặc unit_name.",
                    en: "Match old units by unit_id (default) or unit_name."),
                allowed: ["unit_id", "unit_name"]),
            OptionSpec(
                name: "weight", valueName: "COLUMN",
                help: LocalizedText(
                    vi: "Một cột của tệp dữ liệu dùng làm trọng số khi lấy trung bình.",
                    en: "A column of the data that weights the mean.")),
            OptionSpec(
                name: "rule", valueName: "[COLUMN=]RULE",
                help: LocalizedText(
                    vi: "mean, sum, min hoặc max; cho mọi cột, hoặc cho một cột (cho nhiều lần được).",
                    en: "mean, sum, min or max; for all, or one column (repeatable)."),
                isRepeatable: true),
            OptionSpec(
                name: "data-only",
                help: LocalizedText(
                    vi:
                        "Ghi các giá trị đã sáp nhập (một tệp dữ liệu đánh giá), không ghi kết quả; đơn vị dựa trên số "
                        + "liệu chưa đủ cần --rank-partial.",
                    en: "Write the merged values (an assessment file), not the results; units on partial data need "
                        + "--rank-partial.")),
            OptionSpec(
                name: "rank-partial",
                help: LocalizedText(
                    vi:
                        "Xếp hạng đơn vị mới dựa trên số liệu chưa đủ cùng các đơn vị khác (mặc định chúng được đánh "
                        + "dấu và không xếp hạng).",
                    en: "Rank new units on partial data with the others (they are marked and unranked by default).")),
            CommonOptions.format(
                LocalizedText(vi: "Định dạng đầu ra, như của lệnh score.", en: "Output format, as for score.")),
            CommonOptions.lang,
            CommonOptions.output,
            CommonOptions.excel,
            CommonOptions.children,
            CommonOptions.childrenLevels,
        ] + CommonOptions.reading
    ).refusing(refusedInputs)

    static let refusedInputs: [ScoringInputs.Input: LocalizedText] = [
        .children: LocalizedText(
            vi:
                "đơn vị mới được sáp nhập từ giá trị riêng của các đơn vị cũ, không kèm đơn vị cấp dưới nào; hãy sáp "
                + "nhập tệp của các xã riêng",
            en: "the new units are merged from the old units' own values, and no subordinate units are merged "
                + "with them; regroup the communes' file on its own"),
        .childLevels: LocalizedText(
            vi: "đơn vị mới được sáp nhập từ giá trị riêng của các đơn vị cũ, không kèm mức đã được công nhận nào",
            en: "the new units are merged from the old units' own values, and no recognised levels are merged "
                + "with them"),
        .skipInvalid: LocalizedText(
            vi:
                "bỏ qua một đơn vị cũ sẽ lặng lẽ làm thay đổi giá trị của đơn vị mới mà nó sáp nhập vào; hãy sửa các "
                + "dòng",
            en: "an old unit left out would silently change the values of the new unit it merges into; fix "
                + "the rows"),
        .keptColumns: LocalizedText(
            vi:
                "đơn vị sáp nhập không có một giá trị duy nhất cho cột mà khung đánh giá không có, nên không chuyển "
                + "được gì sang; hãy cho --extra-columns ignore, hoặc --weight COLUMN cho cột dùng làm trọng số",
            en: "a merged unit has no single value of a column the framework does not have, so nothing can be "
                + "passed through; give --extra-columns ignore, or --weight COLUMN for a column that weights the mean"),
    ]

    /// The map, how old units are matched, the weight and the merge rules, checked; what to write.
    /// The command's choices, as its task takes them: ``RegroupRun/Options``.
    typealias Options = RegroupRun.Options

    static func options(_ arguments: ParsedArguments, inputs: ScoringInputs, problems: inout [LocalizedText]) -> Options
    {
        var rules: [String: MergeRule] = [:]
        for text in arguments.values("rule") {
            let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
            let name = parts.count == 2 ? parts[0] : ""
            guard let rule = MergeRule(rawValue: (parts.last ?? "").lowercased()) else {
                problems.append(UsageProblem.badRule(text).text)
                continue
            }
            guard !rules.keys.contains(where: { $0.lowercased() == name.lowercased() }) else {
                problems.append((name.isEmpty ? UsageProblem.ruleForAllTwice : .ruleTwice(column: name)).text)
                continue
            }
            rules[name] = rule
        }
        return Options(
            map: arguments.value("map") ?? "", by: arguments.value("by") ?? "unit_id",
            weight: arguments.value("weight"),
            rules: rules, dataOnly: arguments.flag("data-only"), rankPartial: arguments.flag("rank-partial"))
    }

    static func run(_ inputs: ScoringInputs, _ options: Options, arguments: ParsedArguments, console: inout Console)
        throws(CommandFailure) -> ExitCode
    {
        let data = inputs.data
        let run: RegroupRun
        do {
            run = try RegroupRun.run(inputs, options)
        } catch {
            throw CommandFailure(error)
        }
        for line in DiagnosticDigest.lines(run.notices, language: console.language) { console.printError(line) }
        let language = inputs.language
        let frameworkFile = inputs.frameworkFile
        let inputs = [data, options.map, inputs.framework]
        if options.dataOnly {
            // A data file has no room for "partial": whatever scores it would rank such a unit as a complete one.
            let partial = run.merged.filter(\.isPartial).map(\.assessment.unit.id)
            if !partial.isEmpty, !options.rankPartial {
                throw CommandFailure(.partialDataOnly(units: partial))
            }
            let text = AssessmentWriter.csv(
                run.merged.map(\.assessment), measures: run.scoring.framework.measures,
                framework: run.scoring.framework, approximation: run.scoring.approximation)
            try emit(text, arguments: arguments, inputs: inputs, console: &console)
            return .ok
        }
        let format = try format(arguments)
        let scoring = run.scoring
        try emit(arguments: arguments, inputs: inputs, console: &console) { sink throws(InputError) in
            try ResultReport.write(
                scoring.results, ranks: scoring.ranks, framework: scoring.framework, format: format,
                language: language, frameworkFile: frameworkFile,
                extraColumns: run.partialValues, origin: origin(options, scoring: scoring)
            ) { piece throws(InputError) in try sink.write(piece) }
            if format == .table || format == .markdown, let sentence = run.partialSentence {
                try sink.write(sentence.text(in: language) + "\n")
            }
        }
        return .ok
    }

    /// What made the results: the map, how old units are matched, the rules and the weight, and the data's
    /// approximation, if it is one.
    static func origin(_ options: Options, scoring: ScoringRun) -> OutputOrigin {
        var parameters = [("map", options.map), ("by", options.by)]
        let ruleText = options.rules.sorted { $0.key < $1.key }.map {
            $0.key.isEmpty ? $0.value.rawValue : "\($0.key)=\($0.value.rawValue)"
        }
        if !ruleText.isEmpty { parameters.append(("rules", ruleText.joined(separator: ";"))) }
        if let weight = options.weight { parameters.append(("weight", weight)) }
        return OutputOrigin(
            scoring.framework, parameters: parameters.map { (name: $0.0, value: $0.1) },
            approximation: scoring.approximation)
    }
}
