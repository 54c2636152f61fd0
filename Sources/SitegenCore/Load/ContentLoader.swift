import Foundation
import Yams

/// Turns the YAML files of `content/` into a `Content` value, or every problem found in them.
///
/// `site.yaml` holds the site settings. Every other YAML file holds parts of the register under
/// top-level keys (`controller`, `activities`, …), so a team can keep one `register.yaml` or split
/// it into one file per part, whichever reads better in pull requests.
public enum ContentLoader {
    public static let siteFileName = "site.yaml"
    static let registerParts = ContentShapes.register.keys

    public static func load(folder: String) throws(DiagnosticList) -> Content {
        try load(ContentFiles.read(folder: folder))
    }

    public static func load(_ files: ContentFiles) throws(DiagnosticList) -> Content {
        var diagnostics = DiagnosticList()
        var documents: [(file: String, root: YAMLValue)] = []
        for file in files.files {
            do {
                if let node = try Yams.compose(yaml: file.text) {
                    documents.append((file.path, YAMLValue(node: node, file: file.path)))
                }
            } catch {
                diagnostics.append(YAMLSyntaxError.diagnostic(for: error, in: file.path))
            }
        }
        let isSiteFile = { (path: String) in
            ["site.yaml", "site.yml"].contains((path as NSString).lastPathComponent)
        }
        guard files.files.contains(where: { isSiteFile($0.path) }) else {
            diagnostics.error(at: nil, "no \(siteFileName) in the content folder",
                              hint: "create \(siteFileName) with base_url, languages and title")
            throw diagnostics
        }
        // The register is read even when site.yaml has mistakes, so one run shows them all;
        // it only needs the languages, and falls back to every language sitegen knows.
        var site: SiteSettings?
        var languages = Language.allCases
        if let siteDocument = documents.first(where: { isSiteFile($0.file) }) {
            let siteReader = ContentReader(languages: Language.allCases)
            let result = SiteSettingsReader.read(siteDocument.root, with: siteReader)
            diagnostics.append(contentsOf: siteReader.diagnostics)
            site = result.settings
            if !result.languages.isEmpty { languages = result.languages }
        }

        let reader = ContentReader(languages: languages)
        var register = Register()
        var seenParts: [String: SourceLocation] = [:]
        for document in documents where !isSiteFile(document.file) {
            guard let mapping = reader.mapping(document.root, "a register file", allowed: registerParts) else { continue }
            for part in mapping.keys {
                guard let value = mapping[part], let keyLocation = mapping.keyLocation(part) else { continue }
                if let earlier = seenParts[part] {
                    reader.error(at: keyLocation, "`\(part)` is already given in \(earlier)",
                                 hint: "keep each part of the register in one file")
                    continue
                }
                seenParts[part] = keyLocation
                RegisterReader.read(part: part, value, into: &register, with: reader)
            }
        }
        RegisterReader.checkReferences(register, with: reader)
        diagnostics.append(contentsOf: reader.diagnostics)
        guard let site, !diagnostics.hasErrors else { throw diagnostics }
        return Content(site: site, register: register)
    }
}

/// Turns Yams' syntax errors into located diagnostics.
enum YAMLSyntaxError {
    static func diagnostic(for error: Error, in file: String) -> Diagnostic {
        guard let yamlError = error as? YamlError else {
            return Diagnostic(at: SourceLocation(file: file, line: 1, column: 1), "cannot read YAML: \(error)")
        }
        switch yamlError {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let contextText = context.map { " (\($0.text) at line \($0.mark.line))" } ?? ""
            // "while scanning a quoted scalar" marks where the quote opened, which is what the
            // user has to fix; the problem's own mark is often the end of the file.
            let opensQuote = context?.text.contains("quoted scalar") ?? false
            let place = opensQuote ? context!.mark : mark
            return Diagnostic(at: SourceLocation(file: file, line: place.line, column: place.column),
                              "invalid YAML: \(problem)\(contextText)",
                              hint: "check indentation and quoting; a text with `: ` or `#` needs quotes")
        case .duplicatedKeysInMapping(let duplicates, let context):
            return Diagnostic(at: SourceLocation(file: file, line: context.mark.line, column: context.mark.column),
                              "key `\(duplicates.joined(separator: "`, `"))` appears twice in the same mapping",
                              hint: "remove or merge one of them")
        default:
            return Diagnostic(at: SourceLocation(file: file, line: 1, column: 1), "cannot read YAML: \(yamlError)")
        }
    }
}
