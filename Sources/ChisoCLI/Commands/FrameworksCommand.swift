import ChisoCore
import ChisoFormats
import ChisoReports

/// `chiso frameworks`: lists, shows and validates frameworks.
enum FrameworksCommand: Command {
    /// The group's commands, in the order help lists them.
    static var subcommands: [any Command.Type] {
        [
            ListCommand.self, ShowCommand.self, ValidateCommand.self, DiffCommand.self, CompareCommand.self,
            NewCommand.self, SchemaCommand.self,
        ]
    }

    static let spec = CommandSpec(
        name: "frameworks",
        abstract: "List, show and validate frameworks, or start one of your own.",
        subcommands: subcommands.map { $0.spec }
    )

    /// A group runs none itself: `chiso frameworks` routes to its subcommands.
    static func run(_ arguments: ParsedArguments, console: inout Console) throws(CommandFailure) -> ExitCode {
        throw CommandFailure(usage: "give a subcommand: \(subcommands.map { $0.spec.name }.joined(separator: ", "))")
    }

    static func load(_ reference: String) throws(CommandFailure) -> (Framework, [Diagnostic]) {
        do {
            return try FrameworkCatalog.load(reference)
        } catch {
            throw CommandFailure(error)
        }
    }

    /// `chiso frameworks list`.
    enum ListCommand: Command {
        static let spec = CommandSpec(name: "list", abstract: "List the built-in frameworks.")

        static func run(_ arguments: ParsedArguments, console: inout Console) throws(CommandFailure) -> ExitCode {
            var frameworks: [Framework] = []
            for entry in FrameworkCatalog.builtIn {
                frameworks.append(try FrameworksCommand.load(entry.id).0)
            }
            console.print(FrameworkReport.list(frameworks))
            console.print(
                "\nCrosswalks (chiso crosswalk --map ID): \(CrosswalkRun.builtIn.joined(separator: ", "))\n"
                    + "Unit maps (chiso regroup --map ID): \(RegroupRun.builtInMaps.map(\.id).joined(separator: ", "))")
            return .ok
        }
    }

    /// `chiso frameworks show`.
    enum ShowCommand: Command {
        static let spec = CommandSpec(
            name: "show",
            abstract: "Show a framework: its source and every criterion's requirement at each level, or its nodes, "
                + "points and tiers.",
            arguments: [
                ArgumentSpec(name: "ID|PATH", help: "A built-in framework ID or the path of a framework file.")
            ],
            options: [
                CommonOptions.format("csv: one row per criterion; json: the framework file format."),
                CommonOptions.lang,
                CommonOptions.showOutput,
                CommonOptions.force,
                CommonOptions.excel,
            ]
        )

        /// `--format json` is the starting point of an adapted framework (README, "Adapting a framework").
        static var writesEditableFiles: Bool { true }

        static func run(_ arguments: ParsedArguments, console: inout Console) throws(CommandFailure) -> ExitCode {
            let format = try Self.format(arguments)
            let reference = arguments.positionals[0]
            let (framework, _) = try FrameworksCommand.load(reference)
            let text = FrameworkReport.show(framework, format: format, language: language(arguments, console))
            try emit(text, arguments: arguments, inputs: [reference], console: &console)
            return .ok
        }
    }

    /// `chiso frameworks validate`.
    enum ValidateCommand: Command {
        static let spec = CommandSpec(
            name: "validate",
            abstract: "Check a framework file and report every problem at once, with its path and line.",
            discussion: """
                Besides the file itself: the framework its childFramework names must exist (a built-in ID or a file
                beside this one), be a level framework, and not lead back to this one; a file that reuses the ID of a
                built-in framework but differs from it gets a warning.
                """,
            arguments: [ArgumentSpec(name: "FILE", help: "The framework file (or a built-in ID).")]
        )

        static func run(_ arguments: ParsedArguments, console: inout Console) throws(CommandFailure) -> ExitCode {
            let framework: Framework
            let warnings: [Diagnostic]
            do {
                (framework, warnings) = try FrameworkCatalog.validate(arguments.positionals[0])
            } catch {
                throw CommandFailure(error)
            }
            for warning in warnings { console.printError(warning.description(in: console.language)) }
            let summary = framework.wording.validationSummary.en
            let unknown = framework.scheme.unknownWeights.map { framework.scheme.conditions[$0].id }
            if !unknown.isEmpty {
                console.printError(
                    "\(arguments.positionals[0]): note: the points of \(unknown.joined(separator: ", ")) are unknown; "
                        + "the framework describes the structure but cannot score until they are given"
                )
            }
            let scale =
                "common scale \(framework.scale.rawValue) (\(framework.commonScale == nil ? "default" : "as set"))"
            console.print(
                "\(arguments.positionals[0]): valid framework \(framework.id) with \(summary)"
                    + (warnings.isEmpty ? "" : " (\(warnings.count) \(warnings.count == 1 ? "warning" : "warnings"))")
                    + "; \(scale)")
            return .ok
        }
    }

    /// `chiso frameworks new`.
    enum NewCommand: Command {
        static let spec = CommandSpec(
            name: "new",
            abstract: "Write a commented starter framework file to edit.",
            options: [
                OptionSpec(
                    name: "scheme", valueName: "SCHEME", help: "The kind of index.",
                    // The built-in schemes, newest first, as the help has always listed them.
                    allowed: SchemeFormat.builtIn.reversed().map(\.name),
                    isRequired: true),
                CommonOptions.editableOutput,
                CommonOptions.force,
            ]
        )

        static var writesEditableFiles: Bool { true }

        static func run(_ arguments: ParsedArguments, console: inout Console) throws(CommandFailure) -> ExitCode {
            let text = SchemeFormat.named(arguments.value("scheme") ?? "")?.starter ?? ""
            try emit(text, arguments: arguments, inputs: [], console: &console)
            return .ok
        }
    }

    /// `chiso frameworks schema`.
    enum SchemaCommand: Command {
        static let spec = CommandSpec(
            name: "schema",
            abstract: "Print the JSON Schema of framework files, for editors that check and complete JSON.",
            options: [CommonOptions.editableOutput, CommonOptions.force]
        )

        static var writesEditableFiles: Bool { true }

        static func run(_ arguments: ParsedArguments, console: inout Console) throws(CommandFailure) -> ExitCode {
            let schema: String
            do {
                schema = try FrameworkSchema.text()
            } catch {
                throw CommandFailure(error)
            }
            try emit(schema, arguments: arguments, inputs: [], console: &console)
            return .ok
        }
    }
}
