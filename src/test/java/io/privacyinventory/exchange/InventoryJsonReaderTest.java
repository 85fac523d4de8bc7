package io.privacyinventory.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.privacyinventory.TestInventories;
import io.privacyinventory.model.Inventory;
import io.privacyinventory.model.Text;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class InventoryJsonReaderTest {

    private static final String MINIMAL = """
            {
              "format": "privacy-inventory",
              "formatVersion": 1,
              "languages": ["nb", "en"],
              "organisation": {"name": "Eksempel AS", "email": "personvern@example.no"},
              "dataCategories": [
                {"id": "contact", "name": {"nb": "Kontaktopplysninger", "en": "Contact details"}, "source": "data-subject"}
              ],
              "purposes": [{"id": "support", "name": "Kundestøtte"}],
              "activities": [
                {
                  "id": "support",
                  "name": "Kundestøtte",
                  "dataCategories": ["contact"],
                  "purposes": [
                    {"purpose": "support", "legalBasis": "contract"}
                  ]
                }
              ]
            }
            """;

    static List<Path> samples() {
        return TestInventories.SAMPLES;
    }

    @ParameterizedTest
    @MethodSource("samples")
    void samplesAreCanonicalSoExportGivesTheSameBytes(Path sample) throws Exception {
        Inventory inventory = InventoryJsonReader.read(sample);

        assertThat(new String(InventoryJsonWriter.toBytes(inventory), StandardCharsets.UTF_8))
                .isEqualTo(Files.readString(sample));
    }

    @Test
    void minimalDraftIsAccepted() throws Exception {
        Inventory inventory = read(MINIMAL);

        assertThat(inventory.organisation().name()).isEqualTo("Eksempel AS");
        assertThat(inventory.activities())
                .singleElement()
                .satisfies(activity ->
                        assertThat(activity.purposes().get(0).purpose()).isEqualTo("support"));
    }

    @Test
    void plainStringTextIsInTheFirstLanguage() throws Exception {
        Inventory inventory = read(MINIMAL);

        assertThat(inventory.purposes().get(0).name()).isEqualTo(Text.of("nb", "Kundestøtte"));
    }

    @Test
    void unknownEnumValueNamesFileLineColumnPathAndAllowedValues() {
        String json = MINIMAL.replace("\"legalBasis\": \"contract\"", "\"legalBasis\": \"legitimate-interest\"");

        assertThat(errorOf(json))
                .startsWith("inventory.json:16:46: activities[0].purposes[0].legalBasis: "
                        + "unknown value \"legitimate-interest\"")
                .contains("legitimate-interests");
    }

    @Test
    void unknownFieldIsAnErrorAtTheFieldName() {
        String json = MINIMAL.replace("\"legalBasis\": \"contract\"", "\"legalbasis\": \"contract\"");

        assertThat(errorOf(json))
                .startsWith("inventory.json:16:32: activities[0].purposes[0].legalbasis: "
                        + "unknown field \"legalbasis\"");
    }

    @Test
    void duplicateKeyIsAnError() {
        String json =
                MINIMAL.replace("\"name\": \"Eksempel AS\",", "\"name\": \"Eksempel AS\", \"name\": \"Annet AS\",");

        assertThat(errorOf(json)).startsWith("inventory.json:5:43: organisation.name: duplicate field \"name\"");
    }

    @Test
    void numberIsNotCoercedIntoAString() {
        String json = MINIMAL.replace("\"name\": \"Eksempel AS\"", "\"name\": 42");

        assertThat(errorOf(json))
                .isEqualTo("inventory.json:5:28: organisation.name: expected a string, found a number");
    }

    @Test
    void stringIsNotCoercedIntoABoolean() {
        String json =
                MINIMAL.replace("\"source\": \"data-subject\"", "\"source\": \"data-subject\", \"special\": \"yes\"");

        assertThat(errorOf(json))
                .contains("dataCategories[0].special: expected true or false, found the string \"yes\"");
    }

    @Test
    void danglingReferencePointsAtTheReference() {
        String json =
                MINIMAL.replace("\"dataCategories\": [\"contact\"]", "\"dataCategories\": [\"contact\", \"health\"]");

        assertThat(errorOf(json))
                .isEqualTo("inventory.json:14:37: activities[0].dataCategories[1]: unknown data category \"health\"");
    }

    @Test
    void duplicateIdNamesBothPlaces() {
        String json = MINIMAL.replace(
                "\"purposes\": [{\"id\": \"support\", \"name\": \"Kundestøtte\"}]",
                "\"purposes\": [{\"id\": \"support\", \"name\": \"Kundestøtte\"}, {\"id\": \"support\", \"name\": \"To\"}]");

        assertThat(errorOf(json)).contains("purposes[1].id: duplicate id \"support\" (already used by purposes[0])");
    }

    @Test
    void badValuesAreEachReportedWithTheirPath() {
        String json = MINIMAL.replace("\"id\": \"contact\"", "\"id\": \"Contact Data\"")
                .replace(
                        "\"dataCategories\": [\"contact\"]",
                        "\"dataCategories\": [\"Contact Data\"], \"reviewDue\": \"2026-13-01\"");

        assertThat(errorOf(json))
                .contains("activities[0].reviewDue: \"2026-13-01\" is not a date in the form YYYY-MM-DD");
    }

    @Test
    void allValidationProblemsAreCounted() {
        String json = MINIMAL.replace(
                        "\"source\": \"data-subject\"",
                        "\"source\": \"data-subject\"}, {\"id\": \"Bad Id\", \"name\": \"x\"")
                .replace("\"purposes\": [{\"id\": \"support\"", "\"purposes\": [{\"id\": \"-support\"");

        InventoryFormatException error = exceptionOf(json);

        assertThat(error.errors())
                .extracting(InventoryFormatException.Error::path)
                .contains("dataCategories[1].id", "purposes[0].id", "activities[0].purposes[0].purpose");
        assertThat(error.getMessage()).contains("more errors");
    }

    @Test
    void countryPeriodAndLinkSyntaxAreChecked() {
        String json = MINIMAL.replace(
                "\"purposes\": [\n        {\"purpose\": \"support\", \"legalBasis\": \"contract\"}\n      ]",
                "\"purposes\": [{\"purpose\": \"support\"}], \"transfers\": [{\"country\": \"USA\"}],"
                        + " \"retention\": [{\"period\": \"90 days\"}]");

        InventoryFormatException error = exceptionOf(json);

        assertThat(error.errors())
                .extracting(InventoryFormatException.Error::message)
                .contains(
                        "\"USA\" is not an ISO 3166-1 alpha-2 country code such as \"NO\" or \"US\"",
                        "\"90 days\" is not an ISO-8601 period such as \"P90D\", \"P6M\" or \"P2Y\"");
    }

    @Test
    void textInALanguageTheInventoryDoesNotHaveIsAnError() {
        String json = MINIMAL.replace("\"en\": \"Contact details\"", "\"de\": \"Kontaktdaten\"");

        assertThat(errorOf(json))
                .contains("dataCategories[0].name.de: language \"de\" is not one of the inventory's languages nb, en");
    }

    @Test
    void aTranslationUnderANameThatIsNoLanguageCodeIsReportedAtTheName() {
        // upper case is not a language code here; the value being a string does not make it one
        String json = MINIMAL.replace("\"en\": \"Contact details\"", "\"EN\": \"Contact details\"");
        assertThat(errorOf(json))
                .isEqualTo("inventory.json:7:61: dataCategories[0].name.EN: \"EN\" is not a language code such as"
                        + " \"nb\" or \"en\"");

        String english = MINIMAL.replace("\"en\": \"Contact details\"", "\"english\": 3");
        assertThat(errorOf(english)).contains("dataCategories[0].name.english: \"english\" is not a language code");
    }

    @Test
    void newerFormatVersionIsRefusedWithAClearReason() {
        String json = MINIMAL.replace("\"formatVersion\": 1", "\"formatVersion\": 3, \"futureField\": true");

        assertThat(errorOf(json))
                .isEqualTo("inventory.json:3:20: formatVersion: made by a newer version of "
                        + "Privacy Inventory (format version 3; this version reads up to 2)");
    }

    @Test
    void otherJsonDocumentsAreNotInventories() {
        assertThat(errorOf("{\"format\": \"something-else\", \"formatVersion\": 1}"))
                .contains("format: not a Privacy Inventory document");
        assertThat(errorOf("[1, 2, 3]")).contains("expected an object, found an array");
    }

    @Test
    void missingRequiredFieldIsNamed() {
        String json = MINIMAL.replace("\"name\": \"Eksempel AS\", ", "");

        assertThat(errorOf(json)).isEqualTo("inventory.json:5:19: organisation: missing required field \"name\"");
    }

    @Test
    void malformedAndEmptyDocumentsFailCleanly() {
        assertThat(errorOf("")).isEqualTo("inventory.json: the file is empty");
        assertThat(errorOf(MINIMAL.substring(0, 200)))
                .startsWith("inventory.json:")
                .contains("malformed JSON");
        assertThat(errorOf(MINIMAL + "{}")).contains("unexpected content after the end of the document");
    }

    @Test
    void byteOrderMarkIsTolerated() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = MINIMAL.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, withBom, 0, bom.length);
        System.arraycopy(body, 0, withBom, bom.length, body.length);

        Inventory inventory = InventoryJsonReader.read(new ByteArrayInputStream(withBom), "bom.json");

        assertThat(inventory.organisation().name()).isEqualTo("Eksempel AS");
    }

    @Test
    void hostileNestingFailsCleanly() {
        String deep = "{\"format\": \"privacy-inventory\", \"x\": " + "[".repeat(5000) + "]".repeat(5000) + "}";

        assertThat(errorOf(deep)).isEqualTo("inventory.json:1:70: x: nested deeper than 32 levels");
    }

    @Test
    void hostileStringLengthFailsCleanly() {
        String huge = MINIMAL.replace("Eksempel AS", "x".repeat(JsonTree.MAX_STRING_LENGTH + 1));

        assertThat(errorOf(huge))
                .matches("inventory\\.json:\\d+:\\d+: organisation\\.name: a text longer than 1048576 characters");
    }

    @Test
    void missingFileIsNamed(@TempDir Path folder) {
        Path missing = folder.resolve("nowhere.json");

        assertThatThrownBy(() -> InventoryJsonReader.read(missing)).hasMessage(missing + ": no such file");
    }

    private static Inventory read(String json) throws InventoryFormatException {
        return InventoryJsonReader.read(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "inventory.json");
    }

    private static InventoryFormatException exceptionOf(String json) {
        try {
            read(json);
        } catch (InventoryFormatException e) {
            return e;
        }
        throw new AssertionError("the document was accepted");
    }

    private static String errorOf(String json) {
        return exceptionOf(json).errors().get(0).toString();
    }
}
