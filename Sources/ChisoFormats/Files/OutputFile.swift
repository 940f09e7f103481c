import ChisoCore
// Foundation: file identity (FileManager attributes), path components (URL), creating directories.
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes command output to a file or to standard output, never losing what was there by accident.
///
/// - A regular file is written atomically: to a temporary file beside it, then renamed over it; a symbolic link is
///   followed and its target replaced, so the link stays. A replaced file keeps its mode.
/// - A file that is an input of the command is never written over; a file without write permission is never
///   replaced (even by root, whom the rename would let through); a file a person may have edited is replaced only
///   when the caller says so (``Existing/keep``).
/// - A device or FIFO (`/dev/null`, `/dev/full`, a named pipe) is written directly, and `/dev/stdout`,
///   `/dev/stderr`, `/dev/fd/N` are the process's own descriptors, written as they are.
public enum OutputFile {
    /// What may become of a regular file already at the destination.
    public enum Existing: Sendable {
        /// Replace it: an earlier result of the same command (`score`, `explain`).
        case replace
        /// Leave it and fail: a file people edit after it is written (`template`, `sample`, `frameworks new`), which
        /// is replaced only when the user asks (`--force`).
        case keep
    }

    /// Streams a document to `path`, or to standard output when `path` is `nil`.
    ///
    /// `body` writes the document unit by unit to the sink it is given; the sink writes blocks of 64 KiB as they
    /// fill, so the whole document is never held in memory. A regular file is written under a temporary name in its
    /// directory and renamed over `path` only once `body` has returned and everything is on disk: if anything
    /// fails, the temporary file is removed and an earlier file at `path` is left as it was. While it is written,
    /// the temporary file is listed in ``TemporaryFiles``, so that an interrupted process can remove it. A file that
    /// is replaced keeps its permissions; a new one gets the usual ones (0666 less the umask).
    ///
    /// Standard output, a device and a FIFO cannot be taken back: what `body` wrote before it threw may already have
    /// been written.
    ///
    /// ```swift
    /// try OutputFile.stream(to: outputPath, inputs: [csvPath]) { sink throws(InputError) in
    ///     try table.plainText(into: &sink)
    /// }
    /// ```
    ///
    /// - Parameters:
    ///   - path: Where to write, or `nil` for standard output.
    ///   - inputs: The paths of the command's inputs, none of which may be overwritten; nor may any file read in this
    ///     task (``InputFile/readFiles``).
    ///   - existing: What may become of a regular file already at `path`.
    ///   - body: Writes the document to the sink.
    /// - Throws: ``InputError`` `.usage` when `path` is empty, names an input or a directory; `.cannotCreate` when
    ///   a file exists and `existing` is ``Existing/keep``, when it is read-only, or when the destination cannot be
    ///   created, written or renamed (a full disk or `/dev/full` among them); whatever `body` throws.
    package static func stream(
        to path: String?,
        inputs: [String],
        existing: Existing = .replace,
        _ body: (inout any TextSink) throws(InputError) -> Void
    ) throws(InputError) {
        guard let path else {
            var sink: any TextSink = FileDescriptorSink.standardOutput
            try body(&sink)
            try sink.flush()
            return
        }
        switch try OutputDestination.resolve(path) {
        case .descriptor(let descriptor):
            var sink: any TextSink = FileDescriptorSink(descriptor: descriptor, name: path)
            try body(&sink)
            try sink.flush()
        case .special(let special):
            try streamInPlace(to: special, body)
        case .file(let target, let mode):
            try checkInputs(path, inputs: inputs)
            if let mode { try checkReplaceable(path, target: target, mode: mode, existing: existing) }
            let file = try ReplacementFile(replacing: target, name: path)
            var sink: any TextSink = FileDescriptorSink(
                descriptor: file.descriptor, name: path, hint: .freeSpace)
            do {
                try body(&sink)
                try sink.flush()
                // Once more, for a file read while the document was written.
                try checkInputs(path, inputs: inputs)
                try file.commit()
            } catch {
                file.discard()
                throw error
            }
        }
    }

    /// Writes `text` to `path`, atomically where `path` is a regular file.
    ///
    /// - Parameters:
    ///   - text: The contents.
    ///   - path: Where to write.
    ///   - inputs: The paths of the command's inputs, none of which may be overwritten; nor may any file read in this
    ///     task (``InputFile/readFiles``).
    ///   - existing: What may become of a regular file already at `path`.
    /// - Throws: ``InputError``, as ``stream(to:inputs:existing:_:)`` throws.
    public static func write(_ text: String, to path: String, inputs: [String], existing: Existing = .replace)
        throws(InputError)
    {
        try stream(to: path, inputs: inputs, existing: existing) { sink throws(InputError) in try sink.write(text) }
    }

    /// Writes `bytes` (a binary file such as a workbook) to `path`, atomically where `path` is a regular file.
    ///
    /// - Throws: ``InputError``, as ``stream(to:inputs:existing:_:)`` throws.
    package static func write(bytes: [UInt8], to path: String, inputs: [String], existing: Existing = .replace)
        throws(InputError)
    {
        try stream(to: path, inputs: inputs, existing: existing) { sink throws(InputError) in
            // A path is always written through a descriptor sink.
            guard var file = sink as? FileDescriptorSink else { return }
            try file.write(bytes: bytes)
            sink = file
        }
    }

    /// Writes several files into a directory, each atomically, creating the directory if needed. With
    /// ``Existing/keep``, no file is written when any of them exists.
    ///
    /// - Throws: ``InputError`` `.cannotCreate` when the directory cannot be created, a file exists and `existing`
    ///   is ``Existing/keep``, or a file cannot be written.
    public static func write(
        _ files: [(name: String, text: String)], into directory: String, existing: Existing = .replace
    ) throws(InputError) {
        try write(bytes: files.map { ($0.name, Array($0.text.utf8)) }, into: directory, inputs: [], existing: existing)
    }

    /// Writes straight into an existing file that cannot be replaced: a device or a FIFO.
    private static func streamInPlace(to path: String, _ body: (inout any TextSink) throws(InputError) -> Void)
        throws(InputError)
    {
        let descriptor = open(path, O_WRONLY | O_CLOEXEC | O_NOCTTY)
        guard descriptor >= 0 else {
            throw InputError(
                .cannotCreate, file: path,
                FileMessage.cannotOpenForWriting(reason: SystemError.text(of: errno)))
        }
        var sink: any TextSink = FileDescriptorSink(descriptor: descriptor, name: path)
        do {
            try body(&sink)
            try sink.flush()
        } catch {
            _ = close(descriptor)
            throw error
        }
        if close(descriptor) != 0 {
            throw InputError(
                .cannotCreate, file: path,
                FileMessage.cannotWrite(reason: SystemError.text(of: errno), hint: nil))
        }
    }

    /// Refuses to replace a file the user asked to keep or that has no write permission.
    ///
    /// Write permission is read from the mode bits as well as asked of the system (`access(2)`), because root
    /// passes every `access` check and a rename needs only the directory's permission: a file with no `w` bit at all
    /// is left alone whoever runs chiso.
    static func checkReplaceable(_ path: String, target: String, mode: mode_t, existing: Existing)
        throws(InputError)
    {
        if existing == .keep {
            throw InputError(
                .cannotCreate, file: path,
                FileMessage.exists)
        }
        if mode & 0o222 == 0 || access(target, W_OK) != 0 {
            let octal = String(mode & 0o7777, radix: 8)
            throw InputError(
                .cannotCreate, file: path,
                FileMessage.readOnly(mode: String(repeating: "0", count: max(0, 4 - octal.count)) + octal))
        }
    }

    /// Refuses a destination that is one of the inputs: a file named in `inputs`, or any file this task has read
    /// (``InputFile/readFiles``), such as a framework named inside another input.
    private static func checkInputs(_ path: String, inputs: [String]) throws(InputError) {
        let target = FileIdentity(path: path)
        func refuse(_ input: String) -> InputError {
            InputError(
                .usage,
                file: path,
                FileMessage.isInput(input: input)
            )
        }
        if let target, let read = InputFile.readFiles?.name(of: target) { throw refuse(read) }
        let standardised = standardisedPath(path)
        for input in inputs where !input.isEmpty && input != InputFile.standardInputName {
            let same = target.map { FileIdentity(path: input) == $0 } ?? (standardisedPath(input) == standardised)
            if same { throw refuse(input) }
        }
    }

    /// A path made absolute and standardised, links resolved: what identifies a file that does not exist yet.
    private static func standardisedPath(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
}
