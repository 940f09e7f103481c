import Foundation
import PackagePlugin

/// Embeds every `frameworks/*.json` and `frameworks/*.csv` file of the package (frameworks, their schema, unit
/// maps) into the `ChisoFormats` module, so that the built `chiso` binary finds them from any working directory, also
/// when it is copied elsewhere.
@main
struct EmbedFrameworksPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: any Target) throws -> [Command] {
        let directory = context.package.directoryURL.appending(path: "frameworks")
        let files = try FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)
            .filter { ["json", "csv"].contains($0.pathExtension) }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedFrameworks.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(files.count) framework files",
                executable: try context.tool(named: "EmbedFrameworksTool").url,
                arguments: [output.path] + files.map(\.path),
                inputFiles: files,
                outputFiles: [output]
            )
        ]
    }
}
