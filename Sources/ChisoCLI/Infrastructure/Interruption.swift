import ChisoFormats
import ChisoReports
import Dispatch
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// What the executable does when a signal would end it: remove the temporary files of outputs being written, so
/// that no `.NAME.RANDOM.tmp` stays beside them, and then end by that same signal, so that a shell or a parent
/// process sees how it ended (a shell shows 128 + the signal's number: 129 for SIGHUP, 130 for Ctrl-C, 141 for
/// SIGPIPE, 143 for SIGTERM).
///
/// The signals are handled on a dispatch queue, not in a signal handler, so that the cleanup may take the lock of
/// the registry of temporary files. Faults (SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP, SIGSYS) are not
/// handled: they mean a bug, and the process must stop where it is.
enum Interruption {
    /// The signals whose default action ends the process and that come from outside it: a closed terminal or SSH
    /// session (SIGHUP), Ctrl-C (SIGINT), Ctrl-\ (SIGQUIT), a closed pipe (SIGPIPE), timers (SIGALRM, SIGVTALRM,
    /// SIGPROF), `kill` (SIGTERM, SIGUSR1, SIGUSR2), resource limits (SIGXCPU, SIGXFSZ).
    static let signals: [Int32] = [
        SIGHUP, SIGINT, SIGQUIT, SIGPIPE, SIGALRM, SIGTERM, SIGUSR1, SIGUSR2, SIGXCPU, SIGXFSZ, SIGVTALRM, SIGPROF,
    ]

    /// Dispatch sources, which are safe to use from any thread (libdispatch locks them itself).
    private struct Sources: @unchecked Sendable {
        var list: [any DispatchSourceSignal] = []
    }

    /// The dispatch sources, kept alive for the life of the process.
    private static let sources = Mutex(Sources())

    /// Installs the handlers; call once, first thing in the process, before any other thread is started.
    ///
    /// SIGPIPE is handled like the others when it is sent (`kill -PIPE`); a write to a pipe whose reader has gone
    /// fails with `EPIPE` instead of killing the process at once, and the command line then ends the run quietly
    /// with ``end(by:)``.
    static func removeTemporaryFilesOnSignals() {
        // Blocked in this thread before any other thread exists, so in every thread: a signal sent to the process
        // then waits, pending, until the dispatch source reads it. Were one thread to leave it unblocked, the
        // kernel could discard it there as ignored, and the run would go on. (libdispatch blocks each signal only in
        // the thread that happens to register its source.)
        var set = sigset_t()
        sigemptyset(&set)
        for number in signals { sigaddset(&set, number) }
        _ = pthread_sigmask(SIG_BLOCK, &set, nil)
        let queue = DispatchQueue(label: "chiso.interruption")
        for number in signals {
            // The default action would end the process at once; ignored, the signal reaches the dispatch source.
            _ = signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
            source.setEventHandler { end(by: number) }
            source.resume()
            sources.withLock { $0.list.append(source) }
        }
    }

    /// Removes every temporary file being written, then ends the process by `number` with the signal's default
    /// action, as if the signal had never been handled.
    ///
    /// - Parameter number: The signal, one whose default action ends the process.
    static func end(by number: Int32) -> Never {
        TemporaryFiles.removeAll()
        _ = signal(number, SIG_DFL)
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, number)
        // Unblocked in this thread and raised here, the signal is delivered before `raise` returns.
        _ = pthread_sigmask(SIG_UNBLOCK, &set, nil)
        _ = raise(number)
        // Not reached; should the signal not end the process, the status a shell would show.
        _exit(128 + number)
    }
}
