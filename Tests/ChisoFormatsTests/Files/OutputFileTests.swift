import Foundation
import Testing

@testable import ChisoFormats

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

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
        let failure = InputError(.data, file: "units.csv", CSVMessage.quoteInsideField)
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
        let failure = InputError(.data, file: "units.csv", CSVMessage.quoteInsideField)
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

    // MARK: Existing files and special destinations (issue 8, point 6)

    static func write(_ text: String, to path: String, existing: OutputFile.Existing = .replace) throws(InputError) {
        try OutputFile.write(text, to: path, inputs: [], existing: existing)
    }

    static func fileType(_ path: String) throws -> FileAttributeType? {
        try FileManager.default.attributesOfItem(atPath: path)[.type] as? FileAttributeType
    }

    @Test func keepRefusesAnExistingFileAndLeavesItUntouched() throws {
        let directory = try Support.temporaryDirectory()
        let path = directory.appendingPathComponent("data.csv").path
        try Self.write("filled in\n", to: path)
        let error = try #require(throws: InputError.self) { try Self.write("empty\n", to: path, existing: .keep) }
        #expect(error.kind == .cannotCreate)
        #expect(
            error.description
                == "\(path): error: already exists, and chiso does not replace a file you may have edited; give "
                + "--force to replace it, or choose another file name")
        #expect(Self.contents(path) == "filled in\n")
        #expect(try Self.names(in: directory) == ["data.csv"])
        // A new file is written under the same policy.
        let fresh = directory.appendingPathComponent("new.csv").path
        try Self.write("empty\n", to: fresh, existing: .keep)
        #expect(Self.contents(fresh) == "empty\n")
    }

    @Test func keepIntoADirectoryWritesNothingWhenOneFileExists() throws {
        let directory = try Support.temporaryDirectory()
        try Self.write("mine\n", to: directory.appendingPathComponent("b.csv").path)
        let files = [(name: "a.csv", text: "a\n"), (name: "b.csv", text: "b\n")]
        let error = try #require(throws: InputError.self) {
            try OutputFile.write(files, into: directory.path, existing: .keep)
        }
        #expect(error.kind == .cannotCreate)
        #expect(try Self.names(in: directory) == ["b.csv"])
        #expect(Self.contents(directory.appendingPathComponent("b.csv").path) == "mine\n")
        try OutputFile.write(files, into: directory.path, existing: .replace)
        #expect(Self.contents(directory.appendingPathComponent("b.csv").path) == "b\n")
    }

    @Test func writesIntoDevNullWithoutReplacingIt() throws {
        try Self.write("discarded\n", to: "/dev/null")
        #expect(try Self.fileType("/dev/null") == .typeCharacterSpecial)
        #expect(OutputDestination.openDescriptor(named: "/dev/null") == nil)
        #expect(try OutputDestination.resolve("/dev/null") == .special(path: "/dev/null"))
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/dev/full")))
    func aFullDeviceIsCannotCreate() throws {
        let error = try #require(throws: InputError.self) { try Self.write("no room\n", to: "/dev/full") }
        #expect(error.kind == .cannotCreate)
        #expect(error.description == "/dev/full: error: cannot be written (No space left on device)")
        #expect(try Self.fileType("/dev/full") == .typeCharacterSpecial)
    }

    @Test func theProcessesOwnDescriptorsAreWrittenAsTheyAre() throws {
        #expect(try OutputDestination.resolve("/dev/stdout") == .descriptor(1))
        #expect(try OutputDestination.resolve("/dev/stderr") == .descriptor(2))
        #expect(try OutputDestination.resolve("/dev/fd/2") == .descriptor(2))
        #expect(try OutputDestination.resolve("/proc/self/fd/1") == .descriptor(1))
        #expect(OutputDestination.openDescriptor(named: "/dev/fd/4096") == nil)
    }

    @Test func aSymbolicLinkIsFollowedAndKept() throws {
        let directory = try Support.temporaryDirectory()
        let results = directory.appendingPathComponent("results")
        try FileManager.default.createDirectory(at: results, withIntermediateDirectories: true)
        let target = results.appendingPathComponent("2025.csv").path
        try Self.write("old\n", to: target)
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: target)
        let link = directory.appendingPathComponent("latest.csv").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "results/2025.csv")
        try Self.write("new\n", to: link)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "results/2025.csv")
        #expect(Self.contents(target) == "new\n")
        #expect(try FileManager.default.attributesOfItem(atPath: target)[.posixPermissions] as? Int == 0o640)
        #expect(try Self.names(in: directory) == ["latest.csv", "results"])
        #expect(try Self.names(in: results) == ["2025.csv"])
    }

    @Test func aLinkToNothingCreatesItsTarget() throws {
        let directory = try Support.temporaryDirectory()
        let link = directory.appendingPathComponent("latest.csv").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "2026.csv")
        try Self.write("first\n", to: link)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "2026.csv")
        #expect(Self.contents(directory.appendingPathComponent("2026.csv").path) == "first\n")
    }

    @Test func aLoopOfLinksIsCannotCreate() throws {
        let directory = try Support.temporaryDirectory()
        let a = directory.appendingPathComponent("a").path
        let b = directory.appendingPathComponent("b").path
        try FileManager.default.createSymbolicLink(atPath: a, withDestinationPath: b)
        try FileManager.default.createSymbolicLink(atPath: b, withDestinationPath: a)
        let error = try #require(throws: InputError.self) { try Self.write("x\n", to: a) }
        #expect(error.kind == .cannotCreate)
        #expect(try Self.names(in: directory) == ["a", "b"])
    }

    @Test func aFIFOIsWrittenDirectly() async throws {
        let directory = try Support.temporaryDirectory()
        let fifo = directory.appendingPathComponent("pipe").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let text = String(repeating: "Xã Nghĩa Hưng,3\n", count: 20_000)
        // The reader opens the FIFO on its own thread: opening either end waits for the other.
        // It reads until the end, as InputFile does: Foundation would read as many bytes as the size (0) says.
        let reader = Task.detached { () throws(InputError) -> [UInt8] in try InputFile.readBytes(fifo) }
        try Self.write(text, to: fifo)
        let read = try await reader.value
        #expect(String(decoding: read, as: UTF8.self) == text)
        var info = stat()
        #expect(lstat(fifo, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO)
        #expect(try Self.names(in: directory) == ["pipe"])
    }

    @Test func aReadOnlyFileIsRefusedEvenForRoot() throws {
        let directory = try Support.temporaryDirectory()
        let path = directory.appendingPathComponent("final.csv").path
        try Self.write("signed off\n", to: path)
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: path)
        let error = try #require(throws: InputError.self) { try Self.write("new\n", to: path) }
        #expect(error.kind == .cannotCreate)
        #expect(
            error.description
                == "\(path): error: is read-only (mode 0444), so chiso does not replace it; make it writable (chmod u+w) "
                + "or choose another file name")
        #expect(Self.contents(path) == "signed off\n")
        #expect(try Self.names(in: directory) == ["final.csv"])
    }

    @Test func anEmptyPathIsAUsageError() throws {
        let error = try #require(throws: InputError.self) { try Self.write("x\n", to: "") }
        #expect(error.kind == .usage)
    }

    @Test func aTemporaryFileIsRegisteredOnlyWhileItIsWritten() throws {
        let directory = try Support.temporaryDirectory()
        let path = directory.appendingPathComponent("result.json").path
        var during: [String] = []
        try OutputFile.stream(to: path, inputs: []) { sink throws(InputError) in
            try sink.write("{}\n")
            during = TemporaryFiles.paths.filter { $0.hasPrefix(directory.path + "/") }
        }
        #expect(during.count == 1)
        #expect(during.first?.hasPrefix(directory.path + "/.result.json.") == true)
        #expect(during.first?.hasSuffix(".tmp") == true)
        #expect(!TemporaryFiles.paths.contains { $0.hasPrefix(directory.path + "/") })
    }
}
