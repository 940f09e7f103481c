public import ChisoCore

/// Reads one cell of an assessment file as a value of a measure's kind.
public enum CellParser {
    /// The result of reading a cell.
    public enum Reading: Hashable, Sendable {
        /// A value.
        case value(Double)
        /// The cell is empty, `NA`, `N/A` or `-`: the value is missing.
        case missing
        /// The cell cannot be read; the message says what was expected.
        case invalid(String)
    }

    /// The result of reading a cell, with the problem typed and worded in both languages.
    package enum Outcome: Hashable, Sendable {
        /// A value.
        case value(Double)
        /// The cell is empty, `NA`, `N/A` or `-`: the value is missing.
        case missing
        /// The cell cannot be read.
        case invalid(CellProblem)

        /// The outcome with the problem in English.
        package var reading: Reading {
            switch self {
            case .value(let value): .value(value)
            case .missing: .missing
            case .invalid(let problem): .invalid(problem.text.en)
            }
        }
    }

    /// Reads a cell.
    ///
    /// - percentages: percentage points 0–100, with or without `%`, with a decimal point or a decimal comma;
    /// - yes/no: `có`/`không` in any case, with or without diacritics, `yes`/`no`, `true`/`false`, `1`/`0`;
    /// - counts: whole numbers of 0 or more;
    /// - ratios: 0–1; points: 0 to the measure's maximum.
    ///
    /// Surrounding spaces are ignored.
    ///
    /// - Parameters:
    ///   - text: The cell as written.
    ///   - measure: The measure it holds.
    /// - Returns: The reading.
    public static func read(_ text: String, as measure: Measure) -> Reading {
        outcome(text, as: measure).reading
    }

    /// Reads a cell as ``read(_:as:)`` does, with the problem typed.
    package static func outcome(_ text: String, as measure: Measure) -> Outcome {
        if measure.kind == .choice { return choiceOutcome(text, categories: measure.categories) }
        return outcome(text, kind: measure.kind, maximum: measure.maximum, conditional: measure.isConditional)
    }

    /// Reads an answer of a categorical measure: its token or its name in either language, compared loosely
    /// (case, diacritics, NFC); the value is the answer's position.
    package static func choice(_ text: String, categories: [MeasureCategory]) -> Reading {
        choiceOutcome(text, categories: categories).reading
    }

    /// Reads an answer as ``choice(_:categories:)`` does, with the problem typed.
    package static func choiceOutcome(_ text: String, categories: [MeasureCategory]) -> Outcome {
        let trimmed = TextNormalization.key(text)
        if trimmed.isEmpty || isMissing(trimmed) { return .missing }
        let wanted = TextNormalization.folded(trimmed)
        for (index, category) in categories.enumerated()
        where [category.value, category.name.vi, category.name.en].contains(where: {
            TextNormalization.folded($0) == wanted
        }) {
            return .value(Double(index))
        }
        return .invalid(.notAChoice(choices: categories.map(\.value)))
    }

    /// Reads a cell as a value of `kind`, with `maximum` for points. `KAD` or `không áp dụng` (any case, with or
    /// without diacritics) says that a conditional criterion does not apply to the unit, and is an error for any
    /// other.
    package static func read(_ text: String, kind: MeasureKind, maximum: Double?, conditional: Bool = false) -> Reading
    {
        outcome(text, kind: kind, maximum: maximum, conditional: conditional).reading
    }

    /// Reads a cell as ``read(_:kind:maximum:conditional:)`` does, with the problem typed.
    package static func outcome(_ text: String, kind: MeasureKind, maximum: Double?, conditional: Bool = false)
        -> Outcome
    {
        if let first = text.utf8.first(where: { $0 != 0x20 && $0 != 0x09 }), first | 0x20 == UInt8(ascii: "k"),
            isNotApplicableToken(text)
        {
            return conditional ? .value(Measure.notApplicableValue) : .invalid(.notConditional)
        }
        var text = text
        let reading: Outcome? = text.withUTF8 { bytes in
            var start = 0
            var end = bytes.count
            trim(bytes, &start, &end)
            if start == end || isMissingToken(bytes, start, end) { return .missing }
            let value: Double?
            switch kind {
            case .yesNo:
                guard let answer = yesNo(bytes, start, end) else { return nil }
                value = answer
            case .percent:
                var last = end
                if bytes[last - 1] == UInt8(ascii: "%") {
                    last -= 1
                    trim(bytes, &start, &last)
                }
                value = decimal(bytes, start, last)
            case .count:
                var whole = wholeNumber(bytes, start, end)
                if whole == nil, let number = decimal(bytes, start, end), number >= 0 {
                    // pandas writes a count as 2.0, R a large one as 1e+05: whole numbers, unless the digits after
                    // the point may be thousands (12.345, 1.000).
                    let cell = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
                    if number == number.rounded(), number.isFinite, !NumberHints.mayBeThousands(cell) {
                        whole = number
                    } else {
                        guard let plain = NumberHints.thousands(cell, whole: true) else {
                            return .invalid(.notWhole(cell: cell))
                        }
                        return .invalid(.notOfKind(kind, cell: cell, plain: plain))
                    }
                }
                value = whole
            case .ratio, .points, .number:
                value = decimal(bytes, start, end)
            case .choice:
                value = nil
            }
            guard let value else {
                let cell = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
                return .invalid(.notOfKind(kind, cell: cell, plain: NumberHints.thousands(cell, whole: kind == .count)))
            }
            if let range = kind.validRange(maximum: maximum), !range.contains(value) {
                return .invalid(.outOfRange(kind, maximum: maximum))
            }
            return .value(value)
        }
        // Only a non-ASCII yes/no answer gets here: compare as text, which folds case and NFC/NFD forms.
        return reading ?? yesNoText(text)
    }

    /// Whether a cell says "does not apply": `KAD`, `không áp dụng`.
    static func isNotApplicableToken(_ text: String) -> Bool {
        // Cheap filter first, as every "không" (no) starts with k: "KAD" has 3 bytes, "không áp dụng" 13 or more.
        let bytes = text.utf8
        let isSpace = { (byte: UInt8) in byte == 0x20 || byte == 0x09 }
        let length = bytes.count - bytes.prefix(while: isSpace).count - bytes.reversed().prefix(while: isSpace).count
        guard length == 3 || (13...40).contains(length) else { return false }
        let folded = TextNormalization.folded(text)
        return folded == "kad" || folded == "khong ap dung"
    }

    private static func yesNoText(_ text: String) -> Outcome {
        let word = TextNormalization.folded(text)
        if yesWords.contains(word) { return .value(1) }
        if noWords.contains(word) { return .value(0) }
        return .invalid(.notOfKind(.yesNo, cell: text, plain: nil))
    }

    /// Narrows `start..<end` to drop spaces, tabs and no-break spaces (U+00A0) at both ends.
    private static func trim(_ bytes: UnsafeBufferPointer<UInt8>, _ start: inout Int, _ end: inout Int) {
        while start < end {
            if bytes[start] == 0x20 || bytes[start] == 0x09 {
                start += 1
            } else if bytes[start] == 0xC2, start + 1 < end, bytes[start + 1] == 0xA0 {
                start += 2
            } else {
                break
            }
        }
        while end > start {
            if bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 {
                end -= 1
            } else if bytes[end - 1] == 0xA0, end - 2 >= start, bytes[end - 2] == 0xC2 {
                end -= 2
            } else {
                break
            }
        }
    }

    private static func lower(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
    }

    private static func equalsASCII(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ word: StaticString)
        -> Bool
    {
        guard end - start == word.utf8CodeUnitCount else { return false }
        let pointer = word.utf8Start
        for offset in 0..<(end - start) where lower(bytes[start + offset]) != pointer[offset] { return false }
        return true
    }

    private static func isMissingToken(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        equalsASCII(bytes, start, end, "na") || equalsASCII(bytes, start, end, "n/a")
            || equalsASCII(bytes, start, end, "-")
    }

    /// 1 or 0 for a yes/no word written in ASCII or in precomposed (NFC) Vietnamese — `có`, `không` in any case;
    /// `nil` for other non-ASCII text (decomposed accents), which the caller decides as text.
    private static func yesNo(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Double?? {
        for index in start..<end where bytes[index] >= 0x80 {
            // Only ó, Ó, ô, Ô (C3 B3, C3 93, C3 B4, C3 94) are folded here; other text is decided by the caller.
            guard bytes[index] == 0xC3 || (index > start && bytes[index - 1] == 0xC3) else { return nil }
        }
        for word: StaticString in ["c\u{F3}", "co", "yes", "true", "1", "dat", "1.0"]
        where matchesFolded(bytes, start, end, word) {
            return 1
        }
        for word: StaticString in ["kh\u{F4}ng", "khong", "no", "false", "0", "khong dat", "chua dat", "0.0"]
        where matchesFolded(bytes, start, end, word) {
            return 0
        }
        return .some(nil)
    }

    /// Whether `bytes[start..<end]`, with ASCII letters lowered and Ó/Ô lowered to ó/ô, equals `word` (lowercase
    /// NFC).
    private static func matchesFolded(
        _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ word: StaticString
    ) -> Bool {
        guard end - start == word.utf8CodeUnitCount else { return false }
        let target = word.utf8Start
        for offset in 0..<(end - start) {
            var byte = bytes[start + offset]
            if byte < 0x80 {
                byte = lower(byte)
            } else if offset > 0, bytes[start + offset - 1] == 0xC3, byte == 0x93 || byte == 0x94 {
                byte |= 0x20
            }
            if byte != target[offset] { return false }
        }
        return true
    }

    private static func wholeNumber(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Double? {
        guard end - start <= 15 else { return nil }
        var value: Int64 = 0
        for index in start..<end {
            let byte = bytes[index]
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            value = value * 10 + Int64(byte - 0x30)
        }
        return Double(value)
    }

    private static let powersOfTen: [Double] = (0...15).map { exponent in
        var value = 1.0
        for _ in 0..<exponent { value *= 10 }
        return value
    }

    /// A plain decimal number: optional sign, digits, at most one decimal point or decimal comma.
    ///
    /// Up to 15 digits the value is an exact integer divided by an exact power of ten, one correctly rounded
    /// operation, so it equals what `Double("72.5")` gives; longer numbers go through `Double(String)`.
    private static func decimal(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Double? {
        var index = start
        var negative = false
        if index < end, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
            negative = bytes[index] == UInt8(ascii: "-")
            index += 1
        }
        var mantissa: Int64 = 0
        var digits = 0
        var fractionDigits = 0
        var separators = 0
        let first = index
        while index < end {
            let byte = bytes[index]
            if byte >= 0x30, byte <= 0x39 {
                digits += 1
                if separators > 0 { fractionDigits += 1 }
                if digits <= 15 { mantissa = mantissa * 10 + Int64(byte - 0x30) }
            } else if byte == UInt8(ascii: ".") || byte == UInt8(ascii: ",") {
                separators += 1
            } else if byte | 0x20 == UInt8(ascii: "e"), digits > 0, separators <= 1 {
                return scientific(bytes, start, end, exponentAt: index)
            } else {
                return nil
            }
            index += 1
        }
        guard digits > 0, separators <= 1 else { return nil }
        guard digits <= 15 else {
            var text = negative ? "-" : ""
            for byte in UnsafeBufferPointer(rebasing: bytes[first..<end]) {
                text.append(byte == UInt8(ascii: ",") ? "." : Character(Unicode.Scalar(byte)))
            }
            return Double(text)
        }
        let magnitude = Double(mantissa) / powersOfTen[fractionDigits]
        return negative ? -magnitude : magnitude
    }

    /// A number in scientific notation, as R and pandas write small and large values: `2.7177621474322e-07`,
    /// `1E+3`, `2,5e3`. The mantissa before `exponentAt` is already checked; the exponent must be an optionally
    /// signed whole number.
    private static func scientific(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, exponentAt: Int)
        -> Double?
    {
        var index = exponentAt + 1
        if index < end, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard index < end, end - start <= 64 else { return nil }
        for position in index..<end where bytes[position] < 0x30 || bytes[position] > 0x39 { return nil }
        var text = ""
        for byte in UnsafeBufferPointer(rebasing: bytes[start..<end]) {
            text.append(byte == UInt8(ascii: ",") ? "." : Character(Unicode.Scalar(byte)))
        }
        guard let value = Double(text), value.isFinite else { return nil }
        return value
    }

    /// A whole number as `year` and `registered_level` take it: `2025`, or `2025.0` as pandas writes it; `nil` for
    /// anything else, a negative number among them.
    package static func wholeNumber(_ text: String) -> Int? {
        if let value = Int(text) { return value }
        guard case .value(let number) = read(text, kind: .count, maximum: nil), number.magnitude < 1e15 else {
            return nil
        }
        return Int(number)
    }

    /// Whether a trimmed cell stands for a missing value: empty, `NA`, `N/A` or `-` (any case).
    public static func isMissing(_ cell: String) -> Bool {
        switch cell.lowercased() {
        case "", "na", "n/a", "-": true
        default: false
        }
    }

    /// Yes and no as ``TextNormalization/folded(_:)`` writes them: `có`, `Đạt`, `đạt`; `không`, `Không đạt`,
    /// `chưa đạt` (not yet met).
    private static let yesWords: Set<String> = ["co", "yes", "true", "1", "dat", "1.0"]
    private static let noWords: Set<String> = ["khong", "no", "false", "0", "khong dat", "chua dat", "0.0"]
}
