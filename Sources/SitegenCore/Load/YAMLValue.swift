import Yams

/// A YAML node together with the file it was read from, so every value can say where it stands.
struct YAMLValue {
    let node: Node
    let file: String

    var location: SourceLocation {
        let mark = node.mark
        return SourceLocation(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    /// The text of a scalar, or nil for mappings and sequences.
    var scalar: String? {
        if case .scalar(let scalar) = node { return scalar.string }
        return nil
    }

    /// A scalar written as `~`, `null` or nothing at all.
    var isNull: Bool {
        if case .scalar(let scalar) = node {
            return scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
        }
        return false
    }

    /// What kind of YAML value this is, in words for messages.
    var kindDescription: String {
        switch node {
        case .scalar: isNull ? "nothing" : "a single value"
        case .mapping: "a mapping of keys"
        case .sequence: "a list"
        case .alias: "an alias"
        }
    }

    var items: [YAMLValue]? {
        if case .sequence(let sequence) = node { return sequence.map { YAMLValue(node: $0, file: file) } }
        return nil
    }

    var pairs: [(key: YAMLValue, value: YAMLValue)]? {
        if case .mapping(let mapping) = node {
            return mapping.map { (YAMLValue(node: $0.key, file: file), YAMLValue(node: $0.value, file: file)) }
        }
        return nil
    }
}

/// A YAML mapping whose keys were checked against the keys a part of the register allows.
struct YAMLMapping {
    let value: YAMLValue
    private let entries: [String: (key: YAMLValue, value: YAMLValue)]
    let keys: [String]

    init(value: YAMLValue, entries: [(key: YAMLValue, value: YAMLValue)]) {
        self.value = value
        var byKey: [String: (key: YAMLValue, value: YAMLValue)] = [:]
        var keys: [String] = []
        for entry in entries {
            let name = entry.key.scalar ?? ""
            byKey[name] = entry
            keys.append(name)
        }
        self.entries = byKey
        self.keys = keys
    }

    subscript(key: String) -> YAMLValue? {
        entries[key]?.value
    }

    func keyLocation(_ key: String) -> SourceLocation? {
        entries[key]?.key.location
    }

    var location: SourceLocation { value.location }
}
