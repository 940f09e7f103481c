import ChisoCLI
import ChisoCore
import ChisoFormats
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

    /// The schema names the registered schemes, in their order; each scheme's keys are properties, and a framework
    /// of one scheme may hold no key of another.
    @Test func theJSONSchemaFollowsTheRegistry() throws {
        let text = try #require(FrameworkCatalog.embeddedFile(named: "chiso-framework.schema.json"))
        let schema = try JSONParser.parse(text)
        let properties = Self.member(schema, "properties")
        #expect(
            Self.strings(Self.member(Self.member(properties, "scheme"), "enum")) == SchemeFormat.builtIn.map(\.name))
        guard case .array(let clauses)? = Self.member(schema, "allOf")?.value else {
            Issue.record("the schema has no allOf")
            return
        }
        for format in SchemeFormat.builtIn {
            #expect(Set(format.keys).isSubset(of: Self.keys(properties)), "\(format.name)")
            let clause = clauses.first {
                let scheme = Self.member(Self.member(Self.member($0, "if"), "properties"), "scheme")
                if case .string(let name)? = Self.member(scheme, "const")?.value { return name == format.name }
                return false
            }
            let excluded = Self.keys(Self.member(Self.member(clause, "then"), "properties"))
            let others = Set(SchemeFormat.builtIn.filter { $0.name != format.name }.flatMap(\.keys))
            #expect(excluded == others.subtracting(format.keys), "\(format.name)")
        }
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
