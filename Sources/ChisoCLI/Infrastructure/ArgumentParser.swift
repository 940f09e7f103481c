import ChisoCore

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

/// A mistake in how a command was called.
struct UsageError: Error, Sendable {
    var message: String
    /// Further problems found with it, reported together.
    var further: [String] = []
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
            throw UsageError(
                message: "unknown option '\(argument)'; options are written with two dashes, e.g. --format")
        }
        let (name, inlineValue) = splitOption(argument)
        let option = try optionSpec(named: name, in: spec)
        if parsed.options[name] != nil, !option.isRepeatable {
            throw UsageError(message: "'--\(name)' is given more than once")
        }
        guard let valueName = option.valueName else {
            if inlineValue != nil { throw UsageError(message: "'--\(name)' takes no value") }
            parsed.options[name] = ""
            return
        }
        let value: String
        if let inlineValue {
            value = inlineValue
        } else {
            guard let next = remaining.first, !next.hasPrefix("--") else {
                throw UsageError(message: "'--\(name)' needs a value <\(valueName)>")
            }
            value = next
            remaining.removeFirst()
        }
        try checkAllowed(value, for: option)
        if value.isEmpty, valueName == "FILE" || valueName == "DIR" {
            throw UsageError(
                message: "'--\(name)' needs a \(valueName == "DIR" ? "directory" : "file") name, not an empty string"
                    + (name == "output" ? "; leave --output out to write to standard output" : ""))
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
            var message = "unknown option '--\(name)'"
            if let near = NearestMatch.suggestion(for: name, among: spec.options.map(\.name)) {
                message += "; did you mean '--\(near)'?"
            }
            throw UsageError(message: message)
        }
        return option
    }

    /// Checks that `value` is one of the values `option` allows, when it lists them.
    private static func checkAllowed(_ value: String, for option: OptionSpec) throws(UsageError) {
        guard let allowed = option.allowed, !allowed.contains(value) else { return }
        var message =
            "'\(value)' is not a valid value for '--\(option.name)'; expected one of: \(allowed.joined(separator: ", "))"
        if let near = NearestMatch.suggestion(for: value, among: allowed) {
            message += " (did you mean '\(near)'?)"
        }
        throw UsageError(message: message)
    }

    /// Checks that every required option and argument is given, and no argument more than `spec` takes.
    private static func checkComplete(_ parsed: ParsedArguments, spec: CommandSpec) throws(UsageError) {
        for option in spec.options where option.isRequired && parsed.options[option.name] == nil {
            throw UsageError(message: "missing '--\(option.name) <\(option.valueName ?? "")>'")
        }
        let required = spec.arguments.filter(\.isRequired).count
        if parsed.positionals.count < required {
            let missing = spec.arguments[parsed.positionals.count...].filter(\.isRequired).map(\.name)
            throw UsageError(message: "missing \(missing.joined(separator: ", "))")
        }
        if parsed.positionals.count > spec.arguments.count, spec.arguments.last?.isVariadic != true {
            let extra = parsed.positionals[spec.arguments.count...].map { "'\($0)'" }.joined(separator: " ")
            throw UsageError(message: "unexpected argument \(extra)")
        }
    }
}
