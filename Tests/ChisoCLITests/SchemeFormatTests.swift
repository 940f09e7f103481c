import ChisoCLI
import ChisoCore
import ChisoFormats
import Foundation
import Testing

/// The one registry of scheme file formats: the JSON Schema, `frameworks new` and the decoder's messages follow it.
@Suite struct SchemeFormatTests {
    /// A member of a JSON object, by key.
    static func member(_ node: JSONNode?, _ key: String) -> JSONNode? {
        guard case .object(let members)? = node?.value else { return nil }
        return members.first { $0.key == key }?.value
    }

    static func keys(_ node: JSONNode?) -> Set<String> {
        guard case .object(let members)? = node?.value else { return [] }
        return Set(members.map(\.key))
    }

    static func strings(_ node: JSONNode?) -> [String] {
        guard case .array(let items)? = node?.value else { return [] }
        return items.compactMap { if case .string(let text) = $0.value { text } else { nil } }
    }

    /// The committed `frameworks/chiso-framework.schema.json` (which editors and framework files name) is, byte for
    /// byte, what the generator makes of the built-in schemes, and what `chiso frameworks schema` prints.
    @Test func theCommittedSchemaIsTheGeneratedOne() throws {
        let file = repository.appendingPathComponent("frameworks/chiso-framework.schema.json")
        let committed = try String(contentsOf: file, encoding: .utf8)
        let generated = try FrameworkSchema.text(for: SchemeFormat.builtIn)
        #expect(generated == committed)
        #expect(FrameworkCatalog.embeddedFile(named: "chiso-framework.schema.json") == committed)
        let run = chiso("frameworks", "schema")
        #expect(run.status == .ok)
        #expect(run.output == committed)
    }

    /// The schema `chiso frameworks schema` prints with `formats` registered.
    static func printedSchema(registering formats: [SchemeFormat]) throws -> JSONNode {
        let run = SchemeFormat.$registered.withValue(formats) { chiso("frameworks", "schema") }
        #expect(run.status == .ok, "\(run.error)")
        return try JSONParser.parse(run.output)
    }

    /// The keys a framework of the scheme `name` may not hold, by the schema's `allOf` clause for that scheme.
    static func forbiddenKeys(in schema: JSONNode, scheme name: String) -> Set<String>? {
        guard case .array(let clauses)? = member(schema, "allOf")?.value else { return nil }
        let clause = clauses.first {
            let scheme = member(member(member($0, "if"), "properties"), "scheme")
            if case .string(let value)? = member(scheme, "const")?.value { return value == name }
            return false
        }
        return clause.map { keys(member(member($0, "then"), "properties")) }
    }

    /// The schema names the registered schemes, in their order, and only them; each scheme's keys and definitions
    /// are in it, and a framework of one scheme may hold no key of another. A scheme registered from outside
    /// (stages) joins the `scheme` enum with its keys, and the built-ins then forbid its keys too.
    @Test(arguments: [false, true])
    func theJSONSchemaFollowsTheRegistry(registeringStages: Bool) throws {
        let formats = SchemeFormat.builtIn + (registeringStages ? [StagesScheme.format] : [])
        let schema = try Self.printedSchema(registering: formats)
        let properties = Self.member(schema, "properties")
        #expect(Self.strings(Self.member(Self.member(properties, "scheme"), "enum")) == formats.map(\.name))
        let allKeys = Set(formats.flatMap(\.keys))
        #expect(allKeys.isSubset(of: Self.keys(properties)))
        for format in formats {
            let others = Set(formats.filter { $0.name != format.name }.flatMap(\.keys))
            #expect(
                Self.forbiddenKeys(in: schema, scheme: format.name) == others.subtracting(format.keys), "\(format.name)"
            )
        }
        guard case .array(let clauses)? = Self.member(schema, "allOf")?.value else {
            Issue.record("the schema has no allOf")
            return
        }
        #expect(clauses.count == formats.count)
        let definitions = Self.keys(Self.member(schema, "definitions"))
        #expect(definitions.contains("check") == registeringStages)
        #expect(Self.keys(properties).isSuperset(of: ["stages", "checks"]) == registeringStages)
    }

    /// Every built-in framework file names a scheme of the schema's `scheme` enum and holds only keys the schema
    /// describes and does not forbid for its scheme; so does the stages demo against the schema printed with the
    /// stages scheme registered.
    @Test(arguments: FrameworkCatalog.builtIn.map(\.id) + [StagesScheme.caseName])
    func everyFrameworkKeepsToTheSchema(id: String) throws {
        let isStages = id == StagesScheme.caseName
        let schema = try Self.printedSchema(
            registering: SchemeFormat.builtIn + (isStages ? [StagesScheme.format] : []))
        let text = try isStages ? StagesScheme.demo : #require(FrameworkCatalog.builtIn.first { $0.id == id }).text
        let framework = try ConfigReader.parse(text, file: id)
        guard case .string(let scheme)? = Self.member(framework, "scheme")?.value else {
            Issue.record("\(id) names no scheme")
            return
        }
        let properties = Self.member(schema, "properties")
        #expect(Self.strings(Self.member(Self.member(properties, "scheme"), "enum")).contains(scheme))
        let keys = Self.keys(framework).filter { !$0.hasPrefix("$") }
        let forbidden = try #require(Self.forbiddenKeys(in: schema, scheme: scheme))
        #expect(keys.isSubset(of: Self.keys(properties)), "\(keys.subtracting(Self.keys(properties)))")
        #expect(keys.isDisjoint(with: forbidden), "\(keys.intersection(forbidden))")
    }

    /// A scheme's fragment must describe exactly the scheme's keys: one that leaves a key out makes
    /// `frameworks schema` fail with a message that names the scheme and its keys.
    @Test func aFragmentMissingAKeyIsReported() {
        var stages = StagesScheme.format
        stages.schema = #"{"description": "stages", "properties": {"stages": {"type": "array"}}}"#
        let run = SchemeFormat.$registered.withValue(SchemeFormat.builtIn + [stages]) {
            chisoInEnglish("frameworks", "schema")
        }
        #expect(run.status == .dataError)
        #expect(run.output.isEmpty)
        #expect(
            run.error.hasPrefix(
                "the stages scheme's schema fragment: error: \"properties\" describes stages; "
                    + "expected exactly the keys of stage frameworks: stages, checks\n"), "\(run.error)")
    }

    /// `frameworks new` offers a starter for every built-in scheme, each a valid framework of that scheme.
    @Test(arguments: SchemeFormat.builtIn.map(\.name))
    func everySchemeHasAValidStarter(name: String) throws {
        let run = chiso("frameworks", "new", "--scheme", name)
        #expect(run.status == .ok)
        #expect(run.output == SchemeFormat.named(name)?.starter)
        let (framework, _) = try FrameworkDecoder.decode(run.output, file: "starter.json")
        var members = JSONObjectBuilder()
        #expect(SchemeFormat.writing(framework.scheme, into: &members)?.name == name)
    }

    /// `frameworks new --output` writes the schema beside the starter, which names it by its relative name, so an
    /// editor finds it wherever the two are saved; a second starter in the same directory finds it there already,
    /// and a schema file that differs is kept, with a note, unless `--force`.
    @Test func aStarterComesWithItsSchema() throws {
        let directory = try Support.temporaryDirectory().path
        let schema = directory + "/" + FrameworkSchema.fileName
        let first = chisoInEnglish("frameworks", "new", "--scheme", "points", "--output", directory + "/mine.json")
        #expect(first.status == .ok)
        #expect(first.error == "wrote \(directory)/mine.json\nwrote \(schema)\n")
        #expect(try String(contentsOfFile: schema, encoding: .utf8) == FrameworkSchema.text())
        let starter = try ConfigReader.parse(
            String(contentsOfFile: directory + "/mine.json", encoding: .utf8), file: "mine.json")
        if case .string(let named)? = Self.member(starter, "$schema")?.value {
            #expect(named == FrameworkSchema.fileName)
        } else {
            Issue.record("the starter names no schema")
        }
        let second = chisoInEnglish("frameworks", "new", "--scheme", "levels", "--output", directory + "/levels.json")
        #expect(second.status == .ok)
        #expect(second.error == "wrote \(directory)/levels.json\n")
        try Data("{}\n".utf8).write(to: URL(fileURLWithPath: schema))
        let third = chisoInEnglish("frameworks", "new", "--scheme", "levels", "--output", directory + "/other.json")
        #expect(third.status == .ok)
        #expect(
            third.error
                == "wrote \(directory)/other.json\nkept \(schema), which differs from this chiso's JSON Schema; "
                + "give --force to replace it\n")
        #expect(try String(contentsOfFile: schema, encoding: .utf8) == "{}\n")
    }

    /// `frameworks schema --output DIR` writes the schema into the directory, under the name framework files give.
    @Test func theSchemaGoesIntoADirectory() throws {
        let directory = try Support.temporaryDirectory().path
        let run = chisoInEnglish("frameworks", "schema", "--output", directory)
        #expect(run.status == .ok)
        let schema = directory + "/" + FrameworkSchema.fileName
        #expect(run.error == "wrote \(schema)\n")
        #expect(try String(contentsOfFile: schema, encoding: .utf8) == FrameworkSchema.text())
        #expect(chisoInEnglish("frameworks", "schema", "--output", directory + "/").status == .cannotCreate)
    }

    /// A registered scheme joins the decoder's list of known schemes for the work it is registered for only.
    @Test func registrationIsScopedToItsWork() {
        let unknown = "{\"scheme\": \"nope\"}"
        let message = { () -> String in
            do {
                _ = try FrameworkDecoder.decode(unknown, file: "f.json")
                return ""
            } catch {
                let diagnostics = (error as? InputError)?.diagnostics ?? []
                return diagnostics.map(\.message).first { $0.contains("unknown scheme") } ?? ""
            }
        }
        #expect(message() == "unknown scheme \"nope\"; expected \"levels\" or \"points\"")
        let registered = SchemeFormat.$registered.withValue(SchemeFormat.builtIn + [StagesScheme.format]) { message() }
        #expect(registered == "unknown scheme \"nope\"; expected \"levels\" or \"points\" or \"stages\"")
        #expect(message() == "unknown scheme \"nope\"; expected \"levels\" or \"points\"")
    }
}
