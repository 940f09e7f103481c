/// Writes JSON piece by piece, in exactly the text ``JSONWriter`` gives for the same value, so that a document
/// that grows with the data can go to its destination one unit at a time.
///
/// The layout is JSONWriter's: two spaces of indentation per level, one member or element per line, an array that
/// holds only scalars on one line (`["a", "b"]`), `{}` and `[]` when empty, a line break after the root value.
/// Because whether an array fits on one line depends on what it holds, the scalars of the innermost open array
/// are kept back until a nested object or array (or the end of the array) decides it; everything else can be
/// handed on at once. Strings, numbers (integers without `.0`, NaN and infinities as `null`) and escapes are
/// written by JSONWriter's own functions.
///
/// The writer gathers text and never fails; ``flush(to:)`` hands it to a sink, for example after each unit:
///
/// ```swift
/// var json = JSONStreamWriter()
/// json.beginObject()
/// json.key("units")
/// json.beginArray()
/// for unit in units {
///     json.beginObject()
///     json.key("id")
///     json.value(unit.id)
///     json.endObject()
///     try json.flush(to: &sink)
/// }
/// json.endArray()
/// json.endObject()
/// try json.finish(to: &sink)
/// ```
///
/// Calls must form one JSON value: a key only directly inside an object and before each of its values, an end
/// for each begin. A call out of place is a programming error and stops the program.
package struct JSONStreamWriter {
    private enum Kind {
        case object
        /// An array that so far holds only scalars, kept in `heldScalars`: it may still fit on one line.
        case scalarArray
        /// An array written one element per line.
        case array
    }

    private struct Level {
        var kind: Kind
        /// Members or elements begun so far.
        var count = 0
        /// Whether a key was written whose value has not been.
        var awaitsValue = false
    }

    /// The open objects and arrays, outermost first.
    private var levels: [Level] = []
    /// The text written and not yet flushed.
    private var text = ""
    /// The scalars of the innermost array while it is a `.scalarArray`, as JSON text.
    private var heldScalars: [String] = []

    /// Whether the root value has been written whole.
    package private(set) var isComplete = false

    /// Creates a writer for one JSON value.
    package init() {}

    /// Begins an object: a root value, an element, or the value of the last key.
    package mutating func beginObject() {
        beginValue(isContainer: true)
        text += "{"
        levels.append(Level(kind: .object))
    }

    /// Ends the innermost open object.
    package mutating func endObject() {
        guard let level = levels.popLast(), level.kind == .object, !level.awaitsValue else {
            preconditionFailure("endObject() without an open object, or after a key without its value")
        }
        text += level.count == 0 ? "}" : "\n" + indentation(levels.count) + "}"
        endValue()
    }

    /// Begins an array: a root value, an element, or the value of the last key.
    package mutating func beginArray() {
        beginValue(isContainer: true)
        text += "["
        levels.append(Level(kind: .scalarArray))
    }

    /// Ends the innermost open array.
    package mutating func endArray() {
        guard let level = levels.popLast(), level.kind != .object else {
            preconditionFailure("endArray() without an open array")
        }
        if level.kind == .scalarArray {
            text += heldScalars.joined(separator: ", ") + "]"
            heldScalars.removeAll()
        } else {
            text += "\n" + indentation(levels.count) + "]"
        }
        endValue()
    }

    /// Writes the key of the next member of the innermost open object.
    ///
    /// - Parameter key: The key, escaped as needed.
    package mutating func key(_ key: String) {
        guard var level = levels.popLast(), level.kind == .object, !level.awaitsValue else {
            preconditionFailure("key(\"\(key)\") outside an object, or after a key without its value")
        }
        text += level.count == 0 ? "\n" : ",\n"
        text += indentation(levels.count + 1)
        JSONWriter.appendString(key, to: &text)
        text += ": "
        level.count += 1
        level.awaitsValue = true
        levels.append(level)
    }

    /// Writes a string, or `null`.
    package mutating func value(_ string: String?) {
        guard let string else { return scalar("null") }
        var quoted = ""
        JSONWriter.appendString(string, to: &quoted)
        scalar(quoted)
    }

    /// Writes a number, or `null` for `nil`, NaN and infinities.
    package mutating func value(_ number: Double?) {
        scalar(number.map(JSONWriter.numberText) ?? "null")
    }

    /// Writes an integer as JSONWriter does (through `Double`, as ``JSONObjectBuilder`` stores it), or `null`.
    package mutating func value(_ number: Int?) {
        value(number.map(Double.init))
    }

    /// Writes `true`, `false` or `null`.
    package mutating func value(_ flag: Bool?) {
        scalar(flag.map { $0 ? "true" : "false" } ?? "null")
    }

    /// Writes an array of strings.
    package mutating func value(strings: [String]) {
        beginArray()
        for string in strings { value(string) }
        endArray()
    }

    /// Writes a value built in memory, such as a ``JSONObjectBuilder``'s, laid out as if it had been streamed.
    ///
    /// - Complexity: O(*n*) in the size of `value`.
    package mutating func value(_ value: JSONNode.Value) {
        switch value {
        case .array, .object:
            beginValue(isContainer: true)
            JSONWriter.append(value, to: &text, indent: 2 * levels.count)
            endValue()
        case .null, .bool, .number, .string:
            var scalarText = ""
            JSONWriter.append(value, to: &scalarText, indent: 0)
            scalar(scalarText)
        }
    }

    /// Hands everything written so far to `sink`, except the scalars of an array whose layout is not yet decided.
    ///
    /// - Throws: What `sink` throws.
    package mutating func flush(to sink: inout some TextSink) throws(InputError) {
        guard !text.isEmpty else { return }
        try sink.write(text)
        text.removeAll(keepingCapacity: true)
    }

    /// Hands the rest of the document, which must be complete, to `sink`.
    ///
    /// - Throws: What `sink` throws.
    package mutating func finish(to sink: inout some TextSink) throws(InputError) {
        precondition(isComplete, "finish(to:) before the root value is complete")
        try flush(to: &sink)
    }

    /// Writes a scalar given as JSON text.
    private mutating func scalar(_ json: String) {
        if levels.last?.kind == .scalarArray {
            levels[levels.count - 1].count += 1
            heldScalars.append(json)
            return
        }
        beginValue(isContainer: false)
        text += json
        endValue()
    }

    /// Writes what comes before a value in its place: nothing for the root or a member's value, a line break and
    /// indentation for an element. An object or array ends the one-line form of the array it is in.
    private mutating func beginValue(isContainer: Bool) {
        guard var level = levels.popLast() else {
            precondition(!isComplete, "a second root value")
            return
        }
        defer { levels.append(level) }
        let elementIndentation = indentation(levels.count + 1)
        switch level.kind {
        case .object:
            precondition(level.awaitsValue, "a value in an object without its key")
            level.awaitsValue = false
        case .scalarArray:
            precondition(isContainer, "scalars of a one-line array are held by scalar(_:)")
            for (index, held) in heldScalars.enumerated() {
                text += (index == 0 ? "\n" : ",\n") + elementIndentation + held
            }
            heldScalars.removeAll()
            level.kind = .array
            fallthrough
        case .array:
            text += (level.count == 0 ? "\n" : ",\n") + elementIndentation
            level.count += 1
        }
    }

    /// Ends a value: after the root value, the document.
    private mutating func endValue() {
        guard levels.isEmpty else { return }
        text += "\n"
        isComplete = true
    }

    private func indentation(_ depth: Int) -> String {
        String(repeating: " ", count: 2 * depth)
    }
}
