import ChisoFormats
import ChisoReports

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The `chiso` executable as a process: the tool run in-process (``Chiso/main(_:console:)``), with the process's
/// own signals, standard output, standard error and exit status around it.
package enum Executable {
    /// The environment variable that makes a run wait, once its first temporary file exists, until its standard
    /// input has a byte or ends, having written `holding PATH` to standard error: how the executable's tests signal
    /// a run at a known moment, without timing. Not for use outside them.
    static let holdVariable = "CHISO_TEST_HOLD_TEMPORARY_FILE"

    /// Runs the tool with `arguments` (without the program name) and ends the process.
    ///
    /// Standard output that cannot be written because its reader has gone (`chiso … | head`) ends the process
    /// quietly by SIGPIPE, as other command-line tools end; any other failure to write it is reported and exits 73.
    package static func run(_ arguments: [String]) -> Never {
        Interruption.removeTemporaryFilesOnSignals()
        if getenv(holdVariable) != nil { holdAtTemporaryFiles() }
        var console = Console(streamsOutput: true)
        console.languageVariable = getenv(Chiso.languageVariable).map { String(cString: $0) }
        let status = Chiso.main(arguments, console: &console)
        var output = FileDescriptorSink.standardOutput
        var closed = status == .closedPipe
        var failure: InputError?
        do {
            try output.write(console.output)
            try output.flush()
        } catch {
            if error.kind == .closedPipe { closed = true } else { failure = error }
        }
        var standardError = FileDescriptorSink(descriptor: STDERR_FILENO, name: "standard error")
        // Nothing more can be done when standard error cannot be written.
        try? standardError.write(console.error)
        if let failure { try? standardError.write(failure.description + "\n") }
        try? standardError.flush()
        if closed { Interruption.end(by: SIGPIPE) }
        exit(failure == nil ? status.rawValue : ExitCode.cannotCreate.rawValue)
    }

    /// Makes every temporary file's creation announce itself on standard error and wait for standard input.
    private static func holdAtTemporaryFiles() {
        TemporaryFiles.afterCreating { path in
            var standardError = FileDescriptorSink(descriptor: STDERR_FILENO, name: "standard error")
            try? standardError.write("holding \(path)\n")
            try? standardError.flush()
            var byte: UInt8 = 0
            while read(STDIN_FILENO, &byte, 1) < 0, errno == EINTR {}
        }
    }
}
