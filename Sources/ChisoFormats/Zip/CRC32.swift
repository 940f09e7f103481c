/// The CRC-32 checksum of ZIP (ISO 3309, reflected polynomial `0xEDB88320`), computed a byte at a time from a table.
///
/// Feed bytes with ``update(_:)`` as they come; ``value`` is the checksum of everything fed so far.
package struct CRC32: Sendable, Hashable {
    /// The running register, inverted.
    private var register: UInt32 = 0xFFFF_FFFF

    /// A checksum of nothing yet.
    package init() {}

    /// The checksum of `bytes`.
    ///
    /// - Complexity: O(*n*) in the number of bytes.
    package static func checksum(_ bytes: some Collection<UInt8>) -> UInt32 {
        var crc = CRC32()
        crc.update(bytes)
        return crc.value
    }

    /// Adds `bytes` to the checksum.
    ///
    /// - Complexity: O(*n*) in the number of bytes.
    package mutating func update(_ bytes: some Collection<UInt8>) {
        let table = Self.table
        var crc = register
        let done: Void? = bytes.withContiguousStorageIfAvailable { buffer in
            for byte in buffer { crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
        }
        if done == nil {
            for byte in bytes { crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
        }
        register = crc
    }

    /// The checksum of the bytes fed so far.
    package var value: UInt32 { register ^ 0xFFFF_FFFF }

    /// The remainder of each byte value, for the reflected polynomial.
    private static let table: [UInt32] = (0..<256).map { index in
        var value = UInt32(index)
        for _ in 0..<8 { value = value & 1 == 1 ? (value >> 1) ^ 0xEDB8_8320 : value >> 1 }
        return value
    }
}
