import Yams

/// A fixed text of the templates (`strings/<lang>.yaml`), which ends up in every statement and so
/// deserves the same wording rules as the register.
public struct TemplateString: Sendable, Hashable {
    public let key: String
    public let language: Language
    public let text: String
    public let location: SourceLocation

    public init(key: String, language: Language, text: String, location: SourceLocation) {
        self.key = key
        self.language = language
        self.text = text
        self.location = location
    }

    /// The strings of every language in the templates. Unreadable files are skipped: loading the
    /// templates reports them, and `check` only runs after that succeeded.
    public static func read(from sources: TemplateSources) -> [TemplateString] {
        var strings: [TemplateString] = []
        for language in Language.allCases {
            let name = "strings/\(language.rawValue).yaml"
            guard let file = sources.files.first(where: { $0.name == name }), let text = file.text,
                  let node = try? Yams.compose(yaml: text), let pairs = YAMLValue(node: node, file: file.displayPath).pairs
            else { continue }
            for pair in pairs {
                guard let key = pair.key.scalar, let value = pair.value.scalar else { continue }
                strings.append(TemplateString(key: key, language: language, text: value, location: pair.value.location))
            }
        }
        return strings
    }
}
