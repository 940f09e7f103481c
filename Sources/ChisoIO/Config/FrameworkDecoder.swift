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
        let root: JSONNode
        do {
            root = try JSONParser.parse(text)
        } catch {
            throw InputError(
                .data,
                [
                    Diagnostic(
                        file: file,
                        line: error.position.line,
                        column: error.position.column,
                        message: "not valid JSON: \(error.message)"
                    )
                ]
            )
        }
        let reader = ConfigReader(file: file)
        let framework = decodeFramework(root, reader: reader)
        guard let framework, !reader.hasErrors else {
            throw InputError(.data, reader.diagnostics)
        }
        return (framework, reader.diagnostics)
    }

    static let topLevelKeys = [
        "id", "scheme", "name", "unitType", "provenance", "childFramework", "levels", "groups", "criteria", "nodes",
        "views", "tiers", "precision",
    ]

    private static func decodeFramework(_ root: JSONNode, reader: ConfigReader) -> Framework? {
        guard let top = reader.object(root, path: "", allowed: topLevelKeys) else { return nil }
        let id = top.string("id")
        if let id, !isValidFrameworkID(id) {
            reader.problem(
                "a framework ID may hold only letters, digits, '-', '_' and '.'",
                at: top["id"],
                path: "id"
            )
        }
        let name = top.localized("name")
        let unitType = top.localized("unitType")
        let provenance = top.node("provenance").flatMap { decodeProvenance($0, reader: reader) }
        let childFramework = top.string("childFramework", required: false)
        let schemeName = top.string("scheme")
        var scheme: (any ScoringScheme)?
        switch schemeName {
        case "levels":
            scheme = LevelSchemeDecoder(reader: reader).decode(top)
        case "points":
            scheme = PointSchemeDecoder(reader: reader).decode(top)
        case nil:
            break
        case let other?:
            var message = "unknown scheme \"\(other)\"; expected \"levels\""
            if let near = NearestMatch.suggestion(for: other, among: ["levels"]) {
                message += " (did you mean \"\(near)\"?)"
            }
            reader.problem(message, at: top["scheme"], path: "scheme")
        }
        guard let id, let name, let unitType, let provenance, let scheme else { return nil }
        return Framework(
            id: id,
            name: name,
            unitType: unitType,
            provenance: provenance,
            childFramework: childFramework,
            scheme: scheme
        )
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
