import ChisoCore
import ChisoFormats
import ChisoReports

/// The arguments of one command, checked against its ``CommandSpec``.
struct ParsedArguments: Sendable {
    /// Option values by name (without dashes); flags map to an empty string; a repeatable option maps to its last
    /// value.
    var options: [String: String] = [:]
    /// Every value of each repeatable option, in order.
    var repeated: [String: [String]] = [:]
    /// Positional arguments, in order.
    var positionals: [String] = []

    func value(_ name: String) -> String? { options[name] }
    func values(_ name: String) -> [String] { repeated[name] ?? options[name].map { [$0] } ?? [] }
    func flag(_ name: String) -> Bool { options[name] != nil }
}

/// A mistake in how a command was called, in both languages.
struct UsageError: Error, Sendable {
    /// The first problem.
    var message: LocalizedText
    /// Further problems found with it, reported together.
    var further: [LocalizedText] = []

    /// The error of one problem.
    init(_ problem: UsageProblem) {
        message = problem.text
    }

    /// The error of problems already worded, the first one first.
    init(message: LocalizedText, further: [LocalizedText] = []) {
        self.message = message
        self.further = further
    }
}

/// Parses command-line arguments against a ``CommandSpec``: `--opt value` and `--opt=value`, options before or
/// after positional arguments, `--` to end options, near-miss suggestions for unknown options.
enum ArgumentParser {
    /// Whether the arguments ask for help.
    static func wantsHelp(_ arguments: [String]) -> Bool {
        for argument in arguments {
            if argument == "--" { return false }
            if argument == "-h" || argument == "--help" { return true }
        }
        return false
    }

    /// The language `--lang` names among `arguments` (`--lang en`, `--lang=en`, before `--`), wherever it stands,
    /// so that help and usage errors speak it even when the arguments do not parse; `nil` when none is named.
    static func language(in arguments: [String]) -> Language? {
        var remaining = arguments[...]
        while let argument = remaining.popFirst(), argument != "--" {
            if argument == "--lang", let value = remaining.first.flatMap(Language.init(rawValue:)) { return value }
            if argument.hasPrefix("--lang="), let value = Language(rawValue: String(argument.dropFirst(7))) {
                return value
            }
        }
        return nil
    }

    /// Parses `arguments` against `spec`.
    ///
    /// - Returns: The options by name and the positional arguments, in order.
    /// - Throws: ``UsageError`` for the first mistake found: an unknown option, one repeated that is not repeatable,
    ///   a missing or unexpected
    ///   value, a value that is not allowed, a missing required option or argument, an extra argument.
    static func parse(_ arguments: [String], spec: CommandSpec) throws(UsageError) -> ParsedArguments {
        var parsed = ParsedArguments()
        var remaining = arguments[...]
        var onlyPositionals = false
        while let argument = remaining.popFirst() {
            if onlyPositionals || !argument.hasPrefix("-") || argument == "-" {
                parsed.positionals.append(argument)
            } else if argument == "--" {
                onlyPositionals = true
            } else {
                try parseOption(argument, remaining: &remaining, spec: spec, into: &parsed)
            }
        }
        try checkComplete(parsed, spec: spec)
        return parsed
    }

    /// Reads one option, `--name`, `--name value` or `--name=value`, taking its value from `remaining` when it is
    /// not given inline.
    private static func parseOption(
        _ argument: String,
        remaining: inout ArraySlice<String>,
        spec: CommandSpec,
        into parsed: inout ParsedArguments
    ) throws(UsageError) {
        guard argument.hasPrefix("--") else {
            throw UsageError(.singleDash(argument))
        }
        let (name, inlineValue) = splitOption(argument)
        let option = try optionSpec(named: name, in: spec)
        if parsed.options[name] != nil, !option.isRepeatable {
            throw UsageError(.repeated(option: name))
        }
        guard let valueName = option.valueName else {
            if inlineValue != nil { throw UsageError(.takesNoValue(option: name)) }
            parsed.options[name] = ""
            return
        }
        let value: String
        if let inlineValue {
            value = inlineValue
        } else {
            guard let next = remaining.first, !next.hasPrefix("--") else {
                throw UsageError(.needsValue(option: name, valueName: valueName))
            }
            value = next
            remaining.removeFirst()
        }
        try checkAllowed(value, for: option)
        if value.isEmpty, valueName == "FILE" || valueName == "DIR" {
            throw UsageError(.emptyPath(option: name, isDirectory: valueName == "DIR"))
        }
        parsed.options[name] = value
        if option.isRepeatable { parsed.repeated[name, default: []].append(value) }
    }

    /// The name of `--name` or `--name=value`, and the value when it is given inline.
    private static func splitOption(_ argument: String) -> (name: String, inlineValue: String?) {
        let name = argument.dropFirst(2)
        guard let equals = name.firstIndex(of: "=") else { return (String(name), nil) }
        return (String(name[..<equals]), String(name[name.index(after: equals)...]))
    }

    /// The option `name` of `spec`, or an error suggesting the nearest one.
    private static func optionSpec(named name: String, in spec: CommandSpec) throws(UsageError) -> OptionSpec {
        guard let option = spec.options.first(where: { $0.name == name }) else {
            throw UsageError(
                .unknownOption(name, near: NearestMatch.suggestion(for: name, among: spec.options.map(\.name))))
        }
        return option
    }

    /// Checks that `value` is one of the values `option` allows, when it lists them.
    private static func checkAllowed(_ value: String, for option: OptionSpec) throws(UsageError) {
        guard let allowed = option.allowed, !allowed.contains(value) else { return }
        throw UsageError(
            .notAllowed(
                value: value, option: option.name, allowed: allowed,
                near: NearestMatch.suggestion(for: value, among: allowed)))
    }

    /// Checks that every required option and argument is given, and no argument more than `spec` takes.
    private static func checkComplete(_ parsed: ParsedArguments, spec: CommandSpec) throws(UsageError) {
        for option in spec.options where option.isRequired && parsed.options[option.name] == nil {
            throw UsageError(.missingOption(option.name, valueName: option.valueName ?? ""))
        }
        let required = spec.arguments.filter(\.isRequired).count
        if parsed.positionals.count < required {
            let missing = spec.arguments[parsed.positionals.count...].filter(\.isRequired).map(\.name)
            throw UsageError(.missingArguments(missing))
        }
        if parsed.positionals.count > spec.arguments.count, spec.arguments.last?.isVariadic != true {
            throw UsageError(.unexpectedArguments(Array(parsed.positionals[spec.arguments.count...])))
        }
    }
}
