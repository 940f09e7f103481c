package import ChisoCore

/// A position in a text file, counted from 1.
public struct SourcePosition: Hashable, Sendable, CustomStringConvertible {
    /// The line, from 1.
    public var line: Int
    /// The column in characters, from 1.
    public var column: Int

    /// Creates a position.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// `line:column`.
    public var description: String { "\(line):\(column)" }
}

/// A JSON value that remembers where it stood in its file, so that config errors can point at it.
package struct JSONNode: Sendable {
    package indirect enum Value: Sendable {
        case null
        case bool(Bool)
        case number(Double)
        case string(String)
        case array([JSONNode])
        /// Members in file order, each with the position of its key.
        case object([(key: String, keyPosition: SourcePosition, value: JSONNode)])
    }

    package var value: Value
    package var position: SourcePosition

    package init(_ value: Value, at position: SourcePosition = SourcePosition(line: 0, column: 0)) {
        self.value = value
        self.position = position
    }
}

extension JSONNode.Value {
    /// A localized text as a JSON object `{vi, en}`.
    package static func localized(_ text: LocalizedText) -> JSONNode.Value {
        var object = JSONObjectBuilder()
        object.add("vi", text.vi)
        object.add("en", text.en)
        return object.value
    }
}
