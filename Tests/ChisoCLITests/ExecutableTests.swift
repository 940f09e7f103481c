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

    /// Standard input redirected from a file is that file: `--output` may not replace it (issue 17, class 10).
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/bin/bash")))
    func standardInputRedirectedFromAFileIsAnInput() throws {
        let data = try temporaryFile("data.csv", try String(contentsOfFile: communes, encoding: .utf8))
        let before = try #require(FileManager.default.contents(atPath: data))
        let script = #"CHISO_LANG=en "$0" score --framework vn-2361-commune - --format csv --output "$1" < "$1""#
        let run = try Self.run("/bin/bash", ["-c", script, try Self.chisoPath(), data])
        #expect(run.status == 64)
        #expect(run.error.hasPrefix("\(data): error: is also an input of this command (standard input);"))
        #expect(FileManager.default.contents(atPath: data) == before)
    }

    @Test func writesToItsOwnStandardOutputByName() throws {
        let expected = chiso("score", "--framework", "vn-2361-commune", communes, "--format", "csv").output
        let run = try Self.run(
            try Self.chisoPath(),
            [
                "score", "--framework", "vn-2361-commune", communes, "--format", "csv", "--output", "/dev/stdout",
                "--lang", "en",
            ])
        #expect(run.status == 0)
        #expect(run.output == expected)
        #expect(run.error == "wrote /dev/stdout\n")
    }

    /// Every signal that would end the process, sent while the output's temporary file exists: the file is removed
    /// and the process ends by that signal (a shell shows 128 + its number), leaving no file behind. The run is held
    /// right after its temporary file is created (``Executable``'s test hook): it announces the file on standard
    /// error and waits for standard input, so the signal arrives at a known moment, with no timing.
    @Test(arguments: [
        SIGHUP, SIGINT, SIGQUIT, SIGPIPE, SIGALRM, SIGTERM, SIGUSR1, SIGUSR2, SIGXCPU, SIGXFSZ, SIGVTALRM, SIGPROF,
    ])
    func aSignalRemovesTheTemporaryFileAndEndsTheRunByItself(signal: Int32) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "chiso-signal-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let output = directory.appendingPathComponent("levels.csv").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try Self.chisoPath())
        process.arguments = ["score", "--framework", "vn-2361-commune", communes, "--output", output]
        process.environment = ProcessInfo.processInfo.environment.merging(["CHISO_TEST_HOLD_TEMPORARY_FILE": "1"]) {
            $1
        }
        let input = Pipe()
        let error = Pipe()
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        process.standardError = error
        try process.run()
        // Blocks until the run says it holds its temporary file.
        var announced = ""
        while !announced.contains("\n") {
            let data = error.fileHandleForReading.availableData
            if data.isEmpty { break }
            announced += String(decoding: data, as: UTF8.self)
        }
        #expect(announced.hasPrefix("holding \(directory.path)/.levels.csv."), "\(announced)")
        let held = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        #expect(held.count == 1 && held[0].hasSuffix(".tmp"), "\(held)")
        kill(process.processIdentifier, signal)
        // A lost signal would leave the run waiting for ever: after a minute, fail instead of hanging.
        let deadline = ContinuousClock.now + .seconds(60)
        while process.isRunning, ContinuousClock.now < deadline { usleep(1000) }
        if process.isRunning {
            Issue.record("signal \(signal) did not end the run")
            kill(process.processIdentifier, SIGKILL)
        }
        process.waitUntilExit()
        try input.fileHandleForWriting.close()
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(process.terminationStatus == signal)
        let left = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        #expect(left == [], "left behind after signal \(signal): \(left)")
    }

    /// Standard output whose reader has gone before the run writes (`chiso … | head`, when head has exited): the
    /// run ends quietly by SIGPIPE, with nothing on standard error. The output (200 KB of JSON) is larger than a
    /// pipe holds, so the run writes to the closed pipe whatever the order of events.
    @Test(arguments: [[], ["--output", "/dev/stdout"]])
    func aClosedPipeEndsTheRunQuietlyBySIGPIPE(extra: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try Self.chisoPath())
        process.arguments = ["score", "--framework", "vn-2361-commune", communes, "--format", "json"] + extra
        let output = Pipe()
        let error = Pipe()
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = output
        process.standardError = error
        try process.run()
        try output.fileHandleForReading.close()
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(process.terminationStatus == SIGPIPE)
        #expect(String(decoding: errorData, as: UTF8.self) == "")
    }

    /// Standard output that cannot be written for another reason (a full disk) is reported, with exit 73.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/dev/full")))
    func aFullStandardOutputIs73() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try Self.chisoPath())
        process.arguments = ["frameworks", "list"]
        let error = Pipe()
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: "/dev/full"))
        process.standardError = error
        try process.run()
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 73)
        #expect(
            String(decoding: errorData, as: UTF8.self)
                == "standard output: error: cannot be written (No space left on device)\n")
    }
}
