import Foundation

/// `revision.yaml`: the date, the summary, the changelog lines and the hashes of a revision.
struct RevisionManifest: Codable {
    var date: StatementDate
    var summary: LocalizedText
    var changes: [Revision.Change]
    var fileHashes: [String: String]
    var previousHash: String?

    static func read(_ root: YAMLValue, with reader: ContentReader) -> RevisionManifest? {
        guard let mapping = reader.mapping(root, "revision.yaml", shape: ContentShapes.revision)
        else { return nil }
        let date = reader.date(mapping["date"], "`date`")
        let summary = reader.localized(mapping["summary"], "`summary`")
        var changes: [Revision.Change] = []
        for item in reader.list(mapping["changes"], "`changes`") ?? [] {
            guard let change = reader.mapping(item, "a change", shape: ContentShapes.change),
                  let group = reader.choice(change["group"], "change group", as: ChangeGroup.self),
                  let text = reader.localized(YAMLValue(node: .mapping(.init(
                      (change.value.pairs ?? []).filter { $0.key.scalar != "group" }.map { ($0.key.node, $0.value.node) },
                      .implicit, .block, change.value.node.mark)), file: item.file), "a change")
            else { continue }
            changes.append(Revision.Change(group: group, text: text))
        }
        var hashes: [String: String] = [:]
        for pair in mapping["files"]?.pairs ?? [] {
            guard let name = pair.key.scalar, let hash = reader.string(pair.value, "hash of `\(name)`") else { continue }
            hashes[name] = hash
        }
        let previous = reader.string(mapping["previous"], "`previous`")
        guard let date, let summary else { return nil }
        return RevisionManifest(date: date, summary: summary, changes: changes, fileHashes: hashes, previousHash: previous)
    }

    /// Written by hand rather than by a YAML library, so the bytes never depend on a library's
    /// formatting choices; strings are JSON-quoted, which YAML reads as double-quoted scalars.
    func yaml() -> String {
        var lines = [
            "# Frozen by `sitegen revise`. Do not edit: `sitegen check` and `sitegen build` verify",
            "# these hashes. To change the statement, edit the register and publish a new revision.",
            "date: \(date.iso)",
            "summary:",
        ]
        for language in Language.allCases { lines.append("  \(language.rawValue): \(Self.quoted(summary[language]))") }
        if changes.isEmpty {
            lines.append("changes: none")
        } else {
            lines.append("changes:")
            for change in changes {
                lines.append("  - group: \(change.group.rawValue)")
                for language in Language.allCases { lines.append("    \(language.rawValue): \(Self.quoted(change.text[language]))") }
            }
        }
        lines.append("files:")
        for (name, hash) in fileHashes.sorted(by: { $0.key < $1.key }) { lines.append("  \(name): \(hash)") }
        if let previousHash { lines.append("previous: \(previousHash)") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// JSON string syntax, which YAML reads as a double-quoted scalar.
    static func quoted(_ text: String) -> String {
        JSONValue.quoted(text)
    }
}
