package io.privacyinventory.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaId;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.privacyinventory.model.ActivityStatus;
import io.privacyinventory.model.Coded;
import io.privacyinventory.model.DataSource;
import io.privacyinventory.model.DpiaStatus;
import io.privacyinventory.model.LegalBasis;
import io.privacyinventory.model.RecipientKind;
import io.privacyinventory.model.Role;
import io.privacyinventory.model.Safeguard;
import io.privacyinventory.model.SpecialCategoryCondition;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The published JSON Schema of the inventory format (docs/inventory-format.schema.json) agrees
 * with the sample inventories and with the app's strict reader, which is the authority.
 */
class JsonSchemaTest {
    private static final Path SCHEMA = Path.of("docs", "inventory-format.schema.json");
    private static final Path SAMPLES = Path.of("inventories");
    private static final Path REFERENCE = Path.of("docs", "inventory-format.md");

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    /** A small document that uses every list and the fields the negative tests break. */
    private static final String VALID_DOCUMENT = """
            {
              "format": "privacy-inventory",
              "formatVersion": 1,
              "languages": ["nb", "en"],
              "organisation": {"name": "Eksempel AS", "email": "post@eksempel.example"},
              "notice": {"title": {"nb": "Personvernerklæring", "en": "Privacy notice"}, "effectiveDate": "2026-01-01"},
              "dataSubjects": [{"id": "customers", "name": "Kunder"}],
              "dataCategories": [{"id": "contact", "name": "Kontaktopplysninger", "source": "data-subject",
                                  "special": false, "criminal": false}],
              "purposes": [{"id": "support", "name": "Kundestøtte"}],
              "recipients": [{"id": "helpdesk", "name": "Helpdesk Inc.", "kind": "processor", "country": "US",
                              "tracking": false}],
              "activities": [{
                "id": "customer-support",
                "name": {"nb": "Kundestøtte", "en": "Customer support"},
                "role": "controller",
                "status": "approved",
                "dataSubjects": ["customers"],
                "dataCategories": ["contact"],
                "recipients": ["helpdesk"],
                "purposes": [{"purpose": "support", "legalBasis": "contract"}],
                "transfers": [{"country": "US", "recipient": "helpdesk", "safeguard": "standard-contractual-clauses"}],
                "retention": [{"period": "P2Y", "trigger": "Saken er lukket"}],
                "dpia": {"status": "not-required"},
                "reviewDue": "2027-01-01"
              }]
            }
            """;

    private static JsonSchema schema;

    @BeforeAll
    static void loadSchema() throws IOException {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        // Assert "format": "date" too, so that 2026-02-30 is refused as the app refuses it.
        SchemaValidatorsConfig config =
                SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        schema = factory.getSchema(MAPPER.readTree(SCHEMA.toFile()), config);
    }

    static Stream<Path> sampleInventories() throws IOException {
        try (Stream<Path> files = Files.list(SAMPLES)) {
            List<Path> samples = files.filter(
                            file -> file.getFileName().toString().endsWith(".json"))
                    .sorted()
                    .toList();
            assertThat(samples).as("sample inventories in %s", SAMPLES).isNotEmpty();
            // and the document that uses every field of format version 2
            return Stream.concat(samples.stream(), Stream.of(FormatVersion2Test.EVERY_FIELD));
        }
    }

    @Test
    void theSchemaIsAValidDraft202012Schema() throws IOException {
        JsonSchema metaSchema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of(SchemaId.V202012));

        assertThat(metaSchema.validate(MAPPER.readTree(SCHEMA.toFile()))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("sampleInventories")
    void everySampleInventoryMatchesTheSchema(Path sample) throws IOException {
        assertThat(schema.validate(MAPPER.readTree(sample.toFile())))
                .as(sample.toString())
                .isEmpty();
    }

    @Test
    void aDocumentTheReaderAcceptsMatchesTheSchema() throws IOException {
        assertThatCode(() -> read(VALID_DOCUMENT)).doesNotThrowAnyException();
        assertThat(validate(VALID_DOCUMENT)).isEmpty();
    }

    @Test
    void theExampleInTheFormatReferenceIsValid() throws IOException {
        String reference = Files.readString(REFERENCE, StandardCharsets.UTF_8);
        String example = reference.substring(reference.indexOf("## Example"));
        int start = example.indexOf("```json\n") + "```json\n".length();
        String json = example.substring(start, example.indexOf("```", start));

        assertThatCode(() -> read(json)).doesNotThrowAnyException();
        assertThat(validate(json)).isEmpty();
    }

    @Test
    void nullIsAcceptedWhereverTheReaderTreatsItAsAnAbsentField() throws IOException {
        ObjectNode document = document();
        document.putNull("notice");
        document.putNull("recipients");
        ((ObjectNode) document.get("organisation")).putNull("dpo").putNull("website");
        ((ObjectNode) document.get("dataCategories").get(0)).putNull("source").putNull("special");
        ObjectNode activity = (ObjectNode) document.get("activities").get(0);
        activity.putNull("description")
                .putNull("recipients")
                .putNull("transfers")
                .putNull("dpia")
                .putNull("reviewDue");
        ((ObjectNode) activity.get("purposes").get(0)).putNull("legalBasis").putNull("specialCategoryCondition");
        ((ObjectNode) activity.get("retention").get(0))
                .putNull("period")
                .putNull("trigger")
                .putNull("dataCategories");
        String json = document.toString();

        assertThatCode(() -> read(json)).doesNotThrowAnyException();
        assertThat(validate(json)).isEmpty();
    }

    @Test
    void aDocumentWithAnUnknownFieldIsRejected() throws IOException {
        ObjectNode document = document();
        ((ObjectNode) document.get("activities").get(0).get("purposes").get(0)).put("legalBase", "contract");
        String json = document.toString();

        assertThat(validate(json)).anySatisfy(message -> {
            assertThat(message.getType()).isEqualTo("additionalProperties");
            assertThat(message.getInstanceLocation()).hasToString("/activities/0/purposes/0");
            assertThat(message.getProperty()).isEqualTo("legalBase");
        });
        assertThatThrownBy(() -> read(json)).hasMessageContaining("unknown field \"legalBase\"");
    }

    @Test
    void aWrongEnumValueIsRejected() throws IOException {
        ObjectNode document = document();
        ((ObjectNode) document.get("activities").get(0).get("purposes").get(0))
                .put("legalBasis", "legitimate-interest");
        String json = document.toString();

        assertThat(validate(json)).anySatisfy(message -> {
            assertThat(message.getType()).isEqualTo("enum");
            assertThat(message.getInstanceLocation()).hasToString("/activities/0/purposes/0/legalBasis");
        });
        assertThatThrownBy(() -> read(json)).hasMessageContaining("unknown value \"legitimate-interest\"");
    }

    @Test
    void anOrganisationWithoutANameIsRejected() throws IOException {
        ObjectNode document = document();
        ((ObjectNode) document.get("organisation")).remove("name");
        String json = document.toString();

        assertThat(validate(json)).anySatisfy(message -> {
            assertThat(message.getType()).isEqualTo("required");
            assertThat(message.getInstanceLocation()).hasToString("/organisation");
            assertThat(message.getProperty()).isEqualTo("name");
        });
        assertThatThrownBy(() -> read(json)).hasMessageContaining("missing required field \"name\"");
    }

    @Test
    void aDateThatIsNotInTheCalendarIsRejected() throws IOException {
        ObjectNode document = document();
        ((ObjectNode) document.get("activities").get(0)).put("reviewDue", "2027-02-30");
        String json = document.toString();

        assertThat(validate(json)).isNotEmpty();
        assertThatThrownBy(() -> read(json)).hasMessageContaining("is not a date");
    }

    @Test
    void theSchemaListsExactlyTheEnumValuesTheReaderKnows() throws IOException {
        JsonNode defs = MAPPER.readTree(SCHEMA.toFile()).get("$defs");
        Map<String, List<String>> expected = Map.of(
                "dataSource", Coded.codes(DataSource.class),
                "recipientKind", Coded.codes(RecipientKind.class),
                "role", Coded.codes(Role.class),
                "activityStatus", Coded.codes(ActivityStatus.class),
                "legalBasis", Coded.codes(LegalBasis.class),
                "specialCategoryCondition", Coded.codes(SpecialCategoryCondition.class),
                "safeguard", Coded.codes(Safeguard.class),
                "dpiaStatus", Coded.codes(DpiaStatus.class));

        expected.forEach((def, codes) -> {
            List<String> listed = new ArrayList<>();
            defs.get(def).get("enum").forEach(value -> listed.add(value.asText()));
            assertThat(listed).as("$defs/%s/enum", def).containsExactlyElementsOf(codes);
        });
    }

    private static ObjectNode document() throws IOException {
        return (ObjectNode) MAPPER.readTree(VALID_DOCUMENT);
    }

    private static Set<ValidationMessage> validate(String json) throws IOException {
        return schema.validate(MAPPER.readTree(json));
    }

    private static void read(String json) throws InventoryFormatException {
        InventoryJsonReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
    }
}
