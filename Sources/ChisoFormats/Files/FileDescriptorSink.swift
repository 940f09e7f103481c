import ChisoCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A sink that buffers text and writes it to an open file descriptor in blocks of 64 KiB.
///
/// The sink does not own the descriptor: it never closes it. Call ``flush()`` when done; what is still buffered
/// when the sink goes away is lost.
package struct FileDescriptorSink: TextSink {
    /// The size of a block handed to `write(2)`.
    package static let blockSize = 1 << 16

    /// The descriptor written to.
    package let descriptor: Int32
    /// The destination as messages name it: a file name or "standard output".
    package let name: String
    /// What to check when writing fails, added to the message.
    private let hint: FileMessage.WriteHint?
    private var buffer: [UInt8] = []

    /// Creates a sink for an open descriptor.
    ///
    /// - Parameters:
    ///   - descriptor: A descriptor open for writing; the caller closes it.
    ///   - name: The destination as messages should name it.
    ///   - hint: What a person should check when writing fails, if anything useful can be said.
    package init(descriptor: Int32, name: String, hint: FileMessage.WriteHint? = nil) {
        self.descriptor = descriptor
        self.name = name
        self.hint = hint
        buffer.reserveCapacity(Self.blockSize)
    }

    /// A sink for the process's standard output.
    package static var standardOutput: FileDescriptorSink {
        FileDescriptorSink(descriptor: STDOUT_FILENO, name: "standard output")
    }

    /// Appends `text`, writing a block to the descriptor whenever 64 KiB have gathered.
    ///
    /// - Throws: ``InputError`` `.cannotCreate` when `write(2)` fails; `.closedPipe` when the descriptor is a pipe
    ///   whose reader has gone (with SIGPIPE ignored, as the executable ignores it).
    package mutating func write(_ text: String) throws(InputError) {
        let count = text.utf8.count
        if buffer.count + count > Self.blockSize { try flush() }
        guard count < Self.blockSize else {
            // Larger than a block: straight through, without copying into the buffer.
            var text = text
            try text.withUTF8 { bytes in writeAll(UnsafeRawBufferPointer(bytes)) }.get()
            return
        }
        buffer.append(contentsOf: text.utf8)
    }

    /// Appends `bytes` as they are (a binary file such as a workbook), after everything buffered.
    ///
    /// - Throws: ``InputError``, as ``write(_:)`` throws.
    package mutating func write(bytes: [UInt8]) throws(InputError) {
        try flush()
        try bytes.withUnsafeBytes { bytes in writeAll(bytes) }.get()
    }

    /// Writes everything buffered to the descriptor.
    ///
    /// - Throws: ``InputError`` `.cannotCreate` when `write(2)` fails; `.closedPipe` when the reader of a pipe has
    ///   gone.
    package mutating func flush() throws(InputError) {
        guard !buffer.isEmpty else { return }
        defer { buffer.removeAll(keepingCapacity: true) }
        try buffer.withUnsafeBytes { bytes in writeAll(bytes) }.get()
    }

    /// Writes all of `bytes`, resuming after partial writes and interruptions.
    ///
    /// Returns a `Result` because the `withUnsafeBytes` family rethrows only untyped errors.
    private func writeAll(_ bytes: UnsafeRawBufferPointer) -> Result<Void, InputError> {
        guard var next = bytes.baseAddress else { return .success(()) }
        var remaining = bytes.count
        while remaining > 0 {
            let written = systemWrite(descriptor, next, remaining)
            if written < 0 {
                if errno == EINTR { continue }
                if errno == EPIPE {
                    return .failure(InputError(.closedPipe, file: name, FileMessage.pipeClosed))
                }
                let reason = SystemError.text(of: errno)
                return .failure(
                    InputError(.cannotCreate, file: name, FileMessage.cannotWrite(reason: reason, hint: hint)))
            }
            remaining -= written
            next += written
        }
        return .success(())
    }
}

/// Texts of `errno` values for messages.
enum SystemError {
    /// What `code` means, as the C library says it.
    static func description(of code: Int32) -> String {
        guard let text = strerror(code) else { return "error \(code)" }
        return String(cString: text)
    }

    /// What `code` means, in Vietnamese for the codes a person meets reading and writing files, and as the C library
    /// says it in English (and in Vietnamese for any other code).
    static func text(of code: Int32) -> LocalizedText {
        let english = description(of: code)
        let vi: String? =
            switch code {
            case EACCES: "không có quyền truy cập"
            case EPERM: "không được phép"
            case ENOENT: "không có tệp hay thư mục này"
            case ENOTDIR: "một phần của đường dẫn không phải là thư mục"
            case EISDIR: "đây là một thư mục"
            case ENOSPC: "ổ đĩa hết chỗ trống"
            case EDQUOT: "đã dùng hết hạn mức dung lượng"
            case EROFS: "hệ thống tệp chỉ cho đọc"
            case EEXIST: "tệp đã có"
            case EIO: "lỗi đọc ghi của thiết bị"
            case ENAMETOOLONG: "tên tệp quá dài"
            case ELOOP: "quá nhiều tầng liên kết tượng trưng"
            case EMFILE, ENFILE: "đang mở quá nhiều tệp"
            default: nil
            }
        return LocalizedText(vi: vi ?? english, en: english)
    }
}

/// `write(2)`, named apart from ``FileDescriptorSink/write(_:)``.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}
