extension Vocabulary {
    /// Common categories of personal data, written as keys in `data:` lists.
    ///
    /// The texts are lower case because the statement joins them into running sentences
    /// ("naam, e-mailadres en telefoonnummer"). Entries marked `special` are the special
    /// categories of Art. 9 GDPR and the criminal data of Art. 10, which need an extra legal ground.
    public static let dataCategories = Vocabulary(name: "data category", [
        // Identity and contact details
        VocabularyEntry("name", nl: "naam", en: "name"),
        VocabularyEntry("email", nl: "e-mailadres", en: "e-mail address"),
        VocabularyEntry("phone", nl: "telefoonnummer", en: "phone number"),
        VocabularyEntry("address", nl: "adres", en: "postal address"),
        VocabularyEntry("company-name", nl: "bedrijfsnaam", en: "company name"),
        VocabularyEntry("job-title", nl: "functietitel", en: "job title"),
        VocabularyEntry("date-of-birth", nl: "geboortedatum", en: "date of birth"),
        VocabularyEntry("gender", nl: "geslacht", en: "gender"),
        VocabularyEntry("nationality", nl: "nationaliteit", en: "nationality"),
        VocabularyEntry("photos", nl: "foto's", en: "photographs"),
        VocabularyEntry("social-media-profile", nl: "profiel op sociale media", en: "social media profile"),
        // Government identifiers (the BSN is regulated by the UAVG, but is not an Art. 9 category)
        VocabularyEntry("national-id-number", nl: "burgerservicenummer (BSN)", en: "citizen service number (BSN)"),
        VocabularyEntry("id-document", nl: "kopie van een identiteitsbewijs", en: "copy of an identity document"),
        // Website and online identifiers
        VocabularyEntry("ip-address", nl: "IP-adres", en: "IP address"),
        VocabularyEntry("browser-details", nl: "browsertype en -instellingen", en: "browser type and settings"),
        VocabularyEntry("pages-visited", nl: "bezochte pagina's", en: "pages visited"),
        VocabularyEntry("visit-times", nl: "tijdstippen van bezoek", en: "times of visit"),
        VocabularyEntry("referrer", nl: "website waarvandaan u kwam", en: "website you came from"),
        VocabularyEntry("device-identifiers", nl: "apparaat-ID's", en: "device identifiers"),
        VocabularyEntry("cookie-identifiers", nl: "cookie-ID's", en: "cookie identifiers"),
        VocabularyEntry("location-approximate", nl: "globale locatie", en: "approximate location"),
        VocabularyEntry("server-logs", nl: "serverlogs", en: "server logs"),
        VocabularyEntry("usage-data", nl: "gebruiksgegevens", en: "usage data"),
        VocabularyEntry("newsletter-interactions", nl: "open- en klikgedrag bij nieuwsbrieven", en: "newsletter opens and clicks"),
        // Communication
        VocabularyEntry("message-content", nl: "inhoud van uw bericht", en: "content of your message"),
        VocabularyEntry("email-content", nl: "inhoud van e-mails", en: "content of e-mails"),
        VocabularyEntry("correspondence", nl: "correspondentie", en: "correspondence"),
        VocabularyEntry("support-tickets", nl: "supportverzoeken", en: "support tickets"),
        VocabularyEntry("calendar-appointments", nl: "agenda-afspraken", en: "calendar appointments"),
        VocabularyEntry("recordings", nl: "beeld- en geluidsopnamen", en: "audio and video recordings"),
        VocabularyEntry("camera-images", nl: "camerabeelden", en: "CCTV footage"),
        VocabularyEntry("feedback", nl: "feedback en beoordelingen", en: "feedback and reviews"),
        VocabularyEntry("marketing-preferences", nl: "marketingvoorkeuren", en: "marketing preferences"),
        // Accounts and services
        VocabularyEntry("account-credentials", nl: "inloggegevens", en: "login credentials"),
        VocabularyEntry("customer-number", nl: "klantnummer", en: "customer number"),
        VocabularyEntry("subscription-details", nl: "abonnementsgegevens", en: "subscription details"),
        VocabularyEntry("uploaded-files", nl: "bestanden die u uploadt", en: "files you upload"),
        VocabularyEntry("domain-names", nl: "domeinnamen", en: "domain names"),
        // Financial and contractual
        VocabularyEntry("bank-account", nl: "IBAN", en: "bank account number"),
        VocabularyEntry("payment-details", nl: "betaalgegevens", en: "payment details"),
        VocabularyEntry("invoice-details", nl: "factuurgegevens", en: "invoice details"),
        VocabularyEntry("order-history", nl: "bestelgeschiedenis", en: "order history"),
        VocabularyEntry("contract-details", nl: "contractgegevens", en: "contract details"),
        VocabularyEntry("chamber-of-commerce-number", nl: "KvK-nummer", en: "Chamber of Commerce number"),
        VocabularyEntry("vat-number", nl: "btw-nummer", en: "VAT number"),
        // Recruitment and employment
        VocabularyEntry("cv", nl: "cv", en: "CV"),
        VocabularyEntry("cover-letter", nl: "motivatiebrief", en: "cover letter"),
        VocabularyEntry("education-and-work-history", nl: "opleiding en werkervaring", en: "education and work history"),
        VocabularyEntry("employment-details", nl: "gegevens over het dienstverband", en: "employment details"),
        VocabularyEntry("salary-details", nl: "salarisgegevens", en: "salary details"),
        VocabularyEntry("emergency-contact", nl: "contactpersoon voor noodgevallen", en: "emergency contact"),
        // Special categories (Art. 9 GDPR) and criminal data (Art. 10 GDPR)
        VocabularyEntry("health", nl: "gegevens over gezondheid", en: "health data", special: true),
        VocabularyEntry("racial-or-ethnic-origin", nl: "ras of etnische afkomst", en: "racial or ethnic origin", special: true),
        VocabularyEntry("political-opinions", nl: "politieke opvattingen", en: "political opinions", special: true),
        VocabularyEntry("religious-beliefs", nl: "religieuze of levensbeschouwelijke overtuigingen", en: "religious or philosophical beliefs", special: true),
        VocabularyEntry("trade-union-membership", nl: "lidmaatschap van een vakbond", en: "trade union membership", special: true),
        VocabularyEntry("genetic-data", nl: "genetische gegevens", en: "genetic data", special: true),
        VocabularyEntry("biometric-data", nl: "biometrische gegevens", en: "biometric data", special: true),
        VocabularyEntry("sex-life-or-orientation", nl: "gegevens over seksueel gedrag of seksuele gerichtheid", en: "data about sex life or sexual orientation", special: true),
        VocabularyEntry("criminal-records", nl: "strafrechtelijke gegevens", en: "criminal convictions and offences", special: true),
    ])
}
