#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// What makes a file the same file whatever path names it: its device and inode. A symbolic link, a hard link,
/// `./a` and `a`, `/dev/stdin` redirected from a file all lead to the identity of the file itself.
package struct FileIdentity: Hashable, Sendable {
    /// The device that holds the file.
    package var device: UInt64
    /// The file's inode on that device.
    package var inode: UInt64

    /// The identity of what `path` leads to, symbolic links followed; `nil` when nothing is there.
    package init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        self.init(info)
    }

    /// The identity of the file open as `descriptor`; `nil` when it cannot be looked at.
    package init?(descriptor: Int32) {
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return nil }
        self.init(info)
    }

    /// The identity a `stat` structure gives.
    init(_ info: stat) {
        device = UInt64(truncatingIfNeeded: info.st_dev)
        inode = UInt64(truncatingIfNeeded: info.st_ino)
    }
}
