package io.privacyinventory.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.privacyinventory.TestInventories;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportNoticeCommandTest {
    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "notice");

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

    @Test
    void writesTheNoticeToStandardOutputInTheInventorysFirstLanguageByDefault() throws Exception {
        assertThat(run("export", "notice", TestInventories.PRODUCT_SERVICES.toString()))
                .isZero();

        assertThat(stdout()).isEqualTo(Files.readString(GOLDEN.resolve("product-services.nb.txt")));
        assertThat(stderr()).isEqualTo("notice: 0 missing facts, no texts fell back to another language\n");
    }

    @Test
    void writesTheChosenLanguageAndFormatToAFileAtomically() throws Exception {
        Path html = folder.resolve("notice.html");

        assertThat(run(
                        "export",
                        "notice",
                        TestInventories.CLINIC_GROUP.toString(),
                        "--lang",
                        "en",
                        "--format",
                        "html",
                        "-o",
                        html.toString()))
                .isZero();

        assertThat(stdout()).isEmpty();
        assertThat(html).hasContent(Files.readString(GOLDEN.resolve("clinic-group.en.html")));
        assertThat(folder)
                .isDirectoryNotContaining(path -> path.getFileName().toString().endsWith(".tmp"));
    }

    @Test
    void fallbacksAreListedOnePerLineAndCounted() {
        assertThat(run(
                        "export",
                        "notice",
                        TestInventories.CLINIC_GROUP.toString(),
                        "--lang",
                        "nb",
                        "--format",
                        "markdown"))
                .isZero();

        String[] lines = stderr().split("\n");
        assertThat(lines[0]).isEqualTo("warning: notice.title: no \"nb\" text, used \"en\"");
        assertThat(lines)
                .filteredOn(line -> line.startsWith("warning: "))
                .hasSize(lines.length - 1)
                .allMatch(line -> line.endsWith("no \"nb\" text, used \"en\""));
        assertThat(lines[lines.length - 1])
                .isEqualTo("notice: 0 missing facts, " + (lines.length - 1) + " texts fell back to en");
        assertThat(stdout()).startsWith("# Privacy notice for Fjellvik Helse\n\nGjelder fra 1. mars 2026\n");
    }

    @Test
    void missingFactsAreListedAndCountedButTheDraftIsStillWritten() throws Exception {
        Path draft = folder.resolve("draft.json");
        Files.writeString(draft, """
                {"format": "privacy-inventory", "formatVersion": 1, "languages": ["en"],
                 "organisation": {"name": "Draft Org"}}
                """);

        assertThat(run("export", "notice", draft.toString(), "--lang", "en")).isZero();

        assertThat(stdout()).contains("Effective from [MISSING: the date the notice takes effect]");
        assertThat(stderr()).isEqualTo("""
                warning: notice: [MISSING: the date the notice takes effect]
                warning: notice: [MISSING: contact details for Draft Org (e-mail, telephone or address)]
                warning: notice: [MISSING: the supervisory authority you can complain to]
                notice: 3 missing facts, no texts fell back to another language
                """);
    }

    @Test
    void aDatabaseGivesTheSameNoticeAsItsDocument() throws Exception {
        Path db = folder.resolve("products.db");
        assertThat(run("import", TestInventories.PRODUCT_SERVICES.toString(), "--db", db.toString()))
                .isZero();

        assertThat(run("export", "notice", db.toString(), "--lang", "en", "--format", "markdown"))
                .isZero();

        assertThat(stdout()).isEqualTo(Files.readString(GOLDEN.resolve("product-services.en.md")));
    }

    @Test
    void badInputExitsTwoAndWritesNothing() throws Exception {
        Path bad = folder.resolve("bad.json");
        Files.writeString(
                bad,
                "{\"format\": \"privacy-inventory\", \"formatVersion\": 1, \"languages\": [\"en\"],\n"
                        + " \"organisation\": {\"name\": \"X\", \"colour\": \"red\"}}");
        Path output = folder.resolve("notice.txt");

        assertThat(run("export", "notice", bad.toString(), "-o", output.toString()))
                .isEqualTo(2);
        assertThat(stderr()).startsWith("error: " + bad + ":2:").hasLineCount(1);
        assertThat(output).doesNotExist();

        assertThat(run("export", "notice", folder.resolve("absent.json").toString()))
                .isEqualTo(2);
        assertThat(stdout()).isEmpty();
    }

    @Test
    void unknownLanguageOrFormatIsBadUsage() {
        assertThat(run("export", "notice", TestInventories.CLINIC_GROUP.toString(), "--lang", "de"))
                .isEqualTo(2);
        assertThat(stderr()).contains("--lang").contains("en or nb");
        assertThat(stdout()).isEmpty();

        assertThat(run("export", "notice", TestInventories.CLINIC_GROUP.toString(), "--format", "pdf"))
                .isEqualTo(2);
        assertThat(stderr()).contains("--format");
    }

    @Test
    void helpDescribesTheCommand() {
        assertThat(run("export", "notice", "--help")).isZero();
        assertThat(stdout())
                .contains(
                        "--lang=en|nb",
                        "--format=text|markdown|html|html-fragment",
                        "--audience=ID",
                        "-o, --output=FILE");
    }

    @Test
    void anAudienceGivesItsOwnNoticeAndAnUnknownOneIsBadUsageNamingTheKnownOnes() throws Exception {
        assertThat(run("export", "notice", TestInventories.CLINIC_GROUP.toString(), "--audience", "employees"))
                .isZero();
        assertThat(stdout())
                .startsWith("Privacy notice for employees and applicants of Fjellvik Helse\n")
                .contains("Employment administration and payroll")
                .doesNotContain("Patient examination");

        Path output = folder.resolve("notice.html");
        assertThat(run(
                        "export",
                        "notice",
                        TestInventories.CLINIC_GROUP.toString(),
                        "--audience",
                        "visitors",
                        "-o",
                        output.toString()))
                .isEqualTo(2);
        assertThat(stderr())
                .isEqualTo("error: " + TestInventories.CLINIC_GROUP + ": unknown audience \"visitors\"; "
                        + "known audiences: patients, employees, website-visitors\n");
        assertThat(output).doesNotExist();
        assertThat(stdout()).isEmpty();
    }
}
