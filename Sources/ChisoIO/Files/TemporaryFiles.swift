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
/// Any thread may register, unregister or remove; the set is guarded by a lock.
package enum TemporaryFiles {
    private static let live = Mutex<Set<String>>([])

    /// Notes a temporary file that has just been created.
    package static func register(_ path: String) {
        live.withLock { _ = $0.insert(path) }
    }

    /// Forgets a temporary file that has been renamed into place or removed.
    package static func unregister(_ path: String) {
        live.withLock { _ = $0.remove(path) }
    }

    /// The temporary files being written now, sorted.
    package static var paths: [String] {
        live.withLock { $0.sorted() }
    }

    /// Removes every temporary file being written, for a process that is about to exit on a signal; the files stay
    /// registered as removed so that nothing writes them again.
    ///
    /// - Returns: How many files were removed.
    @discardableResult
    package static func removeAll() -> Int {
        live.withLock { paths in
            var removed = 0
            for path in paths where unlink(path) == 0 { removed += 1 }
            paths.removeAll()
            return removed
        }
    }
}
