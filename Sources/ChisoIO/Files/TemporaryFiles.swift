import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The temporary files being written in this process, so that an interrupted run (SIGINT, SIGTERM) can remove them
/// before it exits instead of leaving `.NAME.RANDOM.tmp` files beside its outputs.
///
/// Any thread may create, unregister or remove; one lock guards the set. A file is created and registered under the
/// lock, and once ``removeAll()`` has run no file is created any more, so that no file is left whichever thread
/// comes first.
package enum TemporaryFiles {
    private struct State {
        var paths: Set<String> = []
        var isClosed = false
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
        state.withLock { state in
            guard !state.isClosed else {
                errno = ECANCELED
                return -1
            }
            let descriptor = open(path)
            if descriptor >= 0 { state.paths.insert(path) }
            return descriptor
        }
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
