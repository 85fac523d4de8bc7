package io.privacyinventory.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.privacyinventory.generate.InventoryGenerator;
import io.privacyinventory.model.Inventory;
import io.privacyinventory.model.Text;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A document's lists are mapped while it is parsed, without keeping its located tree; these check
 * that a large document still reads to the same inventory and that an error in it, wherever it
 * is and whichever step finds it, is still reported with its exact line and column.
 */
class LargeDocumentReadingTest {
    private static final int ACTIVITIES = 1500;

    private static Inventory generated;
    private static String document;

    @TempDir
    Path folder;

    @BeforeAll
    static void generate() {
        generated = InventoryGenerator.generate(ACTIVITIES, 7);
        document = new String(InventoryJsonWriter.toBytes(generated), StandardCharsets.UTF_8);
    }

    @Test
    void readsTheSameInventoryThatWasWritten() throws Exception {
        assertThat(InventoryJsonReader.read(file(document))).isEqualTo(generated);
    }

    @Test
    void duplicateIdInTheLastActivityFoundByTheValidatorNamesItsLineAndColumn() throws Exception {
        String firstId = generated.activities().get(0).id();
        int at = document.lastIndexOf("\n      \"id\": \"") + "\n      \"id\": ".length();
        String changed = document.substring(0, at) + "\"" + firstId + "\""
                + document.substring(document.indexOf('"', at + 1) + 1);
        Path file = file(changed);

        assertThatThrownBy(() -> InventoryJsonReader.read(file))
                .hasMessageStartingWith(file + ":" + place(changed, at) + ": activities[" + (ACTIVITIES - 1)
                        + "].id: duplicate id \"" + firstId + "\"");
    }

    @Test
    void unknownValueInAnActivityFoundWhileParsingNamesItsLineAndColumn() throws Exception {
        int activities = document.indexOf("\"activities\": [");
        int at = document.indexOf("\"status\": \"", activities) + "\"status\": ".length();
        String value = document.substring(at, document.indexOf('"', at + 1) + 1);
        String changed = document.substring(0, at) + "\"abolished\"" + document.substring(at + value.length());
        Path file = file(changed);

        assertThatThrownBy(() -> InventoryJsonReader.read(file))
                .hasMessageStartingWith(file + ":" + place(changed, at) + ": activities[0].status: unknown value "
                        + "\"abolished\" (expected one of: ");
    }

    @Test
    void documentCutShortIsReportedBeforeABadValueEarlierInIt() throws Exception {
        int activities = document.indexOf("\"activities\": [");
        int at = document.indexOf("\"status\": \"", activities) + "\"status\": ".length();
        String value = document.substring(at, document.indexOf('"', at + 1) + 1);
        String changed = document.substring(0, at) + "\"abolished\"" + document.substring(at + value.length());
        String cut = changed.substring(0, changed.length() - 200);
        Path file = file(cut);

        assertThatThrownBy(() -> InventoryJsonReader.read(file))
                .hasMessageContaining(": malformed JSON: the document ends too early")
                .hasMessageNotContaining("abolished");
    }

    @Test
    void listsBeforeTheLanguagesAreReadInTheDocumentsFirstLanguage() throws Exception {
        String json = """
                {
                  "activities": [
                    {"id": "support", "name": "Kundestøtte", "dataCategories": ["contact"],
                     "purposes": [{"purpose": "support", "legalBasis": "contract"}]}
                  ],
                  "purposes": [{"id": "support", "name": "Kundestøtte"}],
                  "dataCategories": [{"id": "contact", "name": "Kontakt", "source": "data-subject"}],
                  "format": "privacy-inventory",
                  "formatVersion": 2,
                  "languages": ["nb", "en"],
                  "organisation": {"name": "Eksempel AS"}
                }
                """;

        Inventory inventory = InventoryJsonReader.read(file(json));

        assertThat(inventory.activities().get(0).name()).isEqualTo(Text.of("nb", "Kundestøtte"));
        assertThat(inventory.purposes().get(0).name()).isEqualTo(Text.of("nb", "Kundestøtte"));
    }

    @Test
    void badFormatVersionIsReportedEvenWhenTheListsAreFine() throws Exception {
        String changed = document.replaceFirst("\"formatVersion\": 2", "\"formatVersion\": 9");
        Path file = file(changed);

        assertThatThrownBy(() -> InventoryJsonReader.read(file))
                .hasMessage(file + ":3:20: formatVersion: made by a newer version of Privacy Inventory "
                        + "(format version 9; this version reads up to 2)");
    }

    private Path file(String json) throws Exception {
        Path file = folder.resolve("inventory.json");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return file;
    }

    /** Line and column of the character at {@code index}, counted in bytes as the reader counts them. */
    private static String place(String text, int index) {
        String before = text.substring(0, index);
        int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
        String lineStart = before.substring(before.lastIndexOf('\n') + 1);
        return line + ":" + (lineStart.getBytes(StandardCharsets.UTF_8).length + 1);
    }
}
