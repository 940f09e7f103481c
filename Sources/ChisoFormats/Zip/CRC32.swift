/// The CRC-32 checksum of ZIP (ISO 3309, reflected polynomial `0xEDB88320`), computed eight bytes at a time from
/// eight tables ("slicing by 8"), the rest a byte at a time.
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
            crc = Self.sliced(buffer, crc)
        }
        if done == nil {
            for byte in bytes { crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
        }
        register = crc
    }

    /// The checksum of the bytes fed so far.
    package var value: UInt32 { register ^ 0xFFFF_FFFF }

    /// The register after `buffer`, eight bytes at a time.
    private static func sliced(_ buffer: UnsafeBufferPointer<UInt8>, _ start: UInt32) -> UInt32 {
        var crc = start
        var index = 0
        let count = buffer.count
        slices.withUnsafeBufferPointer { t in
            while index + 8 <= count {
                let low =
                    crc
                    ^ (UInt32(buffer[index]) | UInt32(buffer[index + 1]) << 8 | UInt32(buffer[index + 2]) << 16
                        | UInt32(buffer[index + 3]) << 24)
                crc =
                    t[7 * 256 + Int(low & 0xFF)] ^ t[6 * 256 + Int(low >> 8 & 0xFF)]
                    ^ t[5 * 256 + Int(low >> 16 & 0xFF)] ^ t[4 * 256 + Int(low >> 24)]
                    ^ t[3 * 256 + Int(buffer[index + 4])] ^ t[2 * 256 + Int(buffer[index + 5])]
                    ^ t[256 + Int(buffer[index + 6])] ^ t[Int(buffer[index + 7])]
                index += 8
            }
            while index < count {
                crc = t[Int((crc ^ UInt32(buffer[index])) & 0xFF)] ^ (crc >> 8)
                index += 1
            }
        }
        return crc
    }

    /// The remainder of each byte value, for the reflected polynomial.
    private static let table: [UInt32] = (0..<256).map { index in
        var value = UInt32(index)
        for _ in 0..<8 { value = value & 1 == 1 ? (value >> 1) ^ 0xEDB8_8320 : value >> 1 }
        return value
    }

    /// Eight tables: the first is ``table``, and table *k* is the remainder of a byte followed by *k* zero bytes.
    private static let slices: [UInt32] = {
        var slices = table
        for k in 1..<8 {
            for index in 0..<256 {
                let previous = slices[(k - 1) * 256 + index]
                slices.append(table[Int(previous & 0xFF)] ^ (previous >> 8))
            }
        }
        return slices
    }()
}
