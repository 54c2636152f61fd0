import Mustache

/// What a template sees: the values of a view, plus `t` for the UI strings of its language.
struct TemplateContext: MustacheParent {
    let view: MustacheParent
    let strings: UIStrings

    func child(named name: String) -> Any? {
        if name == "t" { return strings }
        return view.child(named: name)
    }
}
