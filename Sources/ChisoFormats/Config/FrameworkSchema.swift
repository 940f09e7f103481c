import ChisoCore

/// The JSON Schema of framework files (`chiso frameworks schema`, `frameworks/chiso-framework.schema.json`),
/// assembled from the part every framework shares, below, and the fragment of each registered scheme, kept in the
/// scheme's own folder (``SchemeFormat/schema``). The schema lists the schemes in the `"scheme"` enum, holds each
/// scheme's keys and definitions, and, for a framework of one scheme, requires that scheme's keys, applies its
/// conditions and forbids the keys of every other.
///
/// It is written in draft-07, the draft editors support fully (VS Code does not evaluate draft 2020-12's
/// `unevaluatedProperties`): every object that is closed lists all of its keys beside `additionalProperties: false`,
/// and definitions are `definitions`. It says `allowComments` and `allowTrailingCommas`, VS Code's own keywords, so
/// that a `.json` framework with comments, as `chiso frameworks new` writes it, is not flagged.
package enum FrameworkSchema {
    /// The name of the schema file, which framework files name in `$schema` and `chiso frameworks new` writes beside
    /// a starter.
    package static let fileName = "chiso-framework.schema.json"

    /// The keys a scheme's fragment may hold.
    private static let fragmentKeys = ["description", "properties", "required", "allOf", "definitions"]

    /// The schema's text for the schemes `formats`, in their order, laid out as the fragments are.
    ///
    /// - Throws: ``InputError`` when a scheme's fragment is not valid JSON, holds keys other than `description`,
    ///   `properties`, `required`, `allOf` and `definitions`, or does not describe exactly the scheme's keys.
    package static func text(for formats: [SchemeFormat] = SchemeFormat.registered) throws(InputError) -> String {
        var schema = try LaidOutJSON.parse(common, file: fileName)
        var summaries: [String] = []
        var properties: [LaidOutJSON.Item] = []
        var definitions: [LaidOutJSON.Item] = []
        var clauses: [LaidOutJSON.Item] = []
        for format in formats {
            let fragment = try fragment(of: format)
            if case .scalar(.string(let summary))? = fragment["description"] { summaries.append(summary) }
            properties += fragment["properties"]?.items ?? []
            definitions += fragment["definitions"]?.items ?? []
            clauses.append(LaidOutJSON.Item(clause(for: format, fragment: fragment, among: formats), startsLine: true))
        }
        schema["description"] = .scalar(.string(descriptionOpening + listed(summaries) + descriptionClosing))
        schema["properties"]?["scheme"] = .object(["enum": .strings(formats.map(\.name))])
        schema["properties"]?.append(contentsOf: properties)
        schema["allOf"] = .array(clauses)
        schema["definitions"]?["theme"]?["enum"] = .strings(Theme.vocabulary.map(\.id))
        schema["definitions"]?.append(contentsOf: definitions)
        return schema.written()
    }

    /// The fragment of `format`, checked to hold only what a fragment may and to describe exactly its keys.
    private static func fragment(of format: SchemeFormat) throws(InputError) -> LaidOutJSON {
        let file = "the \(format.name) scheme's schema fragment"
        let fragment = try LaidOutJSON.parse(format.schema, file: file)
        let unknown = fragment.items.compactMap(\.key).filter { !fragmentKeys.contains($0) }
        let described = fragment["properties"]?.items.compactMap(\.key) ?? []
        if !unknown.isEmpty {
            throw InputError(.data, file: file, FrameworkMessage.fragmentUnknownKeys(unknown))
        }
        if Set(described) != Set(format.keys) || described.count != format.keys.count {
            throw InputError(
                .data, file: file,
                FrameworkMessage.fragmentProperties(
                    described: described, frameworks: format.frameworks, keys: format.keys))
        }
        return fragment
    }

    /// The clause that, in a framework of `format`, forbids the keys of the other schemes among `formats`, and
    /// requires the keys and applies the conditions (`required`, `allOf`) of the scheme's fragment.
    private static func clause(for format: SchemeFormat, fragment: LaidOutJSON, among formats: [SchemeFormat])
        -> LaidOutJSON
    {
        let foreign = formats.filter { $0.name != format.name }.flatMap(\.keys).filter { !format.keys.contains($0) }
        let forbidden = LaidOutJSON.object(foreign.map { LaidOutJSON.Item(key: $0, .scalar(.bool(false))) })
        let then = [("properties", forbidden), ("required", fragment["required"]), ("allOf", fragment["allOf"])]
            .compactMap { key, value in value.map { (key, $0) } }
        return .object(
            [
                "if": .object(
                    [
                        "required": .strings(["scheme"]),
                        "properties": .object(["scheme": .object(["const": .scalar(.string(format.name))])]),
                    ]),
                "then": .object(then.map { LaidOutJSON.Item(key: $0, $1, startsLine: then.count > 1) }),
            ], broken: true)
    }

    /// `a`, `a or b`, `a, b or c`.
    private static func listed(_ items: [String]) -> String {
        guard let last = items.last, items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " or " + last
    }

    private static let descriptionOpening = "An index definition for chiso: "
    private static let descriptionClosing =
        ". chiso also accepts // and /* */ comments and trailing commas. Check a file with: chiso frameworks validate FILE"

    /// The part every framework shares. The generator fills in the empty `description`, `scheme` enum, `allOf` and
    /// `theme` enum, and adds each scheme's properties and definitions after the shared ones. `allowComments` and
    /// `allowTrailingCommas` are VS Code's keywords; other validators ignore them.
    private static let common = #"""
        {
          "$schema": "http://json-schema.org/draft-07/schema#",
          "$id": "chiso-framework.schema.json",
          "title": "chiso framework file",
          "description": "",
          "allowComments": true,
          "allowTrailingCommas": true,
          "type": "object",
          "required": ["id", "scheme", "name", "unitType", "provenance"],
          "properties": {
            "$schema": {"type": "string"},
            "id": {"type": "string", "pattern": "^[A-Za-z0-9._-]+$", "description": "Framework ID; the built-in file name without .json."},
            "scheme": {"enum": []},
            "name": {"$ref": "#/definitions/text"},
            "unitType": {"$ref": "#/definitions/text", "description": "The kind of unit assessed: commune, district, department, province."},
            "provenance": {
              "type": "object",
              "required": ["decision", "date", "issuer", "title"],
              "properties": {
                "decision": {"type": "string", "description": "Document number, e.g. 2361/QĐ-BTTTT."},
                "date": {"type": "string", "description": "Date of issue, YYYY-MM-DD."},
                "issuer": {"$ref": "#/definitions/text"},
                "title": {"$ref": "#/definitions/text"},
                "part": {"type": "string"},
                "notes": {"type": "array", "items": {"type": "string"}, "description": "Choices made, and what the sources leave unknown."}
              },
              "additionalProperties": false
            },
            "commonScale": {"enum": ["classes", "index"], "description": "How outcomes sit on the common 0–1 scale that comparisons use: classes (the class reached over the number of classes; the default when the framework has levels or tiers) or index (points over the maximum; the default for a point framework without tiers)."},
          },
          "patternProperties": {"^\\$": {}},
          "additionalProperties": false,
          "allOf": [],
          "definitions": {
            "theme": {"enum": [], "description": "The criterion's or node's theme in chiso's shared vocabulary, for comparing frameworks (frameworks compare); optional."},
            "text": {
              "type": "object",
              "required": ["vi", "en"],
              "properties": {"vi": {"type": "string"}, "en": {"type": "string"}},
              "additionalProperties": false
            },
            "measure": {"enum": ["percent", "count", "yesNo", "points", "ratio", "number"]}
          }
        }
        """#
}
