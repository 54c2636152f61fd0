import Foundation
import Mustache
import Yams

/// The fixed wording of the templates in one language (`templates/strings/nl.yaml`), used as
/// `{{t.rights_title}}`. Mustache renders an unknown name as nothing, which would silently drop a
/// sentence, so every name a template asks for that is missing is recorded and fails the build.
final class UIStrings: MustacheParent, @unchecked Sendable {
    let language: Language
    private let values: [String: String]
    private let lock = NSLock()
    private var missing: Set<String> = []

    init(language: Language, values: [String: String]) {
        self.language = language
        self.values = values
    }

    func child(named name: String) -> Any? {
        if let value = values[name] { return value }
        lock.withLock { _ = missing.insert(name) }
        return nil
    }

    /// Names asked for since the last call, and forgets them.
    func takeMissing() -> [String] {
        lock.withLock {
            defer { missing = [] }
            return missing.sorted()
        }
    }

    var keys: Set<String> { Set(values.keys) }

    /// A string for Swift code that writes markup itself (the timeline); nil when missing, and
    /// not recorded as missing, because the caller reports it.
    func text(_ key: String) -> String? { values[key] }

    /// Reads `strings/<lang>.yaml` for every language and checks they have the same keys.
    static func load(from sources: TemplateSources, languages: [Language]) -> ([Language: UIStrings], DiagnosticList) {
        var diagnostics = DiagnosticList()
        var result: [Language: UIStrings] = [:]
        var locations: [Language: [String: SourceLocation]] = [:]
        for language in languages {
            let name = "strings/\(language.rawValue).yaml"
            guard let file = sources.files.first(where: { $0.name == name }) else {
                diagnostics.error(at: nil, "the templates have no strings file `\(name)` for \(language.englishName)",
                                  hint: "copy another language's strings file and translate it")
                continue
            }
            let reader = ContentReader(languages: languages)
            do {
                guard let node = try Yams.compose(yaml: file.text ?? "") else {
                    diagnostics.error(at: SourceLocation(file: file.displayPath, line: 1, column: 1), "strings file is empty")
                    continue
                }
                let root = YAMLValue(node: node, file: file.displayPath)
                guard let pairs = root.pairs else {
                    diagnostics.error(at: root.location, "a strings file is a mapping of `name: text` lines")
                    continue
                }
                var values: [String: String] = [:]
                var where_: [String: SourceLocation] = [:]
                for pair in pairs {
                    guard let key = pair.key.scalar, let text = reader.string(pair.value, "string `\(pair.key.scalar ?? "?")`")
                    else { continue }
                    values[key] = text
                    where_[key] = pair.key.location
                }
                diagnostics.append(contentsOf: reader.diagnostics)
                result[language] = UIStrings(language: language, values: values)
                locations[language] = where_
            } catch {
                diagnostics.append(YAMLSyntaxError.diagnostic(for: error, in: file.displayPath))
            }
        }
        // A string translated in one language but not in another would vanish from one page.
        for language in languages {
            guard let strings = result[language] else { continue }
            for other in languages where other != language {
                guard let otherStrings = result[other] else { continue }
                for key in otherStrings.keys.subtracting(strings.keys).sorted() {
                    diagnostics.error(at: locations[other]?[key],
                                      "string `\(key)` has no \(language.englishName) (\(language.rawValue)) translation",
                                      hint: "add `\(key): …` to strings/\(language.rawValue).yaml")
                }
            }
        }
        return (result, diagnostics)
    }
}
