public import ChisoCore

/// What the XML scanner and the SpreadsheetML readers find wrong with a part of a workbook, in both languages.
public enum XMLMessage: DiagnosticMessage, Hashable {
    /// The bytes are not valid UTF-8.
    case invalidUTF8
    /// The declaration names an encoding other than UTF-8 (or the file starts with a UTF-16 byte order mark).
    case unsupportedEncoding(String)
    /// The document ends inside `construct`.
    case unexpectedEnd(inside: Construct)
    /// A `construct` is not written as XML requires.
    case malformed(Construct)
    /// An end tag `found` closes an element opened as `expected`.
    case mismatchedEndTag(expected: String, found: String)
    /// An end tag `name` with no element open.
    case unexpectedEndTag(String)
    /// The element `name` is never closed.
    case unclosedElement(String)
    /// A document type declaration (`<!DOCTYPE`), refused so that no entity can be declared or expanded.
    case doctypeRefused
    /// An entity reference other than the five XML predefines.
    case unknownEntity(String)
    /// A numeric character reference to no allowed character.
    case invalidCharacterReference(String)
    /// An attribute given twice on one element.
    case duplicateAttribute(String)
    /// Text (other than white space) before or after the root element.
    case textOutsideRoot
    /// A second root element.
    case secondRoot(String)
    /// The document has no element.
    case noRoot
    /// A limit of the scanner is passed; `limit` is its value.
    case limitExceeded(Limit, limit: Int)
    /// An `<?xml …?>` declaration anywhere but at the very start.
    case misplacedDeclaration
    /// A cell reference that is not a column in letters and a row in digits within Excel's sheet size.
    case badCellReference(String)
    /// A required attribute is missing.
    case missingAttribute(element: String, attribute: String)
    /// An attribute that must be a whole number is not.
    case badNumber(attribute: String, value: String)
    /// Two cells at the same reference.
    case duplicateCell(String)
    /// The part's root element is not the one its kind has.
    case unexpectedRoot(found: String, expected: String)

    /// The markup in which a problem stands.
    public enum Construct: String, Hashable, Sendable, CaseIterable {
        /// A start tag or an empty-element tag.
        case startTag
        /// An end tag.
        case endTag
        /// An attribute.
        case attribute
        /// A name.
        case name
        /// A comment.
        case comment
        /// A CDATA section.
        case cdata
        /// A processing instruction.
        case processingInstruction
        /// An entity or character reference.
        case reference
        /// The XML declaration.
        case declaration
        /// Markup starting with `<!`.
        case markupDeclaration
        /// Character data.
        case text
    }

    /// A limit of the scanner (see ``XMLScanner/Limits``).
    public enum Limit: String, Hashable, Sendable, CaseIterable {
        /// Elements nested in one another.
        case depth
        /// Attributes of one element.
        case attributes
        /// Bytes of one name.
        case nameLength
        /// Bytes of the document.
        case size
    }

    /// One example of every case.
    public static var examples: [Self] {
        [
            .invalidUTF8, .unsupportedEncoding("UTF-16"), .unexpectedEnd(inside: .comment), .malformed(.attribute),
            .mismatchedEndTag(expected: "row", found: "c"), .unexpectedEndTag("row"), .unclosedElement("sheetData"),
            .doctypeRefused, .unknownEntity("lol"), .invalidCharacterReference("#0"), .duplicateAttribute("r"),
            .textOutsideRoot, .secondRoot("sst"), .noRoot, .limitExceeded(.depth, limit: 256), .misplacedDeclaration,
            .badCellReference("C0"), .missingAttribute(element: "sheet", attribute: "name"),
            .badNumber(attribute: "s", value: "x"), .duplicateCell("B2"),
            .unexpectedRoot(found: "html", expected: "worksheet"),
        ]
            + Construct.allCases.map { .malformed($0) } + Limit.allCases.map { .limitExceeded($0, limit: 10) }
    }

    /// The stable code of the case.
    public var code: String {
        switch self {
        case .invalidUTF8: "xml.invalid-utf8"
        case .unsupportedEncoding: "xml.unsupported-encoding"
        case .unexpectedEnd: "xml.unexpected-end"
        case .malformed: "xml.malformed"
        case .mismatchedEndTag: "xml.mismatched-end-tag"
        case .unexpectedEndTag: "xml.unexpected-end-tag"
        case .unclosedElement: "xml.unclosed-element"
        case .doctypeRefused: "xml.doctype-refused"
        case .unknownEntity: "xml.unknown-entity"
        case .invalidCharacterReference: "xml.invalid-character-reference"
        case .duplicateAttribute: "xml.duplicate-attribute"
        case .textOutsideRoot: "xml.text-outside-root"
        case .secondRoot: "xml.second-root"
        case .noRoot: "xml.no-root"
        case .limitExceeded: "xml.limit-exceeded"
        case .misplacedDeclaration: "xml.misplaced-declaration"
        case .badCellReference: "xlsx.bad-cell-reference"
        case .missingAttribute: "xlsx.missing-attribute"
        case .badNumber: "xlsx.bad-number"
        case .duplicateCell: "xlsx.duplicate-cell"
        case .unexpectedRoot: "xlsx.unexpected-root"
        }
    }

    /// The message in both languages.
    public var text: LocalizedText {
        switch self {
        case .invalidUTF8, .unsupportedEncoding, .unexpectedEnd, .malformed, .doctypeRefused, .unknownEntity,
            .invalidCharacterReference, .limitExceeded:
            Self.documentText(self)
        default: Self.structureText(self)
        }
    }
}
