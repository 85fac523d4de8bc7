package io.privacyinventory.exchange.csv;

import static io.privacyinventory.exchange.csv.CsvTestFiles.exportAndParse;
import static io.privacyinventory.exchange.csv.CsvTestFiles.table;
import static org.assertj.core.api.Assertions.assertThat;

import io.privacyinventory.TestInventories;
import io.privacyinventory.model.Activity;
import io.privacyinventory.model.Inventory;
import io.privacyinventory.model.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvActivitiesLayoutTest {
    private static final Inventory CLINIC = TestInventories.read(TestInventories.CLINIC_GROUP);
    private static final Inventory PRODUCTS = TestInventories.read(TestInventories.PRODUCT_SERVICES);

    private static List<Map<String, String>> rows(Inventory inventory, CsvOptions options) {
        List<List<String>> rows = exportAndParse(inventory, CsvLayout.ACTIVITIES, options);
        return table(rows.get(0), rows.subList(1, rows.size()));
    }

    private static Map<String, String> row(Inventory inventory, CsvOptions options, String activityId) {
        String idHeading = CsvExport.heading("activities.", "activity-id", options.language());
        return rows(inventory, options).stream()
                .filter(row -> row.get(idHeading).equals(activityId))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void hasOneRowPerActivityOfEveryStatusInTheInventorysOrder() {
        List<Map<String, String>> rows = rows(CLINIC, CsvOptions.plain("en"));

        assertThat(rows)
                .extracting(row -> row.get("Activity id"))
                .containsExactlyElementsOf(
                        CLINIC.activities().stream().map(Activity::id).toList());
        assertThat(rows).extracting(row -> row.get("Status")).contains("Approved", "In review", "Draft", "Retired");
    }

    @Test
    void headingsAreTheDocumentedColumnsInTheChosenLanguage() {
        List<String> english = exportAndParse(CLINIC, CsvLayout.ACTIVITIES, CsvOptions.plain("en"))
                .get(0);
        List<String> norwegian = exportAndParse(CLINIC, CsvLayout.ACTIVITIES, CsvOptions.plain("nb"))
                .get(0);

        assertThat(english)
                .hasSize(CsvExport.activityColumnKeys().size())
                .startsWith("Activity id", "Processing activity", "Description", "Business function", "Role", "Status")
                .contains(
                        "Purposes and legal basis",
                        "Purpose ids",
                        "Categories of data subjects",
                        "Time limits for erasure (retention)",
                        "Internal notes");
        assertThat(norwegian)
                .hasSize(english.size())
                .startsWith("Aktivitets-ID", "Behandlingsaktivitet")
                .contains(
                        "Formål og behandlingsgrunnlag",
                        "Kategorier av registrerte",
                        "Kategorier av personopplysninger",
                        "Mottakere",
                        "Overføring til tredjeland og garantier",
                        "Lagringstid (frister for sletting)",
                        "Tekniske og organisatoriske sikkerhetstiltak",
                        "Interne merknader");
    }

    @Test
    void eachPurposeStaysPairedWithItsLegalBasis() {
        assertThat(row(CLINIC, CsvOptions.plain("en"), "patient-care").get("Purposes and legal basis"))
                .isEqualTo("Examination and treatment — Contract (Art. 6(1)(b)); "
                        + "Keeping patient records — Legal obligation (Art. 6(1)(c)); "
                        + "Reports to referring doctors — Legal obligation (Art. 6(1)(c)); "
                        + "Reimbursement claims to HELFO — Legal obligation (Art. 6(1)(c))");
        assertThat(row(CLINIC, CsvOptions.plain("nb"), "website-analytics").get("Formål og behandlingsgrunnlag"))
                .isEqualTo("Website statistics — Samtykke (art. 6 nr. 1 bokstav a)");
    }

    @Test
    void detailsOfEachPurposeNameThePurposeTheyBelongTo() {
        Map<String, String> row = row(CLINIC, CsvOptions.plain("en"), "employment-administration");

        assertThat(row.get("Purpose ids"))
                .as("a purpose on two legal bases is listed once per basis")
                .isEqualTo(
                        "employment-administration; employment-administration; statutory-reporting; bookkeeping; union-dues; "
                                + "sick-leave-follow-up");
        assertThat(ValueList.split(row.get("Legal basis per purpose")))
                .startsWith(
                        "employment-administration: Contract (Art. 6(1)(b))",
                        "employment-administration: Legal obligation (Art. 6(1)(c))");
        assertThat(ValueList.split(row.get("Legal basis reference per purpose")))
                .startsWith(
                        "employment-administration: Employment contract",
                        "employment-administration: the Working Environment Act, the National Insurance Act and the Tax "
                                + "Administration Act",
                        "statutory-reporting: A-reporting Act (a-opplysningsloven); Tax Payment Act");
        assertThat(row.get("Art. 9 condition per purpose"))
                .isEqualTo("union-dues: Employment and social security law (Art. 9(2)(b)); "
                        + "sick-leave-follow-up: Employment and social security law (Art. 9(2)(b))");
    }

    @Test
    void retentionIsListedPerCategoryInPlainWordsAndAsData() {
        Map<String, String> row = row(CLINIC, CsvOptions.plain("en"), "booking-billing");

        assertThat(ValueList.split(row.get("Time limits for erasure (retention)")))
                .containsExactly(
                        "Invoicing and payment data: 5 years, from: The end of the financial year — Accounting records are kept "
                                + "for five years after the end of the financial year (Bookkeeping Act § 13).",
                        "Appointment details: 2 years, from: The appointment — Booking history is kept for two years to "
                                + "handle complaints and missed-appointment fees.",
                        "Other categories: 2 years, from: The patient's last appointment — Contact details are removed from "
                                + "the booking system two years after the last appointment. Copies in the patient record "
                                + "follow the record.");
        assertThat(row.get("Data category ids per retention rule")).isEqualTo("payment-data; appointment-details; *");
        assertThat(row.get("Period per retention rule (ISO 8601)")).isEqualTo("P5Y; P2Y; P2Y");

        Map<String, String> norwegian = row(PRODUCTS, CsvOptions.plain("nb"), "customer-content");
        assertThat(norwegian.get("Lagringstid (frister for sletting)"))
                .startsWith(
                        "Kundeinnhold: slettes når: Kundeavtalen opphører, eller kunden instruerer om sletting. — ");
    }

    @Test
    void transfersShowTheCountryInTheChosenLanguageWithTheSafeguard() {
        assertThat(row(PRODUCTS, CsvOptions.plain("nb"), "customer-content")
                        .get("Overføring til tredjeland og garantier"))
                .isEqualTo("USA — Bindende virksomhetsregler (VMwares konsernselskaper)");
        Map<String, String> english = row(CLINIC, CsvOptions.plain("en"), "employment-administration");
        assertThat(english.get("Transfers to third countries and safeguards"))
                .isEqualTo("United States — Standard contractual clauses (Cirrus Office Inc.); "
                        + "India — Standard contractual clauses (Kaveri Tech Services Pvt Ltd)");
        assertThat(english.get("Transfer country codes")).isEqualTo("US; IN");
        assertThat(english.get("Recipient id per transfer")).isEqualTo("cirrus-office; kaveri");
    }

    @Test
    void specialCategoryAndCriminalOffenceDataAreMarked() {
        Map<String, String> row = row(CLINIC, CsvOptions.plain("en"), "recruitment");

        assertThat(row.get("Categories of personal data")).contains("Police certificate (criminal offences, Art. 10)");
        assertThat(row(CLINIC, CsvOptions.plain("nb"), "patient-care").get("Kategorier av personopplysninger"))
                .contains("Patient record (særlig kategori, art. 9)");
    }

    @Test
    void textsAreInTheChosenLanguageAndFallBackToTheDefaultLanguage() {
        Activity usage = PRODUCTS.activities().get(0);

        assertThat(row(PRODUCTS, CsvOptions.plain("en"), usage.id()).get("Processing activity"))
                .isEqualTo(usage.name().get("en").orElseThrow());
        assertThat(row(PRODUCTS, CsvOptions.plain("nb"), usage.id()).get("Behandlingsaktivitet"))
                .isEqualTo(usage.name().get("nb").orElseThrow());

        Inventory onlyNorwegianName = replaceFirstActivity(
                PRODUCTS,
                new Activity(
                        usage.id(),
                        Text.of("nb", "Bare på norsk"),
                        null,
                        null,
                        null,
                        List.of(),
                        null,
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null));
        assertThat(row(onlyNorwegianName, CsvOptions.plain("en"), usage.id()).get("Processing activity"))
                .isEqualTo("Bare på norsk");
    }

    @Test
    void internalNotesAndReviewDatesAreIncluded() {
        Map<String, String> row = row(CLINIC, CsvOptions.plain("en"), "recruitment");
        Activity recruitment = CLINIC.activities().stream()
                .filter(a -> a.id().equals("recruitment"))
                .findFirst()
                .orElseThrow();

        assertThat(row.get("Internal notes")).isEqualTo(recruitment.notes().resolve("en", "en"));
        assertThat(row.get("Last reviewed")).isEqualTo(String.valueOf(recruitment.reviewedOn()));
    }

    private static Inventory replaceFirstActivity(Inventory inventory, Activity activity) {
        List<Activity> activities = new ArrayList<>(inventory.activities());
        activities.set(0, activity);
        return new Inventory(
                inventory.languages(),
                inventory.organisation(),
                inventory.notice(),
                inventory.dataSubjects(),
                inventory.dataCategories(),
                inventory.purposes(),
                inventory.recipients(),
                activities);
    }
}
