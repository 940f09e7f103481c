import ChisoCore
import ChisoFormats
import ChisoReports
import Foundation

/// `chiso uncertainty`: how sure each unit's class and rank are.
enum UncertaintyCommand: DataCommand {
    static let spec = CommandSpec(
        name: "uncertainty",
        abstract: "Monte Carlo: how sure each unit's level, tier and rank are under uncertain data and weights.",
        discussion: """
            The assessment is scored again --runs times (default 1000) with its uncertain inputs drawn at random:
            noise on the data (--noise-absolute, --noise-relative, --flip for yes/no answers, --count-step for
            counts), other readings of missing values (--missing zero,columnMean,groupMean), noise on the points
            of a point framework's nodes (--weights 0.25 is ±25%, each parent keeping its points), and alternative
            frameworks — or all of it from a spec file (--spec FILE). Per unit: the nominal class and rank, how
            often each class was reached, the rank's median and 90% interval, and for level frameworks which
            criteria kept the unit from the next class and (--margin) which lie close to a threshold. An
            alternative framework's classes are counted by name among the nominal framework's; a framework without
            tiers gets ranks and index only. The same seed gives the same result on any number of threads (at most
            one per core).
            """,
        arguments: [ArgumentSpec(name: "DATA.csv", help: "The assessment file.")],
        options: [
            CommonOptions.framework
        ] + UncertaintyOptions.options + [
            OptionSpec(name: "runs", valueName: "N", help: "Runs (default 1000)."),
            OptionSpec(name: "margin", valueName: "X", help: "List criteria within X of a threshold they face."),
            CommonOptions.children,
            CommonOptions.childrenLevels,
            CommonOptions.format("csv is tidy: unit_id,statistic,value."),
            CommonOptions.lang,
            CommonOptions.output,
            CommonOptions.excel,
        ] + CommonOptions.reading
    ).refusing(refusedInputs)

    static let refusedInputs = UncertaintyOptions.refusedInputs("uncertainty")

    /// The uncertain inputs, the runs, the margin and the format, checked.
    struct Options: Sendable {
        var common: UncertaintyOptions.Common
        var runs: Int
        var margin: Double?
        var format: OutputFormat
    }

    static func options(_ arguments: ParsedArguments, inputs: ScoringInputs, problems: inout [String]) -> Options {
        Options(
            common: UncertaintyOptions.common(arguments, problems: &problems),
            runs: checked(&problems) {
                try UncertaintyOptions.whole(arguments, "runs", 1...10_000_000, default: 1000)
            } ?? 1000,
            margin: checked(&problems) {
                try UncertaintyOptions.number(arguments, "margin", 0...1e12)
            } ?? nil,
            format: checked(&problems) { try format(arguments) } ?? .table)
    }

    static func run(_ inputs: ScoringInputs, _ options: Options, arguments: ParsedArguments, console: inout Console)
        throws(CommandFailure) -> ExitCode
    {
        let common = options.common
        if let note = common.note { console.printError(note) }
        let scoring = try load(inputs)
        let run: UncertaintyRun
        do {
            run = try UncertaintyRun.run(
                scoring, framework: inputs.framework, data: inputs.data, spec: common.spec,
                shorthands: common.shorthands, runs: options.runs, seed: common.seed, threads: common.threads,
                margin: options.margin)
        } catch {
            throw CommandFailure(error)
        }
        for line in DiagnosticDigest.lines(run.scoring.warnings, language: console.language) {
            console.printError(line)
        }
        ScoreCommand.reportSkipped(run.scoring.skipped, console: &console)
        // CSV rows are the units' statistics: what a reader must know goes to standard error (tables and JSON
        // carry it themselves).
        if options.format == .csv {
            for notice in run.notices {
                console.printError(
                    "\(console.language == .vi ? "lưu ý" : "note"): \(notice.text.text(in: console.language))")
            }
        }
        try emit(
            run.render(format: options.format, language: inputs.language), arguments: arguments,
            inputs: inputs.files + (common.spec.map { [$0] } ?? []), console: &console)
        return run.scoring.skipped.isEmpty ? .ok : .dataError
    }
}

/// The options `uncertainty` and `sensitivity` share.
enum UncertaintyOptions {
    static let options: [OptionSpec] = [
        OptionSpec(name: "spec", valueName: "FILE", help: "An uncertainty spec file (JSON)."),
        OptionSpec(name: "seed", valueName: "N", help: "Seed (default 1)."),
        OptionSpec(name: "threads", valueName: "N", help: "Runs at once (default and most: every core)."),
        OptionSpec(name: "noise-absolute", valueName: "X", help: "± X on every numeric column, in its unit."),
        OptionSpec(name: "noise-relative", valueName: "X", help: "± X × value on every numeric column (0.05)."),
        OptionSpec(name: "normal", help: "Normal noise (the amount is one standard deviation), not uniform."),
        OptionSpec(name: "flip", valueName: "P", help: "The probability that a yes/no answer is wrong."),
        OptionSpec(name: "count-step", valueName: "K", help: "± K on every count."),
        OptionSpec(name: "weights", valueName: "X", help: "± X × points on every node of a point framework."),
        OptionSpec(name: "missing", valueName: "RULES", help: "zero,columnMean,groupMean: drawn per run."),
    ]

    static func number(_ arguments: ParsedArguments, _ name: String, _ range: ClosedRange<Double>)
        throws(CommandFailure) -> Double?
    {
        guard let text = arguments.value(name) else { return nil }
        guard let value = Double(text), range.contains(value) else {
            throw CommandFailure(
                usage: "--\(name) takes a number from \(NumberText.shortest(range.lowerBound)) to "
                    + "\(NumberText.shortest(range.upperBound)); got '\(text)'")
        }
        return value
    }

    static func whole(_ arguments: ParsedArguments, _ name: String, _ range: ClosedRange<Int>, default value: Int)
        throws(CommandFailure) -> Int
    {
        guard let text = arguments.value(name) else { return value }
        guard let parsed = Int(text), range.contains(parsed) else {
            throw CommandFailure(usage: "--\(name) takes a whole number from \(range.lowerBound); got '\(text)'")
        }
        return parsed
    }

    /// The inputs of the group that `uncertainty` and `sensitivity` cannot use, and why.
    static func refusedInputs(_ command: String) -> [ScoringInputs.Input: String] {
        [
            .childLevels: "each run recomputes the districts' roll-up from their communes' data, with its noise; give "
                + "--children",
            .keptColumns: ScoringInputs.noPassThrough(command),
        ]
    }

    /// What is uncertain, and how the runs are drawn.
    struct Common: Sendable {
        /// The command-line shorthands.
        var shorthands = UncertaintyRun.Shorthands()
        /// The spec file, if given.
        var spec: String?
        /// The seed.
        var seed: UInt64 = 1
        /// Runs at once: at most one per core (more add nothing but a copy of the statistics each).
        var threads = 1
        /// A note when fewer threads are used than asked.
        var note: String?
    }

    /// The shorthands, the spec file (one of them must be given), the seed, the threads (at most one per core:
    /// more add nothing but a copy of the statistics each) and a note when fewer threads were used than asked; every
    /// problem appended to `problems`.
    static func common(_ arguments: ParsedArguments, problems: inout [String]) -> Common {
        var common = Common()
        common.spec = arguments.value("spec")
        do {
            common.shorthands = try shorthands(arguments)
            if common.spec == nil, common.shorthands.isEmpty {
                problems.append(
                    "nothing is uncertain: give --spec FILE, or a shorthand such as --noise-absolute 2, --flip 0.05 "
                        + "or --weights 0.25")
            }
        } catch {
            problems.append(error.usage?.message ?? "")
        }
        do {
            common.seed = UInt64(try whole(arguments, "seed", 0...Int.max, default: 1))
        } catch {
            problems.append(error.usage?.message ?? "")
        }
        let cores = max(1, System.coreCount)
        do {
            let asked = try whole(arguments, "threads", 1...1024, default: cores)
            common.threads = min(asked, cores)
            if asked > cores {
                common.note =
                    "note: --threads \(asked) runs on \(cores) (this machine's cores): more threads add no speed, "
                    + "only memory, and the result is the same on any number"
            }
        } catch {
            problems.append(error.usage?.message ?? "")
        }
        return common
    }

    static func shorthands(_ arguments: ParsedArguments) throws(CommandFailure) -> UncertaintyRun.Shorthands {
        var shorthands = UncertaintyRun.Shorthands()
        shorthands.absolute = try number(arguments, "noise-absolute", 0...1e12)
        shorthands.relative = try number(arguments, "noise-relative", 0...10)
        shorthands.normal = arguments.flag("normal")
        shorthands.flip = try number(arguments, "flip", 0...1)
        shorthands.countStep = try number(arguments, "count-step", 0...1e9).map { Int($0) }
        shorthands.weights = try number(arguments, "weights", 0...0.99)
        if let text = arguments.value("missing") {
            for name in text.split(separator: ",") {
                guard let rule = UncertaintySpec.MissingRule(rawValue: String(name)) else {
                    throw CommandFailure(
                        usage: "--missing takes zero, columnMean or groupMean, comma-separated; got '\(name)'")
                }
                shorthands.missing.append(rule)
            }
        }
        return shorthands
    }
}

/// What the machine offers.
enum System {
    /// The number of cores the process may use.
    static var coreCount: Int { ProcessInfo.processInfo.activeProcessorCount }
}
