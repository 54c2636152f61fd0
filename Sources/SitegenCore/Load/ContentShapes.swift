/// The shapes of every content file: `site.yaml`, the register files and `revision.yaml`.
/// Readers take their keys from here; `SchemaGenerator` writes `schemas/` from here.
public enum ContentShapes {
    // MARK: site.yaml

    public static let site = Shape("site", "The site settings: where the statement is published and in which languages.", [
        .required("base_url", .webURL, "The address the site is published at, starting with https://."),
        .required("languages", .list(.choice(Language.self), emptyAllowed: false, unique: true),
                  "The languages of the statement; the first is the default."),
        .required("title", .localizedText, "The title of the statement, in every language."),
        .optional("date", .date, "Only without revisions: the date the statement takes effect (YYYY-MM-DD)."),
    ])

    // MARK: Register files

    public static let register = Shape("register", "Parts of the register of processing activities; each part in one file only.", [
        .optional("controller", .mapping(controller), "Who is responsible for the processing, and how to reach them."),
        .optional("activities", .list(.mapping(activity)), "The processing activities (GDPR Art. 30(1))."),
        .optional("recipients", .list(.mapping(recipient)), "Processors and others who receive personal data."),
        .optional("cookies", .list(.mapping(cookie)), "The cookies the website sets."),
        .optional("security", .list(.localizedText), "Security measures (GDPR Art. 32), each in every language."),
        .optional("sections", .list(.mapping(section)), "Sections written by hand in Markdown."),
        .optional("check", .mapping(checkPart), "Settings of `sitegen check` for the register as a whole."),
    ])

    public static let address = Shape("address", "A postal address.", [
        .required("street", .text, "Street and number."),
        .optional("postcode", .text, "Postcode."),
        .required("city", .text, "City."),
        .required("country", .country, "Two-letter ISO country code, e.g. NL."),
    ])

    public static let contact = Shape("contact", "A person or organisation to contact.", [
        .required("name", .text, "Name."),
        .optional("email", .email, "E-mail address."),
        .optional("phone", .text, "Phone number."),
        .optional("address", .mapping(address), "Postal address."),
    ])

    public static let controller = Shape("controller", "The controller (GDPR Art. 13(1)(a) and (b)).", [
        .required("name", .text, "The organisation's name."),
        .optional("address", .mapping(address), "Postal address."),
        .optional("email", .email, "E-mail address for privacy questions."),
        .optional("phone", .text, "Phone number."),
        .optional("website", .webURL, "Website, starting with https://."),
        .optional("kvk", .digits(8), "Chamber of Commerce (KvK) number: 8 digits, in quotes."),
        .optional("dpo", .mapping(contact), "The data protection officer, if there is one."),
        .optional("representative", .mapping(contact), "The representative in the EU (Art. 27), for controllers outside it."),
        .optional("ignore", .list(.mapping(suppression)), "`sitegen check` rules silenced for this entry, each with its reason."),
    ])

    public static let activity = Shape("activity", "A processing activity.", [
        .required("id", .identifier, "Lower-case letters, digits, - and _; part of the page address."),
        .required("name", .localizedText, "The activity's name, in every language."),
        .optional("purpose", .localizedText, "Why the data is processed."),
        .optional("legal_basis", .choice(LegalBasis.self), "The legal basis (GDPR Art. 6(1))."),
        .optional("legitimate_interest", .localizedText, "The interest pursued, when the basis is legitimate-interests."),
        .optional("withdraw", .localizedText, "With consent: how people withdraw it (Art. 7(3), 13(2)(c))."),
        .optional("people", .list(.term(.peopleCategories)), "Whose data: built-in keys, or own texts in every language; `none` for nobody."),
        .optional("data", .list(.term(.dataCategories)), "Which data: built-in keys, or own texts with `special: yes` for Art. 9 data."),
        .optional("from_person", .bool, "`no` when the data does not come from the person themselves (Art. 14)."),
        .optional("source", .localizedText, "Where the data comes from, when not from the person (Art. 14(2)(f))."),
        .optional("special_exception", .localizedText, "For special categories of data: the exception of Art. 9(2) that applies."),
        .optional("recipients", .list(.identifier), "Ids of recipients, or `none` when nobody receives the data."),
        .optional("retention", .oneOf([.period, .mapping(retentionWithNote), .localizedText]),
                  "A period (`6 months`), a period with a note, or the criteria in every language."),
        .optional("required", .oneOf([.choice(Requirement.Basis.self), .mapping(requirement)]),
                  "Whether people must provide the data: no, contract or law, optionally with what happens otherwise."),
        .optional("automated_decisions", .oneOf([.word("none"), .localizedText]),
                  "`none`, or the logic and consequences of automated decisions in every language."),
        .optional("ignore", .list(.mapping(suppression)), "`sitegen check` rules silenced for this entry, each with its reason."),
    ])

    public static let retentionWithNote = Shape("retention-with-note", "A retention period with an explanation.", [
        .required("period", .period, "A whole number and a unit, e.g. `2 months`."),
        .optional("note", .localizedText, "Why, or what happens then, in every language."),
    ])

    public static let requirement = Shape("requirement", "Whether people must provide the data, and what happens if not.", [
        .required("by", .choice(Requirement.Basis.self), "no, contract or law."),
        .optional("otherwise", .localizedText, "What happens when the data is not provided."),
    ])

    public static let recipient = Shape("recipient", "A processor or other recipient of personal data.", [
        .required("id", .identifier, "Lower-case letters, digits, - and _; activities refer to it."),
        .required("name", .text, "The party's name."),
        .optional("role", .choice(RecipientRole.self), "processor (the default), recipient or joint-controller."),
        .optional("service", .localizedText, "What they do for us, in every language."),
        .optional("country", .country, "Where the data goes: a two-letter ISO code."),
        .optional("safeguard", .choice(TransferSafeguard.self), "For a transfer outside the EEA: adequacy, dpf, scc or bcr."),
        .optional("agreement", .bool, "Whether a data processing agreement is in place."),
        .optional("privacy_url", .webURL, "The party's privacy statement."),
        .optional("ignore", .list(.mapping(suppression)), "`sitegen check` rules silenced for this entry, each with its reason."),
    ])

    public static let cookie = Shape("cookie", "A cookie or similar storage the website sets.", [
        .required("name", .text, "The cookie's exact name."),
        .optional("provider", .identifier, "The recipient id of whoever sets it; leave out for own cookies."),
        .required("purpose", .choice(CookiePurpose.self), "necessary, preferences, statistics or marketing."),
        .optional("lifetime", .oneOf([.word("session"), .period]), "`session`, or a period such as `13 months`."),
        .optional("consent", .bool, "Whether consent is asked before it is set."),
        .optional("description", .localizedText, "What it does, in every language."),
        .optional("ignore", .list(.mapping(suppression)), "`sitegen check` rules silenced for this entry, each with its reason."),
    ])

    public static let section = Shape("section", "A section of the statement written by hand.", [
        .required("id", .identifier, "Lower-case letters, digits, - and _; the anchor in the address."),
        .required("title", .localizedText, "The heading, in every language."),
        .required("body", .localizedText, "Markdown, in every language."),
        .optional("ignore", .list(.mapping(suppression)), "`sitegen check` rules silenced for this entry, each with its reason."),
    ])

    // MARK: Suppressions of `sitegen check`

    public static let suppression = Shape("suppression", "A `sitegen check` rule silenced, with the reason why.", [
        .required("rule", .text, "The id of the rule, as `sitegen check` prints it."),
        .required("reason", .text, "Why the finding does not apply, for reviewers."),
    ])

    public static let checkSuppression = Shape("check-suppression", "A `sitegen check` rule silenced for the whole register or one target.", [
        .required("rule", .text, "The id of the rule, as `sitegen check` prints it."),
        .required("reason", .text, "Why the finding does not apply, for reviewers."),
        .optional("target", .text, "An activity, recipient or section id, or a cookie name; leave out for everything."),
    ])

    public static let checkPart = Shape("check", "Settings of `sitegen check`.", [
        .optional("ignore", .list(.mapping(checkSuppression)), "Rules silenced for the register as a whole, each with its reason."),
    ])

    // MARK: revision.yaml

    public static let revision = Shape("revision", "A published revision, frozen by `sitegen revise`. Never edit it.", [
        .required("date", .date, "The date the revision takes effect."),
        .required("summary", .localizedText, "What changed, in every language."),
        .optional("changes", .list(.mapping(change)), "The changelog lines, or `none`."),
        .required("files", .dictionary(.text), "SHA-256 of every frozen file, by path."),
        .optional("previous", .text, "SHA-256 of the previous revision's revision.yaml."),
    ])

    public static let change = Shape("change", "One line of the changelog.",
        [.required("group", .choice(ChangeGroup.self), "The part of the statement the change belongs to.")]
        + Language.allCases.map { .required($0.rawValue, .text, "The line in \($0.englishName).") })
}
