import ChisoCore
import Testing

@testable import ChisoIO

@Suite struct JSONStreamWriterTests {
    /// Streams `value` event by event: begin, key, scalar, end.
    static func stream(_ value: JSONNode.Value, into json: inout JSONStreamWriter) {
        switch value {
        case .null: json.value(nil as String?)
        case .bool(let flag): json.value(flag)
        case .number(let number): json.value(number)
        case .string(let string): json.value(string)
        case .array(let elements):
            json.beginArray()
            for element in elements { stream(element.value, into: &json) }
            json.endArray()
        case .object(let members):
            json.beginObject()
            for member in members {
                json.key(member.key)
                stream(member.value.value, into: &json)
            }
            json.endObject()
        }
    }

    static func streamed(_ value: JSONNode.Value) throws -> String {
        var json = JSONStreamWriter()
        stream(value, into: &json)
        #expect(json.isComplete)
        var text = ""
        try json.finish(to: &text)
        return text
    }

    static let strings = [
        "", "a", "Xã Nghĩa Hưng", "Nghi\u{303}a", "quote \" and \\ backslash", "line\nbreak\r\ttab",
        "\u{0}\u{1}\u{1F}\u{7F}", "👩‍👩‍👧 🇻🇳", "/", "\u{2028}",
    ]
    static let numbers: [Double] = [
        0, -0.0, 1, -3, 42, 3.5, 0.1, 1e15, 1e20, 123_456_789_012_345, 1.5e-7, .nan, .infinity, -.infinity,
        Double(Int.max), .ulpOfOne,
    ]

    static func randomValue(depth: Int, using random: inout SplitMix64) -> JSONNode.Value {
        let choice = random.next() % (depth > 3 ? 4 : 7)
        switch choice {
        case 0: return .null
        case 1: return .bool(random.next() % 2 == 0)
        case 2: return .number(numbers[Int(random.next() % UInt64(numbers.count))])
        case 3: return .string(strings[Int(random.next() % UInt64(strings.count))])
        case 4, 5:
            // Arrays of scalars only, of containers only, and mixed, in any order.
            return .array((0..<Int(random.next() % 5)).map { _ in randomValue(depth: depth + 1, using: &random) })
        default:
            var object = JSONObjectBuilder()
            for _ in 0..<Int(random.next() % 5) {
                object.add(
                    strings[Int(random.next() % UInt64(strings.count))], randomValue(depth: depth + 1, using: &random))
            }
            return object.value
        }
    }

    @Test(arguments: 0..<300)
    func matchesJSONWriterOnRandomValues(seed: Int) throws {
        var random = SplitMix64(seed: UInt64(seed))
        let value = Self.randomValue(depth: 0, using: &random)
        #expect(try Self.streamed(value) == JSONWriter.write(value))
    }

    @Test(arguments: 0..<100)
    func embedsBuiltValuesAsJSONWriterWritesThem(seed: Int) throws {
        var random = SplitMix64(seed: UInt64(1_000 + seed))
        let parts = (0..<4).map { _ in Self.randomValue(depth: 1, using: &random) }
        // Streamed events around values built in memory.
        var json = JSONStreamWriter()
        json.beginArray()
        json.value(parts[0])
        json.beginObject()
        json.key("built")
        json.value(parts[1])
        json.key("streamed")
        Self.stream(parts[2], into: &json)
        json.endObject()
        json.value(parts[3])
        json.endArray()
        var text = ""
        try json.finish(to: &text)
        var object = JSONObjectBuilder()
        object.add("built", parts[1])
        object.add("streamed", parts[2])
        #expect(text == JSONWriter.write(.array([parts[0], object.value, parts[3]])))
    }

    @Test func typedValuesMatchJSONObjectBuilder() throws {
        var object = JSONObjectBuilder()
        object.add("name", "Xã \"Nghĩa\" Hưng\n" as String?)
        object.add("missing", nil as String?)
        object.add("count", 12 as Int?)
        object.add("big", Int.max as Int?)
        object.add("share", 72.5 as Double?)
        object.add("whole", 100.0 as Double?)
        object.add("nan", Double.nan as Double?)
        object.add("none", nil as Double?)
        object.add("meets", true as Bool?)
        object.add("unknown", nil as Bool?)
        object.add("blockers", strings: ["TC1", "TC\u{1}"])
        object.add("empty", strings: [])
        var json = JSONStreamWriter()
        json.beginObject()
        json.key("name")
        json.value("Xã \"Nghĩa\" Hưng\n")
        json.key("missing")
        json.value(nil as String?)
        json.key("count")
        json.value(12)
        json.key("big")
        json.value(Int.max)
        json.key("share")
        json.value(72.5)
        json.key("whole")
        json.value(100.0)
        json.key("nan")
        json.value(Double.nan)
        json.key("none")
        json.value(nil as Double?)
        json.key("meets")
        json.value(true)
        json.key("unknown")
        json.value(nil as Bool?)
        json.key("blockers")
        json.value(strings: ["TC1", "TC\u{1}"])
        json.key("empty")
        json.value(strings: [])
        json.endObject()
        var text = ""
        try json.finish(to: &text)
        #expect(text == JSONWriter.write(object.value))
        #expect(
            text == """
                {
                  "name": "Xã \\"Nghĩa\\" Hưng\\n",
                  "missing": null,
                  "count": 12,
                  "big": 9.223372036854776e+18,
                  "share": 72.5,
                  "whole": 100,
                  "nan": null,
                  "none": null,
                  "meets": true,
                  "unknown": null,
                  "blockers": ["TC1", "TC\\u0001"],
                  "empty": []
                }

                """
        )
    }

    static let noElements: [JSONNode] = []

    @Test(arguments: [
        JSONNode.Value.object([]), .array(noElements), .string("a"), .number(.nan), .null,
        .array([JSONNode(.array(noElements)), JSONNode(.object([]))]),
        .array([JSONNode(.number(1)), JSONNode(.array(noElements)), JSONNode(.number(2))]),
    ])
    func edgeValues(value: JSONNode.Value) throws {
        #expect(try Self.streamed(value) == JSONWriter.write(value))
    }

    @Test func flushesEachUnitAsItIsWritten() throws {
        var sink = CountingSink()
        var json = JSONStreamWriter()
        var units: [JSONNode.Value] = []
        json.beginObject()
        json.key("units")
        json.beginArray()
        for index in 0..<500 {
            var unit = JSONObjectBuilder()
            unit.add("id", String(index))
            unit.add("level", index % 5)
            unit.add("missing", strings: index % 3 == 0 ? [] : ["TC\(index % 19)"])
            units.append(unit.value)
            Self.stream(unit.value, into: &json)
            let before = sink.text.utf8.count
            try json.flush(to: &sink)
            // Once an object is in the array, the array is laid out one element per line: nothing is held back.
            #expect(sink.text.utf8.count > before)
            #expect(sink.text.hasSuffix("}"))
        }
        json.endArray()
        json.endObject()
        try json.finish(to: &sink)
        var document = JSONObjectBuilder()
        document.add("units", .array(units))
        #expect(sink.text == JSONWriter.write(document.value))
        #expect(sink.writes == 501)
    }

    @Test func holdsBackTheScalarsOfAnUndecidedArray() throws {
        var json = JSONStreamWriter()
        var text = ""
        json.beginArray()
        json.value(1)
        json.value("two")
        try json.flush(to: &text)
        #expect(text == "[")
        json.beginObject()
        json.endObject()
        try json.flush(to: &text)
        #expect(text == "[\n  1,\n  \"two\",\n  {}")
        json.endArray()
        try json.finish(to: &text)
        #expect(text == "[\n  1,\n  \"two\",\n  {}\n]\n")
    }
}
