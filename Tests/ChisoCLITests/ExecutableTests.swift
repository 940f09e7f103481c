import ChisoCLI
import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The built `chiso` executable as a process: what only a process has — its standard input, a shell's process
/// substitution, signals (issue 8, points 6 and 7).
@Suite struct ExecutableTests {
    /// The `chiso` built beside this test bundle (`swift build` and `swift test` build it into the same directory).
    static let executable: String? = {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("chiso")
                .path,
            repository.appendingPathComponent(".build/debug/chiso").path,
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    struct Finished {
        var status: Int32
        var output: String
        var error: String
    }

    /// Runs a program to its end, with `input` as its standard input.
    static func run(_ program: String, _ arguments: [String], input: Data? = nil) throws -> Finished {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        let inputPipe = Pipe()
        process.standardInput = input == nil ? FileHandle.nullDevice : inputPipe
        try process.run()
        if let input {
            // Written from another thread, so that a large input cannot fill the pipe while the output waits.
            let writer = inputPipe.fileHandleForWriting
            Thread.detachNewThread {
                writer.write(input)
                try? writer.close()
            }
        }
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Finished(
            status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
            error: String(decoding: errorData, as: UTF8.self))
    }

    static func chisoPath() throws -> String {
        try #require(executable, "build the chiso executable first (swift build); tests look for it beside the tests")
    }

    @Test(arguments: ["-", "/dev/stdin"])
    func readsThePipedData(name: String) throws {
        let expected = chiso("score", "--framework", "vn-2361-commune", communes, "--format", "csv").output
        let data = try #require(FileManager.default.contents(atPath: communes))
        let run = try Self.run(
            try Self.chisoPath(), ["score", "--framework", "vn-2361-commune", name, "--format", "csv"], input: data)
        #expect(run.status == 0, "\(run.error)")
        #expect(run.output == expected)
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/bin/bash")))
    func readsAProcessSubstitution() throws {
        let expected = chiso("score", "--framework", "vn-2361-commune", communes, "--format", "csv").output
        let script = #""$0" score --framework vn-2361-commune <(cat "$1") --format csv"#
        let run = try Self.run("/bin/bash", ["-c", script, try Self.chisoPath(), communes])
        #expect(run.status == 0, "\(run.error)")
        #expect(run.output == expected)
    }

    @Test func writesToItsOwnStandardOutputByName() throws {
        let expected = chiso("score", "--framework", "vn-2361-commune", communes, "--format", "csv").output
        let run = try Self.run(
            try Self.chisoPath(),
            ["score", "--framework", "vn-2361-commune", communes, "--format", "csv", "--output", "/dev/stdout"])
        #expect(run.status == 0)
        #expect(run.output == expected)
        #expect(run.error == "wrote /dev/stdout\n")
    }

    /// A national-scale commune file, whose JSON takes a debug build long enough to write that a signal arrives while
    /// the temporary file is open.
    static let largeInput: String? = {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "chiso-large-\(UUID().uuidString)")
        let made = chiso("sample", "--output-dir", directory.path, "--districts", "700", "--communes", "10600")
        return made.status == .ok ? directory.appendingPathComponent("sample-communes.csv").path : nil
    }()

    @Test(arguments: [(SIGINT, Int32(130)), (SIGTERM, Int32(143))])
    func anInterruptedRunRemovesItsTemporaryFile(signal: Int32, status: Int32) throws {
        let input = try #require(Self.largeInput)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "chiso-signal-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let output = directory.appendingPathComponent("levels.json").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try Self.chisoPath())
        process.arguments = ["score", "--framework", "vn-2361-commune", input, "--output", output]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Wait for the temporary file to appear, then interrupt the run while it writes.
        let deadline = ContinuousClock.now + .seconds(60)
        var seen: [String] = []
        while process.isRunning, seen.isEmpty, ContinuousClock.now < deadline {
            seen = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".tmp") }
            if seen.isEmpty { usleep(500) }
        }
        #expect(seen.count == 1, "no temporary file appeared while chiso ran")
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == status)
        let left = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        #expect(left == [], "left behind after the signal: \(left)")
    }
}
