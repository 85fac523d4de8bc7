package io.privacyinventory.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.privacyinventory.TestInventories;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CLINIC = TestInventories.CLINIC_GROUP.toString();

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** The clinic sample with one activity added, one removed and three fields changed. */
    private Path changed;

    private int run(String... args) {
        out.reset();
        err.reset();
        return new Cli(
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(args);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @BeforeEach
    void changeTheClinicSample() throws Exception {
        ObjectNode document = (ObjectNode) JSON.readTree(TestInventories.CLINIC_GROUP.toFile());
        ArrayNode activities = (ArrayNode) document.get("activities");
        List<JsonNode> kept = new ArrayList<>();
        for (JsonNode activity : activities) {
            ObjectNode edited = (ObjectNode) activity;
            switch (activity.get("id").asText()) {
                case "newsletter" -> {
                    continue;
                }
                case "recruitment" -> edited.put("status", "approved");
                case "patient-care" -> {
                    edited.put("reviewDue", "2027-06-30");
                    ((ObjectNode) edited.get("retention").get(1)).put("period", "P6M");
                }
                default -> {}
            }
            kept.add(edited);
        }
        activities.removeAll();
        activities.addAll(kept);
        ObjectNode added = activities.addObject();
        added.put("id", "home-visits");
        added.put("name", "Home visits");
        changed = folder.resolve("clinic-changed.json");
        JSON.writerWithDefaultPrettyPrinter().writeValue(changed.toFile(), document);
    }

    private Path imported(Path document, String name) {
        Path database = folder.resolve(name);
        assertThat(run("import", document.toString(), "--db", database.toString()))
                .as(stderr())
                .isZero();
        return database;
    }

    @Test
    void textNamesTheFiveDifferencesGroupedByActivity() {
        assertThat(run("diff", CLINIC, changed.toString())).isEqualTo(1);

        assertThat(stdout()).isEqualTo("""
                Activity "Patient examination, treatment and records" (patient-care): changed
                  Retention › All other categories › Period: 10 years → 6 months
                  Review due: 2027-03-10 → 2027-06-30
                Activity "Recruitment" (recruitment): changed
                  Status: In review → Approved
                Activity "Home visits" (home-visits): added
                Activity "Newsletter" (newsletter): removed
                """);
        assertThat(stderr()).isEmpty();
    }

    @Test
    void csvHasOneRowPerDifference() {
        assertThat(run("diff", CLINIC, changed.toString(), "--format", "csv")).isEqualTo(1);

        assertThat(stdout().split("\r\n", -1))
                .containsExactly(
                        "Item kind,Item id,Item name,Field,Before,After",
                        "Activity,patient-care,\"Patient examination, treatment and records\","
                                + "Retention › All other categories › Period,10 years,6 months",
                        "Activity,patient-care,\"Patient examination, treatment and records\",Review due,2027-03-10,2027-06-30",
                        "Activity,recruitment,Recruitment,Status,In review,Approved",
                        "Activity,home-visits,Home visits,(added),,",
                        "Activity,newsletter,Newsletter,(removed),,",
                        "");
    }

    @Test
    void jsonListsTheSameFiveDifferencesForScripts() throws Exception {
        assertThat(run("diff", CLINIC, changed.toString(), "--format", "json")).isEqualTo(1);

        JsonNode diff = JSON.readTree(stdout());
        assertThat(diff.get("differences").asInt()).isEqualTo(5);
        List<String> lines = new ArrayList<>();
        for (JsonNode item : diff.get("items")) {
            String what = item.get("kind").asText() + " " + item.get("id").asText() + " \""
                    + item.get("name").asText() + "\" " + item.get("change").asText();
            if (item.get("fields").isEmpty()) {
                lines.add(what);
            }
            for (JsonNode field : item.get("fields")) {
                lines.add(what + ": " + field.get("path").asText() + " "
                        + field.get("before").asText() + " -> "
                        + field.get("after").asText());
            }
        }
        assertThat(lines)
                .containsExactly(
                        "activity patient-care \"Patient examination, treatment and records\" changed: retention/1/period "
                                + "10 years -> 6 months",
                        "activity patient-care \"Patient examination, treatment and records\" changed: reviewDue "
                                + "2027-03-10 -> 2027-06-30",
                        "activity recruitment \"Recruitment\" changed: status In review -> Approved",
                        "activity home-visits \"Home visits\" added",
                        "activity newsletter \"Newsletter\" removed");
    }

    @Test
    void databasesMadeByImportGiveTheSameAnswerInEveryFormat() {
        Path older = imported(TestInventories.CLINIC_GROUP, "old.db");
        Path newer = imported(changed, "new.db");

        for (String format : List.of("text", "csv", "json")) {
            assertThat(run("diff", CLINIC, changed.toString(), "--format", format))
                    .isEqualTo(1);
            String fromDocuments = stdout();

            assertThat(run("diff", older.toString(), newer.toString(), "--format", format))
                    .as(format)
                    .isEqualTo(1);
            assertThat(stdout()).as(format).isEqualTo(fromDocuments);
            assertThat(run("diff", older.toString(), changed.toString(), "--format", format))
                    .as(format)
                    .isEqualTo(1);
            assertThat(stdout()).as(format).isEqualTo(fromDocuments);
        }
    }

    @Test
    void theSameRecordExitsZeroAndPrintsNothing() {
        Path database = imported(TestInventories.CLINIC_GROUP, "same.db");

        for (String format : List.of("text", "csv", "json")) {
            assertThat(run("diff", CLINIC, CLINIC, "--format", format))
                    .as(format)
                    .isZero();
            assertThat(stdout()).as(format).isEmpty();
            assertThat(stderr()).as(format).isEmpty();

            assertThat(run("diff", database.toString(), CLINIC, "--format", format))
                    .as(format)
                    .isZero();
            assertThat(stdout()).as(format).isEmpty();
        }
    }

    @Test
    void norwegianLabelsAndValues() {
        assertThat(run("diff", CLINIC, changed.toString(), "--lang", "nb")).isEqualTo(1);

        assertThat(stdout())
                .contains("Behandlingsaktivitet \"Recruitment\" (recruitment): endret\n"
                        + "  Status: Til gjennomgang → Godkjent\n")
                .contains("  Lagringstid › Alle øvrige kategorier › Periode: 10 år → 6 måneder\n")
                .contains("Behandlingsaktivitet \"Newsletter\" (newsletter): fjernet\n");
    }

    @Test
    void csvCellsThatLookLikeFormulasAreNeutralised() throws Exception {
        String document = Files.readString(TestInventories.CLINIC_GROUP);
        Path phone = Files.writeString(
                folder.resolve("phone.json"),
                document.replaceFirst("\"phone\": \"\\+47 21 00 00 00\"", "\"phone\": \"=HYPERLINK(\\\\\"x\\\\\")\""));
        assertThat(Files.readString(phone)).isNotEqualTo(document);

        assertThat(run("diff", CLINIC, phone.toString(), "--format", "csv")).isEqualTo(1);

        assertThat(stdout())
                .contains("Organisation,,Fjellvik Helse AS,Phone,'+47 21 00 00 00,\"'=HYPERLINK(\"\"x\"\")\"\r\n");
    }

    @Test
    void badInputExitsTwoWithOneLine() throws Exception {
        assertThat(run("diff", CLINIC, changed.toString(), "--format", "xml")).isEqualTo(2);
        assertThat(stderr())
                .isEqualTo("error: --format must be text, csv or json, not \"xml\"" + System.lineSeparator());

        assertThat(run("diff", CLINIC, changed.toString(), "--lang", "de")).isEqualTo(2);
        assertThat(run("diff", CLINIC, folder.resolve("missing.json").toString()))
                .isEqualTo(2);
        assertThat(stderr())
                .startsWith("error: " + folder.resolve("missing.json"))
                .hasLineCount(1);

        Path broken = Files.writeString(folder.resolve("broken.json"), "{\"format\": \"privacy-inventory\",");
        assertThat(run("diff", broken.toString(), CLINIC)).isEqualTo(2);
        assertThat(stderr()).startsWith("error: " + broken + ":").hasLineCount(1);
        assertThat(stdout()).isEmpty();
    }

    @Test
    void aDateMustBeARealDateAndFollowADatabase() throws Exception {
        assertThat(run("diff", "records.db@2026-02-30", CLINIC)).isEqualTo(2);
        assertThat(stderr())
                .isEqualTo("error: records.db@2026-02-30: \"2026-02-30\" is not a date (YYYY-MM-DD, "
                        + "optionally followed by THH:MM or THH:MM:SS)" + System.lineSeparator());

        assertThat(run("diff", CLINIC + "@2026-03-01", CLINIC)).isEqualTo(2);
        assertThat(stderr())
                .startsWith("error: " + CLINIC + "@2026-03-01: only an inventory database (.db) has a history");

        Path named = Files.copy(TestInventories.CLINIC_GROUP, folder.resolve("audit@2026-03-01.json"));
        assertThat(run("diff", named.toString(), CLINIC))
                .as("an existing file is read as named")
                .isZero();
    }
}
