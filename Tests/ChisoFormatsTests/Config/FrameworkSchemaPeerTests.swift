import ChisoFormats
import ChisoPeerTools
import Foundation
import Testing

/// The JSON Schemas checked by a real draft-07 validator, Python's jsonschema (as VS Code would check a file): each
/// schema is a valid draft-07 schema, every built-in file and both starters keep to their schema, and every
/// mistake of ``BrokenFramework`` is flagged.
@Suite(.enabled(if: PeerTools.jsonSchemaPython != nil, "SKIP: python3 with jsonschema is not installed"))
struct FrameworkSchemaPeerTests {
    /// Validates each document against its schema (or, without a document, the schema against draft-07's
    /// meta-schema) and prints the error messages by name, as JSON.
    static let validate = """
        import json, sys
        from jsonschema import Draft7Validator
        out = {}
        for name, (schema_path, document_path) in json.load(open(sys.argv[1], encoding="utf-8")).items():
            schema = json.load(open(schema_path, encoding="utf-8"))
            if document_path is None:
                errors = Draft7Validator(Draft7Validator.META_SCHEMA).iter_errors(schema)
            else:
                errors = Draft7Validator(schema).iter_errors(json.load(open(document_path, encoding="utf-8")))
            out[name] = sorted(error.message for error in errors)
        print(json.dumps(out))
        """

    /// A document to check: its name, the schema file it keeps to, and its text (comments and trailing commas
    /// allowed, as chiso reads it; they are taken out first, since jsonschema reads strict JSON). Without a text,
    /// the schema itself is checked.
    struct Document {
        var name: String
        var schema: String
        var text: String?
    }

    /// The error messages of each document, by name.
    static func errors(_ documents: [Document]) throws -> [String: [String]] {
        let python = try #require(PeerTools.jsonSchemaPython)
        let directory = try PeerTools.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        var manifest: [String: [String?]] = [:]
        for (index, document) in documents.enumerated() {
            let schema = directory.appendingPathComponent(document.schema)
            if !FileManager.default.fileExists(atPath: schema.path) {
                try Data(#require(FrameworkCatalog.embeddedFile(named: document.schema)).utf8).write(to: schema)
            }
            var path: String?
            if let text = document.text {
                let file = directory.appendingPathComponent("document-\(index).json")
                let strict = LaidOutJSON(try ConfigReader.parse(text, file: document.name)).written()
                try Data(strict.utf8).write(to: file)
                path = file.path
            }
            manifest[document.name] = [schema.path, path]
        }
        let manifestFile = directory.appendingPathComponent("manifest.json")
        try JSONSerialization.data(withJSONObject: manifest).write(to: manifestFile)
        let output = try #require(PeerTools.run(python, ["-c", validate, manifestFile.path]))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: [String]])
        #expect(Set(json.keys) == Set(documents.map(\.name)))
        return json
    }

    /// A spec `chiso uncertainty` accepts (from its tests), with comments and a trailing comma.
    static let uncertaintySpec = """
        {
          // comments are allowed
          "noise": [{"columns": "*", "relative": 0.05}],
          "weights": {"levels": [0], "amplitude": 0.2},
          "frameworks": ["vn-hue-3043", "vn-hue-3043-strict"],
        }
        """

    @Test func theSchemasAreDraft07Schemas() throws {
        let names = FrameworkSchemaTests.schemaFiles
        let errors = try Self.errors(names.map { Document(name: $0, schema: $0) })
        for name in names { #expect(errors[name] == [], "\(name)") }
    }

    /// Every built-in framework, both starters as `frameworks new` writes them, every built-in crosswalk and an
    /// uncertainty spec keep to their schemas.
    @Test func everyBuiltInFileAndStarterKeepsToItsSchema() throws {
        var documents = FrameworkCatalog.builtIn.map {
            Document(name: $0.id, schema: FrameworkSchema.fileName, text: $0.text)
        }
        documents += SchemeFormat.builtIn.map {
            Document(name: "the \($0.name) starter", schema: FrameworkSchema.fileName, text: $0.starter)
        }
        for name in FrameworkCatalog.embeddedNames where name.hasSuffix(".crosswalk.json") {
            documents.append(
                Document(
                    name: name, schema: "chiso-crosswalk.schema.json", text: FrameworkCatalog.embeddedFile(named: name))
            )
        }
        documents.append(
            Document(name: "an uncertainty spec", schema: "chiso-uncertainty.schema.json", text: Self.uncertaintySpec))
        #expect(documents.count >= FrameworkCatalog.builtIn.count + 2 + 5 + 1)
        let errors = try Self.errors(documents)
        for document in documents { #expect(errors[document.name] == [], "\(document.name)") }
    }

    /// Every mistake `validate` refuses that a schema can tell is flagged by the schema too.
    @Test func theSchemaFlagsEveryBrokenFramework() throws {
        var documents: [Document] = []
        for broken in BrokenFramework.all {
            let text = try #require(broken.text, "\(broken.name)")
            documents.append(Document(name: broken.name, schema: FrameworkSchema.fileName, text: text))
        }
        let errors = try Self.errors(documents)
        for broken in BrokenFramework.all {
            #expect(errors[broken.name]?.isEmpty == false, "\(broken.name) passes the schema")
        }
    }
}
