extension Vocabulary {
    /// Common categories of data subjects, written as keys in `people:` lists.
    ///
    /// The texts are plural and lower case because the statement uses them inside sentences
    /// ("Wij verwerken gegevens van klanten en leveranciers").
    public static let peopleCategories = Vocabulary(name: "category of people", [
        // Business relations
        VocabularyEntry("customers", nl: "klanten", en: "customers"),
        VocabularyEntry("prospects", nl: "potentiële klanten", en: "prospective customers"),
        VocabularyEntry("contacts", nl: "contactpersonen", en: "contact persons"),
        VocabularyEntry("customer-contacts", nl: "contactpersonen bij klanten", en: "contact persons at customers"),
        VocabularyEntry("supplier-contacts", nl: "contactpersonen bij leveranciers", en: "contact persons at suppliers"),
        VocabularyEntry("suppliers", nl: "leveranciers", en: "suppliers"),
        VocabularyEntry("partners", nl: "zakelijke partners", en: "business partners"),
        VocabularyEntry("freelancers", nl: "freelancers", en: "freelancers"),
        VocabularyEntry("shareholders", nl: "aandeelhouders", en: "shareholders"),
        // Online audiences and users
        VocabularyEntry("website-visitors", nl: "websitebezoekers", en: "website visitors"),
        VocabularyEntry("end-users", nl: "eindgebruikers", en: "end users"),
        VocabularyEntry("app-users", nl: "gebruikers van onze app", en: "users of our app"),
        VocabularyEntry("users-of-customer-applications", nl: "gebruikers van applicaties van onze klanten", en: "users of our customers' applications"),
        VocabularyEntry("demo-requesters", nl: "aanvragers van een demo-account", en: "people who request a demo account"),
        VocabularyEntry("newsletter-subscribers", nl: "abonnees van onze nieuwsbrief", en: "newsletter subscribers"),
        VocabularyEntry("social-media-followers", nl: "volgers op sociale media", en: "social media followers"),
        VocabularyEntry("members", nl: "leden", en: "members"),
        // People who contact or visit us
        VocabularyEntry("correspondents", nl: "mensen die ons e-mailen", en: "people who e-mail us"),
        VocabularyEntry("callers", nl: "mensen die ons bellen", en: "people who phone us"),
        VocabularyEntry("visitors", nl: "bezoekers van ons kantoor", en: "visitors to our office"),
        VocabularyEntry("event-attendees", nl: "deelnemers aan evenementen", en: "event attendees"),
        // Staff and recruitment
        VocabularyEntry("employees", nl: "medewerkers", en: "employees"),
        VocabularyEntry("former-employees", nl: "oud-medewerkers", en: "former employees"),
        VocabularyEntry("interns", nl: "stagiairs", en: "interns"),
        VocabularyEntry("job-applicants", nl: "sollicitanten", en: "job applicants"),
        // Groups that need extra care
        VocabularyEntry("children", nl: "kinderen", en: "children"),
    ])
}
