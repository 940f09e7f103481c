public import ChisoCore
public import ChisoFormats

/// Renders a crosswalk's coverage of B's inputs — which are filled, from what, how, and which remain missing and
/// why — as a table, tidy CSV or JSON, and the paragraph that sums it up.
public enum CrosswalkReport {
    /// One of B's inputs as the coverage shows it.
    public struct Line: Sendable, Hashable {
        /// B's input column.
        public var target: String
        /// `mapped`, `approximate` (mapped by a crosswalk that is an approximation) or `unmapped`.
        public var status: String
        /// A's columns it is made from.
        public var sources: [String]
        /// How: `same`, `atLeast 50`, `percentOf COLUMN`, `scale 100`, `mean`, `min`, …
        public var how: String
        /// The crosswalk's note or reason, in both languages.
        public var note: LocalizedText
        /// With data: units whose value was filled.
        public var filled: Int?
        /// With data: units left missing.
        public var missing: Int?
    }

    /// What the crosswalk did: the crosswalk, its frameworks' IDs, and with data what became of the units.
    public struct Translation: Sendable {
        /// The crosswalk.
        public var crosswalk: Crosswalk
        /// A's framework ID.
        public var source: String
        /// B's framework ID.
        public var target: String
        /// With data, per unit translated, what became of each of B's inputs; `nil` without data.
        public var fills: [[Crosswalk.Fill]]?
        /// With data, why B's values are an approximation; `nil` otherwise.
        public var approximation: String?

        /// Creates the value from its parts.
        public init(
            crosswalk: Crosswalk, source: String, target: String, fills: [[Crosswalk.Fill]]?,
            approximation: String? = nil
        ) {
            self.crosswalk = crosswalk
            self.source = source
            self.target = target
            self.fills = fills
            self.approximation = approximation
        }
    }

    /// The columns of `crosswalk --coverage --format csv`: `frameworks` names A and B, `A;B`.
    public static let coverageColumns = [
        "to", "status", "from", "how", "units_filled", "units_missing", "note", "frameworks",
    ]

    /// Each of B's inputs as the coverage shows it.
    ///
    /// - Parameters:
    ///   - coverage: The core's coverage (``Crosswalk/coverage(fills:)``).
    ///   - crosswalk: The crosswalk.
    public static func lines(_ coverage: [Crosswalk.Coverage], of crosswalk: Crosswalk) -> [Line] {
        coverage.map { item in
            let target = crosswalk.targetMeasures[item.target].key
            guard let mapping = item.mapping else {
                return Line(
                    target: target, status: "unmapped", sources: [], how: "",
                    note: item.reason ?? AdapterWords.noReason.text,
                    filled: item.filled, missing: item.missing)
            }
            return Line(
                target: target, status: crosswalk.approximation == nil ? "mapped" : "approximate",
                sources: mapping.sources.map { crosswalk.sourceMeasures[$0].key }, how: how(mapping),
                note: mapping.note, filled: item.filled, missing: item.missing)
        }
    }

    /// How a mapping makes its value: its aggregation of several sources, then its conversion.
    private static func how(_ mapping: Crosswalk.Mapping) -> String { AdapterWords.how(mapping).en }

    /// The coverage as a report: a table, tidy CSV or JSON.
    ///
    /// - Parameters:
    ///   - translation: What the crosswalk did.
    ///   - format: The output format.
    ///   - language: The language of the table and Markdown reports (CSV and JSON are the same in both).
    /// - Returns: The text.
    public static func coverage(_ translation: Translation, format: OutputFormat, language: Language = .en) -> String {
        let (crosswalk, source, target) = (translation.crosswalk, translation.source, translation.target)
        let coverage = lines(crosswalk.coverage(fills: translation.fills), of: crosswalk)
        let rows = coverage.map { item in
            [
                item.target, item.status, item.sources.joined(separator: ";"), item.how,
                item.filled.map(String.init) ?? "", item.missing.map(String.init) ?? "", item.note.en,
                "\(source);\(target)",
            ]
        }
        switch format {
        case .csv:
            return CSVWriter.document(header: coverageColumns, rows: rows)
        case .json:
            var root = JSONObjectBuilder()
            root.add("crosswalk", crosswalk.id)
            root.add("from", source)
            root.add("to", target)
            root.add("approximation", crosswalk.approximation?.en)
            let units = translation.fills?.count ?? 0
            root.add(
                "made_by",
                OutputOrigin.json(
                    frameworks: [source, target],
                    parameters: [(name: "map", value: crosswalk.id)]
                        + (units == 0 ? [] : [(name: "units", value: String(units))]),
                    approximation: translation.approximation))
            root.add(
                "coverage",
                .objects(rows) { row, object in
                    object.add(row: row, columns: Array(coverageColumns.dropLast())) { $0.hasPrefix("units_") }
                })
            return JSONWriter.write(root.value)
        case .table, .markdown:
            let say = { (words: AdapterWords) in words.text.text(in: language) }
            let numbers = Numerals.text(language)
            let withData = (translation.fills?.count ?? 0) > 0
            let header =
                [say(.toColumn), say(.fromColumn), say(.howColumn)]
                + (withData ? [say(.filledColumn), say(.missingColumn)] : []) + [say(.noteColumn)]
            let mappings = crosswalk.coverage(fills: translation.fills).map(\.mapping)
            let shown = zip(coverage, mappings).map { item, mapping -> [String] in
                let note = item.note.text(in: language)
                return [
                    item.target, item.status == "unmapped" ? "—" : item.sources.joined(separator: ", "),
                    mapping.map { AdapterWords.how($0).text(in: language) } ?? "",
                ]
                    + (withData ? [numbers.integer(item.filled ?? 0), numbers.integer(item.missing ?? 0)] : [])
                    + [DisplayText.shortened(note, limit: 70)]
            }
            let table = TextTable(header: header, rows: shown, rightAligned: withData ? [3, 4] : [])
            return "\(crosswalk.id): \(source) → \(target)\n\n"
                + (format == .markdown ? table.markdown() : table.plainText()) + "\n"
                + summary(translation, language: language) + "\n"
        }
    }

    /// One paragraph: how much of B the crosswalk fills, in `language`.
    public static func summary(_ translation: Translation, language: Language = .en) -> String {
        let units = translation.fills?.count ?? 0
        let coverage = translation.crosswalk.coverage(fills: translation.fills)
        let lost = (translation.fills ?? []).joined().filter {
            if case .sourceMissing = $0 { return true }
            if case .cannotConvert = $0 { return true }
            return false
        }.count
        return AdapterWords.summary(
            source: translation.source, target: translation.target, inputs: coverage.count,
            mapped: coverage.filter { $0.mapping != nil }.count,
            approximation: translation.crosswalk.approximation,
            units: units, filled: coverage.reduce(0) { $0 + ($1.filled ?? 0) }, lost: lost
        ).text(in: language)
    }
}
