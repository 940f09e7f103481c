import ChisoCore
import ChisoFormats
import ChisoReports

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// `--format xlsx` (or an `--output` name ending in `.xlsx`): the command's CSV output written as a workbook
/// (``ResultWorkbook``), and `--excel`: the CSV written for Excel in the run's language (``CSVWriter/excel(_:decimalComma:)``).
extension Command {
    /// The format name that asks for a workbook.
    static var workbookFormat: String { "xlsx" }

    /// Whether `path` names a workbook: it ends in `.xlsx`, in any case.
    static func namesWorkbook(_ path: String) -> Bool {
        path.lowercased().hasSuffix(".xlsx") && !(path.split(separator: "/").last ?? "").hasPrefix(".xlsx")
    }

    /// Whether the run asks for a workbook: `--format xlsx`, or no `--format` and an `--output` ending in `.xlsx`.
    static func wantsWorkbook(_ arguments: ParsedArguments) -> Bool {
        guard let asked = arguments.value("format") else { return outputPath(arguments).map(namesWorkbook) ?? false }
        return asked == workbookFormat
    }

    /// Checks a request for a workbook: the command writes CSV, an `--output` file is given, and nothing else
    /// disagrees with it.
    ///
    /// - Throws: ``CommandFailure`` (usage) for `--format xlsx` without `--output`, an `--output` extension or a
    ///   `--format` that disagrees, a command without CSV output, or `--excel`.
    static func checkWorkbook(_ arguments: ParsedArguments, allowed: [String]) throws(CommandFailure) {
        let output = outputPath(arguments)
        let asked = arguments.value("format")
        if let output, namesWorkbook(output), let asked, asked != workbookFormat {
            throw CommandFailure(.formatDisagrees(format: asked, output: output, implied: workbookFormat))
        }
        guard wantsWorkbook(arguments) else { return }
        if let output, let implied = OutputFormat(fileExtensionOf: output) {
            throw CommandFailure(
                .formatDisagrees(format: workbookFormat, output: output, implied: implied.rawValue))
        }
        if !allowed.contains(workbookFormat) {
            throw CommandFailure(
                .extensionNotWritten(output: output ?? "", implied: workbookFormat, allowed: allowed))
        }
        if output == nil { throw CommandFailure(.workbookNeedsOutput) }
        if arguments.flag("excel") { throw CommandFailure(.excelNotCSV(format: workbookFormat)) }
    }

    /// The text to write for `--excel`: the CSV for Excel in the run's language (`;` and decimal commas for
    /// Vietnamese, `,` and decimal points for English), after a byte-order mark; `text` as it is without `--excel`.
    static func excelText(_ text: String, arguments: ParsedArguments, console: Console) -> String {
        guard arguments.flag("excel") else { return text }
        return CSVWriter.excel(text, decimalComma: language(arguments, console) == .vi)
    }

    /// Writes `csv`, the command's CSV output, as a workbook to `--output` (atomically, never over an input).
    static func writeWorkbook(csv: String, arguments: ParsedArguments, inputs: [String], console: inout Console)
        throws(CommandFailure)
    {
        try checkWorkbook(arguments, allowed: spec.options.first { $0.name == "format" }?.allowed ?? [])
        guard let path = outputPath(arguments) else { throw CommandFailure(.workbookNeedsOutput) }
        let isFrameworks = outputName.hasPrefix("frameworks ")
        let language = language(arguments, console)
        let origin = WorkbookOrigin(
            output: outputName,
            frameworks: frameworks(arguments, csv: csv, isFrameworks: isFrameworks),
            commandLine: (["chiso"] + console.arguments.map(shellQuoted)).joined(separator: " "),
            made: console.madeAt ?? utcNow(), inputs: inputs.filter { $0 != "-" && access($0, F_OK) == 0 },
            language: language)
        do {
            let bytes = try XLSXWriter.write(ResultWorkbook.document(csv: csv, origin: origin))
            try OutputFile.write(bytes: bytes, to: path, inputs: inputs, existing: existing(arguments))
        } catch let error as InputError {
            throw CommandFailure(error)
        } catch {
            throw CommandFailure(usage: LocalizedText(vi: "\(error)", en: "\(error)"))
        }
        let cut = ResultWorkbook.fieldsCut(in: csv)
        if cut > 0 {
            let notice = Diagnostic(
                .notice, file: path, FileMessage.cellsCut(count: cut, limit: ResultWorkbook.cellLimit))
            console.printError(notice.description(in: language))
        }
        console.printError(HelpWords.wrote(path).text.text(in: language))
    }

    /// The frameworks a workbook's "Nguồn" sheet names: `--framework`, the frameworks a `frameworks` command was
    /// given, and the built-in frameworks the CSV's `framework` column names; each once.
    static func frameworks(_ arguments: ParsedArguments, csv: String, isFrameworks: Bool) -> [Framework] {
        var references = arguments.values("framework") + (isFrameworks ? arguments.positionals : [])
        let (records, _) = CSVReader.read(Array(csv.utf8), file: "")
        if let column = records.first?.fields.firstIndex(of: OutputOrigin.column) {
            references += records.dropFirst().compactMap { column < $0.fields.count ? $0.fields[column] : nil }
                .filter(FrameworkCatalog.isBuiltIn)
        }
        var seen = Set<String>()
        var frameworks: [Framework] = []
        for reference in references where seen.insert(reference).inserted && reference != "-" {
            guard let framework = try? FrameworkCatalog.load(reference).0 else { continue }
            if !frameworks.contains(where: { $0.id == framework.id }) { frameworks.append(framework) }
        }
        return frameworks
    }

    /// An argument as a shell would need it typed: in single quotes when it holds anything but letters, digits and
    /// `-_./=:,+@%`.
    static func shellQuoted(_ argument: String) -> String {
        let plain =
            !argument.isEmpty
            && argument.unicodeScalars.allSatisfy {
                ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "-_./=:,+@%".unicodeScalars.contains($0))
                    && $0 != " "
            }
        return plain ? argument : "'" + argument.replacing("'", with: "'\\''") + "'"
    }

    /// The time now in UTC, as ISO 8601 to the second (`2026-12-02T06:00:00Z`).
    static func utcNow() -> String {
        var seconds = time(nil)
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))T\(two(parts.tm_hour)):"
            + "\(two(parts.tm_min)):\(two(parts.tm_sec))Z"
    }
}
