import ChisoCore

/// The arguments of one command, checked against its ``CommandSpec``.
struct ParsedArguments: Sendable {
    /// Option values by name (without dashes); flags map to an empty string.
    var options: [String: String] = [:]
    /// Positional arguments, in order.
    var positionals: [String] = []

    func value(_ name: String) -> String? { options[name] }
    func flag(_ name: String) -> Bool { options[name] != nil }
}

/// A mistake in how a command was called.
struct UsageError: Error, Sendable {
    var message: String
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

    static func parse(_ arguments: [String], spec: CommandSpec) throws(UsageError) -> ParsedArguments {
        var parsed = ParsedArguments()
        var index = 0
        var onlyPositionals = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if onlyPositionals || !argument.hasPrefix("-") || argument == "-" {
                parsed.positionals.append(argument)
                continue
            }
            if argument == "--" {
                onlyPositionals = true
                continue
            }
            guard argument.hasPrefix("--") else {
                throw UsageError(
                    message: "unknown option '\(argument)'; options are written with two dashes, e.g. --format")
            }
            var name = String(argument.dropFirst(2))
            var inlineValue: String?
            if let equals = name.firstIndex(of: "=") {
                inlineValue = String(name[name.index(after: equals)...])
                name = String(name[..<equals])
            }
            guard let option = spec.options.first(where: { $0.name == name }) else {
                var message = "unknown option '--\(name)'"
                if let near = NearestMatch.suggestion(for: name, among: spec.options.map(\.name)) {
                    message += "; did you mean '--\(near)'?"
                }
                throw UsageError(message: message)
            }
            if parsed.options[name] != nil {
                throw UsageError(message: "'--\(name)' is given more than once")
            }
            guard let valueName = option.valueName else {
                if inlineValue != nil { throw UsageError(message: "'--\(name)' takes no value") }
                parsed.options[name] = ""
                continue
            }
            let value: String
            if let inlineValue {
                value = inlineValue
            } else {
                guard index < arguments.count, !arguments[index].hasPrefix("--") else {
                    throw UsageError(message: "'--\(name)' needs a value <\(valueName)>")
                }
                value = arguments[index]
                index += 1
            }
            if let allowed = option.allowed, !allowed.contains(value) {
                var message =
                    "'\(value)' is not a valid value for '--\(name)'; expected one of: \(allowed.joined(separator: ", "))"
                if let near = NearestMatch.suggestion(for: value, among: allowed) {
                    message += " (did you mean '\(near)'?)"
                }
                throw UsageError(message: message)
            }
            parsed.options[name] = value
        }
        for option in spec.options where option.isRequired && parsed.options[option.name] == nil {
            throw UsageError(message: "missing '--\(option.name) <\(option.valueName ?? "")>'")
        }
        let required = spec.arguments.filter(\.isRequired).count
        if parsed.positionals.count < required {
            let missing = spec.arguments[parsed.positionals.count...].filter(\.isRequired).map(\.name)
            throw UsageError(message: "missing \(missing.joined(separator: ", "))")
        }
        if parsed.positionals.count > spec.arguments.count {
            let extra = parsed.positionals[spec.arguments.count...].map { "'\($0)'" }.joined(separator: " ")
            throw UsageError(message: "unexpected argument \(extra)")
        }
        return parsed
    }
}
