import Testing

@testable import ChisoFormats

@Suite struct TextSinkTests {
    /// Writes through the protocol, as report code does.
    static func writeGreeting(to sink: inout some TextSink) throws(InputError) {
        try sink.write("xin ")
        try sink.write("chào\n")
        try sink.flush()
    }

    @Test func aStringKeepsWhatIsWritten() throws {
        var text = "> "
        try Self.writeGreeting(to: &text)
        #expect(text == "> xin chào\n")
    }

    @Test func anExistentialSinkOpensForGenericWriters() throws {
        var sink: any TextSink = ""
        try Self.writeGreeting(to: &sink)
        #expect(sink as? String == "xin chào\n")
    }
}
