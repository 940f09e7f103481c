/// The styles part: each distinct ``CellStyle`` in order of first use, style 0 being Excel's default.
struct StyleTable {
    private var styles: [CellStyle] = [CellStyle()]
    private var indices: [CellStyle: Int] = [CellStyle(): 0]

    /// The number of `style`'s cell format, adding it if new.
    mutating func index(of style: CellStyle) -> Int {
        if let index = indices[style] { return index }
        indices[style] = styles.count
        styles.append(style)
        return styles.count - 1
    }

    /// The fill's colour, or `nil` for none.
    private static func colour(of fill: CellStyle.Fill) -> String? {
        switch fill {
        case .none: nil
        case .header: "FFD9D9D9"
        case .input: "FFFFF2CC"
        case .computed: "FFDDEBF7"
        }
    }

    /// The `styles.xml` part.
    func bytes() -> [UInt8] {
        var codes: [String] = []
        for style in styles { if let code = style.format.code, !codes.contains(code) { codes.append(code) } }
        var xml = XMLBuffer()
        xml.raw("<styleSheet xmlns=\"\(XLSXWriter.mainNamespace)\">")
        if !codes.isEmpty {
            xml.raw("<numFmts count=\"\(codes.count)\">")
            for (index, code) in codes.enumerated() {
                xml.raw("<numFmt numFmtId=\"\(164 + index)\"")
                xml.attribute("formatCode", code)
                xml.raw("/>")
            }
            xml.raw("</numFmts>")
        }
        xml.raw("<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>")
        xml.raw("<font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font></fonts>")
        let fills = CellStyle.Fill.allCases.filter { $0 != .none }
        xml.raw("<fills count=\"\(2 + fills.count)\"><fill><patternFill patternType=\"none\"/></fill>")
        xml.raw("<fill><patternFill patternType=\"gray125\"/></fill>")
        for fill in fills {
            xml.raw("<fill><patternFill patternType=\"solid\"><fgColor rgb=\"\(Self.colour(of: fill) ?? "")\"/>")
            xml.raw("<bgColor indexed=\"64\"/></patternFill></fill>")
        }
        xml.raw("</fills><borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>")
        xml.raw(
            "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>")
        xml.raw("<cellXfs count=\"\(styles.count)\">")
        for style in styles {
            let format = style.format.code.flatMap { codes.firstIndex(of: $0) }.map { $0 + 164 } ?? 0
            let fill = style.fill == .none ? 0 : 2 + (fills.firstIndex(of: style.fill) ?? 0)
            xml.raw("<xf numFmtId=\"\(format)\" fontId=\"\(style.isBold ? 1 : 0)\" fillId=\"\(fill)\" borderId=\"0\"")
            xml.raw(
                " xfId=\"0\"\(format == 0 ? "" : " applyNumberFormat=\"1\"")\(style.isBold ? " applyFont=\"1\"" : "")")
            xml.raw("\(fill == 0 ? "" : " applyFill=\"1\"")")
            if style.wraps || !style.isLocked {
                xml.raw(
                    "\(style.wraps ? " applyAlignment=\"1\"" : "")\(style.isLocked ? "" : " applyProtection=\"1\"")>")
                if style.wraps { xml.raw("<alignment vertical=\"top\" wrapText=\"1\"/>") }
                if !style.isLocked { xml.raw("<protection locked=\"0\"/>") }
                xml.raw("</xf>")
            } else {
                xml.raw("/>")
            }
        }
        xml.raw(
            "</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>")
        xml.raw("</styleSheet>")
        return xml.bytes
    }
}
