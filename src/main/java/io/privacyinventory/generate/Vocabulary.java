package io.privacyinventory.generate;

import static io.privacyinventory.model.LegalBasis.CONSENT;
import static io.privacyinventory.model.LegalBasis.CONTRACT;
import static io.privacyinventory.model.LegalBasis.LEGAL_OBLIGATION;
import static io.privacyinventory.model.LegalBasis.LEGITIMATE_INTERESTS;
import static io.privacyinventory.model.LegalBasis.PUBLIC_TASK;
import static io.privacyinventory.model.LegalBasis.VITAL_INTERESTS;

import io.privacyinventory.model.DataSource;
import io.privacyinventory.model.LegalBasis;
import io.privacyinventory.model.RecipientKind;
import io.privacyinventory.model.SpecialCategoryCondition;
import io.privacyinventory.model.Text;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a synthetic inventory is made of: the kinds of people, data, purposes and recipients a
 * Norwegian group of companies records, and the processes (payroll, recruitment, customer service,
 * CCTV …) that combine them. Every text is in bokmål and English. The generator multiplies these
 * by business unit, region and system, so the catalogues grow with the number of activities.
 */
final class Vocabulary {
    private Vocabulary() {}

    static Text t(String nb, String en) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("nb", nb);
        values.put("en", en);
        return Text.of(values);
    }

    /** A business unit, region or system that qualifies a catalogue item or an activity. */
    record Qualifier(String key, Text name) {}

    record SubjectBase(String key, Text name, Text description) {}

    record CategoryBase(String key, Text name, Text description, DataSource source, boolean special, boolean criminal) {
        boolean sensitive() {
            return special || criminal;
        }
    }

    /**
     * A purpose with the legal basis it normally rests on. {@code condition} is the Art. 9(2)
     * condition it relies on where the activity uses special-category or criminal-offence data.
     */
    record PurposeBase(
            String key,
            Text name,
            Text description,
            LegalBasis basis,
            Text reference,
            Text interest,
            SpecialCategoryCondition condition) {}

    /** A kind of recipient; {@code countries} are where such recipients sit, repeated to weight them. */
    record RecipientBase(
            String key,
            RecipientKind kind,
            Text service,
            List<String> countries,
            List<String> words,
            boolean tracking) {}

    /** A retention rule of a process; {@code categories} null is the rule for everything else. */
    record RetentionSpec(List<String> categories, String period, Text trigger, Text description) {}

    /** How a process is carried out: the organisation's own, jointly with a partner, or for a customer. */
    enum Mode {
        CONTROLLER,
        JOINT,
        PROCESSOR
    }

    record Process(
            String key,
            Text name,
            Text description,
            Text owner,
            Mode mode,
            List<String> subjects,
            List<String> categories,
            List<String> optionalCategories,
            List<String> purposes,
            List<String> optionalPurposes,
            List<String> recipients,
            List<RetentionSpec> retention,
            List<String> systems,
            Text statutoryRequirement,
            Text automatedLogic,
            boolean dpia) {}

    static final List<Qualifier> UNITS = List.of(
            new Qualifier("bank", t("Nordlys Bank", "Nordlys Bank")),
            new Qualifier("insurance", t("Nordlys Forsikring", "Nordlys Insurance")),
            new Qualifier("retail", t("Nordlys Handel", "Nordlys Retail")),
            new Qualifier("health", t("Nordlys Helse", "Nordlys Health")),
            new Qualifier("property", t("Nordlys Eiendom", "Nordlys Property")),
            new Qualifier("energy", t("Nordlys Energi", "Nordlys Energy")),
            new Qualifier("travel", t("Nordlys Reiser", "Nordlys Travel")),
            new Qualifier("media", t("Nordlys Media", "Nordlys Media")));

    static final List<Qualifier> REGIONS = List.of(
            new Qualifier("oslo", t("Oslo", "Oslo")),
            new Qualifier("east", t("Øst", "East")),
            new Qualifier("west", t("Vest", "West")),
            new Qualifier("mid", t("Midt", "Central")),
            new Qualifier("north", t("Nord", "North")),
            new Qualifier("south", t("Sør", "South")),
            new Qualifier("inland", t("Innlandet", "Inland")),
            new Qualifier("sweden", t("Sverige", "Sweden")),
            new Qualifier("denmark", t("Danmark", "Denmark")),
            new Qualifier("finland", t("Finland", "Finland")));

    static final List<String> SYSTEMS = List.of(
            "SAP",
            "Workday",
            "Visma",
            "Salesforce",
            "ServiceNow",
            "Dynamics 365",
            "Zendesk",
            "HubSpot",
            "Snowflake",
            "Genesys",
            "Milestone",
            "Jira",
            "Tripletex",
            "Sharepoint",
            "Power BI",
            "Adobe Analytics",
            "Episerver",
            "Magento",
            "Guidewire",
            "Temenos",
            "Yardi",
            "DIPS",
            "Amadeus",
            "Cornerstone",
            "Webcruiter",
            "Mailchimp",
            "Okta",
            "Splunk",
            "Unit4",
            "Lime CRM");

    static final List<SubjectBase> SUBJECTS = List.of(
            new SubjectBase(
                    "customers",
                    t("Kunder", "Customers"),
                    t(
                            "Privatpersoner som kjøper produkter eller tjenester av oss.",
                            "Individuals who buy products or services from us.")),
            new SubjectBase(
                    "prospects",
                    t("Potensielle kunder", "Prospective customers"),
                    t(
                            "Personer som har vist interesse for tilbudene våre.",
                            "People who have shown interest in our offers.")),
            new SubjectBase(
                    "employees",
                    t("Ansatte", "Employees"),
                    t("Fast og midlertidig ansatte.", "Permanent and temporary employees.")),
            new SubjectBase(
                    "former-employees",
                    t("Tidligere ansatte", "Former employees"),
                    t("Personer som har sluttet hos oss.", "People who have left us.")),
            new SubjectBase(
                    "applicants",
                    t("Jobbsøkere", "Job applicants"),
                    t("Personer som søker stilling hos oss.", "People who apply for a position with us.")),
            new SubjectBase(
                    "contractors",
                    t("Innleide konsulenter", "Contractors"),
                    t("Konsulenter og innleid personell.", "Consultants and hired staff.")),
            new SubjectBase(
                    "patients",
                    t("Pasienter", "Patients"),
                    t("Personer som får helsehjelp hos oss.", "People who receive healthcare from us.")),
            new SubjectBase(
                    "next-of-kin",
                    t("Pårørende", "Next of kin"),
                    t("Nærmeste pårørende til ansatte eller pasienter.", "Next of kin of employees or patients.")),
            new SubjectBase(
                    "website-visitors",
                    t("Besøkende på nettsidene", "Website visitors"),
                    t("Alle som besøker nettsidene våre.", "Anyone who visits our websites.")),
            new SubjectBase(
                    "app-users",
                    t("Appbrukere", "App users"),
                    t("Brukere av mobilappene våre.", "Users of our mobile apps.")),
            new SubjectBase(
                    "subscribers",
                    t("Nyhetsbrevabonnenter", "Newsletter subscribers"),
                    t("Personer som har meldt seg på nyhetsbrev.", "People who have signed up for newsletters.")),
            new SubjectBase(
                    "supplier-contacts",
                    t("Kontaktpersoner hos leverandører", "Supplier contacts"),
                    t("Ansatte hos leverandørene våre.", "Employees of our suppliers.")),
            new SubjectBase(
                    "business-contacts",
                    t("Kontaktpersoner hos bedriftskunder", "Business customer contacts"),
                    t("Ansatte hos bedriftskundene våre.", "Employees of our business customers.")),
            new SubjectBase(
                    "board-members",
                    t("Styremedlemmer", "Board members"),
                    t("Medlemmer av styrene i konsernet.", "Members of the group's boards.")),
            new SubjectBase(
                    "shareholders",
                    t("Aksjonærer", "Shareholders"),
                    t("Eiere av aksjer i selskapene.", "Holders of shares in the companies.")),
            new SubjectBase(
                    "visitors",
                    t("Besøkende i lokalene", "Visitors to our premises"),
                    t("Gjester i kontorer, butikker og klinikker.", "Guests in offices, shops and clinics.")),
            new SubjectBase(
                    "policyholders",
                    t("Forsikringstakere", "Policyholders"),
                    t("Personer som har forsikring hos oss.", "People insured with us.")),
            new SubjectBase(
                    "loan-applicants",
                    t("Lånesøkere", "Loan applicants"),
                    t("Personer som søker lån eller kreditt.", "People who apply for a loan or credit.")),
            new SubjectBase(
                    "tenants",
                    t("Leietakere", "Tenants"),
                    t("Personer som leier bolig eller lokaler av oss.", "People who rent homes or premises from us.")),
            new SubjectBase(
                    "travellers",
                    t("Reisende", "Travellers"),
                    t(
                            "Personer som reiser med oss eller bestiller reiser.",
                            "People who travel with us or book trips.")),
            new SubjectBase(
                    "course-participants",
                    t("Kursdeltakere", "Course participants"),
                    t("Deltakere på kurs og arrangementer.", "Participants in courses and events.")),
            new SubjectBase(
                    "whistleblowers",
                    t("Varslere", "Whistleblowers"),
                    t("Personer som varsler om kritikkverdige forhold.", "People who report wrongdoing.")),
            new SubjectBase(
                    "complainants",
                    t("Klagere", "Complainants"),
                    t("Personer som klager på våre tjenester.", "People who complain about our services.")),
            new SubjectBase(
                    "members",
                    t("Medlemmer av kundeprogrammet", "Loyalty programme members"),
                    t("Medlemmer av fordelsprogrammet.", "Members of the loyalty programme.")),
            new SubjectBase(
                    "drivers",
                    t("Sjåfører", "Drivers"),
                    t(
                            "Ansatte og innleide som kjører firmabiler.",
                            "Staff and contractors who drive company vehicles.")),
            new SubjectBase(
                    "end-users",
                    t("Sluttbrukere hos kunder", "Customers' end users"),
                    t(
                            "Brukere hos bedriftskunder vi behandler opplysninger for.",
                            "Users at business customers whose data we process for them.")));

    static final List<CategoryBase> CATEGORIES = List.of(
            category(
                    "contact",
                    "Kontaktopplysninger",
                    "Contact details",
                    "Navn, adresse, e-post og telefon.",
                    "Name, address, e-mail and telephone.",
                    DataSource.DATA_SUBJECT),
            category(
                    "identity",
                    "Identitetsopplysninger",
                    "Identity details",
                    "Navn, fødselsdato og kjønn.",
                    "Name, date of birth and gender.",
                    DataSource.DATA_SUBJECT),
            category(
                    "national-id",
                    "Fødselsnummer",
                    "National identity number",
                    "Fødselsnummer eller D-nummer.",
                    "Norwegian national identity or D number.",
                    DataSource.DATA_SUBJECT),
            category(
                    "employment",
                    "Arbeidsforhold",
                    "Employment details",
                    "Stilling, avdeling, leder og ansettelsesdato.",
                    "Position, department, manager and start date.",
                    DataSource.DATA_SUBJECT),
            category(
                    "payroll",
                    "Lønns- og skatteopplysninger",
                    "Salary and tax details",
                    "Lønn, trekk, skattekort og feriepenger.",
                    "Salary, deductions, tax card and holiday pay.",
                    DataSource.THIRD_PARTY),
            category(
                    "bank-account",
                    "Kontonummer",
                    "Bank account number",
                    "Kontonummer for utbetalinger.",
                    "Account number for payments.",
                    DataSource.DATA_SUBJECT),
            sensitive(
                    "sick-leave",
                    "Sykefravær",
                    "Sickness absence",
                    "Sykemeldinger, egenmeldinger og oppfølgingsplaner.",
                    "Sick notes, self-certification and follow-up plans.",
                    true,
                    false),
            sensitive(
                    "health",
                    "Helseopplysninger",
                    "Health information",
                    "Opplysninger om helse, diagnoser og behandling.",
                    "Information about health, diagnoses and treatment.",
                    true,
                    false),
            sensitive(
                    "union",
                    "Fagforeningsmedlemskap",
                    "Trade union membership",
                    "Medlemskap for trekk av kontingent.",
                    "Membership, for deducting union dues.",
                    true,
                    false),
            sensitive(
                    "biometric",
                    "Biometriske data",
                    "Biometric data",
                    "Fingeravtrykksmal for adgangskontroll.",
                    "Fingerprint template for access control.",
                    true,
                    false),
            sensitive(
                    "police-certificate",
                    "Politiattest",
                    "Police certificate",
                    "Politiattest der loven krever det.",
                    "Police certificate where the law requires one.",
                    false,
                    true),
            sensitive(
                    "offences",
                    "Opplysninger om straffbare forhold",
                    "Information about offences",
                    "Opplysninger om mistanke om svindel eller lovbrudd.",
                    "Information about suspected fraud or offences.",
                    false,
                    true),
            category(
                    "cv",
                    "CV og søknad",
                    "CV and application",
                    "Utdanning, erfaring og søknadstekst.",
                    "Education, experience and cover letter.",
                    DataSource.DATA_SUBJECT),
            category(
                    "references",
                    "Referanser",
                    "References",
                    "Uttalelser fra referansepersoner.",
                    "Statements from referees.",
                    DataSource.THIRD_PARTY),
            category(
                    "performance",
                    "Medarbeidersamtaler",
                    "Appraisals",
                    "Mål, evalueringer og utviklingsplaner.",
                    "Goals, evaluations and development plans.",
                    DataSource.DATA_SUBJECT),
            category(
                    "training",
                    "Kurs og sertifiseringer",
                    "Training and certifications",
                    "Gjennomførte kurs og sertifikater.",
                    "Courses completed and certificates held.",
                    DataSource.DATA_SUBJECT),
            category(
                    "customer-account",
                    "Kundekonto",
                    "Customer account",
                    "Kundenummer, brukernavn og innstillinger.",
                    "Customer number, user name and settings.",
                    DataSource.DATA_SUBJECT),
            category(
                    "orders",
                    "Kjøpshistorikk",
                    "Purchase history",
                    "Ordre, returer og kvitteringer.",
                    "Orders, returns and receipts.",
                    DataSource.DATA_SUBJECT),
            category(
                    "payment",
                    "Betalingsopplysninger",
                    "Payment details",
                    "Betalingsmåte, transaksjoner og fakturaer.",
                    "Payment method, transactions and invoices.",
                    DataSource.DATA_SUBJECT),
            category(
                    "credit",
                    "Kredittopplysninger",
                    "Credit information",
                    "Kredittvurdering og betalingsanmerkninger.",
                    "Credit rating and payment remarks.",
                    DataSource.THIRD_PARTY),
            category(
                    "correspondence",
                    "Korrespondanse",
                    "Correspondence",
                    "E-post, chat og brev med oss.",
                    "E-mail, chat and letters with us.",
                    DataSource.DATA_SUBJECT),
            category(
                    "call-recordings",
                    "Samtaleopptak",
                    "Call recordings",
                    "Opptak av telefonsamtaler med kundesenteret.",
                    "Recordings of telephone calls with the contact centre.",
                    DataSource.AUTOMATIC),
            category(
                    "support-cases",
                    "Supportsaker",
                    "Support cases",
                    "Henvendelser, saksnotater og løsning.",
                    "Requests, case notes and resolution.",
                    DataSource.DATA_SUBJECT),
            category(
                    "preferences",
                    "Preferanser og samtykker",
                    "Preferences and consents",
                    "Valg om kommunikasjon og registrerte samtykker.",
                    "Communication choices and recorded consents.",
                    DataSource.DATA_SUBJECT),
            category(
                    "device",
                    "Enhetsopplysninger",
                    "Device information",
                    "Enhetstype, operativsystem og app-versjon.",
                    "Device type, operating system and app version.",
                    DataSource.AUTOMATIC),
            category(
                    "logs",
                    "IP-adresser og logger",
                    "IP addresses and logs",
                    "IP-adresse, tidspunkter og hendelseslogger.",
                    "IP address, times and event logs.",
                    DataSource.AUTOMATIC),
            category(
                    "usage",
                    "Bruksdata",
                    "Usage data",
                    "Hvilke funksjoner og sider som brukes, og hvor lenge.",
                    "Which features and pages are used, and for how long.",
                    DataSource.AUTOMATIC),
            category(
                    "cookies",
                    "Informasjonskapsler",
                    "Cookies and identifiers",
                    "Informasjonskapsler og annonse-ID-er.",
                    "Cookies and advertising identifiers.",
                    DataSource.AUTOMATIC),
            category(
                    "location",
                    "Lokasjonsdata",
                    "Location data",
                    "Omtrentlig eller nøyaktig posisjon.",
                    "Approximate or precise position.",
                    DataSource.AUTOMATIC),
            category(
                    "cctv",
                    "Kameraopptak",
                    "CCTV footage",
                    "Opptak fra overvåkingskameraer.",
                    "Recordings from surveillance cameras.",
                    DataSource.AUTOMATIC),
            category(
                    "access-logs",
                    "Adgangslogger",
                    "Access card logs",
                    "Når og hvor adgangskort er brukt.",
                    "When and where access cards were used.",
                    DataSource.AUTOMATIC),
            category(
                    "vehicle",
                    "Kjøretøydata",
                    "Vehicle data",
                    "Registreringsnummer, kjørebok og posisjon.",
                    "Registration number, trip log and position.",
                    DataSource.AUTOMATIC),
            category(
                    "insurance",
                    "Forsikringsopplysninger",
                    "Insurance details",
                    "Avtaler, dekninger og premie.",
                    "Policies, cover and premium.",
                    DataSource.DATA_SUBJECT),
            category(
                    "claims",
                    "Skadeopplysninger",
                    "Claims details",
                    "Skademeldinger, takst og utbetalinger.",
                    "Claim reports, assessments and payouts.",
                    DataSource.DATA_SUBJECT),
            category(
                    "loan",
                    "Låneopplysninger",
                    "Loan details",
                    "Lånebeløp, sikkerhet og nedbetaling.",
                    "Loan amount, collateral and repayments.",
                    DataSource.DATA_SUBJECT),
            category(
                    "tenancy",
                    "Leieforhold",
                    "Tenancy details",
                    "Leiekontrakt, depositum og husleie.",
                    "Lease, deposit and rent.",
                    DataSource.DATA_SUBJECT),
            category(
                    "travel",
                    "Reiseopplysninger",
                    "Travel details",
                    "Reiserute, billetter og ønsker om assistanse.",
                    "Itinerary, tickets and assistance requests.",
                    DataSource.DATA_SUBJECT),
            category(
                    "public-registers",
                    "Opplysninger fra offentlige registre",
                    "Data from public registers",
                    "Opplysninger fra Folkeregisteret og Enhetsregisteret.",
                    "Data from the population and business registers.",
                    DataSource.PUBLIC),
            category(
                    "social-media",
                    "Offentlige profiler",
                    "Public profiles",
                    "Innhold fra offentlige profiler i sosiale medier.",
                    "Content from public social media profiles.",
                    DataSource.PUBLIC),
            category(
                    "next-of-kin-details",
                    "Opplysninger om pårørende",
                    "Next-of-kin details",
                    "Navn og telefon til nærmeste pårørende.",
                    "Name and telephone of next of kin.",
                    DataSource.DATA_SUBJECT),
            category(
                    "reports",
                    "Varslingsopplysninger",
                    "Whistleblowing reports",
                    "Innholdet i varsler og undersøkelser.",
                    "Content of reports and investigations.",
                    DataSource.DATA_SUBJECT),
            category(
                    "energy-usage",
                    "Strømforbruk",
                    "Electricity consumption",
                    "Måleverdier fra smarte strømmålere.",
                    "Readings from smart electricity meters.",
                    DataSource.AUTOMATIC),
            category(
                    "customer-content",
                    "Kundeinnhold",
                    "Customer content",
                    "Data bedriftskunder lagrer i tjenestene.",
                    "Data that business customers store in the services.",
                    DataSource.THIRD_PARTY));

    private static CategoryBase category(
            String key, String nb, String en, String descriptionNb, String descriptionEn, DataSource source) {
        return new CategoryBase(key, t(nb, en), t(descriptionNb, descriptionEn), source, false, false);
    }

    private static CategoryBase sensitive(
            String key,
            String nb,
            String en,
            String descriptionNb,
            String descriptionEn,
            boolean special,
            boolean criminal) {
        return new CategoryBase(
                key,
                t(nb, en),
                t(descriptionNb, descriptionEn),
                criminal && !special ? DataSource.THIRD_PARTY : DataSource.DATA_SUBJECT,
                special,
                criminal);
    }

    private static PurposeBase purpose(
            String key, String nb, String en, LegalBasis basis, String referenceNb, String referenceEn) {
        return new PurposeBase(
                key, t(nb, en), null, basis, referenceNb == null ? null : t(referenceNb, referenceEn), null, null);
    }

    private static PurposeBase interest(String key, String nb, String en, String interestNb, String interestEn) {
        return new PurposeBase(key, t(nb, en), null, LEGITIMATE_INTERESTS, null, t(interestNb, interestEn), null);
    }

    private static PurposeBase special(PurposeBase base, SpecialCategoryCondition condition) {
        return new PurposeBase(
                base.key(),
                base.name(),
                base.description(),
                base.basis(),
                base.reference(),
                base.interest(),
                condition);
    }

    static final List<PurposeBase> PURPOSES = List.of(
            special(
                    purpose(
                            "payroll",
                            "Lønnsutbetaling",
                            "Paying salaries",
                            LEGAL_OBLIGATION,
                            "Skatteforvaltningsloven og a-opplysningsloven",
                            "Tax Administration Act and the A-scheme Act"),
                    SpecialCategoryCondition.EMPLOYMENT_SOCIAL_SECURITY),
            special(
                    purpose(
                            "employment-contract",
                            "Oppfølging av arbeidsavtalen",
                            "Managing the employment contract",
                            CONTRACT,
                            "Arbeidsavtalen",
                            "The employment contract"),
                    SpecialCategoryCondition.EMPLOYMENT_SOCIAL_SECURITY),
            special(
                    purpose(
                            "sick-leave-follow-up",
                            "Oppfølging av sykmeldte",
                            "Following up sick leave",
                            LEGAL_OBLIGATION,
                            "Arbeidsmiljøloven § 4-6 og folketrygdloven kapittel 8",
                            "Working Environment Act § 4-6 and National Insurance Act chapter 8"),
                    SpecialCategoryCondition.EMPLOYMENT_SOCIAL_SECURITY),
            purpose(
                    "recruitment",
                    "Rekruttering",
                    "Recruitment",
                    CONTRACT,
                    "Tiltak før avtaleinngåelse på søkerens anmodning",
                    "Steps at the applicant's request before a contract"),
            special(
                    purpose(
                            "suitability-check",
                            "Vandelskontroll",
                            "Background checks",
                            LEGAL_OBLIGATION,
                            "Finanstilsynsloven § 3-2 og politiregisterloven § 39",
                            "Financial Supervision Act § 3-2 and Police Register Act § 39"),
                    SpecialCategoryCondition.SUBSTANTIAL_PUBLIC_INTEREST),
            interest(
                    "competence",
                    "Kompetanseutvikling",
                    "Developing skills",
                    "Vi har en berettiget interesse i at ansatte har og utvikler kompetansen jobben krever.",
                    "We have a legitimate interest in staff having and developing the skills their job needs."),
            special(
                    purpose(
                            "union-dues",
                            "Trekk av fagforeningskontingent",
                            "Deducting union dues",
                            CONTRACT,
                            "Tariffavtalen og den ansattes fullmakt",
                            "The collective agreement and the employee's authorisation"),
                    SpecialCategoryCondition.EMPLOYMENT_SOCIAL_SECURITY),
            purpose(
                    "pension",
                    "Pensjon og forsikring for ansatte",
                    "Staff pensions and insurance",
                    LEGAL_OBLIGATION,
                    "Lov om obligatorisk tjenestepensjon",
                    "Mandatory Occupational Pensions Act"),
            purpose(
                    "travel-expenses",
                    "Reiseregninger",
                    "Travel expenses",
                    LEGAL_OBLIGATION,
                    "Skattebetalingsloven og bokføringsloven",
                    "Tax Payment Act and Bookkeeping Act"),
            purpose(
                    "accounting",
                    "Regnskap og bokføring",
                    "Accounting and bookkeeping",
                    LEGAL_OBLIGATION,
                    "Bokføringsloven §§ 4 og 13",
                    "Bookkeeping Act §§ 4 and 13"),
            purpose(
                    "customer-agreement",
                    "Levering av kundeavtalen",
                    "Delivering the customer agreement",
                    CONTRACT,
                    "Kundeavtalen og de alminnelige vilkårene",
                    "The customer agreement and general terms"),
            purpose(
                    "order-handling",
                    "Ordrebehandling og levering",
                    "Order handling and delivery",
                    CONTRACT,
                    "Kjøpsavtalen",
                    "The purchase contract"),
            purpose(
                    "invoicing",
                    "Fakturering og innkreving",
                    "Invoicing and collection",
                    CONTRACT,
                    "Kundeavtalen",
                    "The customer agreement"),
            purpose(
                    "customer-service",
                    "Kundeservice",
                    "Customer service",
                    CONTRACT,
                    "Kundeavtalen",
                    "The customer agreement"),
            interest(
                    "service-quality",
                    "Kvalitetssikring av kundeservice",
                    "Quality assurance of customer service",
                    "Vi har en berettiget interesse i å lære opp rådgivere og dokumentere hva som ble avtalt; opptak slettes etter kort tid.",
                    "We have a legitimate interest in training advisers and documenting what was agreed; recordings are deleted after a short time."),
            purpose(
                    "newsletter",
                    "Nyhetsbrev",
                    "Newsletters",
                    CONSENT,
                    "Samtykke ved påmelding, registrert i samtykkeloggen",
                    "Consent at sign-up, recorded in the consent log"),
            interest(
                    "direct-marketing",
                    "Markedsføring til eksisterende kunder",
                    "Marketing to existing customers",
                    "Vi har en berettiget interesse i å tilby kundene lignende produkter; kunden kan når som helst reservere seg.",
                    "We have a legitimate interest in offering customers similar products; customers can opt out at any time."),
            purpose(
                    "personalised-ads",
                    "Tilpasset annonsering",
                    "Personalised advertising",
                    CONSENT,
                    "Samtykke i samtykkeløsningen for informasjonskapsler",
                    "Consent in the cookie consent tool"),
            interest(
                    "web-analytics",
                    "Statistikk over bruk av nettsidene",
                    "Website usage statistics",
                    "Vi har en berettiget interesse i å forstå hvordan nettsidene brukes for å forbedre dem; data aggregeres.",
                    "We have a legitimate interest in understanding how the websites are used to improve them; data is aggregated."),
            interest(
                    "product-development",
                    "Produktutvikling",
                    "Product development",
                    "Vi har en berettiget interesse i å forbedre tjenestene basert på hvordan de brukes, med pseudonymiserte data.",
                    "We have a legitimate interest in improving the services based on how they are used, using pseudonymised data."),
            interest(
                    "it-security",
                    "Informasjonssikkerhet",
                    "Information security",
                    "Vi har en berettiget interesse i å beskytte systemer og data mot angrep og misbruk.",
                    "We have a legitimate interest in protecting systems and data against attacks and misuse."),
            special(
                    interest(
                            "fraud-prevention",
                            "Forebygging av svindel",
                            "Fraud prevention",
                            "Vi har en berettiget interesse i å avdekke og stanse svindel mot oss og kundene våre.",
                            "We have a legitimate interest in detecting and stopping fraud against us and our customers."),
                    SpecialCategoryCondition.LEGAL_CLAIMS),
            purpose(
                    "anti-money-laundering",
                    "Tiltak mot hvitvasking",
                    "Anti-money laundering",
                    LEGAL_OBLIGATION,
                    "Hvitvaskingsloven §§ 12 og 24",
                    "Anti-Money Laundering Act §§ 12 and 24"),
            purpose(
                    "credit-assessment",
                    "Kredittvurdering",
                    "Credit assessment",
                    CONTRACT,
                    "Låneavtalen og finansavtaleloven § 5-4",
                    "The loan agreement and Financial Contracts Act § 5-4"),
            special(
                    purpose(
                            "claims-handling",
                            "Skadebehandling",
                            "Claims handling",
                            CONTRACT,
                            "Forsikringsavtalen og forsikringsavtaleloven",
                            "The insurance policy and Insurance Contracts Act"),
                    SpecialCategoryCondition.LEGAL_CLAIMS),
            special(
                    purpose(
                            "underwriting",
                            "Risikovurdering ved tegning",
                            "Underwriting",
                            CONTRACT,
                            "Forsikringsavtaleloven § 13-1",
                            "Insurance Contracts Act § 13-1"),
                    SpecialCategoryCondition.EXPLICIT_CONSENT),
            special(
                    purpose(
                            "healthcare",
                            "Helsehjelp",
                            "Providing healthcare",
                            CONTRACT,
                            "Behandlingsavtalen og pasientjournalloven § 6",
                            "The treatment agreement and Patient Records Act § 6"),
                    SpecialCategoryCondition.HEALTH_SOCIAL_CARE),
            special(
                    purpose(
                            "patient-records",
                            "Journalføring",
                            "Keeping patient records",
                            LEGAL_OBLIGATION,
                            "Helsepersonelloven § 39",
                            "Health Personnel Act § 39"),
                    SpecialCategoryCondition.HEALTH_SOCIAL_CARE),
            special(
                    purpose(
                            "occupational-health",
                            "Bedriftshelsetjeneste",
                            "Occupational health service",
                            LEGAL_OBLIGATION,
                            "Arbeidsmiljøloven § 3-3",
                            "Working Environment Act § 3-3"),
                    SpecialCategoryCondition.HEALTH_SOCIAL_CARE),
            purpose(
                    "emergency-contact",
                    "Varsling av pårørende ved ulykker",
                    "Contacting next of kin in emergencies",
                    VITAL_INTERESTS,
                    null,
                    null),
            interest(
                    "premises-security",
                    "Sikring av lokaler",
                    "Securing premises",
                    "Vi har en berettiget interesse i å forebygge og oppklare tyveri, innbrudd og vold i lokalene våre.",
                    "We have a legitimate interest in preventing and investigating theft, burglary and violence at our premises."),
            special(
                    purpose(
                            "access-control",
                            "Adgangskontroll",
                            "Access control",
                            CONSENT,
                            "Uttrykkelig samtykke til fingeravtrykk; adgangskort som alternativ",
                            "Explicit consent to fingerprints; an access card as alternative"),
                    SpecialCategoryCondition.EXPLICIT_CONSENT),
            purpose(
                    "fleet",
                    "Drift av firmabiler",
                    "Running company vehicles",
                    CONTRACT,
                    "Bilordningen i arbeidsavtalen",
                    "The company car scheme in the employment contract"),
            purpose(
                    "tax-reporting",
                    "Innrapportering til skattemyndighetene",
                    "Reporting to the tax authorities",
                    LEGAL_OBLIGATION,
                    "Skatteforvaltningsloven kapittel 7",
                    "Tax Administration Act chapter 7"),
            purpose(
                    "tenancy-management",
                    "Utleie og husleie",
                    "Letting and rent",
                    CONTRACT,
                    "Husleieavtalen og husleieloven",
                    "The lease and Tenancy Act"),
            purpose(
                    "bookings",
                    "Bestilling og gjennomføring av reiser",
                    "Booking and carrying out trips",
                    CONTRACT,
                    "Reiseavtalen og pakkereiseloven",
                    "The travel contract and Package Travel Act"),
            special(
                    purpose(
                            "assistance",
                            "Assistanse under reisen",
                            "Assistance during the trip",
                            CONSENT,
                            "Uttrykkelig samtykke når assistanse bestilles",
                            "Explicit consent when assistance is booked"),
                    SpecialCategoryCondition.EXPLICIT_CONSENT),
            purpose(
                    "passenger-data",
                    "Passasjeropplysninger til myndighetene",
                    "Passenger data for authorities",
                    LEGAL_OBLIGATION,
                    "Utlendingsloven § 20 og grenseforordningen",
                    "Immigration Act § 20 and the Schengen Borders Code"),
            purpose(
                    "metering",
                    "Måling og avregning av strøm",
                    "Metering and billing electricity",
                    LEGAL_OBLIGATION,
                    "Energiloven og avregningsforskriften",
                    "Energy Act and the Settlement Regulations"),
            purpose(
                    "grid-operation",
                    "Drift av strømnettet",
                    "Operating the power grid",
                    PUBLIC_TASK,
                    "Energiloven § 3-3 og beredskapsforskriften",
                    "Energy Act § 3-3 and the Emergency Preparedness Regulations"),
            purpose(
                    "whistleblowing",
                    "Behandling av varsler",
                    "Handling whistleblowing reports",
                    LEGAL_OBLIGATION,
                    "Arbeidsmiljøloven kapittel 2 A",
                    "Working Environment Act chapter 2 A"),
            special(
                    purpose(
                            "legal-claims",
                            "Fastsette og forsvare rettskrav",
                            "Establishing and defending legal claims",
                            LEGAL_OBLIGATION,
                            "Tvisteloven og foreldelsesloven",
                            "Disputes Act and Limitation Act"),
                    SpecialCategoryCondition.LEGAL_CLAIMS),
            purpose(
                    "complaints",
                    "Klagebehandling",
                    "Handling complaints",
                    LEGAL_OBLIGATION,
                    "Finansavtaleloven § 3-52 og forbrukerkjøpsloven",
                    "Financial Contracts Act § 3-52 and Consumer Purchases Act"),
            purpose(
                    "loyalty",
                    "Kundeprogram og fordeler",
                    "Loyalty programme and benefits",
                    CONTRACT,
                    "Medlemsvilkårene",
                    "The membership terms"),
            interest(
                    "customer-analysis",
                    "Kundeanalyse og segmentering",
                    "Customer analysis and segmentation",
                    "Vi har en berettiget interesse i å forstå kundegruppene våre for å planlegge tilbudene; det tas ingen beslutninger om enkeltpersoner.",
                    "We have a legitimate interest in understanding our customer groups to plan our offers; no decisions are taken about individuals."),
            purpose(
                    "supplier-management",
                    "Leverandøroppfølging",
                    "Managing suppliers",
                    CONTRACT,
                    "Leverandøravtalen",
                    "The supplier agreement"),
            interest(
                    "b2b-relationship",
                    "Oppfølging av bedriftskunder",
                    "Managing business customer relations",
                    "Vi har en berettiget interesse i å ha kontakt med de ansatte hos bedriftskundene som forvalter avtalen.",
                    "We have a legitimate interest in keeping in touch with the staff at business customers who manage the agreement."),
            purpose(
                    "corporate-governance",
                    "Selskapsstyring",
                    "Corporate governance",
                    LEGAL_OBLIGATION,
                    "Aksjeloven og verdipapirhandelloven",
                    "Companies Act and Securities Trading Act"),
            purpose(
                    "events",
                    "Kurs og arrangementer",
                    "Courses and events",
                    CONTRACT,
                    "Påmeldingen til arrangementet",
                    "The event registration"),
            purpose(
                    "service-delivery",
                    "Levering av tjenesten til kunden",
                    "Delivering the service to the customer",
                    CONTRACT,
                    "Databehandleravtalen med kunden",
                    "The data processing agreement with the customer"),
            purpose(
                    "statistics",
                    "Statistikk til myndighetene",
                    "Statistics for authorities",
                    LEGAL_OBLIGATION,
                    "Statistikkloven § 10",
                    "Statistics Act § 10"));

    static final List<RecipientBase> RECIPIENTS = List.of(
            recipient(
                    "payroll-provider",
                    RecipientKind.PROCESSOR,
                    "Leverandør av lønnssystem",
                    "Payroll system provider",
                    List.of("NO", "NO", "SE"),
                    List.of("Lønn", "Payroll", "HR")),
            recipient(
                    "hr-saas",
                    RecipientKind.PROCESSOR,
                    "Leverandør av HR-system",
                    "HR system provider",
                    List.of("NO", "IE", "US", "US"),
                    List.of("People", "HR", "Talent")),
            recipient(
                    "recruiting",
                    RecipientKind.PROCESSOR,
                    "Rekrutteringsplattform",
                    "Recruitment platform",
                    List.of("NO", "SE", "US", "GB"),
                    List.of("Rekruttering", "Hire", "Talent")),
            recipient(
                    "cloud-hosting",
                    RecipientKind.PROCESSOR,
                    "Skytjenester og drift",
                    "Cloud hosting and operations",
                    List.of("NO", "IE", "NL", "DE", "US", "SE"),
                    List.of("Sky", "Cloud", "Hosting", "Drift")),
            recipient(
                    "sub-hosting",
                    RecipientKind.SUB_PROCESSOR,
                    "Datasenter for en av våre leverandører",
                    "Data centre for one of our suppliers",
                    List.of("NO", "SE", "FI", "DE", "CH"),
                    List.of("Datasenter", "DataCenter", "Rack")),
            recipient(
                    "crm",
                    RecipientKind.PROCESSOR,
                    "Leverandør av kundesystem (CRM)",
                    "Customer relationship system provider",
                    List.of("NO", "IE", "US", "SE"),
                    List.of("CRM", "Kunde", "Relate")),
            recipient(
                    "contact-centre",
                    RecipientKind.PROCESSOR,
                    "Kundesenter og telefoni",
                    "Contact centre and telephony",
                    List.of("NO", "SE", "EE", "IN", "LT"),
                    List.of("Kontakt", "Call", "Voice")),
            recipient(
                    "email",
                    RecipientKind.PROCESSOR,
                    "E-post- og SMS-utsendelser",
                    "E-mail and SMS delivery",
                    List.of("NO", "IE", "US", "DK"),
                    List.of("Post", "Mail", "Send")),
            recipient(
                    "analytics",
                    RecipientKind.THIRD_PARTY,
                    "Analyseverktøy på nettsidene",
                    "Website analytics tool",
                    List.of("US", "IE", "FR", "NL"),
                    List.of("Analytics", "Metrics", "Insight"),
                    true),
            recipient(
                    "ads",
                    RecipientKind.THIRD_PARTY,
                    "Annonsenettverk",
                    "Advertising network",
                    List.of("US", "IE", "NL", "GB"),
                    List.of("Ads", "Reach", "Media"),
                    true),
            recipient(
                    "payment",
                    RecipientKind.THIRD_PARTY,
                    "Betalingsformidler",
                    "Payment service provider",
                    List.of("NO", "SE", "NL", "DK"),
                    List.of("Pay", "Betaling", "Checkout")),
            recipient(
                    "bank",
                    RecipientKind.THIRD_PARTY,
                    "Bank for utbetalinger",
                    "Bank for payouts",
                    List.of("NO", "NO", "SE", "DK"),
                    List.of("Sparebank", "Bank")),
            recipient(
                    "auditor",
                    RecipientKind.THIRD_PARTY,
                    "Revisor",
                    "Auditor",
                    List.of("NO"),
                    List.of("Revisjon", "Audit")),
            recipient(
                    "law-firm",
                    RecipientKind.THIRD_PARTY,
                    "Advokatfirma",
                    "Law firm",
                    List.of("NO", "NO", "SE", "GB"),
                    List.of("Advokat", "Legal", "Law")),
            recipient(
                    "debt-collector",
                    RecipientKind.THIRD_PARTY,
                    "Inkassoselskap",
                    "Debt collection agency",
                    List.of("NO", "SE"),
                    List.of("Inkasso", "Credit")),
            recipient(
                    "credit-bureau",
                    RecipientKind.THIRD_PARTY,
                    "Kredittopplysningsbyrå",
                    "Credit reference agency",
                    List.of("NO", "SE"),
                    List.of("Kreditt", "Score")),
            recipient(
                    "insurer",
                    RecipientKind.THIRD_PARTY,
                    "Forsikringsselskap",
                    "Insurance company",
                    List.of("NO", "DK", "SE"),
                    List.of("Forsikring", "Insurance")),
            recipient(
                    "pension-provider",
                    RecipientKind.THIRD_PARTY,
                    "Pensjonsleverandør",
                    "Pension provider",
                    List.of("NO", "NO", "SE"),
                    List.of("Pensjon", "Pension")),
            recipient(
                    "occupational-health",
                    RecipientKind.PROCESSOR,
                    "Bedriftshelsetjeneste",
                    "Occupational health provider",
                    List.of("NO"),
                    List.of("Helse", "Arbeidsmiljø")),
            recipient(
                    "health-records",
                    RecipientKind.PROCESSOR,
                    "Leverandør av journalsystem",
                    "Patient record system provider",
                    List.of("NO"),
                    List.of("Journal", "Helse", "Med")),
            recipient(
                    "security-company",
                    RecipientKind.PROCESSOR,
                    "Vakt- og sikkerhetsselskap",
                    "Security company",
                    List.of("NO", "SE"),
                    List.of("Vakt", "Sikring", "Secure")),
            recipient(
                    "courier",
                    RecipientKind.THIRD_PARTY,
                    "Transport og levering",
                    "Delivery and courier",
                    List.of("NO", "SE", "DK", "DE"),
                    List.of("Frakt", "Logistikk", "Express")),
            recipient(
                    "print",
                    RecipientKind.PROCESSOR,
                    "Trykkeri og utsendelse",
                    "Printing and mailing",
                    List.of("NO", "LT", "PL"),
                    List.of("Trykk", "Print")),
            recipient(
                    "it-support",
                    RecipientKind.PROCESSOR,
                    "IT-drift og brukerstøtte",
                    "IT operations and support",
                    List.of("NO", "IN", "PL", "UA"),
                    List.of("IT", "Tech", "Support")),
            recipient(
                    "security-monitoring",
                    RecipientKind.PROCESSOR,
                    "Sikkerhetsovervåking (SOC)",
                    "Security monitoring (SOC)",
                    List.of("NO", "SE", "GB", "US"),
                    List.of("Cyber", "Guard", "Sentinel")),
            recipient(
                    "esignature",
                    RecipientKind.PROCESSOR,
                    "Elektronisk signering",
                    "Electronic signing",
                    List.of("NO", "US", "BE"),
                    List.of("Sign", "ID")),
            recipient(
                    "travel-agency",
                    RecipientKind.PROCESSOR,
                    "Reisebyrå",
                    "Travel agency",
                    List.of("NO", "SE", "DK"),
                    List.of("Reise", "Travel")),
            recipient(
                    "airline",
                    RecipientKind.THIRD_PARTY,
                    "Flyselskap og hotell",
                    "Airlines and hotels",
                    List.of("NO", "SE", "DE", "GB", "US", "JP"),
                    List.of("Air", "Hotels", "Fly")),
            recipient(
                    "energy-data-hub",
                    RecipientKind.THIRD_PARTY,
                    "Elhub",
                    "The national metering data hub",
                    List.of("NO"),
                    List.of("Hub", "Måledata")),
            recipient(
                    "survey",
                    RecipientKind.PROCESSOR,
                    "Leverandør av spørreundersøkelser",
                    "Survey provider",
                    List.of("NO", "US", "DK"),
                    List.of("Survey", "Poll", "Innsikt")),
            recipient(
                    "dev-partner",
                    RecipientKind.PROCESSOR,
                    "Utviklingspartner",
                    "Development partner",
                    List.of("NO", "PL", "IN", "JP", "CA"),
                    List.of("Code", "Dev", "Soft")));

    private static RecipientBase recipient(
            String key, RecipientKind kind, String nb, String en, List<String> countries, List<String> words) {
        return recipient(key, kind, nb, en, countries, words, false);
    }

    private static RecipientBase recipient(
            String key,
            RecipientKind kind,
            String nb,
            String en,
            List<String> countries,
            List<String> words,
            boolean tracking) {
        return new RecipientBase(key, kind, t(nb, en), countries, words, tracking);
    }

    /** Public bodies that receive data, by their own names. */
    static final List<Text> AUTHORITIES = List.of(
            t("Skatteetaten", "The Norwegian Tax Administration"),
            t("NAV", "The Norwegian Labour and Welfare Administration (NAV)"),
            t("Politiet", "The Police"),
            t("Arbeidstilsynet", "The Labour Inspection Authority"),
            t("Finanstilsynet", "The Financial Supervisory Authority"),
            t("Økokrim", "Økokrim (economic crime unit)"),
            t("Helfo", "Helfo"),
            t("Statistisk sentralbyrå", "Statistics Norway"),
            t("Statens pensjonskasse", "The Norwegian Public Service Pension Fund"),
            t("Tolletaten", "Norwegian Customs"),
            t("Fylkesmannen / Statsforvalteren", "The County Governor"),
            t("Finansklagenemnda", "The Norwegian Financial Services Complaints Board"));

    /** Where the group's own companies sit, and the safeguard for those outside the EEA. */
    static final List<String[]> AFFILIATES = List.of(
            new String[] {"Nordlys Sverige AB", "SE"},
            new String[] {"Nordlys Danmark A/S", "DK"},
            new String[] {"Nordlys Suomi Oy", "FI"},
            new String[] {"Nordlys UK Ltd", "GB"},
            new String[] {"Nordlys India Pvt Ltd", "IN"},
            new String[] {"Nordlys Americas Inc.", "US"});

    static final List<Text> INTERNAL = List.of(
            t("HR-avdelingen", "The HR department"),
            t("Konsernrevisjonen", "Group internal audit"),
            t("Økonomiavdelingen", "The finance department"),
            t("Kundesenteret", "The customer centre"),
            t("Compliance-funksjonen", "The compliance function"));

    static final List<String> NAME_PREFIXES = List.of(
            "Nord",
            "Fjord",
            "Skog",
            "Berg",
            "Lys",
            "Vik",
            "Stor",
            "Blå",
            "Polar",
            "Aurora",
            "Kyst",
            "Tind",
            "Elv",
            "Havn",
            "Puls",
            "Vest",
            "Øst",
            "Trygg",
            "Klar",
            "Nova",
            "Alfa",
            "Helix",
            "Orbit",
            "Vektor",
            "Prisma",
            "Atlas",
            "Delta",
            "Fokus",
            "Merkur",
            "Saga",
            "Tjeld",
            "Ørn",
            "Måke",
            "Furu",
            "Bjørk",
            "Granitt",
            "Stjerne",
            "Bølge",
            "Nordkapp",
            "Lofot");

    static final List<Qualifier> SECURITY_MEASURES = List.of(
            new Qualifier(
                    "standard",
                    t(
                            "Tilgang etter tjenstlig behov, tofaktorpålogging, kryptering og logging.",
                            "Need-to-know access, two-factor sign-in, encryption and logging.")),
            new Qualifier(
                    "hr",
                    t(
                            "Bare HR og nærmeste leder har tilgang; tilgangene gjennomgås hvert halvår.",
                            "Only HR and the line manager have access, reviewed every six months.")),
            new Qualifier(
                    "health",
                    t(
                            "Journal driftet i Norge etter Normen; rollebasert tilgang og loggkontroll.",
                            "Records hosted in Norway under the Normen code; role-based access and log reviews.")),
            new Qualifier(
                    "payments",
                    t(
                            "Betalingsdata etter PCI DSS; kortnumre lagres ikke hos oss.",
                            "Payment data under PCI DSS; we never store card numbers.")),
            new Qualifier(
                    "cctv",
                    t(
                            "Opptak lagres kryptert lokalt; bare sikkerhetssjefen henter dem ut, med logg.",
                            "Recordings are encrypted on site; only the security manager retrieves them, logged.")),
            new Qualifier(
                    "cloud",
                    t(
                            "Lagret kryptert i EØS hos en ISO 27001-sertifisert leverandør.",
                            "Stored encrypted in the EEA at an ISO 27001 certified supplier.")),
            new Qualifier(
                    "analytics",
                    t(
                            "IP-adresser avkortes, og data knyttes ikke til navn.",
                            "IP addresses are truncated and data is never linked to names.")));
}
