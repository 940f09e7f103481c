import ChisoCLI
import ChisoCore
import Testing

/// `CHISO_LANG` sets the language of every command when `--lang` is not given (issue 20, item 2); `--lang` wins; a
/// value chiso does not speak is a usage error, never silently read as Vietnamese.
@Suite struct LanguageVariableTests {
    /// Runs the tool in-process with `CHISO_LANG` set to `value`.
    static func chiso(_ arguments: [String], variable value: String?) -> (
        status: ExitCode, output: String, error: String
    ) {
        var console = Console()
        console.languageVariable = value
        let status = Chiso.main(arguments, console: &console)
        return (status, console.output, console.error)
    }

    static let score = ["score", "--framework", "vn-2361-commune", communes]
    static let show = ["frameworks", "show", "vn-hue-3043"]

    @Test(arguments: [score, show])
    func theVariableChoosesTheLanguageAsLangWould(arguments: [String]) {
        let english = Self.chiso(arguments + ["--lang", "en"], variable: nil)
        let vietnamese = Self.chiso(arguments, variable: nil)
        #expect(english.output != vietnamese.output, "the test needs a command whose output changes with --lang")
        #expect(Self.chiso(arguments, variable: "en").output == english.output)
        #expect(Self.chiso(arguments, variable: "vi").output == vietnamese.output)
        // An empty variable is as good as none.
        #expect(Self.chiso(arguments, variable: "").output == vietnamese.output)
        // --lang wins over the variable.
        #expect(Self.chiso(arguments + ["--lang", "vi"], variable: "en").output == vietnamese.output)
        #expect(Self.chiso(arguments + ["--lang", "en"], variable: "vi").output == english.output)
    }

    @Test func aLanguageChisoDoesNotSpeakIsAUsageError() {
        let run = Self.chiso(Self.score + ["--lang", "en"], variable: "fr")
        #expect(run.status == .usage)
        #expect(run.output.isEmpty)
        #expect(run.error.contains("CHISO_LANG=fr is not a language chiso speaks; expected one of: vi, en"))
        // In Vietnamese by default.
        #expect(
            Self.chiso(Self.score, variable: "fr").error.hasPrefix(
                "Lỗi: CHISO_LANG=fr không phải ngôn ngữ chiso dùng; cần một trong: vi, en."))
        // Before any command runs, so even --version says it.
        #expect(Self.chiso(["--version"], variable: "EN").status == .usage)
    }
}
