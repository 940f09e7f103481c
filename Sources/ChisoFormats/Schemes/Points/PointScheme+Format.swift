package import ChisoCore

extension PointScheme {
    /// How point frameworks are written: `"scheme": "points"`, with `nodes`, `views` and `tiers`; as a table, the
    /// annex with `Điểm tối đa` and `Quy tắc tính điểm` (``PointTableReader``, ``PointTableWriter``).
    package static let format = SchemeFormat(
        name: "points",
        frameworks: LocalizedText(vi: "khung đánh giá tính điểm", en: "point frameworks"),
        keys: PointSchemeDecoder.topLevelKeys,
        foreignKeyHints: PointSchemeDecoder.foreignKeyHints,
        starter: PointStarter.text,
        schema: PointSchema.fragment,
        decode: { top, reader in PointSchemeDecoder(reader: reader).decode(top) },
        encode: { scheme, root in
            guard let scheme = scheme as? PointScheme else { return false }
            PointSchemeEncoder.encode(scheme, to: &root)
            return true
        },
        table: SchemeTableFormat(
            fits: { !$0.isLevelTable },
            read: { input, problems in PointTableReader.read(input, problems: &problems) },
            write: { scheme in (scheme as? PointScheme).map(PointTableWriter.write) }
        )
    )
}
