import ChisoFormats
import Testing

/// JSON written back with the line breaks it was read with, as the JSON Schema of framework files is.
@Suite struct LaidOutJSONTests {
    /// Text laid out by hand reads and writes back unchanged: objects and arrays on one line stay there, broken
    /// ones keep their breaks (several items may share a line), indentation is two spaces a level.
    @Test(arguments: [
        "{\"a\": 1, \"b\": [true, null, \"x\"], \"c\": {}}\n",
        "{\n  \"a\": {\"b\": [1, 2]},\n  \"c\": [\n    {\"d\": \"e\\\"f\"}, {\"g\": -0.5}\n  ]\n}\n",
        "[\n  {\n    \"a\": 1,\n    \"b\": 2, \"c\": 3\n  },\n  []\n]\n",
    ])
    func readsAndWritesBackUnchanged(text: String) throws {
        #expect(try LaidOutJSON.parse(text, file: "t.json").written() == text)
    }

    /// Comments and trailing commas are read, and not written back; indentation is made afresh.
    @Test func writesItsOwnIndentation() throws {
        let text = "{\n      // a comment\n      \"a\": [1,\n   2,],\n}"
        #expect(try LaidOutJSON.parse(text, file: "t.json").written() == "{\n  \"a\": [1,\n    2\n  ]\n}\n")
    }

    /// Members are replaced and added where asked, with the layout asked for.
    @Test func membersAreReplacedAndAdded() throws {
        var value = try LaidOutJSON.parse("{\n  \"a\": {\"b\": []},\n  \"c\": 1\n}", file: "t.json")
        value["a"]?["b"] = .strings(["x", "y"])
        value["c"] = .object(["d": .scalar(.bool(false))], broken: true)
        value.append(contentsOf: [LaidOutJSON.Item(key: "e", .scalar(.null), startsLine: true)])
        value["missing"] = .scalar(.number(1))
        #expect(
            value.written() == """
                {
                  "a": {"b": ["x", "y"]},
                  "c": {
                    "d": false
                  },
                  "e": null
                }

                """)
    }

    /// A syntax error points at its line and column in the named file.
    @Test func syntaxErrorsPointAtTheirPlace() {
        #expect(throws: InputError.self) { try LaidOutJSON.parse("{\n  \"a\": }", file: "t.json") }
        do {
            _ = try LaidOutJSON.parse("{\n  \"a\": }", file: "t.json")
        } catch {
            #expect(error.diagnostics.first.map { "\($0.file):\($0.line ?? 0):\($0.column ?? 0)" } == "t.json:2:8")
        }
    }
}
