#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where an `--output` path leads, once links are followed: what kind of thing is there decides how it is written.
///
/// - A regular file, or nothing yet, is written atomically: to a temporary file beside it, then renamed over it. A
///   symbolic link is followed first, so that its target is replaced and the link stays a link.
/// - Anything else that exists — a character device (`/dev/null`, `/dev/full`, a terminal), a FIFO — cannot be
///   replaced and is written directly.
/// - `/dev/stdout`, `/dev/stderr`, `/dev/fd/N` and `/proc/self/fd/N` name a descriptor this process already has open;
///   it is written as it is (so that a shell's `>>` keeps appending), never reopened.
enum OutputDestination: Equatable {
    /// A descriptor of this process.
    case descriptor(Int32)
    /// An existing file that is not a regular file or a directory, written in place.
    case special(path: String)
    /// A regular file, after links are followed, that exists (with its mode) or is to be created.
    case file(path: String, existingMode: mode_t?)

    /// The longest chain of symbolic links followed, as the kernel's own limit.
    static let maximumLinks = 40

    /// Finds where `path` leads.
    ///
    /// - Throws: ``InputError`` `.usage` for an empty path or a directory; `.cannotCreate` when the path cannot be
    ///   looked at (a component that is not a directory, no permission to search a directory, a loop of links).
    static func resolve(_ path: String) throws(InputError) -> OutputDestination {
        guard !path.isEmpty else {
            throw InputError(
                .usage, file: "--output",
                FileMessage.emptyOutputName)
        }
        if let descriptor = openDescriptor(named: path) { return .descriptor(descriptor) }
        var info = stat()
        if stat(path, &info) == 0 {
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                throw InputError(.usage, file: path, FileMessage.outputIsDirectory)
            case S_IFREG:
                return .file(path: try followLinks(path), existingMode: info.st_mode)
            default:
                return .special(path: path)
            }
        }
        let code = errno
        guard code == ENOENT else {
            throw InputError(
                .cannotCreate, file: path,
                FileMessage.cannotWrite(reason: SystemError.text(of: code), hint: .pathAndPermissions))
        }
        // Nothing there yet, or a link to nothing: the file is created where the chain of links ends.
        return .file(path: try followLinks(path), existingMode: nil)
    }

    /// The descriptor that `/dev/stdout`, `/dev/stderr`, `/dev/fd/N` or `/proc/self/fd/N` names, if it is open.
    static func openDescriptor(named path: String) -> Int32? {
        let number: Int32?
        switch path {
        case "/dev/stdout": number = STDOUT_FILENO
        case "/dev/stderr": number = STDERR_FILENO
        default:
            let prefix = ["/dev/fd/", "/proc/self/fd/"].first { path.hasPrefix($0) }
            number = prefix.flatMap { Int32(path.dropFirst($0.count)) }
        }
        guard let number, number >= 0, fcntl(number, F_GETFD) != -1 else { return nil }
        return number
    }

    /// The path a chain of symbolic links ends at: the last path that is not a link (it may not exist).
    ///
    /// A relative link is read from the directory of the link, as the kernel reads it; the path is not normalised,
    /// so `..` after a linked directory means what it means to the kernel.
    ///
    /// - Throws: ``InputError`` `.cannotCreate` for a loop of links or a link that cannot be read.
    static func followLinks(_ path: String) throws(InputError) -> String {
        var current = path
        for _ in 0..<maximumLinks {
            var info = stat()
            guard lstat(current, &info) == 0, info.st_mode & S_IFMT == S_IFLNK else { return current }
            guard let target = readLink(current) else {
                throw InputError(
                    .cannotCreate, file: path,
                    FileMessage.unreadableLink(link: current, reason: SystemError.text(of: errno)))
            }
            current = target.hasPrefix("/") ? target : directory(of: current) + "/" + target
        }
        throw InputError(
            .cannotCreate, file: path,
            FileMessage.tooManyLinks(maximum: maximumLinks))
    }

    /// The directory part of a path, as `dirname` gives it: `.` for a bare name, `/` for a file at the root.
    static func directory(of path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        guard let slash = trimmed.lastIndex(of: "/") else { return "." }
        let parent = trimmed[..<slash]
        return parent.isEmpty ? "/" : String(parent)
    }

    /// The last component of a path.
    static func name(of path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        return String(trimmed.split(separator: "/").last ?? trimmed)
    }

    /// The text of a symbolic link, or `nil` with `errno` set.
    private static func readLink(_ path: String) -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink(path, &buffer, buffer.count - 1)
        guard count >= 0 else { return nil }
        return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
