public import ChisoCore

/// Reads crosswalk files: JSON with the framework files' conventions (comments and trailing commas allowed, unknown
/// keys are errors with the nearest key suggested, every problem reported at once with its path, line and column).
///
/// ```json
/// {"id": "…", "from": "vn-dti-922-province", "to": "vn-dti-1726-province", "name": {"vi": "…", "en": "…"},
///  "notes": ["…"], "approximation": {"vi": "…", "en": "why the values are not B's quantities (optional)"},
///  "columns": ["so_doanh_nghiep"],
///  "mappings": [{"to": "CQS", "from": ["NT", "HD.CQS"], "aggregate": "mean", "weights": [100, 200], "note": "…"},
///               {"to": "X", "from": "Y", "convert": {"atLeast": 50}, "note": "…"},
///               {"to": "Z", "from": "W", "convert": {"above": 0}, "note": "…"}],
///  "unmapped": [{"to": "NT", "reason": "…"}]}
/// ```
///
/// Each text — a note, a reason, the approximation — is a string, used for both languages, or `{"vi": "…", "en":
/// "…"}`.
public enum CrosswalkDecoder {
    /// A crosswalk as read, with the frameworks it names.
    public struct Loaded: Sendable {
        /// The crosswalk.
        public var crosswalk: Crosswalk
        /// Framework A, whose data it reads.
        public var source: Framework
        /// Framework B, whose columns it fills.
        public var target: Framework
        /// The extra columns of A's data that conversions read (denominators).
        public var columns: [String]
    }

    static let topKeys = ["id", "from", "to", "name", "notes", "approximation", "columns", "mappings", "unmapped"]
    static let mappingKeys = ["to", "from", "convert", "aggregate", "weights", "note"]
    static let conversionKeys = ["atLeast", "above", "percentOf", "scale"]

    /// Decodes a crosswalk; the frameworks it names are loaded with `load` (a built-in ID, or a file beside it).
    ///
    /// - Throws: ``InputError`` with every problem found.
    public static func decode(
        _ text: String, file: String, load: (String) throws(InputError) -> Framework
    ) throws(InputError) -> (Loaded, [Diagnostic]) {
        let root = try ConfigReader.parse(text, file: file)
        let reader = ConfigReader(file: file)
        guard let top = reader.object(root, path: "", allowed: topKeys) else {
            throw InputError(.data, reader.diagnostics)
        }
        let id = top.string("id")
        let name = top.localized("name")
        let notes = (top.array("notes", required: false) ?? []).enumerated().compactMap {
            localizedText($1, path: "notes[\($0)]", reader: reader)
        }
        let approximation = top.node("approximation", required: false).flatMap {
            localizedText($0, path: "approximation", reader: reader)
        }
        if let approximation, [approximation.vi, approximation.en].contains(where: { $0.allSatisfy(\.isWhitespace) }) {
            reader.problem(
                CrosswalkMessage.emptyApproximation, at: top["approximation"],
                path: "approximation")
        }
        let columns = top.strings("columns", required: false) ?? []
        guard let frameworks = loadFrameworks(top, reader: reader, load: load) else {
            throw InputError(.data, reader.diagnostics)
        }
        let (source, target) = frameworks
        var decoder = CrosswalkMappingDecoder(
            reader: reader, source: source, target: target, columns: columns, text: text)
        var mappings: [Crosswalk.Mapping] = []
        for (position, item) in (top.array("mappings", required: false) ?? []).enumerated() {
            if let mapping = decoder.decodeMapping(item, position: position) { mappings.append(mapping) }
        }
        let reasons = decoder.decodeUnmapped(top)
        for (index, key) in decoder.targetKeys.enumerated() where decoder.claimed[index] == nil {
            reader.problem(
                CrosswalkMessage.notCovered(column: key, framework: target.id), at: root,
                path: "unmapped", severity: .warning)
        }
        guard let id, let name, !reader.hasErrors else { throw InputError(.data, reader.diagnostics) }
        let crosswalk = Crosswalk(
            id: id, name: name, notes: notes, sourceMeasures: source.measures, targetMeasures: target.measures,
            mappings: mappings, reasons: reasons, approximation: approximation)
        return (Loaded(crosswalk: crosswalk, source: source, target: target, columns: columns), reader.diagnostics)
    }

    /// Frameworks A (`from`) and B (`to`), loaded; `nil` when either is missing or cannot be loaded (the problem is
    /// reported).
    private static func loadFrameworks(
        _ top: ConfigReader.Members, reader: ConfigReader, load: (String) throws(InputError) -> Framework
    ) -> (source: Framework, target: Framework)? {
        var frameworks: [Framework?] = []
        for key in ["from", "to"] {
            guard let reference = top.string(key) else {
                frameworks.append(nil)
                continue
            }
            do {
                frameworks.append(try load(reference))
            } catch {
                reader.problem(
                    CrosswalkMessage.cannotLoadFramework(reference, reason: error.diagnostics.first?.text),
                    at: top[key], path: key)
                frameworks.append(nil)
            }
        }
        guard let source = frameworks[0], let target = frameworks[1] else { return nil }
        return (source, target)
    }

    /// A text of the crosswalk (a note, a reason, the approximation): a string, used for both languages, or
    /// `{"vi": "…", "en": "…"}`; `nil` when it is neither (the problem is reported).
    static func localizedText(_ node: JSONNode, path: String, reader: ConfigReader) -> LocalizedText? {
        switch node.value {
        case .string(let text): return LocalizedText(vi: text, en: text)
        case .object: return reader.localized(node, path: path)
        default:
            reader.problem(CrosswalkMessage.notText, at: node, path: path)
            return nil
        }
    }

    /// The number token that starts at `position` (line and column counted in Unicode scalars, from 1), as written.
    static func token(at position: SourcePosition, in lines: [Substring]) -> String? {
        guard position.line >= 1, position.line <= lines.count else { return nil }
        let scalars = lines[position.line - 1].unicodeScalars.dropFirst(position.column - 1)
        let token = scalars.prefix { "+-.eE0123456789".unicodeScalars.contains($0) }
        return token.isEmpty ? nil : String(String.UnicodeScalarView(token))
    }
}
