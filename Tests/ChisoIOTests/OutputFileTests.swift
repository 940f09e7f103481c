import Foundation
import Testing

@testable import ChisoIO

@Suite struct OutputFileTests {
    static func contents(_ path: String) -> String? { try? String(contentsOfFile: path, encoding: .utf8) }

    static func names(in directory: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
    }

    @Test func streamsAFileUnitByUnit() throws {
        let directory = try Support.temporaryDirectory()
        let path = directory.appendingPathComponent("result.txt").path
        var expected = ""
        try OutputFile.stream(to: path, inputs: []) { sink throws(InputError) in
            for unit in 0..<50_000 {
                let line = "\(unit),Xã Nghĩa Hưng \(unit),\(unit % 5)\n"
                expected += line
                try sink.write(line)
            }
        }
        #expect(expected.utf8.count > 20 * FileDescriptorSink.blockSize)
        #expect(Self.contents(path) == expected)
        #expect(try Self.names(in: directory) == ["result.txt"])
    }

    @Test func streamsATableAndJSONThroughTheSameSink() throws {
        let directory = try Support.temporaryDirectory()
        let rows = (0..<5_000).map { [String($0), "Xã Nghĩa Hưng \($0)", String($0 % 5)] }
        let table = TextTable(header: ["id", "name", "level"], rows: rows, rightAligned: [2])
        let tablePath = directory.appendingPathComponent("table.txt").path
        try OutputFile.stream(to: tablePath, inputs: []) { sink throws(InputError) in
            try table.plainText(into: &sink)
        }
        #expect(Self.contents(tablePath) == table.plainText())

        let jsonPath = directory.appendingPathComponent("units.json").path
        try OutputFile.stream(to: jsonPath, inputs: []) { sink throws(InputError) in
            var json = JSONStreamWriter()
            json.beginArray()
            for row in rows {
                json.value(strings: row)
                try json.flush(to: &sink)
            }
            json.endArray()
            try json.finish(to: &sink)
        }
        #expect(Self.contents(jsonPath) == JSONWriter.write(.array(rows.map { .array($0.map { .string($0) }) })))
    }

    @Test func writeReplacesAFileAndKeepsItsPermissions() throws {
        let directory = try Support.temporaryDirectory()
        let path = directory.appendingPathComponent("result.txt").path
        try OutputFile.write("old\n", to: path, inputs: [])
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: path)
        try OutputFile.write("new\n", to: path, inputs: [])
        #expect(Self.contents(path) == "new\n")
        let permissions = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(permissions == 0o640)
        #expect(try Self.names(in: directory) == ["result.txt"])
    }

    @Test func aFailingBodyLeavesTheDestinationAsItWas() throws {
        let directory = try Support.temporaryDirectory()
        let path = directory.appendingPathComponent("result.txt").path
        try OutputFile.write("old\n", to: path, inputs: [])
        let failure = InputError(.data, file: "units.csv", message: "is broken")
        #expect(throws: failure) {
            try OutputFile.stream(to: path, inputs: []) { sink throws(InputError) in
                // More than a block, so that some of it has reached the temporary file.
                try sink.write(String(repeating: "partial\n", count: 3 * FileDescriptorSink.blockSize / 8))
                throw failure
            }
        }
        #expect(Self.contents(path) == "old\n")
        #expect(try Self.names(in: directory) == ["result.txt"])
    }

    @Test func aFailingBodyCreatesNoFile() throws {
        let directory = try Support.temporaryDirectory()
        let path = directory.appendingPathComponent("result.txt").path
        let failure = InputError(.data, file: "units.csv", message: "is broken")
        #expect(throws: failure) {
            try OutputFile.stream(to: path, inputs: []) { sink throws(InputError) in
                try sink.write("partial\n")
                throw failure
            }
        }
        #expect(try Self.names(in: directory).isEmpty)
    }

    @Test func refusesToWriteOverAnInput() throws {
        let directory = try Support.temporaryDirectory()
        let input = directory.appendingPathComponent("units.csv").path
        try OutputFile.write("id\n1\n", to: input, inputs: [])
        let link = directory.appendingPathComponent("link.csv").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: input)
        // The same file by another name: a relative spelling, and a symbolic link.
        for output in [directory.path + "/./units.csv", link] {
            let error = try #require(throws: InputError.self) {
                try OutputFile.stream(to: output, inputs: ["other.csv", input]) { sink throws(InputError) in
                    try sink.write("overwritten\n")
                }
            }
            #expect(error.kind == .usage)
            #expect(error.diagnostics.first?.message.contains("is also an input of this command") == true)
        }
        #expect(Self.contents(input) == "id\n1\n")
        #expect(try Self.names(in: directory) == ["link.csv", "units.csv"])
    }

    @Test func refusesADirectory() throws {
        let directory = try Support.temporaryDirectory()
        let error = try #require(throws: InputError.self) {
            try OutputFile.write("text\n", to: directory.path, inputs: [])
        }
        #expect(error.kind == .usage)
        #expect(error.diagnostics.first?.message == "is a directory; --output takes a file name")
        #expect(try Self.names(in: directory).isEmpty)
    }

    @Test func reportsAMissingDirectoryAsCannotCreate() throws {
        let directory = try Support.temporaryDirectory()
        let path = directory.appendingPathComponent("missing/result.txt").path
        let error = try #require(throws: InputError.self) {
            try OutputFile.write("text\n", to: path, inputs: [])
        }
        #expect(error.kind == .cannotCreate)
        #expect(error.diagnostics.first?.file == path)
        #expect(error.diagnostics.first?.message.contains("check that the directory exists and is writable") == true)
    }

    @Test func writesSeveralFilesIntoANewDirectory() throws {
        let directory = try Support.temporaryDirectory().appendingPathComponent("sample/nested")
        try OutputFile.write([(name: "a.csv", text: "a\n"), (name: "b.json", text: "{}\n")], into: directory.path)
        #expect(try Self.names(in: directory) == ["a.csv", "b.json"])
        #expect(Self.contents(directory.appendingPathComponent("b.json").path) == "{}\n")
    }
}
