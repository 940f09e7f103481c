import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The temporary files being written in this process, so that a run ended by a signal (SIGINT, SIGTERM, SIGHUP, …)
/// can remove them before it ends instead of leaving `.NAME.RANDOM.tmp` files beside its outputs.
///
/// Any thread may create, unregister or remove; one lock guards the set. A file is created and registered under the
/// lock, and once ``removeAll()`` has run no file is created any more, so that no file is left whichever thread
/// comes first.
package enum TemporaryFiles {
    private struct State {
        var paths: Set<String> = []
        var isClosed = false
        var afterCreating: (@Sendable (String) -> Void)?
    }

    private static let state = Mutex(State())

    /// Creates a temporary file with `open` and registers it, unless the process is removing its temporary files to
    /// exit.
    ///
    /// - Parameters:
    ///   - path: The file's path.
    ///   - open: Creates the file and returns its descriptor, or -1 with `errno` set.
    /// - Returns: The descriptor, or -1 with `errno` set (`ECANCELED` when the process is exiting).
    package static func create(_ path: String, with open: (String) -> Int32) -> Int32 {
        let (descriptor, then) = state.withLock { state -> (Int32, (@Sendable (String) -> Void)?) in
            guard !state.isClosed else {
                errno = ECANCELED
                return (-1, nil)
            }
            let descriptor = open(path)
            guard descriptor >= 0 else { return (descriptor, nil) }
            state.paths.insert(path)
            return (descriptor, state.afterCreating)
        }
        then?(path)
        return descriptor
    }

    /// Runs `action` with the path of every temporary file created from now on, once it is registered and outside
    /// the lock: tests of the executable make a run wait there, to signal it while its temporary file exists.
    package static func afterCreating(_ action: @escaping @Sendable (String) -> Void) {
        state.withLock { $0.afterCreating = action }
    }

    /// Forgets a temporary file that has been renamed into place or removed.
    package static func unregister(_ path: String) {
        state.withLock { _ = $0.paths.remove(path) }
    }

    /// The temporary files being written now, sorted.
    package static var paths: [String] {
        state.withLock { $0.paths.sorted() }
    }

    /// Removes every temporary file being written and refuses to create more, for a process that is about to exit on
    /// a signal.
    ///
    /// - Returns: How many files were removed.
    @discardableResult
    package static func removeAll() -> Int {
        state.withLock { state in
            state.isClosed = true
            var removed = 0
            for path in state.paths where unlink(path) == 0 { removed += 1 }
            state.paths.removeAll()
            return removed
        }
    }
}
