/// Exit statuses, as sysexits(3) defines them.
package enum ExitCode: Int32, Sendable {
    /// Success.
    case ok = 0
    /// The command was called wrongly.
    case usage = 64
    /// The input data is wrong.
    case dataError = 65
    /// An input file cannot be opened.
    case noInput = 66
    /// An internal error: a bug in chiso.
    case software = 70
    /// An output file cannot be created.
    case cannotCreate = 73
    /// The output was a pipe whose reader had gone: 128 + SIGPIPE, the status a shell gives a process that SIGPIPE
    /// ended. The executable does not exit with it: it ends by SIGPIPE itself (``Executable/run(_:)``).
    case closedPipe = 141
}
