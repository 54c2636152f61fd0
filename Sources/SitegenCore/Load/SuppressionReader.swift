/// Reads `ignore:` lists (on an entry, or under the top-level `check:` part) that silence
/// `sitegen check` rules. Which rule ids exist is the checker's business: it reports unknown ones,
/// so the loader stays independent of the rules.
enum SuppressionReader {
    /// The `ignore:` list of an activity, recipient, cookie, section or the controller.
    static func read(_ value: YAMLValue?, _ owner: String, with reader: ContentReader) -> [Suppression] {
        readList(value, "`ignore` of \(owner)", shape: ContentShapes.suppression, with: reader)
    }

    /// The top-level `check:` part: `ignore:` entries that may name a `target` id.
    static func readCheckPart(_ value: YAMLValue, with reader: ContentReader) -> [Suppression]? {
        guard let mapping = reader.mapping(value, "`check`", shape: ContentShapes.checkPart) else { return nil }
        return readList(mapping["ignore"], "`ignore` of `check`", shape: ContentShapes.checkSuppression, with: reader)
    }

    private static func readList(_ value: YAMLValue?, _ what: String, shape: Shape, with reader: ContentReader) -> [Suppression] {
        guard let items = reader.list(value, what) else { return [] }
        return items.compactMap { item in
            guard let mapping = reader.mapping(item, "an entry of \(what)", shape: shape)
            else { return nil }
            let rule = reader.string(mapping["rule"], "`rule` in \(what)")
            // A reason is what makes a suppression reviewable; "because" in a comment would be lost.
            let reason = reader.string(mapping["reason"], "`reason` in \(what)")
            // A target is an activity, recipient or section id, or a cookie name (which may hold
            // upper-case letters), so it is read as a plain text rather than as an id.
            let target = reader.string(mapping["target"], "`target` in \(what)")
            guard let rule, let reason else { return nil }
            return Suppression(rule: rule, reason: reason, target: target, location: mapping.location)
        }
    }
}
