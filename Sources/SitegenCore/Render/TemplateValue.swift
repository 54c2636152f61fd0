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
        guard let value = Mirror(reflecting: self).children.first(where: { $0.label == name })?.value else {
            return nil
        }
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional else { return value }
        return mirror.children.first?.value ?? NotStated()
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
