import ChisoCore
import ChisoFormats
import ChisoReports

extension FrameworksCommand {
    /// `chiso frameworks diff`.
    enum DiffCommand: Command {
        /// `frameworks diff`, as the column dictionary names it.
        static var outputName: String { "frameworks \(spec.name)" }

        static let spec = CommandSpec(
            name: "diff",
            abstract: LocalizedText(
                vi:
                    "Những gì thay đổi từ khung đánh giá A sang khung đánh giá B: tiêu chí, chỉ số chính hoặc chỉ số "
                    + "thành phần, chỉ "
                    + "tiêu, điểm, xếp loại, căn cứ.",
                en: "What changed from framework A to framework B: criteria or nodes, requirements, points, tiers, "
                    + "source."),
            discussion: LocalizedText(
                vi: """
                    Tiêu chí, chỉ số chính và chỉ số thành phần được ghép theo mã, rồi theo tên tiếng Việt: thêm, bớt,
                    đổi tên, đổi mã, chuyển sang phần cha hoặc nhóm tiêu chí khác, điều mỗi mức hoặc xếp loại yêu cầu ở
                    chúng, điểm, quy tắc và cột của chúng; sau đó là các mức hoặc xếp loại và nguồn gốc. Ví dụ hai cách
                    đọc Huế 3043, DTI 1726 so với 922, hoặc bản sửa của một tỉnh từ khung 2361 so với tệp quốc gia.
                    """,
                en: """
                    Criteria and nodes are matched by ID, then by Vietnamese name: added, removed, renamed, given a new
                    ID (reidentified), moved to another parent or group, what each class asks of them, their points,
                    rules and columns; then the classes and the provenance. For example the two readings of Huế 3043,
                    DTI 1726 against 922, or a province's edited copy of 2361 against the national file.
                    """),
            arguments: [
                CommonOptions.frameworkA,
                ArgumentSpec(
                    name: "B",
                    help: LocalizedText(vi: "Khung đánh giá để so sánh.", en: "The framework to compare it with.")),
            ],
            options: [
                CommonOptions.format(
                    LocalizedText(vi: "csv ở dạng gọn: change,id,field,a,b.", en: "csv is tidy: change,id,field,a,b.")),
                CommonOptions.lang,
                CommonOptions.output,
                CommonOptions.excel,
            ]
        )

        static func run(_ arguments: ParsedArguments, console: inout Console) throws(CommandFailure) -> ExitCode {
            let format = try Self.format(arguments)
            let (a, _) = try FrameworksCommand.load(arguments.positionals[0])
            let (b, _) = try FrameworksCommand.load(arguments.positionals[1])
            try emit(
                FrameworkDiff(a, b).render(format: format, language: language(arguments, console)),
                arguments: arguments, inputs: arguments.positionals,
                console: &console)
            return .ok
        }
    }
}

extension FrameworksCommand {
    /// `chiso frameworks compare`.
    enum CompareCommand: Command {
        /// `frameworks compare`, as the column dictionary names it.
        static var outputName: String { "frameworks \(spec.name)" }

        static let spec = CommandSpec(
            name: "compare",
            abstract: LocalizedText(
                vi: "Các khung đánh giá phân bổ điểm, hoặc số tiêu chí ở mỗi mức, theo các chủ đề chung như thế nào.",
                en: "How frameworks spread their points, or their criteria per level, over the shared themes."),
            discussion: LocalizedText(
                vi: """
                    Mọi tiêu chí, chỉ số chính và chỉ số thành phần của các khung đánh giá kèm theo đều có một chủ đề
                    (nhận thức, thể chế, hạ tầng và nền tảng, dữ liệu, nhân lực, an toàn thông tin mạng, chính quyền số,
                    kinh tế số, xã hội số, đô thị thông minh, đơn vị cấp dưới); khung đánh giá tự tạo có thể ghi chủ đề
                    bằng "theme". Khung đánh giá tính điểm cho thấy phần điểm của mỗi chủ đề; khung đánh giá theo mức
                    cho thấy số tiêu chí theo chủ đề (theo từng mức với --format csv). Chủ đề là của chiso, không phải
                    nhóm tiêu chí hay chỉ số chính của các quyết định, kể cả khi tên gọi giống nhau.
                    """,
                en: """
                    Every criterion and node of the shipped frameworks has a theme (awareness, institutions,
                    infrastructure and platforms, data, human resources, cybersecurity, digital government, digital
                    economy, digital society, smart city, subordinate units); a custom framework may give them with
                    "theme". A point framework shows each theme's share of its points; a level framework, the number of
                    its criteria by theme (per level in --format csv). Themes are chiso's, not the decisions' groups or
                    main indices, even where the words are alike.
                    """),
            arguments: [
                CommonOptions.frameworkA,
                ArgumentSpec(
                    name: "B", help: LocalizedText(vi: "Các khung đánh giá khác.", en: "More frameworks."),
                    isRequired: false, isVariadic: true),
            ],
            options: [
                CommonOptions.format(
                    LocalizedText(
                        vi: "csv ở dạng gọn: mỗi khung đánh giá, chủ đề và mức một dòng.",
                        en: "csv is tidy: one row per framework, theme and level.")),
                CommonOptions.lang,
                CommonOptions.output,
                CommonOptions.excel,
            ]
        )

        static func run(_ arguments: ParsedArguments, console: inout Console) throws(CommandFailure) -> ExitCode {
            let format = try Self.format(arguments)
            var frameworks: [Framework] = []
            for reference in arguments.positionals {
                frameworks.append(try FrameworksCommand.load(reference).0)
            }
            try emit(
                ThemeReport.render(frameworks, format: format, language: language(arguments, console)),
                arguments: arguments,
                inputs: arguments.positionals, console: &console)
            return .ok
        }
    }
}
