/// A workbook cell's value as the text a CSV file would hold, so that a sheet reads through the same cell parser:
/// numbers as their shortest round-trip decimal (`0.725`, never `0.72499999999999998`), percent-formatted numbers
/// as percentages (`72.5%`), dates as ISO dates, booleans as `TRUE`/`FALSE`, formula cells by their stored result.
enum CellText {
    /// What a cell reads as.
    enum Reading: Hashable {
        /// The cell's text.
        case text(String)
        /// A date-formatted number, as its ISO date (`2024-05-01`, with the time when it has one) and its year.
        case date(String, year: Int)
        /// The cell cannot be read.
        case problem(WorkbookMessage)
    }

    /// The reading of `cell` of a workbook with `strings` and `styles`, counting dates from 1904 when `date1904`.
    static func reading(
        _ cell: XLSXWorksheet.Cell, strings: XLSXSharedStrings, styles: XLSXStyles, date1904: Bool
    ) -> Reading {
        reading(cell, strings: strings, format: styles.kind(ofStyle: cell.style), date1904: date1904)
    }

    /// The reading of `cell` whose style shows numbers as `format`.
    static func reading(
        _ cell: XLSXWorksheet.Cell, strings: XLSXSharedStrings, format: @autoclosure () -> NumberFormatKind,
        date1904: Bool
    ) -> Reading {
        switch cell.kind {
        case .sharedString:
            guard let index = Int(cell.value), let text = strings[index] else {
                return .problem(.missingSharedString(index: cell.value))
            }
            return .text(text)
        case .inlineString, .formulaString: return .text(cell.value)
        case .boolean: return .text(cell.value == "1" || cell.value == "true" ? "TRUE" : "FALSE")
        case .error: return .problem(.errorValue(cell.value))
        case .date:
            let date = String(cell.value.prefix { $0 != "T" })
            guard date.count == 10, let year = Int(date.prefix(4)) else { return .problem(.badDate) }
            return .date(date, year: year)
        case .number:
            if cell.value.isEmpty { return cell.hasFormula ? .problem(.formulaWithoutValue) : .text("") }
            if isShortestDecimal(cell.value), format() == .number { return .text(cell.value) }
            guard let number = Double(cell.value), number.isFinite else { return .problem(.badNumber) }
            switch format() {
            case .number: return .text(decimal(number))
            case .percent: return .text(decimal(number, shift: 2) + "%")
            case .dateTime:
                guard let (date, year) = date(serial: number, date1904: date1904) else { return .problem(.badDate) }
                return .date(date, year: year)
            }
        }
    }

    /// `number` as the shortest decimal that reads back as it, without an exponent, its decimal point moved `shift`
    /// places to the right (2 for a percentage: the digits move, no float is multiplied).
    ///
    /// - Complexity: O(*d*) in the number of digits written.
    static func decimal(_ number: Double, shift: Int = 0) -> String {
        if number == 0 { return "0" }
        let text = number.magnitude.description  // shortest round-trip: "0.725", "45413.0", "1e-05", "1.5e+16"
        let parts = text.split(separator: "e", maxSplits: 1)
        let mantissa = parts[0]
        var exponent = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
        var digits = Array(mantissa.utf8.filter { $0 != UInt8(ascii: ".") })
        let point = mantissa.utf8.firstIndex(of: UInt8(ascii: ".")) ?? mantissa.utf8.endIndex
        exponent += mantissa.utf8.distance(from: mantissa.utf8.startIndex, to: point) + shift
        // `exponent` is now the number of digits before the decimal point.
        while digits.count > 1, digits.first == UInt8(ascii: "0") {
            digits.removeFirst()
            exponent -= 1
        }
        while digits.count > max(exponent, 1), digits.last == UInt8(ascii: "0") { digits.removeLast() }
        var result: [UInt8] = number < 0 ? [UInt8(ascii: "-")] : []
        if exponent <= 0 {
            result += [UInt8(ascii: "0"), UInt8(ascii: ".")] + Array(repeating: UInt8(ascii: "0"), count: -exponent)
            result += digits
        } else if exponent >= digits.count {
            result += digits + Array(repeating: UInt8(ascii: "0"), count: exponent - digits.count)
        } else {
            result += digits[..<exponent] + [UInt8(ascii: ".")] + digits[exponent...]
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// Whether `text` is already what ``decimal(_:shift:)`` makes of the number it stands for, so that it can be
    /// kept as it is: a plain decimal (`-?(0|[1-9][0-9]*)(\.[0-9]*[1-9])?`, not `-0`) of at most 15 digits. Such a
    /// decimal is the one of at most 15 significant digits nearest its double (a double tells 15 digits apart), so
    /// no shorter decimal reads back as the same number, and it has no exponent: the shortest round-trip is it.
    ///
    /// - Complexity: O(*n*) in the length of `text`, with no allocation.
    static func isShortestDecimal(_ text: String) -> Bool {
        var utf8 = text.utf8[...]
        if utf8.first == UInt8(ascii: "-") { utf8 = utf8.dropFirst() }
        guard let first = utf8.first, isDigit(first) else { return false }
        var digits = 0
        var point: Int?
        var last = first
        for byte in utf8 {
            if byte == UInt8(ascii: ".") {
                guard point == nil else { return false }
                point = digits
            } else if isDigit(byte) {
                digits += 1
            } else {
                return false
            }
            last = byte
        }
        guard digits <= 15 else { return false }
        if first == UInt8(ascii: "0") {
            // "0" alone or "0." then a fraction; not "-0", nor "01".
            guard point == 1 || (digits == 1 && utf8.count == text.utf8.count) else { return false }
        }
        // A fraction ends in a non-zero digit; a point ends nothing.
        return point == nil || (last != UInt8(ascii: ".") && last != UInt8(ascii: "0"))
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    /// The ISO date (with `THH:MM:SS` when the serial has a time of day) and the year of the serial day number
    /// `serial`: days since 30 December 1899 in the 1900 system, where Excel counts a 29 February 1900 that never
    /// was (serial 60, refused; serials below it are one day later than the count says), or since 1 January 1904.
    /// `nil` for a serial before the system's first day or after 9999.
    static func date(serial: Double, date1904: Bool) -> (String, Int)? {
        guard serial >= (date1904 ? 0 : 1), serial < 2_958_466 else { return nil }
        var day = Int(serial.rounded(.down))
        let seconds = Int(((serial - Double(day)) * 86_400).rounded())
        if seconds == 86_400 { day += 1 }
        if !date1904 {
            guard day != 60 else { return nil }
            if day < 60 { day += 1 }
        }
        // Hinnant's civil-from-days on days from 1 March of year 0: serial 25 569 is 1 January 1970, and the 1904
        // system's day 0 is the 1900 system's 1 462.
        let days = day + (date1904 ? 1_462 : 0) - 25_569 + 719_468
        let era = days / 146_097
        let dayOfEra = days - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let dayOfMonth = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        var text = pad(year, 4) + "-" + pad(month, 2) + "-" + pad(dayOfMonth, 2)
        let time = seconds % 86_400
        if time != 0 { text += "T" + pad(time / 3_600, 2) + ":" + pad(time / 60 % 60, 2) + ":" + pad(time % 60, 2) }
        return (text, year)
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}
