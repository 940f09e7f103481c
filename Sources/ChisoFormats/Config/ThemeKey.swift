import ChisoCore

extension ConfigReader.Members {
    /// The `theme` of a criterion or node: optional, and one of the shared vocabulary (``Theme/vocabulary``).
    func theme(reader: ConfigReader) -> String? {
        guard let id = string("theme", required: false) else { return nil }
        guard Theme.named(id) != nil else {
            let ids = Theme.vocabulary.map(\.id)
            var message = "unknown theme \"\(id)\"; expected one of \(ids.joined(separator: ", "))"
            if let near = NearestMatch.suggestion(for: id, among: ids) { message += " (did you mean \"\(near)\"?)" }
            reader.problem(message, at: self["theme"], path: path("theme"))
            return nil
        }
        return id
    }
}
