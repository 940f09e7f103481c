// Foundation: file identity (FileManager attributes) and path components (URL).
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes command output to a file atomically (to a temporary file beside it, then renamed over it), refusing to
/// write over any input of the command, or to standard output.
public enum OutputFile {
    /// Streams a document to `path`, or to standard output when `path` is `nil`.
    ///
    /// `body` writes the document unit by unit to the sink it is given; the sink writes blocks of 64 KiB as they
    /// fill, so the whole document is never held in memory. A file is written under a temporary name in its
    /// directory and renamed over `path` only once `body` has returned and everything is on disk: if anything
    /// fails, the temporary file is removed and an earlier file at `path` is left as it was. A file that is
    /// replaced keeps its permissions; a new one gets the usual ones (0666 less the umask).
    ///
    /// Standard output cannot be taken back: what `body` wrote before it threw may already have been written.
    ///
    /// ```swift
    /// try OutputFile.stream(to: outputPath, inputs: [csvPath]) { sink throws(InputError) in
    ///     try table.plainText(into: &sink)
    /// }
    /// ```
    ///
    /// - Parameters:
    ///   - path: Where to write, or `nil` for standard output.
    ///   - inputs: The paths of the command's inputs, none of which may be overwritten.
    ///   - body: Writes the document to the sink.
    /// - Throws: ``InputError`` `.usage` when `path` names an input or a directory; `.cannotCreate` when the file
    ///   cannot be created, written or renamed, or standard output cannot be written; whatever `body` throws.
    package static func stream(
        to path: String?,
        inputs: [String],
        _ body: (inout any TextSink) throws(InputError) -> Void
    ) throws(InputError) {
        guard let path else {
            var sink: any TextSink = FileDescriptorSink.standardOutput
            try body(&sink)
            try sink.flush()
            return
        }
        try checkDestination(path, inputs: inputs)
        let file = try ReplacementFile(replacing: path)
        var sink: any TextSink = FileDescriptorSink(
            descriptor: file.descriptor, name: path, hint: "check the free space on its disk")
        do {
            try body(&sink)
            try sink.flush()
            try file.commit()
        } catch {
            file.discard()
            throw error
        }
    }

    /// Writes `text` to `path`, atomically.
    ///
    /// - Parameters:
    ///   - text: The contents.
    ///   - path: Where to write.
    ///   - inputs: The paths of the command's inputs, none of which may be overwritten.
    /// - Throws: ``InputError`` `.usage` when `path` names an input or a directory, `.cannotCreate` when it cannot
    ///   be written.
    public static func write(_ text: String, to path: String, inputs: [String]) throws(InputError) {
        try stream(to: path, inputs: inputs) { sink throws(InputError) in try sink.write(text) }
    }

    /// Writes several files into a directory, each atomically, creating the directory if needed.
    public static func write(_ files: [(name: String, text: String)], into directory: String) throws(InputError) {
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw InputError(
                .cannotCreate, file: directory, message: "cannot create the directory (\(error.localizedDescription))")
        }
        for file in files {
            try write(file.text, to: URL(fileURLWithPath: directory).appendingPathComponent(file.name).path, inputs: [])
        }
    }

    /// Refuses a destination that is one of the inputs or a directory.
    private static func checkDestination(_ path: String, inputs: [String]) throws(InputError) {
        let target = identity(of: path)
        for input in inputs where identity(of: input) == target {
            throw InputError(
                .usage,
                file: path,
                message: "is also an input of this command (\(input)); choose another --output file so that no "
                    + "input is lost"
            )
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw InputError(.usage, file: path, message: "is a directory; --output takes a file name")
        }
    }

    /// What identifies a file: device and inode when it exists (so links and `./a` vs `a` match), else its
    /// absolute, standardised path.
    private static func identity(of path: String) -> String {
        let url = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath()
        if let attributes = try? FileManager.default.attributesOfItem(atPath: url.path),
            let device = attributes[.systemNumber],
            let inode = attributes[.systemFileNumber]
        {
            return "\(device):\(inode)"
        }
        return url.path
    }
}

/// A temporary file in the directory of a destination, that either replaces the destination (``commit()``) or is
/// removed (``discard()``). Exactly one of the two must be called.
private struct ReplacementFile {
    /// The file to replace.
    let destination: String
    /// The temporary file, `.NAME.RANDOM.tmp` beside the destination.
    let temporaryPath: String
    /// The temporary file, open for writing.
    let descriptor: Int32

    /// Creates the temporary file.
    ///
    /// - Throws: ``InputError`` `.cannotCreate` when the directory does not exist or is not writable.
    init(replacing destination: String) throws(InputError) {
        let url = URL(fileURLWithPath: destination)
        let directory = url.deletingLastPathComponent().path
        var lastError: Int32 = 0
        for _ in 0..<8 {
            let suffix = String(UInt64.random(in: 0...UInt64.max), radix: 36)
            let path = URL(fileURLWithPath: directory).appendingPathComponent(".\(url.lastPathComponent).\(suffix).tmp")
                .path
            let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
            if descriptor >= 0 {
                self.destination = destination
                self.temporaryPath = path
                self.descriptor = descriptor
                return
            }
            lastError = errno
            guard lastError == EEXIST || lastError == EINTR else { break }
        }
        throw InputError(
            .cannotCreate,
            file: destination,
            message: "cannot be written (\(SystemError.description(of: lastError)) for a temporary file in "
                + "\(directory)); check that the directory exists and is writable"
        )
    }

    /// Gives the file the permissions of the file it replaces, puts it on disk, closes it and renames it over the
    /// destination; on failure removes it.
    ///
    /// - Throws: ``InputError`` `.cannotCreate` when the file cannot be synced, closed or renamed.
    func commit() throws(InputError) {
        var existing = stat()
        if stat(destination, &existing) == 0, existing.st_mode & S_IFMT == S_IFREG {
            _ = fchmod(descriptor, existing.st_mode & 0o7777)
        }
        if fsync(descriptor) != 0 {
            let code = errno
            discard()
            throw failure("cannot be written (\(SystemError.description(of: code)))")
        }
        if close(descriptor) != 0 {
            let code = errno
            _ = unlink(temporaryPath)
            throw failure("cannot be written (\(SystemError.description(of: code)))")
        }
        if rename(temporaryPath, destination) != 0 {
            let code = errno
            _ = unlink(temporaryPath)
            throw failure("cannot be replaced (\(SystemError.description(of: code))); check its permissions")
        }
        // Put the rename on disk too; a failure here leaves a complete file, so it is not reported.
        let directory = open(URL(fileURLWithPath: destination).deletingLastPathComponent().path, O_RDONLY | O_CLOEXEC)
        if directory >= 0 {
            _ = fsync(directory)
            _ = close(directory)
        }
    }

    /// Closes and removes the temporary file, leaving the destination as it was.
    func discard() {
        _ = close(descriptor)
        _ = unlink(temporaryPath)
    }

    private func failure(_ message: String) -> InputError {
        InputError(.cannotCreate, file: destination, message: message)
    }
}
