/// A destination for text written piece by piece: a file being written, standard output, or a string in memory.
///
/// Writers of a document call ``write(_:)`` once per unit (a line, a row, an object) so that a document that grows
/// with the data never has to be held in memory whole.
///
/// Implementation guidance: a conformance may buffer what it is given, but must not reorder or change it; it reports
/// a failure of its destination as an ``InputError`` of kind `.cannotCreate` naming the destination.
package protocol TextSink {
    /// Appends `text` to the destination.
    ///
    /// - Parameter text: The text, written as UTF-8.
    /// - Throws: ``InputError`` `.cannotCreate` when the destination cannot take it.
    mutating func write(_ text: String) throws(InputError)

    /// Hands on anything buffered, so that the destination holds everything written so far.
    ///
    /// - Throws: ``InputError`` `.cannotCreate` when the destination cannot take it.
    mutating func flush() throws(InputError)
}

extension TextSink {
    /// Does nothing: a sink that does not buffer has nothing to hand on.
    package mutating func flush() throws(InputError) {}
}

/// A string is a sink that keeps everything in memory, for tests and for small documents.
///
/// `String.write(_:)` (from `TextOutputStream`) already appends and never fails.
extension String: TextSink {}
