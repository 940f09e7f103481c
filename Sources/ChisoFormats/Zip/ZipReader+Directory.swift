/// The signatures that open ZIP records (APPNOTE 4.3), as little-endian numbers.
enum ZipSignature {
    /// A local file header, `PK\u{3}\u{4}`.
    static let localHeader: UInt32 = 0x0403_4B50
    /// A central directory header, `PK\u{1}\u{2}`.
    static let centralHeader: UInt32 = 0x0201_4B50
    /// The end-of-central-directory record, `PK\u{5}\u{6}`.
    static let endOfCentralDirectory: UInt32 = 0x0605_4B50
    /// The ZIP64 end-of-central-directory locator, `PK\u{6}\u{7}`.
    static let zip64Locator: UInt32 = 0x0706_4B50
}

extension ZipReader {
    /// The offset of the end-of-central-directory record: the last signature within the last 64 KiB + 22 bytes
    /// (the record and the longest comment) whose comment fits in the file.
    static func endOfCentralDirectory(in bytes: [UInt8]) -> Int? {
        guard bytes.count >= 22 else { return nil }
        let lowest = max(0, bytes.count - 22 - 0xFFFF)
        for offset in stride(from: bytes.count - 22, through: lowest, by: -1)
        where bytes[offset] == 0x50 && bytes.littleEndian32(at: offset) == ZipSignature.endOfCentralDirectory {
            if offset + 22 + bytes.littleEndian16(at: offset + 20) <= bytes.count { return offset }
        }
        return nil
    }

    /// The bytes and entry count of the central directory the end record at `end` describes, checked.
    static func directoryRange(_ bytes: [UInt8], endAt end: Int, limits: ZipLimits) throws(ZipError)
        -> (range: Range<Int>, count: Int)
    {
        let disk = bytes.littleEndian16(at: end + 4)
        let directoryDisk = bytes.littleEndian16(at: end + 6)
        let countOnDisk = bytes.littleEndian16(at: end + 8)
        let count = bytes.littleEndian16(at: end + 10)
        let size = bytes.littleEndian32(at: end + 12)
        let offset = bytes.littleEndian32(at: end + 16)
        let hasLocator = end >= 20 && bytes.littleEndian32(at: end - 20) == ZipSignature.zip64Locator
        if hasLocator || count == 0xFFFF || size == 0xFFFF_FFFF || offset == 0xFFFF_FFFF { throw .zip64 }
        if disk != 0 || directoryDisk != 0 || countOnDisk != count { throw .multiDisk }
        if count > limits.maximumEntryCount { throw .tooManyEntries(count: count, limit: limits.maximumEntryCount) }
        guard Int(offset) + Int(size) <= end else { throw .damaged(.centralDirectory) }
        return (Int(offset)..<Int(offset) + Int(size), count)
    }

    /// The `count` entries of the central directory in `range`.
    static func readEntries(_ bytes: [UInt8], in range: Range<Int>, count: Int) throws(ZipError) -> [ZipEntry] {
        var entries: [ZipEntry] = []
        entries.reserveCapacity(count)
        var position = range.lowerBound
        for _ in 0..<count {
            guard position <= range.upperBound - 46,
                bytes.littleEndian32(at: position) == ZipSignature.centralHeader
            else { throw .damaged(.centralDirectory) }
            let nameLength = bytes.littleEndian16(at: position + 28)
            let next =
                position + 46 + nameLength + bytes.littleEndian16(at: position + 30)
                + bytes.littleEndian16(at: position + 32)
            guard next <= range.upperBound else { throw .damaged(.centralDirectory) }
            entries.append(try entry(bytes, at: position, name: position + 46..<position + 46 + nameLength))
            position = next
        }
        return entries
    }

    /// The entry whose central directory header starts at `position`, its name in `nameRange`.
    private static func entry(_ bytes: [UInt8], at position: Int, name nameRange: Range<Int>) throws(ZipError)
        -> ZipEntry
    {
        let flags = bytes.littleEndian16(at: position + 8)
        let compressedSize = bytes.littleEndian32(at: position + 20)
        let uncompressedSize = bytes.littleEndian32(at: position + 24)
        let offset = bytes.littleEndian32(at: position + 42)
        if compressedSize == 0xFFFF_FFFF || uncompressedSize == 0xFFFF_FFFF || offset == 0xFFFF_FFFF { throw .zip64 }
        let nameBytes = bytes[nameRange]
        let name =
            flags & 0x800 != 0 ? String(decoding: nameBytes, as: UTF8.self) : CodePage437.decode(nameBytes)
        return ZipEntry(
            name: name, method: .init(code: bytes.littleEndian16(at: position + 10)), isEncrypted: flags & 1 != 0,
            checksum: bytes.littleEndian32(at: position + 16), compressedSize: Int(compressedSize),
            uncompressedSize: Int(uncompressedSize), localHeaderOffset: Int(offset))
    }
}

extension [UInt8] {
    /// The little-endian 16-bit number at `offset`, which must leave two bytes in the array.
    @inline(__always)
    func littleEndian16(at offset: Int) -> Int {
        Int(self[offset]) | Int(self[offset + 1]) << 8
    }

    /// The little-endian 32-bit number at `offset`, which must leave four bytes in the array.
    @inline(__always)
    func littleEndian32(at offset: Int) -> UInt32 {
        UInt32(self[offset]) | UInt32(self[offset + 1]) << 8 | UInt32(self[offset + 2]) << 16
            | UInt32(self[offset + 3]) << 24
    }
}
