package io.privacyinventory.exchange.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.privacyinventory.RandomInventory;
import io.privacyinventory.TestInventories;
import io.privacyinventory.exchange.InventoryFormatException;
import io.privacyinventory.exchange.InventoryJsonWriter;
import io.privacyinventory.model.Activity;
import io.privacyinventory.model.ActivityStatus;
import io.privacyinventory.model.DataCategory;
import io.privacyinventory.model.DpiaCriterion;
import io.privacyinventory.model.Entity;
import io.privacyinventory.model.EntityType;
import io.privacyinventory.model.Inventories;
import io.privacyinventory.model.Inventory;
import io.privacyinventory.model.LegalBasis;
import io.privacyinventory.model.PurposeUse;
import io.privacyinventory.model.Recipient;
import io.privacyinventory.model.RecipientKind;
import io.privacyinventory.model.RetentionRule;
import io.privacyinventory.model.Safeguard;
import io.privacyinventory.model.Text;
import io.privacyinventory.model.Transfer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Reading the activities layout as an import: back into the inventory it came from (nothing
 * changes), into a new inventory (the catalogue is rebuilt from what the file shows), from a
 * spreadsheet that has only names, and with every kind of mistake reported at its row and column.
 */
class CsvImportTest {
    private static final String EN_HEADINGS = "Activity id,Processing activity,Purpose ids,Legal basis per purpose,"
            + "Last reviewed,Transfer country codes,Safeguard per transfer\r\n";

    @Provide
    Arbitrary<Inventory> inventories() {
        return Arbitraries.randomValue(RandomInventory::generate);
    }

    @Provide
    Arbitrary<CsvOptions> options() {
        return Arbitraries.of(CsvOptions.LANGUAGES)
                .flatMap(language -> Arbitraries.of(CsvDelimiter.class)
                        .flatMap(delimiter ->
                                Arbitraries.of(true, false).map(mark -> new CsvOptions(language, delimiter, mark))));
    }

    private static CsvImport read(byte[] file, Inventory base) {
        try {
            return CsvActivitiesReader.read(file, "activities.csv", base);
        } catch (InventoryFormatException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    private static CsvImport read(String file, Inventory base) {
        return read(file.getBytes(StandardCharsets.UTF_8), base);
    }

    private static String error(String file, Inventory base) {
        try {
            CsvActivitiesReader.read(file.getBytes(StandardCharsets.UTF_8), "activities.csv", base);
        } catch (InventoryFormatException e) {
            return e.getMessage();
        }
        throw new AssertionError("the file was read without an error");
    }

    @Property(tries = 200)
    void importingAnExportIntoTheInventoryItCameFromChangesNothing(
            @ForAll("inventories") Inventory inventory, @ForAll("options") CsvOptions options) {
        byte[] file = CsvTestFiles.export(inventory, CsvLayout.ACTIVITIES, options);

        CsvImport imported = read(file, inventory);

        assertThat(imported.inventory()).isEqualTo(inventory);
        assertThat(imported.createdCount()).isZero();
        assertThat(imported.language()).isEqualTo(options.language());
        assertThat(imported.delimiter()).isEqualTo(options.delimiter());
    }

    @Property(tries = 200)
    void aNewInventoryGetsTheCatalogueEntriesTheFileShowsWithTheirMarks(
            @ForAll("inventories") Inventory inventory, @ForAll("options") CsvOptions options) {
        String language = options.language();
        byte[] file = CsvTestFiles.export(inventory, CsvLayout.ACTIVITIES, options);

        Inventory imported = read(file, null).inventory();

        assertThat(imported.languages()).containsExactly(language);
        assertThat(imported.activities())
                .extracting(Activity::id)
                .containsExactlyElementsOf(
                        inventory.activities().stream().map(Activity::id).toList());
        Map<String, DataCategory> categories = byId(inventory.dataCategories());
        for (DataCategory made : imported.dataCategories()) {
            DataCategory original = categories.get(made.id());
            if (inventory.activities().stream().anyMatch(a -> a.dataCategories().contains(made.id()))) {
                assertThat(made.name())
                        .isEqualTo(Text.of(language, original.name().resolve(language, inventory.defaultLanguage())));
                assertThat(made.special()).isEqualTo(original.special());
                assertThat(made.criminal()).isEqualTo(original.criminal());
            }
        }
        Map<String, Recipient> recipients = byId(inventory.recipients());
        for (Recipient made : imported.recipients()) {
            Recipient original = recipients.get(made.id());
            if (inventory.activities().stream().anyMatch(a -> a.recipients().contains(made.id()))) {
                assertThat(made.name().resolve(language, language))
                        .isEqualTo(original.name().resolve(language, inventory.defaultLanguage()));
                assertThat(made.kind()).isEqualTo(original.kind());
                assertThat(made.country()).isEqualTo(original.country());
            }
        }
    }

    @Test
    void bothSamplesGoBackIntoTheirOwnInventoriesUnchangedFromEitherLanguage() {
        for (var sample : TestInventories.SAMPLES) {
            Inventory inventory = TestInventories.read(sample);
            for (String language : CsvOptions.LANGUAGES) {
                byte[] file = CsvTestFiles.export(inventory, CsvLayout.ACTIVITIES, CsvOptions.excelNorway(language));
                assertThat(read(file, inventory).inventory())
                        .as(sample + " " + language)
                        .isEqualTo(inventory);
            }
        }
    }

    @Test
    void spreadsheetWithOnlyNamesGetsCatalogueEntriesWithIdsFromTheNames() {
        String sheet = "\uFEFFBehandlingsaktivitet;Kategorier av registrerte;Kategorier av personopplysninger;"
                + "Formål og behandlingsgrunnlag;Mottakere;Overføring til tredjeland og garantier;"
                + "Lagringstid (frister for sletting);Status;Sist gjennomgått\r\n"
                + "Lønn;\"Ansatte; Tidligere ansatte\";\"Kontaktopplysninger; Helseopplysninger (særlig kategori, art. 9)\";"
                + "Lønnsutbetaling — Avtale (art. 6 nr. 1 bokstav b);Visma AS (Databehandler, Norge);"
                + "USA — Standard personvernbestemmelser (standardavtaler) (Visma AS);"
                + "\"5 år etter at arbeidsforholdet er slutt; deretter slettes det\";Godkjent;31.01.2026\r\n"
                + "Rekruttering;ansatte;'=Søknad;;;;;Utkast;\r\n"
                + ";;;;;;;;\r\n";

        CsvImport imported = read(sheet, null);

        Inventory inventory = imported.inventory();
        assertThat(imported.language()).isEqualTo("nb");
        assertThat(imported.delimiter()).isEqualTo(CsvDelimiter.SEMICOLON);
        assertThat(inventory.languages()).containsExactly("nb");
        assertThat(ids(imported.created(EntityType.DATA_SUBJECT))).containsExactly("ansatte", "tidligere-ansatte");
        assertThat(ids(imported.created(EntityType.DATA_CATEGORY)))
                .containsExactly("kontaktopplysninger", "helseopplysninger", "soknad");
        assertThat(ids(imported.created(EntityType.PURPOSE))).containsExactly("lonnsutbetaling");
        assertThat(inventory.dataCategories().get(1))
                .isEqualTo(new DataCategory(
                        "helseopplysninger", Text.of("nb", "Helseopplysninger"), null, null, true, false));
        assertThat(inventory.dataCategories().get(2).name()).isEqualTo(Text.of("nb", "=Søknad"));
        assertThat(inventory.recipients())
                .singleElement()
                .isEqualTo(new Recipient(
                        "visma-as", Text.of("nb", "Visma AS"), null, RecipientKind.PROCESSOR, "NO", false, null, null));

        Activity pay = inventory.activities().get(0);
        assertThat(pay.id()).isEqualTo("lonn");
        assertThat(pay.dataSubjects()).containsExactly("ansatte", "tidligere-ansatte");
        assertThat(pay.purposes())
                .containsExactly(new PurposeUse("lonnsutbetaling", LegalBasis.CONTRACT, null, null, null));
        assertThat(pay.transfers())
                .containsExactly(new Transfer("US", "visma-as", Safeguard.STANDARD_CONTRACTUAL_CLAUSES, null));
        assertThat(pay.retention())
                .containsExactly(new RetentionRule(
                        null,
                        null,
                        null,
                        Text.of("nb", "5 år etter at arbeidsforholdet er slutt; deretter slettes det")));
        assertThat(pay.status()).isEqualTo(ActivityStatus.APPROVED);
        assertThat(pay.reviewedOn()).isEqualTo(LocalDate.of(2026, 1, 31));

        Activity hiring = inventory.activities().get(1);
        assertThat(hiring.id()).isEqualTo("rekruttering");
        assertThat(hiring.dataSubjects())
                .as("matched by name, whatever the case")
                .containsExactly("ansatte");
        assertThat(hiring.status()).isEqualTo(ActivityStatus.DRAFT);
        assertThat(inventory.activities()).as("the empty row is skipped").hasSize(2);
    }

    @Test
    void namesOfAnExistingInventoryAreFoundAndItsEntriesKeptAsTheyAre() {
        Inventory base = TestInventories.read(TestInventories.PRODUCT_SERVICES);
        String subjectName = base.dataSubjects().get(0).name().resolve("en", "nb");
        String sheet = "Processing activity,Categories of data subjects\r\n" + "New activity,\""
                + subjectName.toUpperCase() + "; Visitors\"\r\n";

        CsvImport imported = read(sheet, base);

        Activity added = imported.inventory().activities().get(0);
        assertThat(added.dataSubjects())
                .containsExactly(base.dataSubjects().get(0).id(), "visitors");
        assertThat(imported.inventory().dataSubjects())
                .startsWith(base.dataSubjects().toArray(new io.privacyinventory.model.DataSubject[0]));
        assertThat(imported.created(EntityType.DATA_SUBJECT))
                .extracting(Entity::name)
                .containsExactly(Text.of("en", "Visitors"));
        assertThat(imported.inventory().organisation()).isEqualTo(base.organisation());
        assertThat(imported.inventory().activities())
                .as("the file replaces the activities")
                .hasSize(1);
    }

    @Test
    void aChangedTextReplacesTheTranslationShownAndKeepsTheOthersAndMissingColumnsKeepTheirFields() {
        Inventory base = TestInventories.read(TestInventories.PRODUCT_SERVICES);
        Activity support = base.activities().stream()
                .filter(a -> a.id().equals("support"))
                .findFirst()
                .orElseThrow();
        String sheet = "Activity id,Processing activity,Status\r\n" + "support,Customer support (edited),Draft\r\n";

        Activity imported = read(sheet, base).inventory().activities().get(0);

        assertThat(imported.name()).isEqualTo(support.name().with("en", "Customer support (edited)"));
        assertThat(imported.name().get("nb")).isEqualTo(support.name().get("nb"));
        assertThat(imported.status()).isEqualTo(ActivityStatus.DRAFT);
        assertThat(imported.withName(support.name()).withStatus(support.status()))
                .isEqualTo(support);
    }

    @Test
    void everyMistakeIsReportedAtItsRowAndColumn() {
        assertThat(error(EN_HEADINGS + "a,A,support,support: Contrat,,,\r\n", null))
                .isEqualTo(
                        "activities.csv:2:4: Legal basis per purpose (column D): unknown value \"Contrat\"; expected one of: "
                                + "Consent (Art. 6(1)(a)), Contract (Art. 6(1)(b)), Legal obligation (Art. 6(1)(c)), Vital "
                                + "interests (Art. 6(1)(d)), Public task (Art. 6(1)(e)), Legitimate interests (Art. 6(1)(f))");
        assertThat(error(EN_HEADINGS + "a,A,,,2026-02-30,,\r\n", null))
                .isEqualTo(
                        "activities.csv:2:5: Last reviewed (column E): \"2026-02-30\" is not a date such as 2026-01-31");
        assertThat(error(EN_HEADINGS + "a,A,,,,US; SE,Standard contractual clauses\r\n", null))
                .startsWith("activities.csv:2:7: Safeguard per transfer (column G): 1 value for 2 entries;");
        assertThat(error(EN_HEADINGS + "a,A,,,,XX-Land,\r\n", null))
                .isEqualTo(
                        "activities.csv:2:6: Transfer "
                                + "country codes (column F): unknown country \"XX-Land\"; give an ISO 3166 code such as NO or US");
        assertThat(error(EN_HEADINGS + "a,A,support,billing: Contract (Art. 6(1)(b)),,,\r\n", null))
                .startsWith("activities.csv:2:4: Legal basis per purpose (column D): \"billing\" is not one of this "
                        + "activity's purposes (support)");
        assertThat(error(EN_HEADINGS + "a,A,,,,,\r\n\r\na,B,,,,,\r\n", null))
                .isEqualTo("activities.csv:4:1: "
                        + "Activity id (column A): duplicate id \"a\" (already used by activities[0])");
        assertThat(error(EN_HEADINGS + "a,A,Bad Id,,,,\r\n", null))
                .startsWith("activities.csv:2:3: the new purpose " + "\"Bad Id\": \"Bad Id\" is not a valid id");
        assertThat(error(EN_HEADINGS + "a,,,,,,\r\n", null))
                .isEqualTo("activities.csv:2:2: Processing activity (column B): an activity needs a name");
        assertThat(error("Activity id,Description\r\na,b\r\n", null))
                .isEqualTo(
                        "activities.csv:1:1: there is no column \"Processing activity\"; every activity needs a name");
        assertThat(error("Activity id,Processing activity,Colour\r\n", null))
                .isEqualTo("activities.csv:1:3: unknown "
                        + "column \"Colour\"; the headings of the activities layout are listed in docs/csv.md");
        assertThat(error("Activity id,Processing activity,Aktivitets-ID\r\n", null))
                .isEqualTo("activities.csv:1:3: column \"Aktivitets-ID\" appears twice (first as column A)");
        assertThat(error(EN_HEADINGS + "a,\"A,,,,,\r\n", null))
                .startsWith("activities.csv:2:1: is not well-formed CSV " + "here (");
        assertThat(error("", null)).startsWith("activities.csv: is empty");
        assertThat(error(EN_HEADINGS + "a,A,,,2026-13-01,,\r\nb,B,,,x,,\r\n", null))
                .endsWith("(and 1 more error)");
    }

    @Test
    void aMessageQuotesALongHeadingOrCellCutShort() {
        // a stray quote in the heading row makes the rest of the row one heading (found by the import fuzzing)
        String heading = "Activity id,Processing activity,\"Colour" + ", Colour".repeat(300) + "\r\n";
        assertThat(error(heading, null))
                .startsWith("activities.csv:1:1: unknown column \"Activity id,Processing activity,\"Colour, Colour")
                .contains("…\"; the headings")
                .hasSizeLessThan(300);
        String longDate = "2026-01-0" + "1".repeat(5_000);
        assertThat(error(EN_HEADINGS + "a,A,,," + longDate + ",,\r\n", null))
                .startsWith("activities.csv:2:5: Last reviewed (column E): \"2026-01-01111")
                .endsWith("…\" is not a date such as 2026-01-31")
                .hasSizeLessThan(300);
    }

    @Test
    void aSpreadsheetSavedInAWindowsCodePageIsRefusedWhereTheFirstOddByteIs() {
        byte[] latin1 = ("Processing activity\r\nL\u00f8nn\r\n").getBytes(Charset.forName("windows-1252"));

        assertThatThrownBy(() -> CsvActivitiesReader.read(latin1, "activities.csv", null))
                .isInstanceOf(InventoryFormatException.class)
                .hasMessage("activities.csv:2:2: is not UTF-8 text; save "
                        + "it as \"CSV UTF-8\" (Excel) or with the character set Unicode (UTF-8) (LibreOffice)");
    }

    @Test
    void columnLettersCountLikeASpreadsheet() {
        assertThat(List.of(0, 25, 26, 40, 701, 702).stream()
                        .map(CsvHeadings::letters)
                        .toList())
                .containsExactly("A", "Z", "AA", "AO", "ZZ", "AAA");
    }

    private static <T extends Entity> Map<String, T> byId(List<T> items) {
        return items.stream().collect(Collectors.toMap(Entity::id, Function.identity()));
    }

    private static List<String> ids(List<Entity> entities) {
        return new ArrayList<>(entities.stream().map(Entity::id).toList());
    }
    /** Export CSV, import it, export JSON: the same record, DPIA screening included, from either language. */
    @Test
    void dpiaScreeningGoesThroughCsvAndBackIntoTheJsonRecord() {
        Inventory sample = TestInventories.read(TestInventories.CLINIC_GROUP);
        Activity screened = sample.activities().stream()
                .filter(a -> !a.dpiaScreening().isEmpty())
                .findFirst()
                .orElseThrow(() -> new AssertionError("the clinic sample screens an activity"));
        Activity other = sample.activities().stream()
                .filter(a -> a.dpiaScreening().isEmpty())
                .findFirst()
                .orElseThrow();
        Inventory changed = Inventories.replaced(
                Inventories.replaced(sample, screened.id(), screened.withDpiaScreening(List.of())),
                other.id(),
                other.withDpiaScreening(List.of(DpiaCriterion.SYSTEMATIC_MONITORING, DpiaCriterion.LARGE_SCALE)));
        for (String language : CsvOptions.LANGUAGES) {
            for (Inventory record : List.of(sample, changed)) {
                byte[] file = CsvTestFiles.export(record, CsvLayout.ACTIVITIES, CsvOptions.excelNorway(language));
                Inventory imported = read(file, sample).inventory();
                assertThat(InventoryJsonWriter.toString(imported))
                        .as(language)
                        .isEqualTo(InventoryJsonWriter.toString(record));
            }
        }
        String file = new String(
                CsvTestFiles.export(changed, CsvLayout.ACTIVITIES, CsvOptions.excelNorway("nb")),
                StandardCharsets.UTF_8);
        assertThat(file).contains("Systematisk overvåking; ");
    }

    @Test
    void dpiaScreeningIsReadByNameOrCodeAndAnUnknownOrRepeatedCriterionIsAnError() {
        String headings = "Activity id,Processing activity,DPIA screening criteria\r\n";
        assertThat(read(headings + "a,A,Systematic monitoring; large-scale\r\n", null)
                        .inventory()
                        .activities()
                        .get(0)
                        .dpiaScreening())
                .containsExactly(DpiaCriterion.SYSTEMATIC_MONITORING, DpiaCriterion.LARGE_SCALE);
        assertThat(error(headings + "a,A,Mind reading\r\n", null))
                .startsWith("activities.csv:2:3: DPIA screening criteria (column C): unknown value \"Mind reading\"");
        assertThat(error(headings + "a,A,large-scale; Processing on a large scale\r\n", null))
                .startsWith(
                        "activities.csv:2:3: DPIA screening criteria (column C): \"Processing on a large scale\" is listed twice");
        assertThat(read(headings + "a,A,Systematic monitoring;large-scale ;\r\n", null)
                        .inventory()
                        .activities()
                        .get(0)
                        .dpiaScreening())
                .as("semicolons without a space, as typed into a spreadsheet")
                .containsExactly(DpiaCriterion.SYSTEMATIC_MONITORING, DpiaCriterion.LARGE_SCALE);
        // a damaged separator made the import fail with an internal error (found by the import fuzzing)
        assertThat(error(headings + "a,A,Sensitive or highly personal data;;< Processing on a large scale\r\n", null))
                .startsWith("activities.csv:2:3: DPIA screening criteria (column C): unknown value \"< Processing");
    }
}
