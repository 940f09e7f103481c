/// A worksheet cell as ``XMLScanner/plainCell()`` reads it straight from the bytes: its attributes as written and
/// the text of its `<v>`.
struct PlainCell {
    /// The `r` attribute, if written.
    var reference: String?
    /// The `s` attribute, if written.
    var style: String?
    /// The `t` attribute, if written.
    var type: String?
    /// The text of its `<v>`; `nil` for an empty element or `<c …></c>`.
    var value: String?
}

extension XMLScanner {
    /// Reads the `<c>` element at the scan position when it has the plain form spreadsheet programs write —
    /// `<c r="B7" s="3" t="s"><v>12</v></c>`, `<c r="B7"/>`: only the attributes `r`, `s` and `t`, each once, written
    /// `name="value"` (or with `'`) without references or control characters, and no content but one `<v>` holding
    /// such text — and returns it without making an event of each tag. Anything else, and anything malformed, is
    /// left unread (`nil`) for ``next()``, which reads it or points at the problem: this path reads exactly what
    /// ``next()`` would, only faster.
    ///
    /// - Complexity: O(*n*) in the length of the element.
    mutating func plainCell() -> PlainCell? {
        guard !pendingEnd, !open.isEmpty, open.count + 2 <= limits.depth else { return nil }
        let start = index
        guard start + 2 < bytes.count, bytes[start] == Self.lessThan, bytes[start + 1] == UInt8(ascii: "c") else {
            return nil
        }
        var cell = PlainCell()
        guard let tag = plainAttributes(from: start + 2, into: &cell) else { return nil }
        var position = tag.end
        if !tag.isEmpty {  // `>`: the content, then `</c>`
            if !matches("</c>", at: position) {
                guard matches("<v>", at: position) else { return nil }
                let valueStart = position + 3
                var end = valueStart
                while end < bytes.count {
                    let byte = bytes[end]
                    if byte == Self.lessThan { break }
                    if byte < 0x20 || byte == Self.ampersand || byte == Self.greaterThan { return nil }
                    end += 1
                }
                guard matches("</v></c>", at: end) else { return nil }
                cell.value = string(valueStart..<end)
                position = end + 4
            }
            position += 4
        }
        eventOffset = start
        index = position
        return cell
    }

    /// Reads plain `r`, `s` and `t` attributes from `offset` up to `>` or `/>`; returns the offset after it and
    /// whether it was `/>`, or `nil` for anything else.
    private func plainAttributes(from offset: Int, into cell: inout PlainCell) -> (end: Int, isEmpty: Bool)? {
        var position = offset
        var hadSpace = false
        while position < bytes.count {
            let byte = bytes[position]
            if Self.isWhitespace(byte) {
                hadSpace = true
                position += 1
                continue
            }
            if byte == Self.greaterThan { return (position + 1, false) }
            if byte == Self.slash {
                guard position + 1 < bytes.count, bytes[position + 1] == Self.greaterThan else { return nil }
                return (position + 2, true)
            }
            guard hadSpace, position + 2 < bytes.count, bytes[position + 1] == Self.equals else { return nil }
            let quote = bytes[position + 2]
            guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else { return nil }
            var end = position + 3
            while end < bytes.count, bytes[end] != quote {
                let value = bytes[end]
                if value < 0x20 || value == Self.ampersand || value == Self.lessThan { return nil }
                end += 1
            }
            guard end < bytes.count else { return nil }
            let value = string((position + 3)..<end)
            switch byte {
            case UInt8(ascii: "r") where cell.reference == nil: cell.reference = value
            case UInt8(ascii: "s") where cell.style == nil: cell.style = value
            case UInt8(ascii: "t") where cell.type == nil: cell.type = value
            default: return nil
            }
            position = end + 1
            hadSpace = false
        }
        return nil
    }
}
