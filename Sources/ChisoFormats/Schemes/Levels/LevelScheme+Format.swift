package import ChisoCore

extension LevelScheme {
    /// How level frameworks are written: `"scheme": "levels"`, with `levels`, `groups` and `criteria`; as a table,
    /// an annex with `Mức 1…Mức n` columns (``LevelTableReader``, ``LevelTableWriter``).
    package static let format = SchemeFormat(
        name: "levels",
        frameworks: LocalizedText(vi: "khung đánh giá theo mức", en: "level frameworks"),
        keys: LevelSchemeDecoder.topLevelKeys,
        foreignKeyHints: LevelSchemeDecoder.foreignKeyHints,
        scoresSubordinateUnits: true,
        starter: LevelStarter.text,
        schema: LevelSchema.fragment,
        decode: { top, reader in LevelSchemeDecoder(reader: reader).decode(top) },
        encode: { scheme, root in
            guard let scheme = scheme as? LevelScheme else { return false }
            LevelSchemeEncoder.encode(scheme, to: &root)
            return true
        },
        table: SchemeTableFormat(
            fits: { $0.isLevelTable },
            read: { input, problems in LevelTableReader.read(input, problems: &problems) },
            write: { scheme in (scheme as? LevelScheme).map(LevelTableWriter.write) }
        )
    )
}
