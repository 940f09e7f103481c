import ChisoCore
import ChisoFormats
import ChisoReports
import Testing

/// A framework shown as JSON by `frameworks show` reads back as a framework file, with what was changed in it.
struct FrameworkReportTests {
    @Test func aPointFrameworkWithTiersMayChooseItsIndex() throws {
        var json = FrameworkReport.show(try FrameworkCatalog.load("vn-hue-3043").0, format: .json)
        json = json.replacingOccurrences(
            of: "\"id\": \"vn-hue-3043\"", with: "\"id\": \"hue-index\", \"commonScale\": \"index\"")
        let framework = try FrameworkDecoder.decode(json, file: "hue-index.json").0
        #expect(framework.commonScale == .index)
        // Written back, the choice is kept.
        #expect(FrameworkReport.show(framework, format: .json).contains("\"commonScale\": \"index\""))
    }

    @Test(arguments: [
        ("\"commonScale\": \"ordinal\"", "unknown common scale \"ordinal\"; expected \"classes\" or \"index\""),
        ("\"commonScale\": \"index\"", "\"commonScale\": \"index\" needs an index (points over a maximum)"),
    ])
    func aWrongScaleIsAnError(member: String, message: String) throws {
        var json = FrameworkReport.show(try FrameworkCatalog.load("vn-2361-commune").0, format: .json)
        json = json.replacingOccurrences(of: "\"id\": \"vn-2361-commune\"", with: "\"id\": \"x\", \(member)")
        #expect {
            _ = try FrameworkDecoder.decode(json, file: "x.json")
        } throws: { error in
            "\(error)".contains(message) && "\(error)".contains("commonScale")
        }
    }
}
