package import ChisoCore
package import ChisoFormats
package import ChisoReports

/// A dataset translated from framework A to framework B by a crosswalk, with the coverage of B's inputs: which were
/// filled, from what, and which remain missing and why. Without data, the coverage of B by A alone.
package struct CrosswalkRun: Sendable {
    /// One of B's inputs: how the crosswalk fills it, and for data, for how many units.
    package typealias Coverage = CrosswalkReport.Line

    /// The crosswalk and its frameworks.
    package var loaded: CrosswalkDecoder.Loaded
    /// The translated units (B's values), when data was given.
    package var units: [Assessment]
    /// Per unit, what became of each of B's inputs.
    package var fills: [[Crosswalk.Fill]]
    /// Whether data was translated.
    package var translatedData: Bool
    /// The coverage of each of B's inputs, in B's column order.
    package var coverage: [Coverage] {
        CrosswalkReport.lines(loaded.crosswalk.coverage(fills: translatedData ? fills : nil), of: loaded.crosswalk)
    }
    /// Warnings met while reading.
    package var warnings: [Diagnostic]
    /// With data, why B's values are an approximation: the crosswalk's reason when it is one (accepted with
    /// `--accept-approximation`), and the data's own when it was already one; `nil` otherwise. The written file
    /// carries it in its `approximation` column.
    package var approximation: String?

    /// The crosswalks shipped with chiso, by ID (`frameworks/ID.crosswalk.json`).
    package static var builtIn: [String] {
        FrameworkCatalog.embeddedNames.filter { $0.hasSuffix(".crosswalk.json") }.map {
            String($0.dropLast(".crosswalk.json".count))
        }
    }

    /// Loads a crosswalk: a built-in ID or a file; the frameworks it names are built-in IDs or files beside it.
    package static func load(_ reference: String) throws(InputError) -> (CrosswalkDecoder.Loaded, [Diagnostic]) {
        let text: String
        if let embedded = FrameworkCatalog.embeddedFile(named: "\(reference).crosswalk.json") {
            text = embedded
        } else if reference.hasSuffix(".json") || reference.contains("/") {
            text = try InputFile.readText(reference)
        } else {
            let near = NearestMatch.suggestion(for: reference, among: builtIn)
            throw InputError(
                .usage, file: reference,
                CrosswalkRunMessage.unknownCrosswalk(reference: reference, builtIn: builtIn, suggestion: near))
        }
        let base = builtIn.contains(reference) ? "vn-2361-commune" : reference
        return try CrosswalkDecoder.decode(text, file: reference) { (name: String) throws(InputError) -> Framework in
            try FrameworkCatalog.load(FrameworkCatalog.childReference(name, of: base)).0
        }
    }

    /// Runs a crosswalk on the inputs of `chiso crosswalk`: with a data file, translates it; without, reports the
    /// coverage alone.
    ///
    /// - Parameters:
    ///   - inputs: A's data file, if values are to be translated, and how it is read.
    ///   - options: The crosswalk, and whether an approximation is accepted.
    /// - Throws: ``InputError`` (usage) for an approximation not accepted, or the problems of the files.
    static func run(_ inputs: ScoringInputs, _ options: Options) throws(InputError) -> CrosswalkRun {
        try run(
            map: options.map, data: inputs.dataFiles.first, reading: inputs.reading,
            acceptApproximation: options.acceptApproximation)
    }

    /// Runs a crosswalk: with `data`, translates it; without, reports the coverage alone.
    ///
    /// - Parameters:
    ///   - reference: The crosswalk: a built-in ID or a file.
    ///   - data: A's assessment file, if values are to be translated.
    ///   - reading: How the data is read.
    ///   - acceptApproximation: Whether the user accepts a crosswalk whose values are an approximation
    ///     (``Crosswalk/approximation``); without it such a crosswalk translates no data.
    /// - Throws: ``InputError`` (usage) for an approximation not accepted, or the problems of the files.
    package static func run(
        map reference: String, data: String?, reading: ReadingOptions = ReadingOptions(),
        acceptApproximation: Bool = false
    ) throws(InputError) -> CrosswalkRun {
        let (loaded, earlier) = try load(reference)
        var warnings = earlier
        if let data {
            warnings += try approximationWarnings(loaded, reference: reference, accepted: acceptApproximation)
            let (units, fills, approximation, notes) = try translate(
                data, loaded, reading: reading, earlier: warnings)
            return CrosswalkRun(
                loaded: loaded, units: units, fills: fills, translatedData: true, warnings: warnings + notes,
                approximation: approximation)
        }
        return CrosswalkRun(
            loaded: loaded, units: [], fills: [], translatedData: false, warnings: warnings, approximation: nil)
    }

    /// For a crosswalk that is an approximation: a usage error unless the user accepted it, and then the warning
    /// that says so.
    private static func approximationWarnings(_ loaded: CrosswalkDecoder.Loaded, reference: String, accepted: Bool)
        throws(InputError)
        -> [Diagnostic]
    {
        let crosswalk = loaded.crosswalk
        guard let why = crosswalk.approximation else { return [] }
        guard accepted else {
            throw InputError(
                .usage, file: reference,
                CrosswalkRunMessage.approximationRefused(crosswalk: crosswalk.id, why: why))
        }
        return [
            Diagnostic(
                .warning, file: reference,
                CrosswalkRunMessage.approximationAccepted(target: loaded.target.id, why: why))
        ]
    }

    /// A's data translated into B's: the units, what each conversion filled, the approximation the output is, and
    /// the warnings of the data.
    private static func translate(
        _ data: String, _ loaded: CrosswalkDecoder.Loaded, reading: ReadingOptions, earlier: [Diagnostic]
    ) throws(InputError)
        -> (units: [Assessment], fills: [[Crosswalk.Fill]], approximation: String?, warnings: [Diagnostic])
    {
        let crosswalk = loaded.crosswalk
        let scheme = loaded.source.scheme
        var options = reading
        if !loaded.columns.isEmpty { options.extraColumns = .keep }
        let table = AssessmentLoader.load(
            try InputFile.readBytes(data), file: data, measures: scheme.measures,
            levelCount: scheme.classes.count, options: options, framework: loaded.source)
        var (errors, warnings) = columnProblems(table, loaded, data: data, reading: reading)
        let (perRow, denominatorErrors) = denominators(table, loaded, data: data)
        errors += denominatorErrors
        guard errors.isEmpty else { throw InputError(.data, table.placed(errors + earlier + warnings, file: data)) }
        let reasons = [table.approximation, crosswalk.approximation.map { "\(crosswalk.id): \($0.en)" }]
        let approximation = reasons.contains { $0 != nil } ? reasons.compactMap { $0 }.joined(separator: " ") : nil
        // A registered level is a class of A; it is carried only when B has the same classes.
        let sameClasses = loaded.source.scheme.classes == loaded.target.scheme.classes
        if !sameClasses, table.assessments.contains(where: { $0.unit.registeredLevel != nil }) {
            warnings.append(
                Diagnostic(
                    .warning, file: data, field: "registered_level",
                    CrosswalkRunMessage.registeredLevelsLeftOut(source: loaded.source.id, target: loaded.target.id)))
        }
        var units: [Assessment] = []
        var fills: [[Crosswalk.Fill]] = []
        for (row, assessment) in table.assessments.enumerated() {
            var assessment = assessment
            if !sameClasses { assessment.unit.registeredLevel = nil }
            let (values, unitFills) = crosswalk.translate(assessment.values, columns: perRow[row])
            units.append(Assessment(unit: assessment.unit, values: values))
            fills.append(unitFills)
        }
        return (units, fills, approximation, table.placed(warnings, file: data))
    }

    /// The data's columns against the framework's and the crosswalk's: unknown columns (errors) and denominators
    /// the crosswalk reads that the data lacks (warnings), after the data's own problems.
    private static func columnProblems(
        _ table: AssessmentTable, _ loaded: CrosswalkDecoder.Loaded, data: String, reading: ReadingOptions
    )
        -> (errors: [Diagnostic], warnings: [Diagnostic])
    {
        var errors = table.diagnostics.filter { $0.severity == .error }
        var warnings = table.diagnostics.filter { $0.severity != .error }
        let wanted = Set(loaded.columns.map { $0.lowercased() })
        for column in table.extraColumns
        where !wanted.contains(column.lowercased()) && reading.extraColumns == .refuse {
            errors.append(
                Diagnostic(
                    file: data, line: 1, field: column,
                    CrosswalkRunMessage.unknownColumn(source: loaded.source.id)))
        }
        for column in loaded.columns
        where !table.extraColumns.contains(where: { $0.lowercased() == column.lowercased() }) {
            warnings.append(
                Diagnostic(
                    .warning, file: data, field: column,
                    CrosswalkRunMessage.absentDenominator))
        }
        return (errors, warnings)
    }

    /// Each row's denominators, by column. Denominators are counts, read as a data cell of a count is: 1.000 is
    /// refused with a hint, not read as 1.
    private static func denominators(_ table: AssessmentTable, _ loaded: CrosswalkDecoder.Loaded, data: String)
        -> (values: [[String: Double?]], errors: [Diagnostic])
    {
        var errors: [Diagnostic] = []
        var denominators: [[String: Double?]] = []
        for row in table.assessments.indices {
            var columns: [String: Double?] = [:]
            for column in loaded.columns {
                guard
                    let position = table.extraColumns.firstIndex(where: { $0.lowercased() == column.lowercased() }),
                    row < table.extraValues.count, position < table.extraValues[row].count
                else { continue }
                let text = table.extraValues[row][position]
                switch CellParser.read(text, kind: .count, maximum: nil) {
                case .value(let value): columns[column] = value
                case .missing: columns[column] = .some(nil)
                case .invalid(let message):
                    errors.append(
                        Diagnostic(
                            file: data, line: row < table.lines.count ? table.lines[row] : nil, field: column,
                            value: text,
                            CrosswalkRunMessage.badDenominator(problem: LocalizedText(vi: message, en: message))))
                }
            }
            denominators.append(columns)
        }
        return (denominators, errors)
    }

    /// What the crosswalk did, as the report reads it.
    var translation: CrosswalkReport.Translation {
        CrosswalkReport.Translation(
            crosswalk: loaded.crosswalk, source: loaded.source.id, target: loaded.target.id,
            fills: translatedData ? fills : nil, approximation: approximation)
    }

    /// The coverage as a report: a table, tidy CSV or JSON (``CrosswalkReport``).
    package func coverageReport(format: OutputFormat, language: Language = .en) -> String {
        CrosswalkReport.coverage(translation, format: format, language: language)
    }

    /// One paragraph: how much of B the crosswalk fills.
    package var summary: String { CrosswalkReport.summary(translation) }

    /// One paragraph: how much of B the crosswalk fills, in `language`.
    package func summary(in language: Language) -> String { CrosswalkReport.summary(translation, language: language) }
}

extension CrosswalkRun {
    /// The choices of `chiso crosswalk` besides its inputs: the crosswalk (`--map`), whether only its coverage is
    /// reported (`--coverage`), and whether an approximation is accepted (`--accept-approximation`).
    struct Options: Sendable {
        var map: String
        var coverage: Bool
        var acceptApproximation: Bool
    }
}
