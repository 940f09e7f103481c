#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A temporary file in the directory of a destination, that either replaces the destination (``commit()``) or is
/// removed (``discard()``). Exactly one of the two must be called. While it exists it is listed in
/// ``TemporaryFiles``, so that a process stopped by a signal removes it.
struct ReplacementFile {
    /// The regular file to create or replace, links already followed.
    let destination: String
    /// The destination as the user named it, for messages.
    let name: String
    /// The temporary file, `.NAME.RANDOM.tmp` beside the destination.
    let temporaryPath: String
    /// The temporary file, open for writing.
    let descriptor: Int32

    /// Creates the temporary file.
    ///
    /// - Parameters:
    ///   - destination: The regular file to create or replace, with no link left to follow.
    ///   - name: The destination as the user named it, for messages.
    /// - Throws: ``InputError`` `.cannotCreate` when the directory does not exist or is not writable.
    init(replacing destination: String, name: String) throws(InputError) {
        let directory = OutputDestination.directory(of: destination)
        let base = OutputDestination.name(of: destination)
        var lastError: Int32 = 0
        for _ in 0..<8 {
            let suffix = String(UInt64.random(in: 0...UInt64.max), radix: 36)
            let path = (directory == "/" ? "" : directory) + "/.\(base).\(suffix).tmp"
            let descriptor = TemporaryFiles.create(path) { open($0, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666) }
            if descriptor >= 0 {
                self.destination = destination
                self.name = name
                self.temporaryPath = path
                self.descriptor = descriptor
                return
            }
            lastError = errno
            guard lastError == EEXIST || lastError == EINTR else { break }
        }
        throw InputError(
            .cannotCreate,
            file: name,
            FileMessage.cannotMakeTemporary(reason: SystemError.text(of: lastError), directory: directory)
        )
    }

    /// Gives the file the owner and permissions of the file it replaces, puts it on disk, closes it and renames it
    /// over the destination; on failure removes it.
    ///
    /// - Throws: ``InputError`` `.cannotCreate` when the file cannot be synced, closed or renamed.
    func commit() throws(InputError) {
        var existing = stat()
        if stat(destination, &existing) == 0, existing.st_mode & S_IFMT == S_IFREG {
            // Only root can give a file away; for anyone else this fails on another's file, and is not needed on
            // their own. Ownership goes first: changing it clears the set-user-ID bits that the mode then restores.
            _ = fchown(descriptor, existing.st_uid, existing.st_gid)
            _ = fchmod(descriptor, existing.st_mode & 0o7777)
        }
        if fsync(descriptor) != 0 {
            let code = errno
            discard()
            throw failure(.cannotWrite(reason: SystemError.text(of: code), hint: nil))
        }
        if close(descriptor) != 0 {
            let code = errno
            remove()
            throw failure(.cannotWrite(reason: SystemError.text(of: code), hint: nil))
        }
        if rename(temporaryPath, destination) != 0 {
            let code = errno
            remove()
            throw failure(.cannotReplace(reason: SystemError.text(of: code)))
        }
        TemporaryFiles.unregister(temporaryPath)
        // Put the rename on disk too; a failure here leaves a complete file, so it is not reported.
        let directory = open(OutputDestination.directory(of: destination), O_RDONLY | O_CLOEXEC)
        if directory >= 0 {
            _ = fsync(directory)
            _ = close(directory)
        }
    }

    /// Closes and removes the temporary file, leaving the destination as it was.
    func discard() {
        _ = close(descriptor)
        remove()
    }

    private func remove() {
        _ = unlink(temporaryPath)
        TemporaryFiles.unregister(temporaryPath)
    }

    private func failure(_ message: FileMessage) -> InputError {
        InputError(.cannotCreate, file: name, message)
    }
}
