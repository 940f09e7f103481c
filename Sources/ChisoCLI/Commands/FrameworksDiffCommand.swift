import ChisoCore
import ChisoFormats
import ChisoReports

extension FrameworksCommand {
    /// `chiso frameworks diff`.
    enum DiffCommand: Command {
        static let spec = CommandSpec(
            name: "diff",
            abstract: "What changed from framework A to framework B: criteria or nodes, requirements, points, tiers, "
                + "source.",
            discussion: """
                Criteria and nodes are matched by ID, then by Vietnamese name: added, removed, renamed, given a new ID
                (reidentified), moved to another parent or group, what each class asks of them, their points, rules
                and columns; then the classes and the provenance. For example the two readings of Huế 3043, DTI 1726
                against 922, or a province's edited copy of 2361 against the national file.
                """,
            arguments: [
                ArgumentSpec(name: "A", help: "A built-in framework ID or a framework file."),
                ArgumentSpec(name: "B", help: "The framework to compare it with."),
            ],
            options: [
                CommonOptions.format("csv is tidy: change,id,field,a,b."),
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
        static let spec = CommandSpec(
            name: "compare",
            abstract: "How frameworks spread their points, or their criteria per level, over the shared themes.",
            discussion: """
                Every criterion and node of the shipped frameworks has a theme (awareness, institutions,
                infrastructure and platforms, data, human resources, cybersecurity, digital government, digital
                economy, digital society, smart city, subordinate units); a custom framework may give them with
                "theme". A point framework shows each theme's share of its points; a level framework, the number of
                its criteria by theme (per level in --format csv). Themes are chiso's, not the decisions' groups or
                main indices, even where the words are alike.
                """,
            arguments: [
                ArgumentSpec(name: "A", help: "A built-in framework ID or a framework file."),
                ArgumentSpec(name: "B", help: "More frameworks.", isRequired: false, isVariadic: true),
            ],
            options: [
                CommonOptions.format("csv is tidy: one row per framework, theme and level."),
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
