import ChisoIO
import Dispatch
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// What the executable does when it is interrupted (Ctrl-C, SIGINT) or asked to stop (SIGTERM): remove the
/// temporary files of outputs being written, so that no `.NAME.RANDOM.tmp` stays beside them, and exit with the
/// status a shell gives a process killed by that signal (128 + the signal's number: 130, 143).
///
/// The signals are handled on a dispatch queue, not in a signal handler, so that the cleanup may take the lock of
/// the registry of temporary files.
public enum Interruption {
    /// The signals handled, with the exit status of each.
    static let signals: [(signal: Int32, status: Int32)] = [(SIGINT, 130), (SIGTERM, 143)]

    /// Dispatch sources, which are safe to use from any thread (libdispatch locks them itself).
    private struct Sources: @unchecked Sendable {
        var list: [any DispatchSourceSignal] = []
    }

    /// The dispatch sources, kept alive for the life of the process.
    private static let sources = Mutex(Sources())

    /// Installs the handlers; call once, before any output is written.
    public static func removeTemporaryFilesOnInterrupt() {
        let queue = DispatchQueue(label: "chiso.interruption")
        for (number, status) in signals {
            // The default action would end the process at once; ignored, the signal reaches the dispatch source.
            _ = signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
            source.setEventHandler {
                TemporaryFiles.removeAll()
                exit(status)
            }
            source.resume()
            sources.withLock { $0.list.append(source) }
        }
    }
}
