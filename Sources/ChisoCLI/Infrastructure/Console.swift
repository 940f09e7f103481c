package import ChisoFormats

/// Where a command writes: standard output and standard error, collected so tests can read them.
package struct Console: Sendable {
    /// What was written to standard output.
    package var output = ""
    /// What was written to standard error.
    package var error = ""

    /// Whether large results go straight to the process's standard output as they are made, instead of into
    /// ``output`` (the executable streams; tests collect).
    package var streamsOutput = false

    /// The value of the environment variable `CHISO_LANG`, the language a user asks for by default (`vi` or `en`),
    /// or `nil` when it is not set: the executable reads it from its environment; tests set it.
    package var languageVariable: String?

    /// The language of the run's messages: `--lang` among the arguments, else ``languageVariable``, else
    /// Vietnamese (`Chiso.language(_:_:)`). Set once when the run starts, before the arguments are checked, so that
    /// diagnostics speak it wherever they are printed.
    package var language: Language = .vi

    /// The arguments of the run, after `chiso`: a workbook's "Nguồn" (Source) sheet gives the command line.
    package var arguments: [String] = []

    /// The time a workbook says it was made (UTC, ISO 8601), or `nil` for the time it is written: tests fix it.
    package var madeAt: String?

    /// Creates an empty console.
    ///
    /// - Parameter streamsOutput: Whether large results go straight to standard output.
    package init(streamsOutput: Bool = false) {
        self.streamsOutput = streamsOutput
    }

    mutating func print(_ text: String) {
        output += text.hasSuffix("\n") || text.isEmpty ? text : text + "\n"
    }

    mutating func printError(_ text: String) {
        error += text.hasSuffix("\n") ? text : text + "\n"
    }
}
