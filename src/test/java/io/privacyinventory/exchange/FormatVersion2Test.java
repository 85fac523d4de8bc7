package io.privacyinventory.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.privacyinventory.model.DpiaCriterion;
import io.privacyinventory.model.Inventory;
import io.privacyinventory.model.LegalBasis;
import io.privacyinventory.store.InventoryStore;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Format version 2: every field it adds is read, written and stored without loss; a version-1
 * document still reads as it did, and one that uses a field of version 2 is refused with the fix.
 */
class FormatVersion2Test {
    static final Path EVERY_FIELD = Path.of("src", "test", "resources", "format-v2", "every-v2-field.json");

    @TempDir
    Path folder;

    @Test
    void everyFieldOfVersion2IsReadIntoTheModel() throws Exception {
        Inventory inventory = InventoryJsonReader.read(EVERY_FIELD);

        assertThat(inventory.organisation().country()).isEqualTo("NO");
        assertThat(inventory.notice().audiences()).extracting(a -> a.id()).containsExactly("staff", "everyone");
        assertThat(inventory.notice().audiences().get(1).dataSubjects()).containsExactly("employees", "customers");
        assertThat(inventory.purposes().get(1).directMarketing()).isTrue();
        assertThat(inventory.purposes().get(0).directMarketing()).isFalse();
        assertThat(inventory.recipients().get(0).strictlyNecessary()).isTrue();
        var uses = inventory.activities().get(0).purposes();
        assertThat(uses)
                .extracting(u -> u.purpose() + "/" + u.legalBasis().code())
                .containsExactly("hr/contract", "hr/legal-obligation", "newsletter/consent");
        assertThat(uses.get(1).criminalOffenceAuthority().get("nb")).contains("personopplysningsloven § 11");
        assertThat(inventory.activities().get(0).dpiaScreening())
                .containsExactly(DpiaCriterion.SENSITIVE_DATA, DpiaCriterion.VULNERABLE_SUBJECTS);
        assertThat(inventory.publishedNotices()).hasSize(2);
        assertThat(inventory.publishedNotices().get(0).audience()).isNull();
        assertThat(inventory.publishedNotices().get(1).publishedAt()).hasToString("2026-01-03T00:00:00Z");
    }

    @Test
    void exportGivesTheSameBytesFromTheDocumentAndFromTheDatabase() throws Exception {
        String document = Files.readString(EVERY_FIELD);
        Inventory inventory = InventoryJsonReader.read(EVERY_FIELD);
        assertThat(InventoryJsonWriter.toString(inventory)).isEqualTo(document);

        Path db = folder.resolve("v2.db");
        InventoryStore.create(db, inventory).close();
        try (InventoryStore store = InventoryStore.openReadOnly(db)) {
            assertThat(store.load()).isEqualTo(inventory);
            assertThat(InventoryJsonWriter.toString(store.load())).isEqualTo(document);
        }
    }

    @Test
    void aVersion1DocumentThatUsesAVersion2FieldIsRefusedWithTheFix() throws Exception {
        String json = Files.readString(EVERY_FIELD).replace("\"formatVersion\": 2", "\"formatVersion\": 1");

        assertThatThrownBy(() -> read(json))
                .isInstanceOf(InventoryFormatException.class)
                .hasMessage("every.json:11:5: organisation.country: \"country\" is new in format version 2, but the "
                        + "document says \"formatVersion\": 1; set \"formatVersion\": 2 to use it");
    }

    @Test
    void aVersion1DocumentMayListAPurposeTwiceWithDifferentLegalBases() throws Exception {
        String json = """
                {"format": "privacy-inventory", "formatVersion": 1, "languages": ["en"],
                 "organisation": {"name": "Example Ltd"},
                 "purposes": [{"id": "hr", "name": "HR"}],
                 "activities": [{"id": "hr", "name": "HR", "purposes": [
                   {"purpose": "hr", "legalBasis": "contract"}, {"purpose": "hr", "legalBasis": "legal-obligation"}]}]}
                """;

        assertThat(read(json).activities().get(0).purposes())
                .extracting(u -> u.legalBasis())
                .containsExactly(LegalBasis.CONTRACT, LegalBasis.LEGAL_OBLIGATION);
    }

    @Test
    void theSamePurposeWithTheSameLegalBasisTwiceIsStillAnError() {
        String json = """
                {"format": "privacy-inventory", "formatVersion": 2, "languages": ["en"],
                 "organisation": {"name": "Example Ltd"},
                 "purposes": [{"id": "hr", "name": "HR"}],
                 "activities": [{"id": "hr", "name": "HR", "purposes": [
                   {"purpose": "hr", "legalBasis": "contract"}, {"purpose": "hr", "legalBasis": "contract"}]}]}
                """;

        assertThatThrownBy(() -> read(json))
                .isInstanceOf(InventoryFormatException.class)
                .hasMessageContaining("activities[0].purposes[1].purpose: purpose \"hr\" is listed twice in this "
                        + "activity with the legal basis \"contract\"");
    }

    @Test
    void anAudienceNamingAnUnknownDataSubjectAndABadPublicationAreErrors() throws Exception {
        String unknownSubject =
                Files.readString(EVERY_FIELD).replace("\"customers\"\n        ]", "\"visitors\"\n        ]");
        assertThatThrownBy(() -> read(unknownSubject))
                .hasMessageContaining("notice.audiences[1].dataSubjects[1]: unknown data subject \"visitors\"");

        String badTime = Files.readString(EVERY_FIELD).replace("2026-01-03T00:00:00Z", "2026-01-03 00:00");
        assertThatThrownBy(() -> read(badTime))
                .hasMessageContaining(
                        "publishedNotices[1].publishedAt: \"2026-01-03 00:00\" is not a time in the form YYYY-MM-DDTHH:MM:SSZ");

        String badHash = Files.readString(EVERY_FIELD).replace("0123456789abcdef0123", "0123456789ABCDEF0123");
        assertThatThrownBy(() -> read(badHash)).hasMessageContaining("publishedNotices[0].inventorySha256: ");
    }

    @Test
    void anUnknownDpiaCriterionNamesTheKnownOnes() throws Exception {
        String json = Files.readString(EVERY_FIELD).replace("\"vulnerable-subjects\"", "\"vulnerable\"");

        assertThatThrownBy(() -> read(json))
                .hasMessageContaining("activities[0].dpiaScreening[1]: unknown value "
                        + "\"vulnerable\" (expected one of: "
                        + String.join(
                                ", ",
                                List.of(
                                        "evaluation-scoring",
                                        "automated-decision-legal-effect",
                                        "systematic-monitoring",
                                        "sensitive-data",
                                        "vulnerable-subjects",
                                        "large-scale",
                                        "matching-combining",
                                        "innovative-technology",
                                        "prevents-exercise-of-rights"))
                        + ")");
    }

    private static Inventory read(String json) throws InventoryFormatException {
        return InventoryJsonReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "every.json");
    }
}
