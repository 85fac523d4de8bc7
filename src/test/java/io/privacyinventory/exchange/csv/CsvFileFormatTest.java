package io.privacyinventory.exchange.csv;

import static io.privacyinventory.exchange.csv.CsvTestFiles.export;
import static io.privacyinventory.exchange.csv.CsvTestFiles.parse;
import static io.privacyinventory.exchange.csv.CsvTestFiles.table;
import static org.assertj.core.api.Assertions.assertThat;

import io.privacyinventory.TestInventories;
import io.privacyinventory.model.Activity;
import io.privacyinventory.model.ActivityStatus;
import io.privacyinventory.model.AutomatedDecisions;
import io.privacyinventory.model.Contact;
import io.privacyinventory.model.DataCategory;
import io.privacyinventory.model.DataSubject;
import io.privacyinventory.model.Dpia;
import io.privacyinventory.model.DpiaStatus;
import io.privacyinventory.model.Inventory;
import io.privacyinventory.model.LegalBasis;
import io.privacyinventory.model.Organisation;
import io.privacyinventory.model.Purpose;
import io.privacyinventory.model.PurposeUse;
import io.privacyinventory.model.Recipient;
import io.privacyinventory.model.RecipientKind;
import io.privacyinventory.model.RetentionRule;
import io.privacyinventory.model.Role;
import io.privacyinventory.model.Safeguard;
import io.privacyinventory.model.Text;
import io.privacyinventory.model.Transfer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CsvFileFormatTest {
    private static final List<String> HOSTILE = List.of(
            "=cmd|' /C calc'!A0",
            "+1",
            "-2",
            "@SUM(A1:A9)",
            "\t=1+1 after a tab",
            "\r=1+1 after a CR",
            "\n=1+1 after a LF",
            "'already an apostrophe",
            "say \"hi\"",
            "\"quoted\" first",
            "semi;colon; twice",
            "line one\r\nline two",
            "æøå ÆØÅ 😀",
            "=1+1; =2+2",
            "a,b\tc");
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** An inventory with {@code value} in every text and string an activity and the organisation have. */
    static Inventory hostile(String value) {
        Text text = Text.of("en", value);
        Contact contact = new Contact(value, value, value, value);
        Activity activity = new Activity(
                "hostile",
                text,
                text,
                value,
                Role.JOINT_CONTROLLER,
                List.of(contact),
                ActivityStatus.APPROVED,
                List.of("subject"),
                List.of("category"),
                List.of("recipient"),
                List.of(new PurposeUse("purpose", LegalBasis.LEGITIMATE_INTERESTS, text, text, null)),
                List.of(new Transfer("US", "recipient", Safeguard.STANDARD_CONTRACTUAL_CLAUSES, text)),
                List.of(new RetentionRule(null, "P1Y", text, text)),
                text,
                text,
                new AutomatedDecisions(true, text),
                new Dpia(DpiaStatus.COMPLETED, value),
                null,
                null,
                text);
        return new Inventory(
                List.of("en"),
                new Organisation(value, value, value, value, value, contact, contact, null),
                null,
                List.of(new DataSubject("subject", text, null)),
                List.of(new DataCategory("category", text, null, null, false, false)),
                List.of(new Purpose("purpose", text, null)),
                List.of(new Recipient("recipient", text, null, RecipientKind.PROCESSOR, "US", false, null, null)),
                List.of(activity));
    }

    private static boolean startsLikeAFormula(String cell) {
        return !cell.isEmpty() && "=+-@\t\r\n".indexOf(cell.charAt(0)) >= 0;
    }

    @ParameterizedTest
    @EnumSource(CsvDelimiter.class)
    void hostileStringsComeBackIntactButCannotRunAsFormulas(CsvDelimiter delimiter) {
        for (String value : HOSTILE) {
            CsvOptions options = new CsvOptions("en", delimiter, true);
            List<List<String>> rows = parse(export(hostile(value), CsvLayout.ACTIVITIES, options), delimiter);
            Map<String, String> row = table(rows.get(0), rows.subList(1, 2)).get(0);

            for (String single : List.of(
                    "Processing activity",
                    "Description",
                    "Business function",
                    "Technical and organisational security measures",
                    "Statutory or contractual requirement",
                    "Logic of automated decisions",
                    "DPIA reference",
                    "Internal notes")) {
                String cell = row.get(single);
                assertThat(FormulaGuard.restore(cell))
                        .as(single + " for " + value)
                        .isEqualTo(value);
                assertThat(cell.startsWith("'"))
                        .as(single + " for " + value)
                        .isEqualTo(startsLikeAFormula(value) || value.startsWith("'"));
            }
            for (String listed : List.of(
                    "Categories of data subjects",
                    "Controllers (joint, or on whose behalf we process)",
                    "Details per transfer",
                    "Start per retention rule")) {
                assertThat(ValueList.split(FormulaGuard.restore(row.get(listed))))
                        .as(listed + " for " + value)
                        .containsExactly(value);
            }
            assertThat(ValueList.split(FormulaGuard.restore(row.get("Legitimate interests per purpose"))))
                    .containsExactly("purpose: " + value);
            for (CsvLayout layout : CsvLayout.values()) {
                for (List<String> cells : parse(export(hostile(value), layout, options), delimiter)) {
                    assertThat(cells).as(layout + " for " + value).noneMatch(CsvFileFormatTest::startsLikeAFormula);
                }
            }
        }
    }

    @Test
    void theOrganisationLinesOfTheProtocolAreGuardedToo() {
        List<List<String>> rows = parse(
                export(hostile("=HYPERLINK(\"http://x.example\")"), CsvLayout.PROTOCOL, CsvOptions.plain("en")),
                CsvDelimiter.COMMA);

        assertThat(rows.get(1)).containsExactly("Controller", "'=HYPERLINK(\"http://x.example\")");
    }

    @Property(tries = 300)
    void anyActivityNameComesBackExactly(@ForAll String name) {
        Inventory inventory = hostile("x");
        Activity original = inventory.activities().get(0);
        Activity renamed = new Activity(
                original.id(),
                Text.of("en", name),
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
                null);
        Inventory withName = new Inventory(
                inventory.languages(),
                inventory.organisation(),
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(renamed));

        List<List<String>> rows =
                parse(export(withName, CsvLayout.ACTIVITIES, CsvOptions.plain("en")), CsvDelimiter.COMMA);

        assertThat(rows).hasSize(2);
        assertThat(startsLikeAFormula(rows.get(1).get(1))).isFalse();
        assertThat(FormulaGuard.restore(rows.get(1).get(1))).isEqualTo(name);
    }

    @Test
    void everyLineEndsWithCrLf() {
        for (Path sample : TestInventories.SAMPLES) {
            for (CsvLayout layout : CsvLayout.values()) {
                String file = new String(
                        export(TestInventories.read(sample), layout, CsvOptions.plain("en")), StandardCharsets.UTF_8);
                assertThat(file).endsWith("\r\n");
                assertThat(file.replace("\r\n", "")).as(sample + " " + layout).doesNotContain("\n", "\r");
            }
        }
    }

    @Test
    void startsWithAByteOrderMarkOnlyWhenAskedFor() {
        Inventory clinic = TestInventories.read(TestInventories.CLINIC_GROUP);

        byte[] withMark = export(clinic, CsvLayout.ACTIVITIES, new CsvOptions("nb", CsvDelimiter.SEMICOLON, true));
        byte[] without = export(clinic, CsvLayout.ACTIVITIES, new CsvOptions("nb", CsvDelimiter.SEMICOLON, false));

        assertThat(Arrays.copyOf(withMark, 3)).isEqualTo(BOM);
        assertThat(Arrays.copyOfRange(withMark, 3, withMark.length)).isEqualTo(without);
        assertThat(new String(without, StandardCharsets.UTF_8)).startsWith("Aktivitets-ID;Behandlingsaktivitet;");
    }

    @Test
    void cellsAreSeparatedByTheChosenDelimiterAndQuotedOnlyWhenNeeded() {
        Inventory clinic = TestInventories.read(TestInventories.CLINIC_GROUP);

        String comma = new String(export(clinic, CsvLayout.PROTOCOL, CsvOptions.plain("en")), StandardCharsets.UTF_8);
        String semicolon = new String(
                export(clinic, CsvLayout.PROTOCOL, new CsvOptions("en", CsvDelimiter.SEMICOLON, false)),
                StandardCharsets.UTF_8);
        String tab = new String(
                export(clinic, CsvLayout.PROTOCOL, new CsvOptions("en", CsvDelimiter.TAB, false)),
                StandardCharsets.UTF_8);

        assertThat(comma).contains("\r\nAddress,\"Storgata 41, 0182 Oslo, Norway\"\r\n");
        assertThat(semicolon).contains("\r\nAddress;Storgata 41, 0182 Oslo, Norway\r\n");
        assertThat(tab).contains("\r\nAddress\tStorgata 41, 0182 Oslo, Norway\r\n");
        assertThat(semicolon)
                .contains(";\"Examination and treatment — Contract (Art. 6(1)(b)); Keeping patient records");
        for (CsvDelimiter delimiter : CsvDelimiter.values()) {
            List<List<String>> rows =
                    parse(export(clinic, CsvLayout.PROTOCOL, new CsvOptions("en", delimiter, false)), delimiter);
            assertThat(rows.get(2)).containsExactly("Address", "Storgata 41, 0182 Oslo, Norway");
        }
    }

    @Test
    void theSameInventoryGivesTheSameBytes() {
        for (Path sample : TestInventories.SAMPLES) {
            for (CsvLayout layout : CsvLayout.values()) {
                for (String language : CsvOptions.LANGUAGES) {
                    CsvOptions options = CsvOptions.excelNorway(language);
                    byte[] first = export(TestInventories.read(sample), layout, options);
                    byte[] second = export(TestInventories.read(sample), layout, options);
                    assertThat(second)
                            .as(sample + " " + layout + " " + language)
                            .isEqualTo(first);
                }
            }
        }
    }

    @Test
    void bothSamplesExportInEveryLayoutLanguageAndDelimiter() {
        for (Path sample : TestInventories.SAMPLES) {
            Inventory inventory = TestInventories.read(sample);
            for (CsvLayout layout : CsvLayout.values()) {
                for (String language : CsvOptions.LANGUAGES) {
                    for (CsvDelimiter delimiter : CsvDelimiter.values()) {
                        List<List<String>> rows =
                                parse(export(inventory, layout, new CsvOptions(language, delimiter, true)), delimiter);
                        int expected = layout == CsvLayout.ACTIVITIES
                                ? 1 + inventory.activities().size()
                                : 18;
                        assertThat(rows.size()).as(sample + " " + layout).isGreaterThanOrEqualTo(expected);
                        assertThat(rows.get(0).get(0)).doesNotStartWith("\uFEFF");
                    }
                }
            }
        }
    }

    @Test
    void norwegianLettersAndEmojiAreWrittenAsUtf8() {
        byte[] file = export(hostile("Kåre Ødegård 😀"), CsvLayout.ACTIVITIES, CsvOptions.excelNorway("nb"));

        assertThat(new String(file, StandardCharsets.UTF_8))
                .contains("Kåre Ødegård 😀")
                .contains("Behandlingsansvarlige (felles, eller som vi er databehandler for)");
        assertThat(file).containsSequence("Kåre".getBytes(StandardCharsets.UTF_8));
    }
}
