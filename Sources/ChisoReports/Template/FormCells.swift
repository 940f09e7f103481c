package import ChisoCore
package import ChisoFormats

/// The cells a person fills in the data-collection workbooks: their look, what they accept (data validation, only
/// words and numbers ``CellParser`` reads) and the message shown on entering them.
package enum FormCells {
    /// The most characters Excel shows in an input message.
    package static let promptLimit = 255

    /// The look of a cell to fill: shaded, unlocked; IDs as text, so that `00123` keeps its zeros.
    package static func input(text: Bool = false) -> CellStyle {
        CellStyle(format: text ? .text : .general, fill: .input, isLocked: false)
    }

    /// What a cell of `measure` accepts, or `nil` where no validation fits (any number).
    ///
    /// Yes/no cells take `Có`/`Không` (`Yes`/`No` in English), and `KAD` where the criterion is conditional; a choice
    /// takes its answers' names; percentages 0–100; counts whole from 0; ratios 0–1; points 0 to the maximum; a
    /// conditional number takes `KAD` too, through a formula on `cell` (the first cell of the range).
    package static func rule(for measure: Measure, at cell: CellReference, language: Language)
        -> DataValidation.Rule?
    {
        let kad = TemplateWords.notApplicable.text.text(in: language)
        let listed = measure.isConditional ? [kad] : []
        let bounds: (Double, Double)?
        switch measure.kind {
        case .yesNo:
            return .list(
                [TemplateWords.yes.text.text(in: language), TemplateWords.no.text.text(in: language)] + listed)
        case .choice:
            return .list(measure.categories.map { $0.name.text(in: language) } + listed)
        case .percent: bounds = (0, 100)
        case .ratio: bounds = (0, 1)
        case .points: bounds = measure.maximum.map { (0, $0) }
        case .count:
            guard measure.isConditional else { return .whole(minimum: 0, maximum: Int(Int32.max)) }
            let cell = cell.description
            return .custom(
                "OR(AND(ISNUMBER(\(cell)),\(cell)>=0,\(cell)=INT(\(cell))),UPPER(TRIM(\(cell)))=\"\(kad)\")")
        case .number: bounds = nil
        }
        guard let (minimum, maximum) = bounds else { return nil }
        guard measure.isConditional else { return .decimal(minimum: minimum, maximum: maximum) }
        // A number in bounds, or KAD: a formula, as Excel's lists and bounds cannot be combined.
        let (cell, low, high) = (cell.description, NumberText.shortest(minimum), NumberText.shortest(maximum))
        return .custom(
            "OR(AND(ISNUMBER(\(cell)),\(cell)>=\(low),\(cell)<=\(high)),UPPER(TRIM(\(cell)))=\"\(kad)\")")
    }

    /// The input message of `entry`: its name, its unit, what may be typed, then what is asked under each of
    /// `headings`, cut between words to Excel's 255 characters.
    package static func prompt(_ entry: FormEntry, headings: [LocalizedText], language: Language) -> String {
        let head = [
            shortened(entry.name.text(in: language), limit: nameLimit),
            UnitForm.Column.unit.headings.text(in: language) + ": " + entry.unit.text(in: language),
            TemplateWords.allowed(entry.measure, language: language),
        ]
        let details = zip(headings, entry.details).map { ($0.text(in: language), $1.text(in: language)) }
        let full = head + details.map { $0 + ": " + $1 }
        if full.joined(separator: "\n").count <= promptLimit { return full.joined(separator: "\n") }
        // Too long: level headings without their names (`Mức 1: ≥20%`), then cut between words.
        let short =
            head
            + details.map { heading, detail in
                String(heading.split(separator: " — ", maxSplits: 1).first ?? Substring(heading)) + ": " + detail
            }
        return shortened(short.joined(separator: "\n"), limit: promptLimit)
    }

    /// The most characters of a name in an input message, so that what is asked still shows.
    static let nameLimit = 80

    /// The validation of the cells `ranges` that hold `entry`: its rule where one fits, else only its message.
    package static func validation(
        _ entry: FormEntry, headings: [LocalizedText], ranges: [CellRange], language: Language
    ) -> DataValidation {
        let corner = ranges.isEmpty ? CellReference(row: 1, column: 1) : ranges[0].first
        let fitting = rule(for: entry.measure, at: corner, language: language)
        return DataValidation(
            ranges: ranges, rule: fitting ?? .anyValue, promptTitle: entry.measure.key,
            prompt: prompt(entry, headings: headings, language: language),
            errorTitle: TemplateWords.notAllowedTitle.text.text(in: language),
            error: TemplateWords.notAllowed(entry.measure, language: language))
    }

    /// The height in points of a row whose cells wrap `texts` in columns of the given widths (in characters), as
    /// spreadsheets do not fit rows to wrapped text when they open a file: 15 points a line, a line being about the
    /// column's width in characters.
    package static func rowHeight(_ texts: [(text: String, width: Double)]) -> Double {
        let lines = texts.map { text, width in
            text.split(separator: "\n", omittingEmptySubsequences: false).reduce(0) { count, line in
                count + max(1, Int((Double(line.count) / max(width - 1, 1)).rounded(.up)))
            }
        }
        return Double(max(lines.max() ?? 1, 1)) * 15
    }

    /// `text` cut to at most `limit` characters, between words, ending in `…` when cut.
    package static func shortened(_ text: String, limit: Int) -> String {
        guard text.count > limit else { return text }
        let head = text.prefix(limit - 1)
        let cut = head.lastIndex(where: { $0 == " " || $0 == "\n" }).map { head[..<$0] } ?? head
        return cut + "…"
    }
}
