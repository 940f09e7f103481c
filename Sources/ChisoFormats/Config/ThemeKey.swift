import ChisoCore

extension ConfigReader.Members {
    /// The `theme` of a criterion or node: optional, and one of the shared vocabulary (``Theme/vocabulary``).
    func theme(reader: ConfigReader) -> String? {
        guard let id = string("theme", required: false) else { return nil }
        guard Theme.named(id) != nil else {
            let ids = Theme.vocabulary.map(\.id)
            reader.problem(
                FrameworkMessage.unknownTheme(
                    id, expected: ids, suggestion: NearestMatch.suggestion(for: id, among: ids)),
                at: self["theme"], path: path("theme"))
            return nil
        }
        return id
    }
}
