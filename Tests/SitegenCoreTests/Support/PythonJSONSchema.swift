import Foundation
@testable import SitegenCore

/// Validates documents with Python's `jsonschema`, an implementation of JSON Schema that has
/// nothing in common with ours, so a schema that only our own reading of the standard accepts
/// cannot pass.
enum PythonJSONSchema {
    /// One document to check: JSON built by a test, or a YAML file read the way the YAML language
    /// server reads it (YAML 1.2: `yes` and dates stay texts).
    enum Document {
        case json(JSONValue)
        case yamlFile(String)
    }

    /// Whether python3 with jsonschema and PyYAML is on this machine.
    static let available: Bool = (try? run(script: "import jsonschema, yaml", arguments: [])) != nil

    /// The problems found in each document, in order; an empty list means valid.
    static func validate(_ documents: [(schema: String, document: Document)], schemas: [String: JSONValue]) throws -> [[String]] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-jsonschema-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let jobs: JSONValue = [
            "schemas": .object(schemas.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }),
            "documents": .array(documents.map { job in
                switch job.document {
                case .json(let value): ["schema": .string(job.schema), "json": value]
                case .yamlFile(let path): ["schema": .string(job.schema), "yaml": .string(path)]
                }
            }),
        ]
        let input = folder.appendingPathComponent("jobs.json"), output = folder.appendingPathComponent("results.json")
        try jobs.text().write(to: input, atomically: true, encoding: .utf8)
        try run(script: script, arguments: [input.path, output.path])
        let data = try Data(contentsOf: output)
        return try JSONDecoder().decode([[String]].self, from: data)
    }

    @discardableResult
    static func run(script: String, arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script] + arguments
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw Failure(message: message) }
        return message
    }

    struct Failure: Error, CustomStringConvertible {
        let message: String
        var description: String { "python3 failed: \(message)" }
    }

    static let script = #"""
import json, re, sys
import jsonschema, yaml

class Yaml12(yaml.SafeLoader):
    """YAML 1.2 core scalars, as the YAML language server reads them: only true/false are
    booleans, and dates stay texts."""

Yaml12.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers
            if tag not in ("tag:yaml.org,2002:bool", "tag:yaml.org,2002:timestamp")]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
Yaml12.add_implicit_resolver("tag:yaml.org,2002:bool",
                             re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))

def leaves(error):
    """The errors an editor would show: inside `anyOf`, those of the form that got furthest."""
    if not error.context:
        return [error]
    forms = {}
    for inner in error.context:
        forms.setdefault(inner.relative_schema_path[0], []).append(inner)
    best = max(forms.values(), key=lambda errors: max(len(e.absolute_path) for e in errors))
    return [leaf for inner in best for leaf in leaves(inner)]

with open(sys.argv[1], encoding="utf-8") as f:
    jobs = json.load(f)
validators = {}
for name, schema in jobs["schemas"].items():
    jsonschema.Draft202012Validator.check_schema(schema)
    validators[name] = jsonschema.Draft202012Validator(schema)
results = []
for job in jobs["documents"]:
    if "yaml" in job:
        with open(job["yaml"], encoding="utf-8") as f:
            document = yaml.load(f, Loader=Yaml12)
    else:
        document = job["json"]
    errors = [leaf for error in validators[job["schema"]].iter_errors(document) for leaf in leaves(error)]
    results.append(sorted("/".join(map(str, e.absolute_path)) + ": " + e.message for e in errors))
with open(sys.argv[2], "w", encoding="utf-8") as f:
    json.dump(results, f)
"""#
}
