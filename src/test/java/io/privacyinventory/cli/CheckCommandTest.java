package io.privacyinventory.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.privacyinventory.TestInventories;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
    private static final String CLINIC = TestInventories.CLINIC_GROUP.toString();
    private static final String DAY = "--today=2026-12-01";

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

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

    /** The clinic sample with the legal basis of one purpose taken out: one error. */
    private Path clinicWithAnError() throws Exception {
        String json = Files.readString(TestInventories.CLINIC_GROUP);
        String broken = json.replaceFirst("\"legalBasis\": \"contract\",\n", "");
        assertThat(broken).isNotEqualTo(json);
        return Files.writeString(folder.resolve("broken.json"), broken);
    }

    @Test
    void warningsOnlyExitZeroWithOneTabSeparatedLinePerFindingAndTheCountOnStandardError() {
        assertThat(run("check", CLINIC, DAY)).isZero();

        assertThat(stdout().lines())
                .containsExactly(
                        "warning\tactivities/recruitment/dpia/status\tdpia-not-completed\tActivity \"Recruitment\" requires a data "
                                + "protection impact assessment (DPIA) that has not been completed. The assessment must be done "
                                + "before the processing starts (Art. 35).",
                        "warning\tactivities/employment-administration/reviewDue\treview-overdue\tActivity \"Employment "
                                + "administration and payroll\" was due for review on 2026-11-12. Review it and set the date of "
                                + "the next review.",
                        "warning\tactivities/newsletter/securityMeasures\tsecurity-measures-missing\tActivity \"Newsletter\" does "
                                + "not describe its technical and organisational security measures (Art. 30(1)(g), Art. 32).");
        assertThat(stdout()).endsWith("\n").doesNotContain("\r");
        assertThat(stderr()).isEqualTo("0 errors, 3 warnings" + System.lineSeparator());
    }

    @Test
    void anErrorExitsOne() throws Exception {
        Path broken = clinicWithAnError();

        assertThat(run("check", broken.toString(), DAY)).isEqualTo(1);

        assertThat(stdout().lines())
                .hasSize(4)
                .first()
                .asString()
                .startsWith("error\tactivities/patient-care/purposes/0/legalBasis\tpurpose-without-legal-basis\t");
        assertThat(stderr()).startsWith("1 error, 3 warnings");
    }

    @Test
    void tabsAndLineBreaksInNamesDoNotSplitAFinding() throws Exception {
        Path odd = Files.writeString(
                folder.resolve("odd.json"),
                Files.readString(TestInventories.CLINIC_GROUP)
                        .replace("\"name\": \"Newsletter\",", "\"name\": \"News\\tletter\\nplanned\","));

        run("check", odd.toString(), DAY);

        assertThat(stdout().lines())
                .hasSize(3)
                .allSatisfy(line -> assertThat(line.split("\t")).hasSize(4));
        assertThat(stdout()).contains("Activity \"News letter planned\" does not describe");
        run("check", odd.toString(), DAY, "--format", "json");
        assertThat(stdout()).contains("Activity \\\"News\\tletter\\nplanned\\\" does not describe");
    }

    @Test
    void messagesInNorwegianOnRequest() {
        assertThat(run("check", CLINIC, DAY, "--lang", "nb")).isZero();

        assertThat(stdout().lines())
                .first()
                .asString()
                .endsWith("\tBehandlingsaktiviteten «Recruitment» krever en vurdering "
                        + "av personvernkonsekvenser (DPIA) som ikke er gjennomført. Vurderingen skal gjøres før behandlingen "
                        + "starter (art. 35).");
    }

    @Test
    void jsonIsAnArrayOfFindingsInTheSameOrderAsText() throws Exception {
        Path broken = clinicWithAnError();
        run("check", broken.toString(), DAY);
        List<String> text = stdout().lines().toList();

        assertThat(run("check", broken.toString(), DAY, "--format", "json")).isEqualTo(1);

        JsonNode array = new ObjectMapper().readTree(stdout());
        assertThat(array.isArray()).isTrue();
        List<String> fromJson = new ArrayList<>();
        for (JsonNode finding : array) {
            List<String> fields = new ArrayList<>();
            finding.fieldNames().forEachRemaining(fields::add);
            assertThat(fields).containsExactly("severity", "code", "path", "message");
            fromJson.add(finding.get("severity").asText() + "\t"
                    + finding.get("path").asText() + "\t" + finding.get("code").asText() + "\t"
                    + finding.get("message").asText());
        }
        assertThat(fromJson).isEqualTo(text);
        assertThat(stdout())
                .startsWith("[\n  {\n    \"severity\": \"error\",\n")
                .endsWith("}\n]\n");
        assertThat(stderr()).startsWith("1 error, 3 warnings");
    }

    @Test
    void noFindingsGiveAnEmptyJsonArray() throws Exception {
        String json = Files.readString(TestInventories.CLINIC_GROUP);
        Path sound = Files.writeString(
                folder.resolve("sound.json"),
                json.replace("\"status\": \"required\"", "\"status\": \"completed\"")
                        .replace("\"reviewDue\": \"2026-11-12\"", "\"reviewDue\": \"2027-11-12\"")
                        .replace("\"status\": \"draft\"", "\"status\": \"retired\""));

        assertThat(run("check", sound.toString(), DAY, "--format", "json")).isZero();

        assertThat(stdout()).isEqualTo("[]\n");
        assertThat(stderr()).startsWith("0 errors, 0 warnings");
    }

    @Test
    void databaseAndDocumentGiveTheSameFindings() {
        Path db = folder.resolve("clinic.db");
        assertThat(run("import", CLINIC, "--db", db.toString())).isZero();

        run("check", CLINIC, DAY, "--format", "json");
        String fromDocument = stdout();
        assertThat(run("check", db.toString(), DAY, "--format", "json")).isZero();

        assertThat(stdout()).isEqualTo(fromDocument).contains("dpia-not-completed");
    }

    @Test
    void unreadableInventoryExitsTwoWithOneLineAndNoFindings() throws Exception {
        Path bad = Files.writeString(folder.resolve("bad.json"), "{\"format\": \"privacy-inventory\", ");

        assertThat(run("check", bad.toString())).isEqualTo(2);
        assertThat(stderr()).startsWith("error: " + bad).hasLineCount(1);
        assertThat(stdout()).isEmpty();

        assertThat(run("check", folder.resolve("missing.db").toString())).isEqualTo(2);
        assertThat(stderr()).startsWith("error: ").hasLineCount(1);
        assertThat(stdout()).isEmpty();
    }

    @Test
    void badOptionsExitTwo() {
        assertThat(run("check", CLINIC, "--format", "xml")).isEqualTo(2);
        assertThat(stderr()).contains("--format must be text or json");
        assertThat(run("check", CLINIC, "--lang", "de")).isEqualTo(2);
        assertThat(stderr()).contains("--lang must be en or nb");
        assertThat(run("check", CLINIC, "--today", "1 December")).isEqualTo(2);
        assertThat(stderr()).contains("--today must be a date");
        assertThat(run("check")).isEqualTo(2);
        assertThat(stdout()).isEmpty();
    }

    @Test
    void helpListsTheCommandAndItsOptions() {
        assertThat(run("--help")).isZero();
        assertThat(stdout()).contains("check");
        assertThat(run("check", "--help")).isZero();
        assertThat(stdout())
                .contains("--format=text|json")
                .contains("--lang=en|nb")
                .contains("--today");
    }
}
