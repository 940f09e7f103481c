import Synchronization

/// The files a run has read, each by its ``FileIdentity`` with the name it was read by, so that no output is written
/// over any of them, however the run came to read it: a file named on the command line, a `childFramework` beside
/// a framework file, the `from` framework of a crosswalk, an alternative framework of an uncertainty spec.
///
/// ``InputFile`` records every file it reads into the log of the current task (``InputFile/readFiles``), and
/// ``OutputFile`` refuses a destination that is in it, so a reader added later cannot forget to name its files.
/// Any thread may record and look up; one lock guards the log.
package final class ReadFiles: Sendable {
    private let entries = Mutex<[FileIdentity: String]>([:])

    /// Creates an empty log.
    package init() {}

    /// Notes that the file open as `descriptor` was read under the name `name`; the first name a file was read by
    /// is kept.
    package func record(descriptor: Int32, name: String) {
        guard let identity = FileIdentity(descriptor: descriptor) else { return }
        entries.withLock { entries in
            if entries[identity] == nil { entries[identity] = name }
        }
    }

    /// The name the file was read by, if it was read.
    package func name(of identity: FileIdentity) -> String? {
        entries.withLock { $0[identity] }
    }

    /// How many files were read.
    package var count: Int {
        entries.withLock { $0.count }
    }
}
