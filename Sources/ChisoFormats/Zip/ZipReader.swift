/// Reads a ZIP archive held in memory: its central directory at once, each entry's data when asked for by name.
///
/// Supports entries stored (method 0) or deflated (method 8), with or without data descriptors (sizes and checksum
/// are taken from the central directory), names in UTF-8 (flag bit 11) or code page 437. Refuses ZIP64 archives,
/// archives split over disks, encrypted entries and other methods, each with its own ``ZipError``. Every entry read
/// is checked against its declared size and CRC-32, and against the ``ZipLimits``: a hostile archive is an error,
/// never a crash, a hang or an unbounded allocation.
package struct ZipReader: Sendable {
    /// The entries, in central-directory order.
    package let entries: [ZipEntry]
    /// The bounds kept while reading.
    package let limits: ZipLimits
    /// The archive.
    private let bytes: [UInt8]
    /// The position in ``entries`` of each name.
    private let positions: [String: Int]

    /// The signature that opens an OLE2 compound file (old `.xls`, password-protected `.xlsx`).
    static let compoundFileSignature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

    /// Reads the central directory of the archive `bytes`.
    ///
    /// - Parameters:
    ///   - bytes: The whole archive.
    ///   - limits: The bounds to keep; the entry count and total size are checked here, each entry's size and
    ///     compression ratio when it is read.
    /// - Throws: ``ZipError/notZip(_:)`` for a file that is not a ZIP archive (an OLE2 compound file is told apart),
    ///   ``ZipError/damaged(_:)``, ``ZipError/zip64``, ``ZipError/multiDisk``, ``ZipError/tooManyEntries(count:limit:)``,
    ///   ``ZipError/archiveTooLarge(size:limit:)`` or ``ZipError/duplicateEntry(entry:)``.
    /// - Complexity: O(*n*) in the size of the central directory, plus the search for its end in the last 64 KiB.
    package init(_ bytes: [UInt8], limits: ZipLimits = .standard) throws(ZipError) {
        if bytes.isEmpty { throw .notZip(.empty) }
        if bytes.starts(with: Self.compoundFileSignature) { throw .notZip(.compoundFile) }
        guard let end = Self.endOfCentralDirectory(in: bytes) else {
            let isZipStart = bytes.count >= 4 && bytes.littleEndian32(at: 0) == ZipSignature.localHeader
            throw isZipStart ? .damaged(.endOfCentralDirectory) : .notZip(.other)
        }
        let directory = try Self.directoryRange(bytes, endAt: end, limits: limits)
        let entries = try Self.readEntries(bytes, in: directory.range, count: directory.count)
        var positions: [String: Int] = [:]
        var total = 0
        for (position, entry) in entries.enumerated() {
            if positions.updateValue(position, forKey: entry.name) != nil { throw .duplicateEntry(entry: entry.name) }
            total += entry.uncompressedSize
            if total > limits.maximumTotalSize { throw .archiveTooLarge(size: total, limit: limits.maximumTotalSize) }
        }
        self.bytes = bytes
        self.entries = entries
        self.limits = limits
        self.positions = positions
    }

    /// The entry named `name` (exactly, as stored), if there is one.
    package func entry(named name: String) -> ZipEntry? {
        positions[name].map { entries[$0] }
    }

    /// The uncompressed data of the entry named `name`.
    ///
    /// - Throws: ``ZipError/missingEntry(entry:)`` if there is none, else as ``contents(of:)``.
    /// - Complexity: O(*n*) in the entry's compressed and uncompressed size.
    package func contents(named name: String) throws(ZipError) -> [UInt8] {
        guard let entry = entry(named: name) else { throw .missingEntry(entry: name) }
        return try contents(of: entry)
    }

    /// The uncompressed data of `entry`, checked against its declared size and CRC-32.
    ///
    /// - Throws: ``ZipError/encrypted(entry:)``, ``ZipError/unsupportedMethod(entry:method:)``,
    ///   ``ZipError/entryTooLarge(entry:size:limit:)``, ``ZipError/compressionRatioTooHigh(entry:ratio:limit:)``,
    ///   ``ZipError/damaged(_:)``, ``ZipError/badCompressedData(entry:_:)``,
    ///   ``ZipError/sizeMismatch(entry:declared:actual:)`` or ``ZipError/checksumMismatch(entry:declared:actual:)``.
    /// - Complexity: O(*n*) in the entry's compressed and uncompressed size.
    package func contents(of entry: ZipEntry) throws(ZipError) -> [UInt8] {
        try check(entry)
        let data = try dataRange(of: entry)
        let output: [UInt8]
        switch entry.method {
        case .stored:
            output = Array(bytes[data])
        case .deflated:
            do {
                output = try bytes.withUnsafeBufferPointer { (buffer) throws(InflateError) -> [UInt8] in
                    try Inflate.decompress(
                        UnsafeBufferPointer(rebasing: buffer[data]), limit: entry.uncompressedSize,
                        expectedSize: entry.uncompressedSize)
                }
            } catch {
                throw .badCompressedData(entry: entry.name, error)
            }
        case .other(let method):
            throw .unsupportedMethod(entry: entry.name, method: method)
        }
        guard output.count == entry.uncompressedSize else {
            throw .sizeMismatch(entry: entry.name, declared: entry.uncompressedSize, actual: output.count)
        }
        let checksum = CRC32.checksum(output)
        guard checksum == entry.checksum else {
            throw .checksumMismatch(entry: entry.name, declared: entry.checksum, actual: checksum)
        }
        return output
    }

    /// Refuses an entry that is encrypted, in an unknown method, too large or too compressed to be read safely.
    private func check(_ entry: ZipEntry) throws(ZipError) {
        if entry.isEncrypted { throw .encrypted(entry: entry.name) }
        if case .other(let method) = entry.method { throw .unsupportedMethod(entry: entry.name, method: method) }
        if entry.uncompressedSize > limits.maximumEntrySize {
            throw .entryTooLarge(entry: entry.name, size: entry.uncompressedSize, limit: limits.maximumEntrySize)
        }
        if entry.uncompressedSize > limits.ratioCheckThreshold {
            let ratio = entry.uncompressedSize / max(1, entry.compressedSize)
            if ratio > limits.maximumCompressionRatio {
                throw .compressionRatioTooHigh(
                    entry: entry.name, ratio: ratio, limit: limits.maximumCompressionRatio)
            }
        }
    }

    /// Where `entry`'s compressed data lies, past its local header.
    private func dataRange(of entry: ZipEntry) throws(ZipError) -> Range<Int> {
        let header = entry.localHeaderOffset
        guard header <= bytes.count - 30, bytes.littleEndian32(at: header) == ZipSignature.localHeader else {
            throw .damaged(.localHeader(entry: entry.name))
        }
        if bytes.littleEndian16(at: header + 6) & 1 != 0 { throw .encrypted(entry: entry.name) }
        let start = header + 30 + bytes.littleEndian16(at: header + 26) + bytes.littleEndian16(at: header + 28)
        guard start <= bytes.count, entry.compressedSize <= bytes.count - start else {
            throw .damaged(.localHeader(entry: entry.name))
        }
        return start..<start + entry.compressedSize
    }
}
