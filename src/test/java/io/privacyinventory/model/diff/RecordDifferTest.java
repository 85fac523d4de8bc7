package io.privacyinventory.model.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.privacyinventory.TestInventories;
import io.privacyinventory.model.Activity;
import io.privacyinventory.model.ActivityStatus;
import io.privacyinventory.model.AutomatedDecisions;
import io.privacyinventory.model.Contact;
import io.privacyinventory.model.DataCategory;
import io.privacyinventory.model.DataSubject;
import io.privacyinventory.model.Dpia;
import io.privacyinventory.model.DpiaStatus;
import io.privacyinventory.model.EntityType;
import io.privacyinventory.model.Inventory;
import io.privacyinventory.model.LegalBasis;
import io.privacyinventory.model.NoticeSettings;
import io.privacyinventory.model.Organisation;
import io.privacyinventory.model.Purpose;
import io.privacyinventory.model.PurposeUse;
import io.privacyinventory.model.Recipient;
import io.privacyinventory.model.RetentionRule;
import io.privacyinventory.model.Safeguard;
import io.privacyinventory.model.Text;
import io.privacyinventory.model.Transfer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class RecordDifferTest {
    private static final Inventory CLINIC = TestInventories.read(TestInventories.CLINIC_GROUP);

    private static Inventory withActivity(String id, UnaryOperator<Activity> change) {
        return withActivities(CLINIC.activities().stream()
                .map(a -> a.id().equals(id) ? change.apply(a) : a)
                .toList());
    }

    private static Inventory withActivities(List<Activity> activities) {
        return new Inventory(
                CLINIC.languages(),
                CLINIC.organisation(),
                CLINIC.notice(),
                CLINIC.dataSubjects(),
                CLINIC.dataCategories(),
                CLINIC.purposes(),
                CLINIC.recipients(),
                activities);
    }

    private static Activity activity(String id) {
        return CLINIC.activities().stream()
                .filter(a -> a.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    /** The only changed item, which must be of this kind and id. */
    private static ItemDiff onlyChange(RecordDiff diff, EntityType kind, String id) {
        assertThat(diff.items()).hasSize(1);
        ItemDiff item = diff.items().get(0);
        assertThat(item.kind()).isEqualTo(kind);
        assertThat(item.id()).isEqualTo(id);
        assertThat(item.change()).isEqualTo(ItemDiff.Change.CHANGED);
        return item;
    }

    @Test
    void theSameRecordHasNoDifferences() {
        RecordDiff diff = RecordDiffer.compare(CLINIC, TestInventories.read(TestInventories.CLINIC_GROUP), "en");

        assertThat(diff.isEmpty()).isTrue();
        assertThat(diff.count()).isZero();
    }

    @Test
    void addedAndRemovedActivitiesAreNamedWithTheirIds() {
        List<Activity> activities = new ArrayList<>(CLINIC.activities());
        activities.removeIf(a -> a.id().equals("newsletter"));
        activities.add(Activity.draft("home-visits", Text.of("en", "Home visits")));

        RecordDiff diff = RecordDiffer.compare(CLINIC, withActivities(activities), "en");

        assertThat(diff.items())
                .extracting(ItemDiff::kindLabel, ItemDiff::id, ItemDiff::name, ItemDiff::change)
                .containsExactly(
                        tuple("Activity", "home-visits", "Home visits", ItemDiff.Change.ADDED),
                        tuple("Activity", "newsletter", "Newsletter", ItemDiff.Change.REMOVED));
        assertThat(diff.count()).isEqualTo(2);
    }

    @Test
    void activityFieldsInWordsAndReferencesAsNamesInAnyOrder() {
        Inventory changed = withActivity(
                "newsletter",
                a -> a.withStatus(ActivityStatus.APPROVED)
                        .withDataCategories(List.of("newsletter-data", "online-identifiers"))
                        .withReviewDue(LocalDate.of(2027, 1, 31)));

        ItemDiff item = onlyChange(RecordDiffer.compare(CLINIC, changed, "en"), EntityType.ACTIVITY, "newsletter");

        assertThat(item.name()).isEqualTo("Newsletter");
        assertThat(item.fields())
                .extracting(FieldDiff::path, FieldDiff::label, FieldDiff::before, FieldDiff::after)
                .containsExactly(
                        tuple("status", "Status", "Draft", "Approved"),
                        tuple(
                                "dataCategories",
                                "Categories of personal data",
                                "Newsletter subscription",
                                "Newsletter subscription; Online identifiers"),
                        tuple(
                                "reviewDue",
                                "Review due",
                                activity("newsletter").reviewDue() == null
                                        ? null
                                        : activity("newsletter").reviewDue().toString(),
                                "2027-01-31"));

        List<String> reversed = new ArrayList<>(activity("patient-care").dataCategories());
        java.util.Collections.reverse(reversed);
        assertThat(RecordDiffer.compare(CLINIC, withActivity("patient-care", a -> a.withDataCategories(reversed)), "en")
                        .isEmpty())
                .as("the same categories in another order")
                .isTrue();
    }

    @Test
    void purposeEntriesAreMatchedByPurposeAndNamedWithTheirLegalBasis() {
        Inventory changed = withActivity("patient-care", a -> {
            List<PurposeUse> purposes = new ArrayList<>(a.purposes());
            PurposeUse first = purposes.get(0);
            purposes.set(
                    0,
                    new PurposeUse(
                            first.purpose(),
                            first.legalBasis(),
                            Text.of("en", "Patient Records Act § 6"),
                            first.legitimateInterest(),
                            first.specialCategoryCondition()));
            PurposeUse second = purposes.get(1);
            purposes.set(
                    1,
                    new PurposeUse(
                            second.purpose(),
                            LegalBasis.CONTRACT,
                            second.legalBasisReference(),
                            second.legitimateInterest(),
                            second.specialCategoryCondition()));
            purposes.remove(3);
            purposes.add(new PurposeUse("bookkeeping", LegalBasis.LEGAL_OBLIGATION, null, null, null));
            return a.withPurposes(purposes);
        });

        ItemDiff item = onlyChange(RecordDiffer.compare(CLINIC, changed, "en"), EntityType.ACTIVITY, "patient-care");

        assertThat(item.fields())
                .extracting(FieldDiff::path, FieldDiff::label, FieldDiff::before, FieldDiff::after)
                .containsExactly(
                        tuple(
                                "purposes/0/legalBasisReference",
                                "Purposes and legal bases › Examination and treatment — "
                                        + "Contract (Art. 6(1)(b)) › Legal basis reference",
                                "The treatment agreement with the patient; Patient Records Act § 6",
                                "Patient Records Act § 6"),
                        tuple(
                                "purposes/1/legalBasis",
                                "Purposes and legal bases › Keeping patient records — "
                                        + "Contract (Art. 6(1)(b)) › Legal basis",
                                "Legal obligation (Art. 6(1)(c))",
                                "Contract (Art. 6(1)(b))"),
                        tuple(
                                "purposes/3",
                                "Purposes and legal bases",
                                null,
                                "Bookkeeping — Legal obligation (Art. 6(1)(c))"),
                        tuple(
                                "purposes/3",
                                "Purposes and legal bases",
                                "Reimbursement claims to HELFO — Legal obligation (Art. 6(1)(c))",
                                null));
    }

    @Test
    void transfersControllersAndPartsOfAnActivity() {
        Inventory changed = withActivity(
                "booking-billing",
                a -> a.withTransfers(a.transfers().stream()
                                .map(t -> new Transfer(
                                        t.country(),
                                        t.recipient(),
                                        Safeguard.STANDARD_CONTRACTUAL_CLAUSES,
                                        t.description()))
                                .toList())
                        .withControllers(List.of(new Contact("Partner Clinic AS", "post@partner.example", null, null)))
                        .withAutomatedDecisions(new AutomatedDecisions(true, Text.of("en", "Reminders by score")))
                        .withDpia(new Dpia(DpiaStatus.REQUIRED, null)));
        Transfer transfer = activity("booking-billing").transfers().get(0);

        ItemDiff item = onlyChange(RecordDiffer.compare(CLINIC, changed, "en"), EntityType.ACTIVITY, "booking-billing");

        assertThat(item.fields())
                .extracting(FieldDiff::label, FieldDiff::before, FieldDiff::after)
                .contains(
                        tuple("Controllers (joint, or on whose behalf we process)", null, "Partner Clinic AS"),
                        tuple(
                                "Transfers to third countries › United Kingdom (Sendly Ltd) › Safeguard",
                                transfer.safeguard() == null ? null : "Adequacy decision",
                                "Standard contractual clauses"),
                        tuple(
                                "Automated decisions (Art. 22) › Used",
                                activity("booking-billing").automatedDecisions() == null ? null : "No",
                                "Yes"),
                        tuple("Automated decisions (Art. 22) › Logic involved", null, "Reminders by score"),
                        tuple(
                                "Data protection impact assessment (DPIA) › Status",
                                activity("booking-billing").dpia() == null ? null : "Not required",
                                "Required"));
    }

    @Test
    void retentionPeriodsInWordsInEitherLanguage() {
        Inventory changed = withActivity(
                "patient-care",
                a -> a.withRetention(a.retention().stream()
                        .map(r -> new RetentionRule(
                                r.dataCategories(),
                                r.isDefaultRule() ? "P6M" : r.period(),
                                r.trigger(),
                                r.description()))
                        .toList()));

        FieldDiff en = onlyChange(RecordDiffer.compare(CLINIC, changed, "en"), EntityType.ACTIVITY, "patient-care")
                .fields()
                .get(0);
        FieldDiff nb = onlyChange(RecordDiffer.compare(CLINIC, changed, "nb"), EntityType.ACTIVITY, "patient-care")
                .fields()
                .get(0);

        assertThat(en)
                .extracting(FieldDiff::path, FieldDiff::label, FieldDiff::before, FieldDiff::after)
                .containsExactly(
                        "retention/1/period", "Retention › All other categories › Period", "10 years", "6 months");
        assertThat(nb)
                .extracting(FieldDiff::label, FieldDiff::before, FieldDiff::after)
                .containsExactly("Lagringstid › Alle øvrige kategorier › Periode", "10 år", "6 måneder");
    }

    @Test
    void dataCategoriesWithFixedValuesAndYesNo() {
        Inventory changed = withCatalogues(
                c -> c.id().equals("payment-data")
                        ? new DataCategory(
                                c.id(),
                                c.name(),
                                c.description(),
                                io.privacyinventory.model.DataSource.THIRD_PARTY,
                                true,
                                c.criminal())
                        : c,
                UnaryOperator.identity(),
                UnaryOperator.identity(),
                UnaryOperator.identity());

        ItemDiff item =
                onlyChange(RecordDiffer.compare(CLINIC, changed, "nb"), EntityType.DATA_CATEGORY, "payment-data");

        assertThat(item.kindLabel()).isEqualTo("Personopplysningskategori");
        assertThat(item.fields())
                .extracting(FieldDiff::label, FieldDiff::before, FieldDiff::after)
                .containsExactly(
                        tuple("Kilde", "Fra den registrerte", "Fra tredjeparter"),
                        tuple("Særlig kategori (art. 9)", "Nei", "Ja"));
    }

    @Test
    void dataSubjectsPurposesAndRecipientsAreComparedByIdAndNamedAsTheyAreNow() {
        Inventory changed = withCatalogues(
                UnaryOperator.identity(),
                s -> s.id().equals("employees") ? new DataSubject(s.id(), Text.of("en", "Staff"), s.description()) : s,
                p -> p.id().equals("bookkeeping") ? new Purpose(p.id(), p.name(), Text.of("en", "Accounts by law")) : p,
                r -> r.id().equals("sendly")
                        ? new Recipient(
                                r.id(),
                                r.name(),
                                r.description(),
                                r.kind(),
                                "IE",
                                r.tracking(),
                                r.optOutUrl(),
                                r.contractUrl())
                        : r);

        RecordDiff diff = RecordDiffer.compare(CLINIC, changed, "en");

        assertThat(diff.items())
                .extracting(ItemDiff::kind, ItemDiff::id, ItemDiff::name)
                .containsExactly(
                        tuple(EntityType.DATA_SUBJECT, "employees", "Staff"),
                        tuple(EntityType.PURPOSE, "bookkeeping", "Bookkeeping"),
                        tuple(EntityType.RECIPIENT, "sendly", "Sendly Ltd"));
        assertThat(diff.items())
                .flatExtracting(ItemDiff::fields)
                .extracting(FieldDiff::label, FieldDiff::before, FieldDiff::after)
                .containsExactly(
                        tuple("Name", "Employees", "Staff"),
                        tuple(
                                "Description",
                                "Keeping accounting records and supporting documentation.",
                                "Accounts by law"),
                        tuple("Country", "United Kingdom", "Ireland"));
    }

    @Test
    void organisationNoticeAndLanguagesWithTextsComparedPerLanguage() {
        Organisation organisation = CLINIC.organisation();
        Contact dpo = organisation.dpo();
        Inventory changed = new Inventory(
                List.of("en", "nb"),
                new Organisation(
                        organisation.name(),
                        organisation.address(),
                        organisation.email(),
                        organisation.phone(),
                        organisation.website(),
                        new Contact(dpo.name(), "dpo@fjellvikhelse.example", dpo.phone(), dpo.address()),
                        organisation.representative(),
                        organisation.supervisoryAuthority(),
                        organisation.country()),
                new NoticeSettings(
                        CLINIC.notice().title().with("nb", "Personvernerklæring"),
                        LocalDate.of(2026, 9, 1),
                        CLINIC.notice().scope(),
                        CLINIC.notice().introduction(),
                        CLINIC.notice().audiences()),
                CLINIC.dataSubjects(),
                CLINIC.dataCategories(),
                CLINIC.purposes(),
                CLINIC.recipients(),
                CLINIC.activities());

        RecordDiff diff = RecordDiffer.compare(CLINIC, changed, "en");

        assertThat(diff.items())
                .extracting(ItemDiff::kind, ItemDiff::name)
                .containsExactly(
                        tuple(EntityType.INVENTORY, ""),
                        tuple(EntityType.ORGANISATION, "Fjellvik Helse AS"),
                        tuple(EntityType.NOTICE, ""));
        assertThat(diff.items())
                .flatExtracting(ItemDiff::fields)
                .extracting(FieldDiff::path, FieldDiff::label, FieldDiff::language, FieldDiff::before, FieldDiff::after)
                .containsExactly(
                        tuple("languages", "Languages", null, "English", "English; Norwegian Bokmål"),
                        tuple(
                                "dpo/email",
                                "Data protection officer › E-mail",
                                null,
                                dpo.email(),
                                "dpo@fjellvikhelse.example"),
                        tuple("title", "Title", "nb", null, "Personvernerklæring"),
                        tuple("effectiveDate", "Effective date", null, "2026-03-01", "2026-09-01"));
    }

    @Test
    void itemsAreNamedInTheChosenLanguageElseTheDefaultLanguage() {
        Inventory nbFirst = new Inventory(
                List.of("nb", "en"),
                CLINIC.organisation(),
                CLINIC.notice(),
                CLINIC.dataSubjects(),
                CLINIC.dataCategories(),
                CLINIC.purposes(),
                CLINIC.recipients(),
                List.of(
                        Activity.draft("a", Text.of("nb", "Lønn").with("en", "Payroll")),
                        Activity.draft("b", Text.of("nb", "Rekruttering"))));
        Inventory none = new Inventory(
                List.of("nb", "en"),
                CLINIC.organisation(),
                CLINIC.notice(),
                CLINIC.dataSubjects(),
                CLINIC.dataCategories(),
                CLINIC.purposes(),
                CLINIC.recipients(),
                List.of());

        assertThat(RecordDiffer.compare(none, nbFirst, "en").items())
                .extracting(ItemDiff::name)
                .containsExactly("Payroll", "Rekruttering");
        assertThat(RecordDiffer.compare(nbFirst, none, "nb").items())
                .extracting(ItemDiff::name, ItemDiff::change)
                .containsExactly(
                        tuple("Lønn", ItemDiff.Change.REMOVED), tuple("Rekruttering", ItemDiff.Change.REMOVED));
    }

    private static Inventory withCatalogues(
            UnaryOperator<DataCategory> categories,
            UnaryOperator<DataSubject> subjects,
            UnaryOperator<Purpose> purposes,
            UnaryOperator<Recipient> recipients) {
        return new Inventory(
                CLINIC.languages(),
                CLINIC.organisation(),
                CLINIC.notice(),
                CLINIC.dataSubjects().stream().map(subjects).toList(),
                CLINIC.dataCategories().stream().map(categories).toList(),
                CLINIC.purposes().stream().map(purposes).toList(),
                CLINIC.recipients().stream().map(recipients).toList(),
                CLINIC.activities());
    }
}
