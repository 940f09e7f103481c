/// What is wrong with a DEFLATE stream (RFC 1951), found while decoding it.
///
/// Every malformed, hostile or cut-short stream ends in one of these; the decoder never traps and never loops
/// without consuming input.
package enum InflateError: Error, Hashable, Sendable {
    /// The stream ends before its final block does.
    case truncated
    /// A block header names the reserved block type 3.
    case badBlockType
    /// A stored block's length and its one's complement disagree.
    case storedLengthMismatch(length: Int, complement: Int)
    /// A dynamic block declares more length or distance codes than DEFLATE has (`literals` > 286, `distances` > 30).
    case tooManyCodes(literals: Int, distances: Int)
    /// A set of code lengths gives more codes than the bits can hold.
    case overSubscribedCode(CodeTable)
    /// A set of code lengths leaves codes unused where DEFLATE requires a complete code.
    case incompleteCode(CodeTable)
    /// A repeat instruction in a dynamic header repeats nothing or runs past the declared number of lengths.
    case badLengthRepeat
    /// The literal/length code gives no code to the end-of-block symbol 256.
    case missingEndOfBlock
    /// The bits read match no code of the table, or decode to a reserved symbol (length 286–287, distance 30–31).
    case invalidSymbol(CodeTable)
    /// A back-reference reaches `distance` bytes back when only `available` bytes have been written.
    case distanceTooFar(distance: Int, available: Int)
    /// The output would grow past `limit` bytes, the most the caller allowed.
    case outputLimitExceeded(limit: Int)

    /// Which Huffman code of a block a problem is in.
    package enum CodeTable: Hashable, Sendable {
        /// The code that codes the code lengths of a dynamic block.
        case codeLengths
        /// The literal/length code.
        case literalLength
        /// The distance code.
        case distance
    }
}
