package io.privacyinventory.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.privacyinventory.RandomInventory;
import io.privacyinventory.TestInventories;
import io.privacyinventory.exchange.InventoryJsonReader;
import io.privacyinventory.exchange.InventoryJsonWriter;
import io.privacyinventory.exchange.csv.CsvActivitiesReader;
import io.privacyinventory.model.Activity;
import io.privacyinventory.model.AutomatedDecisions;
import io.privacyinventory.model.Inventory;
import io.privacyinventory.model.PurposeUse;
import io.privacyinventory.model.RetentionRule;
import io.privacyinventory.model.Transfer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code import FILE.csv}: the app's own CSV goes back in with nothing lost (export CSV → import →
 * export JSON), a spreadsheet's new names are reported by --dry-run, and a broken file writes
 * nothing.
 */
class CsvImportCommandTest {
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
    void bothSamplesKeepEveryActivityAndItsLinksThroughCsvIntoANewDatabase() throws Exception {
        for (Path sample : TestInventories.SAMPLES) {
            Inventory original = TestInventories.read(sample);
            for (String[] options :
                    new String[][] {{"--lang", "en"}, {"--lang", "nb", "--delimiter", "semicolon", "--bom"}}) {
                String what = sample + " " + String.join(" ", options);
                Path csv = folder.resolve("activities.csv");
                Path db = folder.resolve("new-" + System.nanoTime() + ".db");
                assertThat(run(concat(
                                new String[] {"export", "csv", sample.toString(), "-o", csv.toString()}, options)))
                        .as(what)
                        .isZero();

                assertThat(run("import", csv.toString(), "--db", db.toString()))
                        .as(what)
                        .isZero();
                assertThat(stdout())
                        .startsWith("Imported " + original.activities().size() + " activities");

                Inventory imported = exportJson(db);
                String language = options[1];
                assertThat(imported.activities()).as(what).hasSameSizeAs(original.activities());
                for (int i = 0; i < original.activities().size(); i++) {
                    Activity was = original.activities().get(i);
                    Activity now = imported.activities().get(i);
                    assertThat(withoutTexts(now)).as(what + " " + was.id()).isEqualTo(withoutTexts(was));
                    assertThat(now.name().resolve(language, language))
                            .isEqualTo(was.name().resolve(language, original.defaultLanguage()));
                }
            }
        }
    }

    @Test
    void bothSamplesGoBackIntoTheirOwnDatabasesUnchangedAndTheReplaceCanBeUndone() throws Exception {
        for (Path sample : TestInventories.SAMPLES) {
            Path db = folder.resolve(sample.getFileName() + ".db");
            Path csv = folder.resolve(sample.getFileName() + ".csv");
            assertThat(run("import", sample.toString(), "--db", db.toString())).isZero();
            assertThat(run(
                            "export",
                            "csv",
                            db.toString(),
                            "--lang",
                            "nb",
                            "--delimiter",
                            "semicolon",
                            "--bom",
                            "-o",
                            csv.toString()))
                    .isZero();

            assertThat(run("import", csv.toString(), "--db", db.toString(), "--replace"))
                    .isZero();

            assertThat(run("export", "json", db.toString())).isZero();
            assertThat(stdout()).isEqualTo(Files.readString(sample));
            assertThat(run("history", db.toString(), "--limit", "1")).isZero();
            assertThat(stdout()).contains("replaced the inventory");
        }
    }

    /** jqwik does not fill in JUnit's {@code @TempDir}, so each try makes and removes its own folder. */
    @Property(tries = 25)
    void generatedInventoriesGoThroughCsvAndTheDatabaseWithNothingLost(@ForAll Random random) throws Exception {
        Path tries = Files.createTempDirectory("csv-round-trip");
        try {
            Inventory inventory = RandomInventory.generate(random);
            Path json = write(inventory, tries.resolve("inventory.json"));
            Path csv = tries.resolve("activities.csv");
            Path own = tries.resolve("own.db");
            Path fresh = tries.resolve("fresh.db");
            assertThat(run("import", json.toString(), "--db", own.toString())).isZero();
            assertThat(run("export", "csv", own.toString(), "-o", csv.toString()))
                    .isZero();

            assertThat(run("import", csv.toString(), "--db", own.toString(), "--replace"))
                    .as(stderr())
                    .isZero();
            assertThat(run("import", csv.toString(), "--db", fresh.toString()))
                    .as(stderr())
                    .isZero();

            assertThat(exportJson(own)).isEqualTo(inventory);
            assertThat(exportJson(fresh))
                    .isEqualTo(CsvActivitiesReader.read(csv, null).inventory());
            assertThat(exportJson(fresh).activities())
                    .extracting(Activity::id)
                    .containsExactlyElementsOf(
                            inventory.activities().stream().map(Activity::id).toList());
        } finally {
            try (Stream<Path> files = Files.walk(tries)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    @Test
    void dryRunSaysWhatWouldBeCreatedAndWritesNothing() throws Exception {
        Path csv = Files.writeString(
                folder.resolve("sheet.csv"),
                "\uFEFFBehandlingsaktivitet;Kategorier av "
                        + "registrerte;Formål og behandlingsgrunnlag\r\nLønn;\"Ansatte; Tidligere ansatte\";Lønnsutbetaling\r\n");
        Path db = folder.resolve("inventory.db");

        assertThat(run("import", csv.toString(), "--db", db.toString(), "--dry-run"))
                .isZero();

        assertThat(stdout())
                .isEqualTo(csv + ": valid, 1 activity (nb headings, semicolon delimiter); would create "
                        + "2 data subjects (ansatte, tidligere-ansatte), 1 purpose (lonnsutbetaling); nothing written "
                        + "(--dry-run)" + System.lineSeparator());
        assertThat(db).doesNotExist();

        assertThat(run("import", TestInventories.CLINIC_GROUP.toString(), "--db", db.toString()))
                .isZero();
        byte[] before = Files.readAllBytes(db);
        assertThat(run("import", csv.toString(), "--db", db.toString(), "--dry-run"))
                .isZero();
        assertThat(stdout()).contains("would create 2 data subjects");
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
    }

    @Test
    void aBrokenCsvExitsTwoWithRowAndColumnAndWritesNothing() throws Exception {
        Path csv = Files.writeString(
                folder.resolve("sheet.csv"),
                "Processing activity,Last reviewed\r\n" + "Payroll,2026-01-31\r\nRecruiting,next week\r\n");
        Path db = folder.resolve("inventory.db");

        assertThat(run("import", csv.toString(), "--db", db.toString())).isEqualTo(2);
        assertThat(stderr())
                .isEqualTo("error: " + csv + ":3:2: Last reviewed (column B): \"next week\" is not a date "
                        + "such as 2026-01-31" + System.lineSeparator());
        assertThat(db).doesNotExist();
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).containsExactly(csv);
        }

        assertThat(run("import", TestInventories.CLINIC_GROUP.toString(), "--db", db.toString()))
                .isZero();
        byte[] before = Files.readAllBytes(db);
        assertThat(run("import", csv.toString(), "--db", db.toString(), "--replace"))
                .isEqualTo(2);
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
    }

    @Test
    void anErrorQuotingACellWithLineBreaksStaysOneLine() throws Exception {
        Path csv = Files.writeString(
                folder.resolve("sheet.csv"), "Activity id,Processing activity\r\n" + "\"pay\r\nroll\",Payroll\r\n");

        assertThat(run(
                        "import",
                        csv.toString(),
                        "--db",
                        folder.resolve("inventory.db").toString()))
                .isEqualTo(2);

        assertThat(stderr()).hasLineCount(1).contains("\"pay\\r\\nroll\" is not a valid id");
    }

    @Test
    void aCsvIntoAFilledDatabaseNeedsReplace() throws Exception {
        Path db = folder.resolve("inventory.db");
        Path csv = folder.resolve("activities.csv");
        assertThat(run("import", TestInventories.CLINIC_GROUP.toString(), "--db", db.toString()))
                .isZero();
        assertThat(run("export", "csv", db.toString(), "-o", csv.toString())).isZero();
        byte[] before = Files.readAllBytes(db);

        assertThat(run("import", csv.toString(), "--db", db.toString())).isEqualTo(2);

        assertThat(stderr()).contains("already holds an inventory").contains("--replace");
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
    }

    private Inventory exportJson(Path db) throws Exception {
        assertThat(run("export", "json", db.toString())).as(stderr()).isZero();
        return InventoryJsonReader.read(new java.io.ByteArrayInputStream(out.toByteArray()), db.toString());
    }

    private static Path write(Inventory inventory, Path json) throws IOException {
        try (OutputStream stream = Files.newOutputStream(json)) {
            InventoryJsonWriter.write(inventory, stream);
        }
        return json;
    }

    /** Everything of an activity but its texts: ids, links, fixed values, dates, contacts, periods. */
    private static Activity withoutTexts(Activity a) {
        return new Activity(
                a.id(),
                io.privacyinventory.model.Text.of("-", "-"),
                null,
                a.owner(),
                a.role(),
                a.controllers(),
                a.status(),
                a.dataSubjects(),
                a.dataCategories(),
                a.recipients(),
                a.purposes().stream()
                        .map(p -> new PurposeUse(p.purpose(), p.legalBasis(), null, null, p.specialCategoryCondition()))
                        .toList(),
                a.transfers().stream()
                        .map(t -> new Transfer(t.country(), t.recipient(), t.safeguard(), null))
                        .toList(),
                a.retention().stream()
                        .map(r -> new RetentionRule(r.dataCategories(), r.period(), null, null))
                        .toList(),
                null,
                null,
                a.automatedDecisions() == null
                        ? null
                        : new AutomatedDecisions(a.automatedDecisions().used(), null),
                a.dpia(),
                a.reviewedOn(),
                a.reviewDue(),
                null);
    }

    private static String[] concat(String[] first, String[] second) {
        return Stream.concat(Stream.of(first), Stream.of(second)).toArray(String[]::new);
    }
}
