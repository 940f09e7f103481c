import ChisoCore
import ChisoFormats
import ChisoReports

/// An option a command accepts.
struct OptionSpec: Sendable {
    /// The long name, without dashes.
    var name: String
    /// The name of the value in help (`FILE`), or `nil` for a flag without a value.
    var valueName: String?
    /// One line of help, in both languages.
    var help: LocalizedText
    /// The values allowed, if the option takes one of a fixed set.
    var allowed: [String]? = nil
    /// Whether the command cannot run without it.
    var isRequired = false
    /// Whether it may be given more than once (`--ignore-column A --ignore-column B`), each value kept.
    var isRepeatable = false
}

/// A positional argument a command takes.
struct ArgumentSpec: Sendable {
    /// The name in help (`DATA.csv`).
    var name: String
    /// One line of help, in both languages.
    var help: LocalizedText
    /// Whether the command cannot run without it.
    var isRequired = true
    /// Whether it may be given more than once (the last argument only: `compare A.csv B.csv C.csv`).
    var isVariadic = false
}

/// What a command is and accepts: the source of its `--help` and of argument checking.
struct CommandSpec: Sendable {
    /// The command's name (`score`).
    var name: String
    /// One line saying what it does, in both languages.
    var abstract: LocalizedText
    /// Paragraphs of further help, in both languages; empty when there are none.
    var discussion = LocalizedText(vi: "", en: "")
    /// Positional arguments, in order.
    var arguments: [ArgumentSpec] = []
    /// Options.
    var options: [OptionSpec] = []
    /// Subcommands, for a command that only groups others.
    var subcommands: [CommandSpec] = []

    /// The usage line: `chiso score --framework ID|PATH [<options>] DATA.csv`; `<options>` and `<subcommand>` are
    /// written in `language`, names and placeholders as they are typed.
    func usage(path: String, language: Language) -> String {
        if !subcommands.isEmpty { return "\(path) \(HelpWords.subcommandPlaceholder.text.text(in: language))" }
        var parts = [path]
        for option in options where option.isRequired {
            parts.append("--\(option.name)" + (option.valueName.map { " \($0)" } ?? ""))
        }
        if options.contains(where: { !$0.isRequired }) {
            parts.append("[\(HelpWords.optionsPlaceholder.text.text(in: language))]")
        }
        for argument in arguments {
            parts.append(
                (argument.isRequired ? argument.name : "[\(argument.name)]") + (argument.isVariadic ? " …" : ""))
        }
        return parts.joined(separator: " ")
    }

    /// The full help text in `language`, laid out as swift-argument-parser does.
    func help(path: String, language: Language) -> String {
        let words = { (word: HelpWords) in word.text.text(in: language) }
        var text = "\(words(.overview)): \(abstract.text(in: language))\n"
        let discussion = discussion.text(in: language)
        if !discussion.isEmpty { text += "\n\(discussion)\n" }
        text += "\n\(words(.usage)): \(usage(path: path, language: language))\n"
        func section(_ title: String, _ entries: [(String, String)]) {
            guard !entries.isEmpty else { return }
            let width = min(max(entries.map(\.0.count).max() ?? 0, 10), 28)
            text += "\n\(title):\n"
            for (label, help) in entries {
                if label.count > width {
                    text += "  \(label)\n  \(String(repeating: " ", count: width))  \(help)\n"
                } else {
                    text += "  \(label)\(String(repeating: " ", count: width - label.count))  \(help)\n"
                }
            }
        }
        section(words(.arguments), arguments.map { ($0.name, $0.help.text(in: language)) })
        var optionEntries = options.map { option -> (String, String) in
            var help = option.help.text(in: language)
            if let allowed = option.allowed { help += " (\(allowed.joined(separator: "|")))" }
            return ("--\(option.name)" + (option.valueName.map { " <\($0)>" } ?? ""), help)
        }
        optionEntries.append(("-h, --help", words(.showHelp)))
        section(words(.options), optionEntries)
        section(words(.subcommands), subcommands.map { ($0.name, $0.abstract.text(in: language)) })
        if !subcommands.isEmpty {
            text += "\n  \(HelpWords.seeSubcommandHelp(path).text.text(in: language))\n"
        }
        return text
    }
}
