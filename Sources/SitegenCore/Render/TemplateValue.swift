import Foundation
import Mustache

/// A view value that templates read by property name.
///
/// Mustache looks a name up in the innermost object first and, if it is not found there, in the
/// objects around it. With plain reflection a property that is nil counts as "not found", so
/// `{{#email}}` inside the DPO's block would fall through to the controller's e-mail address and
/// print the wrong one. A view value answers for all its own properties: a nil one becomes
/// `NotStated`, which renders as nothing and ends the search.
public protocol TemplateValue: MustacheParent {}

extension TemplateValue {
    public func child(named name: String) -> Any? {
        let children = Mirror(reflecting: self).children
        // Going straight to the property's position boxes one value instead of every one before it.
        guard let offset = PropertyOffsets.offset(of: name, in: Self.self, children: children) else { return nil }
        let value = children[children.index(children.startIndex, offsetBy: offset)].value
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional else { return value }
        return mirror.children.first?.value ?? NotStated()
    }
}

/// The position of each stored property among a view type's reflected children, worked out once
/// per type: templates look names up thousands of times per build.
enum PropertyOffsets {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var offsets: [ObjectIdentifier: [String: Int]] = [:]

    static func offset(of name: String, in type: Any.Type, children: Mirror.Children) -> Int? {
        let key = ObjectIdentifier(type)
        if let known = lock.withLock({ offsets[key] }) { return known[name] }
        var table: [String: Int] = [:]
        for (index, child) in children.enumerated() {
            if let label = child.label { table[label] = index }
        }
        lock.withLock { offsets[key] = table }
        return table[name]
    }
}

/// A property of a view that has no value: an empty section, an empty text.
struct NotStated: MustacheCustomRenderable {
    var renderText: String { "" }
    var isNull: Bool { true }
}

extension StatementView: TemplateValue {}
extension StatementView.ControllerView: TemplateValue {}
extension StatementView.ContactView: TemplateValue {}
extension StatementView.ActivityView: TemplateValue {}
extension StatementView.RecipientView: TemplateValue {}
extension StatementView.CookieView: TemplateValue {}
extension StatementView.SectionView: TemplateValue {}
extension PageView: TemplateValue {}
extension PageView.LanguageLink: TemplateValue {}
extension PageView.DatedLink: TemplateValue {}
