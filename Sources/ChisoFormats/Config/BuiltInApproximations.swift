package import ChisoCore

/// The approximations of the crosswalks shipped with chiso, in both languages. A file translated with one carries
/// its reason in its `approximation` column in English, as `ID: reason`; a text output in Vietnamese quotes it in
/// Vietnamese by finding it here.
package enum BuiltInApproximations {
    /// Each built-in crosswalk that is an approximation: its ID and its reason.
    package static let all: [(id: String, why: LocalizedText)] = FrameworkCatalog.embeddedNames.filter {
        $0.hasSuffix(".crosswalk.json")
    }.sorted().compactMap { name in
        guard let text = FrameworkCatalog.embeddedFile(named: name),
            let root = try? JSONParser.parse(text), case .object(let members) = root.value,
            let id = members.first(where: { $0.key == "id" }).flatMap({ member -> String? in
                if case .string(let id) = member.value.value { return id }
                return nil
            }),
            let approximation = members.first(where: { $0.key == "approximation" })?.value,
            case .object(let texts) = approximation.value
        else { return nil }
        let strings = Dictionary(
            texts.compactMap { member -> (String, String)? in
                if case .string(let text) = member.value.value { return (member.key, text) }
                return nil
            }, uniquingKeysWith: { first, _ in first })
        guard let vi = strings["vi"], let en = strings["en"] else { return nil }
        return (id, LocalizedText(vi: vi, en: en))
    }

    /// `why`, a data file's approximation as written (English), in `language`: each built-in crosswalk's reason it
    /// quotes as `ID: reason` is put in that language; anything else is left as written.
    package static func text(_ why: String, in language: Language) -> String {
        guard language == .vi else { return why }
        return all.reduce(why) { text, item in
            text.replacing("\(item.id): \(item.why.en)", with: "\(item.id): \(item.why.vi)")
        }
    }
}
