import Foundation
import Testing

@testable import ChisoFormats

@Suite struct FileDescriptorSinkTests {
    /// A sink for a new file in a fresh directory, with a way to read the file back.
    struct Scratch {
        let path: String
        let handle: FileHandle

        init() throws {
            path = try Support.temporaryDirectory().appendingPathComponent("out.txt").path
            #expect(FileManager.default.createFile(atPath: path, contents: nil))
            handle = try #require(FileHandle(forWritingAtPath: path))
        }

        var contents: String { (try? String(contentsOfFile: path, encoding: .utf8)) ?? "<unreadable>" }
    }

    @Test func buffersUntilABlockIsFull() throws {
        let scratch = try Scratch()
        defer { try? scratch.handle.close() }
        var sink = FileDescriptorSink(descriptor: scratch.handle.fileDescriptor, name: scratch.path)
        let line = String(repeating: "ờ", count: 99) + "\n"  // 298 bytes
        try sink.write(line)
        #expect(scratch.contents.isEmpty)
        // The first block goes out when the next write would overflow it.
        let linesPerBlock = FileDescriptorSink.blockSize / line.utf8.count
        for _ in 1..<linesPerBlock { try sink.write(line) }
        #expect(scratch.contents.isEmpty)
        try sink.write(line)
        #expect(scratch.contents == String(repeating: line, count: linesPerBlock))
        try sink.flush()
        #expect(scratch.contents == String(repeating: line, count: linesPerBlock + 1))
    }

    @Test func writesALargeTextInOrderWithWhatWasBuffered() throws {
        let scratch = try Scratch()
        defer { try? scratch.handle.close() }
        var sink = FileDescriptorSink(descriptor: scratch.handle.fileDescriptor, name: scratch.path)
        let large = String(repeating: "Xã Nghĩa Hưng\n", count: 20_000)  // > 64 KiB: bypasses the buffer
        try sink.write("first\n")
        try sink.write(large)
        try sink.write("last\n")
        try sink.flush()
        #expect(scratch.contents == "first\n" + large + "last\n")
    }

    @Test func reportsAFailedWriteAsCannotCreate() throws {
        let directory = try Support.temporaryDirectory()
        let path = directory.appendingPathComponent("read-only.txt").path
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        let handle = try #require(FileHandle(forReadingAtPath: path))
        defer { try? handle.close() }
        var sink = FileDescriptorSink(descriptor: handle.fileDescriptor, name: "report.txt", hint: .freeSpace)
        try sink.write("text")
        let error = try #require(throws: InputError.self) { try sink.flush() }
        #expect(error.kind == .cannotCreate)
        #expect(error.diagnostics.map(\.file) == ["report.txt"])
        let message = try #require(error.diagnostics.first?.message)
        #expect(message.hasPrefix("cannot be written ("))
        #expect(message.hasSuffix("); check the free space on its disk"))
        #expect(error.diagnostics.first?.code == "file.unwritable")
        #expect(error.diagnostics.first?.text.vi.hasSuffix("; hãy kiểm tra dung lượng trống của ổ đĩa") == true)
    }

    @Test func standardOutputIsDescriptorOne() {
        let sink = FileDescriptorSink.standardOutput
        #expect(sink.descriptor == 1)
        #expect(sink.name == "standard output")
    }
}
