/// A problem with an XML document, at the byte where it was found.
package struct XMLError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What is wrong.
    package var message: XMLMessage
    /// The offset of the offending byte from the start of the document, from 0.
    package var offset: Int
    /// The line of the offending byte, from 1.
    package var line: Int
    /// The column of the offending byte in characters, from 1.
    package var column: Int

    /// Creates an error at `offset` in `bytes`, finding its line and column.
    ///
    /// - Complexity: O(*n*) in `offset`; only paid when a document is refused.
    package init(_ message: XMLMessage, at offset: Int, in bytes: [UInt8]) {
        self.message = message
        self.offset = offset
        var line = 1
        var column = 1
        for byte in bytes[..<min(max(offset, 0), bytes.count)] {
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        self.line = line
        self.column = column
    }

    /// The problem as a diagnostic of `file` (name the part too: `xa.xlsx/xl/worksheets/sheet1.xml`), at its line
    /// and column.
    package func diagnostic(file: String) -> Diagnostic {
        Diagnostic(file: file, line: line, column: column, message)
    }

    /// `line:column: message` in English.
    package var description: String { "\(line):\(column): \(message.text.en)" }
}
