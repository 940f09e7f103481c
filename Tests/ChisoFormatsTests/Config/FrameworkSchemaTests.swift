import ChisoCore
import ChisoFormats
import Foundation
import Testing

/// The JSON Schemas editors read (framework files, crosswalks, uncertainty specs): draft-07, which VS Code supports
/// fully, with VS Code's keywords for comments and trailing commas; and the schema file `frameworks new` writes beside
/// a starter.
@Suite struct FrameworkSchemaTests {
    static let schemaFiles = [
        FrameworkSchema.fileName, "chiso-crosswalk.schema.json", "chiso-uncertainty.schema.json",
    ]

    /// A member of a JSON object, by key, as its scalar written out (`true`, `"text"`), or `object` or `array`.
    static func member(_ node: JSONNode?, _ key: String) -> String? {
        guard case .object(let members)? = node?.value, let value = members.first(where: { $0.key == key })?.value
        else { return nil }
        switch value.value {
        case .object: return "object"
        case .array: return "array"
        case .string(let text): return "\"\(text)\""
        case .bool(let flag): return "\(flag)"
        default: return "other"
        }
    }

    /// Each schema says draft-07, uses no keyword of later drafts (`unevaluatedProperties`, `$defs`), and allows
    /// comments and trailing commas for VS Code; the framework schema is the one the generator makes.
    @Test(arguments: schemaFiles)
    func theSchemaIsDraft07WithCommentsAllowed(name: String) throws {
        let text = try #require(FrameworkCatalog.embeddedFile(named: name))
        if name == FrameworkSchema.fileName { #expect(text == (try FrameworkSchema.text(for: SchemeFormat.builtIn))) }
        for later in ["unevaluatedProperties", "$defs", "prefixItems", "dependentRequired", "2020-12", "2019-09"] {
            #expect(!text.contains(later), "\(later)")
        }
        let schema = try ConfigReader.parse(text, file: name)
        #expect(Self.member(schema, "$schema") == "\"http://json-schema.org/draft-07/schema#\"")
        #expect(Self.member(schema, "allowComments") == "true")
        #expect(Self.member(schema, "allowTrailingCommas") == "true")
        #expect(Self.member(schema, "definitions") == "object")
    }

    /// Every mistake the schema is written to catch is one `validate` refuses too, with the problem's code: the
    /// schema is never stricter than chiso.
    @Test(arguments: BrokenFramework.all)
    func validateRefusesWhatTheSchemaCatches(broken: BrokenFramework) throws {
        let text = try #require(broken.text, "an edit no longer applies to the \(broken.scheme) starter")
        let error = #expect(throws: InputError.self) { try FrameworkDecoder.decode(text, file: "broken.json") }
        let codes = error?.diagnostics.filter { $0.severity == .error }.map(\.code) ?? []
        #expect(codes.contains(broken.code), "\(codes)")
    }

    /// Where the schema goes beside a framework file: its directory, as the file's path names it.
    @Test(arguments: [
        ("my.json", "chiso-framework.schema.json"), ("./my.json", "./chiso-framework.schema.json"),
        ("khung/my.json", "khung/chiso-framework.schema.json"), ("/srv/a/b.json", "/srv/a/chiso-framework.schema.json"),
    ])
    func theSchemaGoesBesideTheFile(framework: String, schema: String) {
        #expect(FrameworkSchema.path(beside: framework) == schema)
    }

    /// The schema is written beside a framework file when absent, left alone when it is the same, kept when it
    /// differs, and replaced then only when asked; nothing is written for standard output, or when the framework
    /// file itself has the schema's name.
    @Test func theSchemaIsWrittenBesideAFrameworkFile() throws {
        let directory = try Support.temporaryDirectory().path
        let framework = directory + "/mine.json"
        let schema = directory + "/" + FrameworkSchema.fileName
        let text = try FrameworkSchema.text()
        #expect(try FrameworkSchema.write(text, beside: framework, replacing: false) == .wrote(schema))
        #expect(try String(contentsOfFile: schema, encoding: .utf8) == text)
        #expect(try FrameworkSchema.write(text, beside: framework, replacing: false) == .current(schema))
        try Data("{}\n".utf8).write(to: URL(fileURLWithPath: schema))
        #expect(try FrameworkSchema.write(text, beside: framework, replacing: false) == .keptDifferent(schema))
        #expect(try String(contentsOfFile: schema, encoding: .utf8) == "{}\n")
        #expect(try FrameworkSchema.write(text, beside: framework, replacing: true) == .wrote(schema))
        #expect(try String(contentsOfFile: schema, encoding: .utf8) == text)
        #expect(try FrameworkSchema.write(text, beside: "/dev/stdout", replacing: true) == .notAFile)
        #expect(try FrameworkSchema.write(text, beside: schema, replacing: true) == .notAFile)
    }
}
