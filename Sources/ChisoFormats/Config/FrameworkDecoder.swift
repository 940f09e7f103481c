public import ChisoCore

/// Reads framework files: JSON (comments and trailing commas allowed) describing an index, its provenance and
/// its scoring scheme. Every problem of a file is reported at once, each with its path
/// (`criteria[3].requirements[1].atLeast`), line and column.
public enum FrameworkDecoder {
    /// Decodes a framework from the text of a framework file.
    ///
    /// - Parameters:
    ///   - text: The file's contents.
    ///   - file: The file's name, for messages.
    /// - Returns: The framework and any warnings.
    /// - Throws: ``InputError`` with every problem found, when any of them is an error.
    public static func decode(_ text: String, file: String) throws(InputError) -> (Framework, [Diagnostic]) {
        let root = try ConfigReader.parse(text, file: file)
        let reader = ConfigReader(file: file)
        let framework = decodeFramework(root, reader: reader)
        guard let framework, !reader.hasErrors else {
            throw InputError(.data, reader.diagnostics)
        }
        return (framework, reader.diagnostics)
    }

    /// The top-level keys of every framework, whatever its scheme.
    static let commonKeys = ["id", "scheme", "name", "unitType", "provenance", "commonScale"]

    /// The schemes a framework file can name, in the order messages list them.
    static var schemes: [SchemeFormat] { SchemeFormat.registered }

    /// The scheme a framework file names, read before its keys are checked so that they are checked against that
    /// scheme's own keys; `nil` when `"scheme"` is missing, not a string or unknown (decoding it reports why).
    private static func declaredScheme(_ root: JSONNode) -> SchemeFormat? {
        guard case .object(let members) = root.value,
            let member = members.first(where: { $0.key == "scheme" }),
            case .string(let name) = member.value.value
        else { return nil }
        return schemes.first { $0.name == name }
    }

    /// The members of the top-level object. Keys of another scheme than the declared one are errors that name the
    /// scheme they belong to; when the scheme is missing or unknown, the keys of every scheme pass, since which of
    /// them are wrong cannot be told.
    private static func topLevelMembers(_ root: JSONNode, reader: ConfigReader) -> ConfigReader.Members? {
        guard let scheme = declaredScheme(root) else {
            return reader.object(root, path: "", allowed: commonKeys + schemes.flatMap(\.keys))
        }
        var misplaced: [String: any DiagnosticMessage] = [:]
        for other in schemes where other.name != scheme.name {
            for key in other.keys {
                misplaced[key] = FrameworkMessage.foreignKey(
                    key, frameworks: other.frameworks, scheme: scheme.name, fix: scheme.foreignKeyHints[key])
            }
        }
        return reader.object(root, path: "", allowed: commonKeys + scheme.keys, misplaced: misplaced)
    }

    private static func decodeFramework(_ root: JSONNode, reader: ConfigReader) -> Framework? {
        guard let top = topLevelMembers(root, reader: reader) else { return nil }
        let id = top.string("id")
        if let id, !isValidFrameworkID(id) {
            reader.problem(FrameworkMessage.invalidID, at: top["id"], path: "id")
        }
        let name = top.localized("name")
        let unitType = top.localized("unitType")
        let provenance = top.node("provenance").flatMap { decodeProvenance($0, reader: reader) }
        // A key of level frameworks only: in a point framework it is reported above and never reaches here.
        let childFramework = top.string("childFramework", required: false)
        let scheme = decodeScheme(top, reader: reader)
        let commonScale = decodeCommonScale(top, scheme: scheme, reader: reader)
        if let scheme {
            let list = top["criteria"] != nil ? "criteria" : "nodes"
            reader.checkDistinctColumns(scheme.measures, at: top[list], path: list)
        }
        guard let id, let name, let unitType, let provenance, let scheme else { return nil }
        return Framework(
            id: id,
            name: name,
            unitType: unitType,
            provenance: provenance,
            childFramework: childFramework,
            scheme: scheme,
            commonScale: commonScale
        )
    }

    /// The scheme the framework names, decoded by its format; `nil` with a problem reported when the name is
    /// unknown (with the nearest name suggested) or the scheme cannot be built.
    private static func decodeScheme(_ top: ConfigReader.Members, reader: ConfigReader) -> (any ScoringScheme)? {
        guard let schemeName = top.string("scheme") else { return nil }
        if let format = schemes.first(where: { $0.name == schemeName }) {
            return format.decode(top, reader)
        }
        let names = schemes.map(\.name)
        reader.problem(
            FrameworkMessage.unknownScheme(
                schemeName, expected: names, suggestion: NearestMatch.suggestion(for: schemeName, among: names)),
            at: top["scheme"], path: "scheme")
        return nil
    }

    /// The optional `commonScale`, checked to be a known one that fits `scheme`; `nil` when absent or unknown.
    private static func decodeCommonScale(
        _ top: ConfigReader.Members, scheme: (any ScoringScheme)?, reader: ConfigReader
    ) -> CommonScale? {
        guard let declared = top.string("commonScale", required: false) else { return nil }
        guard let known = CommonScale(rawValue: declared) else {
            let names = CommonScale.allCases.map(\.rawValue)
            reader.problem(
                FrameworkMessage.unknownCommonScale(declared, expected: names), at: top["commonScale"],
                path: "commonScale")
            return nil
        }
        if let scheme, !known.fits(scheme) {
            reader.problem(
                known == .classes ? FrameworkMessage.commonScaleNeedsClasses : .commonScaleNeedsIndex,
                at: top["commonScale"], path: "commonScale")
        }
        return known
    }

    static func isValidFrameworkID(_ id: String) -> Bool {
        !id.isEmpty
            && id.unicodeScalars.allSatisfy {
                ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0)
                    || "-_.".unicodeScalars.contains($0)
            }
    }

    private static func decodeProvenance(_ node: JSONNode, reader: ConfigReader) -> Provenance? {
        let allowed = ["decision", "date", "issuer", "title", "part", "notes"]
        guard let members = reader.object(node, path: "provenance", allowed: allowed) else { return nil }
        let decision = members.string("decision")
        let date = members.string("date")
        let issuer = members.localized("issuer")
        let title = members.localized("title")
        let part = members.string("part", required: false)
        let notes = members.strings("notes", required: false) ?? []
        guard let decision, let date, let issuer, let title else { return nil }
        return Provenance(decision: decision, date: date, issuer: issuer, title: title, part: part, notes: notes)
    }
}
