import Foundation
import PackagePlugin

/// Embeds every `frameworks/*.json` file of the package into the `ChisoIO` module, so that the built `chiso`
/// binary finds its built-in frameworks from any working directory, also when it is copied elsewhere.
@main
struct EmbedFrameworksPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: any Target) throws -> [Command] {
        let directory = context.package.directoryURL.appending(path: "frameworks")
        let files = try FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "json" }
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
