#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads input files, turning every way of failing into an ``InputError`` that names the file. Every file read is
/// recorded in the task's ``readFiles`` log, so that no output replaces it.
///
/// A file is read until its end, not by its size, so that what is not a regular file reads too: `-` for standard
/// input, `/dev/stdin`, a named pipe, and the `/dev/fd/N` of a shell's process substitution (`<(…)`).
public enum InputFile {
    /// What `-` reads instead of the process's standard input, when set: tests run the command line in-process
    /// with `InputFile.$standardInput.withValue(bytes) { … }`.
    @TaskLocal package static var standardInput: [UInt8]? = nil

    /// The files read in this task, when a log is set: the command line sets one for each command
    /// (`InputFile.$readFiles.withValue(ReadFiles()) { … }`), and ``OutputFile`` writes over none of them.
    @TaskLocal package static var readFiles: ReadFiles? = nil

    /// The name that stands for standard input among file arguments.
    public static let standardInputName = "-"

    /// The bytes of a file, or of standard input for `-`.
    ///
    /// - Throws: ``InputError`` `.noInput` when the file does not exist, is a directory or cannot be read.
    /// - Complexity: O(*n*) in the size of the file.
    public static func readBytes(_ path: String) throws(InputError) -> [UInt8] {
        if path == standardInputName {
            if let injected = standardInput { return injected }
            // Standard input redirected from a file (`< data.csv`) is that file: it is an input too.
            readFiles?.record(descriptor: STDIN_FILENO, name: "standard input")
            return try readToEnd(STDIN_FILENO, name: "standard input", sizeHint: 0)
        }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            let code = errno
            let message: FileMessage =
                switch code {
                case ENOENT, ENOTDIR: .noSuchFile
                case EACCES, EPERM: .noPermissionToRead
                default: .cannotOpen(reason: SystemError.text(of: code))
                }
            throw InputError(.noInput, file: path, message)
        }
        defer { _ = close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            throw InputError(.noInput, file: path, FileMessage.cannotRead(reason: SystemError.text(of: errno)))
        }
        guard info.st_mode & S_IFMT != S_IFDIR else {
            throw InputError(.noInput, file: path, FileMessage.inputIsDirectory)
        }
        readFiles?.record(descriptor: descriptor, name: path)
        let isRegular = info.st_mode & S_IFMT == S_IFREG
        return try readToEnd(descriptor, name: path, sizeHint: isRegular ? Int(info.st_size) : 0)
    }

    /// Reads a descriptor until the end of its data, whatever its size claims.
    private static func readToEnd(_ descriptor: Int32, name: String, sizeHint: Int) throws(InputError) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(sizeHint + 1)
        let blockSize = 1 << 16
        var block = [UInt8](repeating: 0, count: blockSize)
        while true {
            let count = block.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, blockSize) }
            if count > 0 {
                bytes.append(contentsOf: block[..<count])
            } else if count == 0 {
                return bytes
            } else if errno != EINTR {
                let code = errno
                throw InputError(
                    .noInput, file: name,
                    code == EISDIR
                        ? FileMessage.inputIsDirectory : .cannotRead(reason: SystemError.text(of: code)))
            }
        }
    }

    /// The text of a UTF-8 file (a leading byte-order mark is dropped).
    ///
    /// - Throws: ``InputError`` `.noInput` when unreadable, `.data` when not valid UTF-8 (with the line).
    public static func readText(_ path: String) throws(InputError) -> String {
        var bytes = try readBytes(path)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        // A workbook (a ZIP archive, or an old OLE2 file) is no text: say what it is rather than "not UTF-8".
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
            throw InputError(.data, [Diagnostic(file: path, FileMessage.spreadsheetNotText)])
        }
        if let bad = UTF8Validation.invalidPositions(in: bytes, limit: 1).first {
            throw InputError(
                .data,
                [
                    Diagnostic(
                        file: path, line: bad.line, column: bad.column,
                        FileMessage.notUTF8)
                ]
            )
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
