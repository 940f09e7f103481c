import ChisoCore

/// The JSON Schema of framework files (`chiso frameworks schema`, `frameworks/chiso-framework.schema.json`),
/// assembled from the part every framework shares, below, and the fragment of each registered scheme, kept in the
/// scheme's own folder (``SchemeFormat/schema``). The schema lists the schemes in the `"scheme"` enum, holds each
/// scheme's keys and definitions, and forbids in a framework of one scheme the keys of every other.
package enum FrameworkSchema {
    /// The schema's text for the schemes `formats`, in their order, laid out as the fragments are.
    ///
    /// - Throws: ``InputError`` when a scheme's fragment is not valid JSON, holds keys other than `description`,
    ///   `properties` and `$defs`, or does not describe exactly the scheme's keys.
    package static func text(for formats: [SchemeFormat] = SchemeFormat.registered) throws(InputError) -> String {
        var schema = try LaidOutJSON.parse(common, file: "chiso-framework.schema.json")
        var summaries: [String] = []
        var properties: [LaidOutJSON.Item] = []
        var definitions: [LaidOutJSON.Item] = []
        for format in formats {
            let fragment = try fragment(of: format)
            if case .scalar(.string(let summary))? = fragment["description"] { summaries.append(summary) }
            properties += fragment["properties"]?.items ?? []
            definitions += fragment["$defs"]?.items ?? []
        }
        schema["description"] = .scalar(.string(descriptionOpening + listed(summaries) + descriptionClosing))
        schema["properties"]?["scheme"] = .object(["enum": .strings(formats.map(\.name))])
        schema["properties"]?.append(contentsOf: properties)
        schema["allOf"] = .array(
            formats.map { LaidOutJSON.Item(exclusions(for: $0, among: formats), startsLine: true) })
        schema["$defs"]?["theme"]?["enum"] = .strings(Theme.vocabulary.map(\.id))
        schema["$defs"]?.append(contentsOf: definitions)
        return schema.written()
    }

    /// The fragment of `format`, checked to hold only what a fragment may and to describe exactly its keys.
    private static func fragment(of format: SchemeFormat) throws(InputError) -> LaidOutJSON {
        let file = "the \(format.name) scheme's schema fragment"
        let fragment = try LaidOutJSON.parse(format.schema, file: file)
        let unknown = fragment.items.compactMap(\.key).filter { !["description", "properties", "$defs"].contains($0) }
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

    /// The clause that, in a framework of `format`, forbids the keys of the other schemes among `formats`.
    private static func exclusions(for format: SchemeFormat, among formats: [SchemeFormat]) -> LaidOutJSON {
        let foreign = formats.filter { $0.name != format.name }.flatMap(\.keys).filter { !format.keys.contains($0) }
        let forbidden = LaidOutJSON.object(foreign.map { LaidOutJSON.Item(key: $0, .scalar(.bool(false))) })
        return .object(
            [
                "if": .object(
                    [
                        "required": .strings(["scheme"]),
                        "properties": .object(["scheme": .object(["const": .scalar(.string(format.name))])]),
                    ]),
                "then": .object(["properties": forbidden]),
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
    /// `theme` enum, and adds each scheme's properties and definitions after the shared ones.
    private static let common = #"""
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "$id": "chiso-framework.schema.json",
          "title": "chiso framework file",
          "description": "",
          "type": "object",
          "required": ["id", "scheme", "name", "unitType", "provenance"],
          "properties": {
            "$schema": {"type": "string"},
            "id": {"type": "string", "pattern": "^[A-Za-z0-9._-]+$", "description": "Framework ID; the built-in file name without .json."},
            "scheme": {"enum": []},
            "name": {"$ref": "#/$defs/text"},
            "unitType": {"$ref": "#/$defs/text", "description": "The kind of unit assessed: commune, district, department, province."},
            "provenance": {
              "type": "object",
              "required": ["decision", "date", "issuer", "title"],
              "properties": {
                "decision": {"type": "string", "description": "Document number, e.g. 2361/QĐ-BTTTT."},
                "date": {"type": "string", "description": "Date of issue, YYYY-MM-DD."},
                "issuer": {"$ref": "#/$defs/text"},
                "title": {"$ref": "#/$defs/text"},
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
          "$defs": {
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
