package import ChisoCore

/// One JSON object on one line, written straight into text: the fast path for outputs that hold one object per
/// unit (`score --format json`), where building a tree of values per unit would cost more than the scoring.
///
/// Members are written in the order given; strings are escaped and numbers formatted as ``JSONWriter`` does them.
package struct CompactJSON {
    /// The text so far.
    package private(set) var text = ""
    private var needsComma = [false]

    /// Creates an empty writer; call ``beginObject()`` first.
    package init(capacity: Int = 512) {
        text.reserveCapacity(capacity)
    }

    /// Opens an object, as the value of the last key or at the top.
    package mutating func beginObject() {
        text += "{"
        needsComma.append(false)
    }

    /// Closes the innermost object.
    package mutating func endObject() {
        needsComma.removeLast()
        text += "}"
    }

    /// Writes a member's key; its value follows.
    package mutating func key(_ key: String) {
        if needsComma[needsComma.count - 1] { text += ", " }
        needsComma[needsComma.count - 1] = true
        JSONWriter.appendString(key, to: &text)
        text += ": "
    }

    /// A member with a string value, `null` for `nil`.
    package mutating func add(_ key: String, _ value: String?) {
        self.key(key)
        if let value { JSONWriter.appendString(value, to: &text) } else { text += "null" }
    }

    /// A member with a number value, `null` for `nil` or a number that is not finite.
    package mutating func add(_ key: String, _ value: Double?) {
        self.key(key)
        text += value.map(JSONWriter.numberText) ?? "null"
    }

    /// A member with a whole-number value, `null` for `nil`.
    package mutating func add(_ key: String, _ value: Int?) {
        self.key(key)
        text += value.map(String.init) ?? "null"
    }

    /// A member with a boolean value, `null` for `nil`.
    package mutating func add(_ key: String, _ value: Bool?) {
        self.key(key)
        text += value.map { $0 ? "true" : "false" } ?? "null"
    }

    /// A member whose value is an array of strings.
    package mutating func add(_ key: String, strings: [String]) {
        self.key(key)
        text += "["
        for (index, string) in strings.enumerated() {
            if index > 0 { text += ", " }
            JSONWriter.appendString(string, to: &text)
        }
        text += "]"
    }

    /// A member `values`: each measure's value by column name, `null` where missing.
    package mutating func addValues(_ values: [Double?], measures: [Measure]) {
        key("values")
        beginObject()
        for (index, measure) in measures.enumerated() {
            let value = index < values.count ? values[index] : nil
            // A conditional criterion that does not apply to the unit is "n/a", not null (missing).
            if let value, value.isNaN { add(measure.key, "n/a") } else { add(measure.key, value) }
        }
        endObject()
    }

    /// A member whose value is an array of whole numbers.
    package mutating func add(_ key: String, integers: [Int]) {
        self.key(key)
        text += "[" + integers.map(String.init).joined(separator: ", ") + "]"
    }

    /// Appends text between top-level objects (`,` and a line break between the units of an array).
    package mutating func appendRaw(_ raw: String) {
        text += raw
    }

    /// Hands over the text written so far and starts afresh, keeping the capacity.
    package mutating func take() -> String {
        defer { text.removeAll(keepingCapacity: true) }
        return text
    }

    /// A member whose value is written by `JSONWriter` from a value built in memory (small values only).
    package mutating func add(_ key: String, value: JSONNode.Value) {
        self.key(key)
        var nested = ""
        JSONWriter.append(value, to: &nested, indent: 0)
        text += nested.replacingLineBreaks()
    }
}

extension String {
    /// The text with line breaks and the indentation after them turned into single spaces.
    fileprivate func replacingLineBreaks() -> String {
        var result = ""
        var skippingIndent = false
        for character in self {
            if character == "\n" {
                skippingIndent = true
                continue
            }
            if skippingIndent {
                if character == " " { continue }
                skippingIndent = false
                if character != "}" && character != "]" && !result.hasSuffix("[") && !result.hasSuffix("{") {
                    result += " "
                }
            }
            result.append(character)
        }
        return result
    }
}
