/// One entry of a ZIP archive as its central directory describes it.
package struct ZipEntry: Hashable, Sendable {
    /// How an entry's data is compressed.
    package enum Method: Hashable, Sendable {
        /// Method 0: the bytes as they are.
        case stored
        /// Method 8: DEFLATE.
        case deflated
        /// Another method, by its number (12 is bzip2, 14 LZMA, …): listed, but not read.
        case other(Int)

        /// The method numbered `code` in the ZIP specification.
        init(code: Int) {
            switch code {
            case 0: self = .stored
            case 8: self = .deflated
            default: self = .other(code)
            }
        }

        /// The method's number in the ZIP specification.
        var code: Int {
            switch self {
            case .stored: 0
            case .deflated: 8
            case .other(let code): code
            }
        }
    }

    /// The entry's path inside the archive, `/`-separated, decoded from UTF-8 (flag bit 11) or else code page 437.
    package var name: String
    /// How the data is compressed.
    package var method: Method
    /// Whether the data is encrypted (general-purpose flag bit 0); such an entry is listed but not read.
    package var isEncrypted: Bool
    /// The CRC-32 of the uncompressed data.
    package var checksum: UInt32
    /// The size of the data in the archive.
    package var compressedSize: Int
    /// The size of the data once decompressed.
    package var uncompressedSize: Int
    /// Where the entry's local header starts in the archive.
    package var localHeaderOffset: Int

    /// Whether the entry is a folder (its name ends in `/`).
    package var isDirectory: Bool { name.hasSuffix("/") }
}
