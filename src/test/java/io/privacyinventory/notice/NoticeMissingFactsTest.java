package io.privacyinventory.notice;

import static io.privacyinventory.notice.NoticeFixtures.en;
import static org.assertj.core.api.Assertions.assertThat;

import io.privacyinventory.TestInventories;
import io.privacyinventory.model.Activity;
import io.privacyinventory.model.AutomatedDecisions;
import io.privacyinventory.model.Contact;
import io.privacyinventory.model.DataCategory;
import io.privacyinventory.model.DataSource;
import io.privacyinventory.model.Inventory;
import io.privacyinventory.model.LegalBasis;
import io.privacyinventory.model.NoticeSettings;
import io.privacyinventory.model.Organisation;
import io.privacyinventory.model.Purpose;
import io.privacyinventory.model.PurposeUse;
import io.privacyinventory.model.Recipient;
import io.privacyinventory.model.RecipientKind;
import io.privacyinventory.model.Role;
import io.privacyinventory.model.Safeguard;
import io.privacyinventory.model.SpecialCategoryCondition;
import io.privacyinventory.model.Transfer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the inventory lacks shows in the draft as a marker and is counted; texts in another language are reported. */
class NoticeMissingFactsTest {

    /** An approved activity that lacks nearly everything a notice needs. */
    static Inventory incomplete() {
        Organisation noContact = new Organisation("Bare Org", null, null, null, null, null, null, null);
        NoticeSettings noDate = new NoticeSettings(null, null, null, null);
        List<Purpose> purposes = List.of(
                new Purpose("p1", en("Profiling"), null),
                new Purpose("p2", en("Fraud checks"), null),
                new Purpose("p3", en("Tax reporting"), null));
        List<PurposeUse> uses = List.of(
                new PurposeUse("p1", null, null, null, null),
                new PurposeUse("p2", LegalBasis.LEGITIMATE_INTERESTS, null, null, null),
                new PurposeUse("p3", LegalBasis.LEGAL_OBLIGATION, null, null, null));
        DataCategory health = new DataCategory("health", en("Health"), null, DataSource.DATA_SUBJECT, true, false);
        DataCategory unsourced = new DataCategory("unsourced", en("Mystery data"), null, null, false, false);
        Recipient tracker =
                new Recipient("tracker", en("Tracker"), null, RecipientKind.THIRD_PARTY, "US", true, null, null);
        Recipient indian =
                new Recipient("indian", en("Support desk"), null, RecipientKind.PROCESSOR, "IN", false, null, null);
        Activity base = NoticeFixtures.approved("a", Role.CONTROLLER, uses, List.of("health", "unsourced"));
        Activity activity = new Activity(
                base.id(),
                base.name(),
                base.description(),
                base.owner(),
                Role.JOINT_CONTROLLER,
                List.of(),
                base.status(),
                base.dataSubjects(),
                base.dataCategories(),
                List.of("tracker", "indian"),
                base.purposes(),
                List.of(
                        new Transfer("US", "tracker", null, null),
                        new Transfer("BR", null, Safeguard.ADEQUACY_DECISION, null)),
                List.of(),
                null,
                null,
                new AutomatedDecisions(true, null),
                null,
                null,
                null,
                null);
        return new Inventory(
                List.of("en"),
                noContact,
                noDate,
                List.of(NoticeFixtures.subject()),
                List.of(health, unsourced),
                purposes,
                List.of(tracker, indian),
                List.of(activity));
    }

    @Test
    void everyMissingFactIsAVisibleMarkerAndCountedOnce() {
        NoticeDraft draft = NoticeComposer.compose(incomplete(), NoticeLanguage.EN);
        String text = draft.render(NoticeFormat.TEXT);

        assertThat(draft.missingFacts())
                .extracting(MissingFact::what)
                .containsExactlyInAnyOrder(
                        "the date the notice takes effect",
                        "contact details for Bare Org (e-mail, telephone or address)",
                        "the other joint controllers for “Activity a”",
                        "where “Mystery data” comes from",
                        "the legal basis for “Profiling” in “Activity a”",
                        "the legitimate interest pursued with “Fraud checks” in “Activity a”",
                        "the legal obligation that requires “Tax reporting” in “Activity a”",
                        "the Article 9(2) condition for the special categories of personal data in “Activity a”",
                        "a link for opting out of Tracker",
                        "the safeguard for the transfer to United States",
                        "a safeguard for the transfer to Brazil, which has no adequacy decision",
                        "how personal data reaches Support desk in India (transfer and safeguard)",
                        "how long “Health, Mystery data” is kept in “Activity a”",
                        "the supervisory authority you can complain to",
                        "the logic involved in the automated decisions in “Activity a”, and their consequences",
                        "whether “Activity a” relies on data you are required to give, and what happens if you do not");
        for (MissingFact fact : draft.missingFacts()) {
            assertThat(text).contains("[MISSING: " + fact.what() + "]");
            assertThat(fact.marker()).isEqualTo("[MISSING: " + fact.what() + "]");
        }
        assertThat(text).startsWith("Privacy notice for Bare Org\n");
        assertThat(text)
                .containsOnlyOnce("Effective from [MISSING: the date the notice takes effect]")
                .contains("This version is effective from [MISSING: the date the notice takes effect].");
    }

    @Test
    void markersAreInTheNoticesLanguageAndStandOutInHtmlAndMarkdown() {
        NoticeDraft draft = NoticeComposer.compose(incomplete(), NoticeLanguage.NB);

        assertThat(draft.render(NoticeFormat.TEXT)).contains("Gjelder fra [MANGLER: datoen erklæringen gjelder fra]");
        assertThat(draft.render(NoticeFormat.HTML))
                .contains("<mark class=\"missing\">[MANGLER: datoen erklæringen gjelder fra]</mark>");
        assertThat(draft.render(NoticeFormat.MARKDOWN)).contains("**\\[MANGLER: datoen erklæringen gjelder fra\\]**");
    }

    @Test
    void completeSamplesHaveNoMarkers() {
        for (var sample : TestInventories.SAMPLES) {
            for (NoticeLanguage language : NoticeLanguage.values()) {
                NoticeDraft draft = NoticeComposer.compose(TestInventories.read(sample), language);
                assertThat(draft.missingFacts()).as(sample + " " + language).isEmpty();
                assertThat(draft.render(NoticeFormat.TEXT)).doesNotContain("[MISSING", "[MANGLER");
            }
        }
    }

    @Test
    void textsWithoutTheRequestedLanguageFallBackAndAreReportedOncePerPlace() {
        NoticeDraft nb = NoticeComposer.compose(TestInventories.read(TestInventories.CLINIC_GROUP), NoticeLanguage.NB);

        assertThat(nb.fallbacks()).isNotEmpty().allSatisfy(fallback -> {
            assertThat(fallback.requested()).isEqualTo("nb");
            assertThat(fallback.used()).isEqualTo("en");
        });
        assertThat(nb.fallbacks())
                .extracting(TextFallback::path)
                .doesNotHaveDuplicates()
                .contains(
                        "notice.title",
                        "dataCategories[0].name",
                        "activities[0].name",
                        "purposes[0].name",
                        "activities[0].purposes[0].legalBasisReference",
                        "activities[0].retention[0].trigger");
        assertThat(nb.fallbacks())
                .extracting(TextFallback::path)
                .noneMatch(path -> path.contains("notes") || path.contains("securityMeasures"));
        String text = nb.render(NoticeFormat.TEXT);
        assertThat(text)
                .contains(
                        "Hvilke personopplysninger samler vi inn?",
                        "Patient record (særlig kategori av personopplysninger)");

        NoticeDraft en = NoticeComposer.compose(TestInventories.read(TestInventories.CLINIC_GROUP), NoticeLanguage.EN);
        assertThat(en.fallbacks()).isEmpty();
        NoticeDraft products =
                NoticeComposer.compose(TestInventories.read(TestInventories.PRODUCT_SERVICES), NoticeLanguage.EN);
        assertThat(products.fallbacks()).isEmpty();
    }

    @Test
    void aMissingTranslationFallsBackToTheDefaultLanguage() {
        Inventory products = TestInventories.read(TestInventories.PRODUCT_SERVICES);
        List<Purpose> purposes = new ArrayList<>(products.purposes());
        Purpose first = purposes.get(0);
        purposes.set(0, new Purpose(first.id(), first.name().with("en", null), first.description()));
        Inventory partly = new Inventory(
                products.languages(),
                products.organisation(),
                products.notice(),
                products.dataSubjects(),
                products.dataCategories(),
                purposes,
                products.recipients(),
                products.activities());

        NoticeDraft draft = NoticeComposer.compose(partly, NoticeLanguage.EN);

        assertThat(draft.fallbacks()).containsExactly(new TextFallback("purposes[0].name", "en", "nb"));
        assertThat(draft.render(NoticeFormat.TEXT)).contains("• Anbefalinger til kundene: Advising customers");
    }

    @Test
    void jointControllersAndAutomatedDecisionsAppearWhenUsed() {
        Inventory base = NoticeFixtures.withBases(LegalBasis.CONSENT);
        Activity joint = NoticeFixtures.withControllers(
                base.activities().get(0),
                Role.JOINT_CONTROLLER,
                List.of(new Contact("Partner Clinic AS", "privacy@partner.example", null, "Road 2, Drammen")),
                new AutomatedDecisions(true, en("Applications without authorisation are rejected automatically.")));
        Inventory inventory = NoticeFixtures.with(base, List.of(joint));

        String text = NoticeFixtures.render(inventory, NoticeLanguage.EN, NoticeFormat.TEXT);

        assertThat(text)
                .contains(
                        "For the processing “Activity main” we are joint controllers with the organisations below",
                        "• Partner Clinic AS\n  E-mail: privacy@partner.example\n  Address: Road 2, Drammen\n");
        assertThat(text)
                .contains(
                        "Do we make automated decisions about you?\n-----",
                        "• Activity main: Applications without authorisation are rejected automatically.",
                        "You have the right to have such a decision reviewed by a person");
    }

    @Test
    void specialCategoriesAreMarkedAndTheirConditionsListed() {
        Inventory clinic = TestInventories.read(TestInventories.CLINIC_GROUP);
        String text = NoticeFixtures.render(clinic, NoticeLanguage.EN, NoticeFormat.TEXT);

        assertThat(text).contains("• Patient record (special category of personal data): Medical history");
        assertThat(text)
                .contains("Condition for special categories (Article 9(2)): Health or social care (Art. 9(2)(h))");
        Purpose check = new Purpose("check", en("Certificate check"), null);
        DataCategory record =
                new DataCategory("record", en("Criminal record"), null, DataSource.DATA_SUBJECT, false, true);
        Activity hiring = NoticeFixtures.approved(
                "hiring",
                Role.CONTROLLER,
                List.of(new PurposeUse(
                        "check",
                        LegalBasis.LEGAL_OBLIGATION,
                        en("Police Act"),
                        null,
                        SpecialCategoryCondition.EMPLOYMENT_SOCIAL_SECURITY)),
                List.of("record"));
        Inventory criminal = new Inventory(
                List.of("en"),
                NoticeFixtures.organisation(),
                NoticeFixtures.settings(),
                List.of(NoticeFixtures.subject()),
                List.of(record),
                List.of(check),
                List.of(),
                List.of(hiring));
        assertThat(NoticeFixtures.render(criminal, NoticeLanguage.EN, NoticeFormat.TEXT))
                .contains("• Criminal record (personal data relating to criminal convictions and offences)")
                .contains("Legal authority for data on criminal offences (Article 10): [MISSING:")
                .as("an Art. 9(2) condition is not an authority for criminal-offence data")
                .doesNotContain("Art. 9(2)(b)")
                .contains("[MISSING: the law that allows");
    }
}
