import ChisoFormats
import ChisoReports

/// `--format jsonl` (or an `--output` name ending in `.jsonl`): the command's CSV output written as JSON Lines
/// (``JSONLines``), one flat object per row of the CSV, as the workbook (`--format xlsx`) is written from the CSV.
extension Command {
    /// The format name that asks for JSON Lines.
    static var jsonLinesFormat: String { "jsonl" }

    /// Whether `path` names a JSON Lines file: it ends in `.jsonl`, in any case.
    static func namesJSONLines(_ path: String) -> Bool {
        path.lowercased().hasSuffix(".jsonl") && !(path.split(separator: "/").last ?? "").hasPrefix(".jsonl")
    }

    /// Whether the run asks for JSON Lines: `--format jsonl`, or no `--format` and an `--output` ending in `.jsonl`.
    static func wantsJSONLines(_ arguments: ParsedArguments) -> Bool {
        guard let asked = arguments.value("format") else { return outputPath(arguments).map(namesJSONLines) ?? false }
        return asked == jsonLinesFormat
    }

    /// Checks a request for JSON Lines: the command writes CSV, and neither the `--output` extension, `--format`
    /// nor `--excel` disagrees with it.
    ///
    /// - Throws: ``CommandFailure`` (usage) for an `--output` extension or a `--format` that disagrees, a command
    ///   without CSV output, or `--excel`.
    static func checkJSONLines(_ arguments: ParsedArguments, allowed: [String]) throws(CommandFailure) {
        let output = outputPath(arguments)
        let asked = arguments.value("format")
        if let output, namesJSONLines(output), let asked, asked != jsonLinesFormat {
            throw CommandFailure(.formatDisagrees(format: asked, output: output, implied: jsonLinesFormat))
        }
        guard wantsJSONLines(arguments) else { return }
        if let output {
            let implied = OutputFormat(fileExtensionOf: output)?.rawValue ?? (namesWorkbook(output) ? "xlsx" : nil)
            if let implied {
                throw CommandFailure(.formatDisagrees(format: jsonLinesFormat, output: output, implied: implied))
            }
        }
        if !allowed.contains(jsonLinesFormat) {
            throw CommandFailure(.extensionNotWritten(output: output ?? "", implied: jsonLinesFormat, allowed: allowed))
        }
        if arguments.flag("excel") { throw CommandFailure(.excelNotCSV(format: jsonLinesFormat)) }
    }
}
