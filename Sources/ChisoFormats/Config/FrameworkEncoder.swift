public import ChisoCore

/// Writes a framework in the framework file format that ``FrameworkDecoder`` reads, so that decoding the output
/// gives the same framework back.
public enum FrameworkEncoder {
    /// The framework as framework-file JSON text.
    public static func encode(_ framework: Framework) -> String {
        JSONWriter.write(value(framework))
    }

    static func value(_ framework: Framework) -> JSONNode.Value {
        let text = JSONNode.Value.localized
        var root = JSONObjectBuilder()
        root.add("$schema", "chiso-framework.schema.json")
        root.add("id", framework.id)
        // The file format names each scheme; a scheme without a file format is written by its class name.
        var keys = JSONObjectBuilder()
        let format = SchemeFormat.writing(framework.scheme, into: &keys)
        root.add("scheme", format?.name ?? String(describing: type(of: framework.scheme)))
        root.add("name", text(framework.name))
        root.add("unitType", text(framework.unitType))
        var provenance = JSONObjectBuilder()
        provenance.add("decision", framework.provenance.decision)
        provenance.add("date", framework.provenance.date)
        provenance.add("issuer", text(framework.provenance.issuer))
        provenance.add("title", text(framework.provenance.title))
        if let part = framework.provenance.part { provenance.add("part", part) }
        provenance.add("notes", strings: framework.provenance.notes)
        root.add("provenance", provenance.value)
        if let child = framework.childFramework { root.add("childFramework", child) }
        if let scale = framework.commonScale { root.add("commonScale", scale.rawValue) }
        for member in keys.members { root.add(member.key, member.value.value) }
        return root.value
    }
}
