package io.privacyinventory.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.privacyinventory.TestInventories;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCsvCommandTest {
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

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static final String CLINIC = TestInventories.CLINIC_GROUP.toString();
    private static final String PRODUCTS = TestInventories.PRODUCT_SERVICES.toString();

    @Test
    void writesTheActivitiesLayoutToAFileByDefault() throws Exception {
        Path csv = folder.resolve("activities.csv");

        assertThat(run("export", "csv", CLINIC, "-o", csv.toString())).isZero();

        assertThat(Files.readString(csv))
                .startsWith("Activity id,Processing activity,Description,")
                .contains("\r\nvideo-consultation-pilot,");
        assertThat(out.size()).isZero();
        assertThat(folder)
                .isDirectoryNotContaining(path -> path.getFileName().toString().endsWith(".tmp"));
    }

    @Test
    void writesTheProtocolForNorwegianExcel() throws Exception {
        Path csv = folder.resolve("protokoll.csv");

        assertThat(run(
                        "export",
                        "csv",
                        PRODUCTS,
                        "-o",
                        csv.toString(),
                        "--layout",
                        "protocol",
                        "--lang",
                        "nb",
                        "--delimiter",
                        "semicolon",
                        "--bom"))
                .isZero();

        byte[] bytes = Files.readAllBytes(csv);
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8))
                .startsWith("Protokoll over behandlingsaktiviteter (personvernforordningen art. 30)\r\n"
                        + "Behandlingsansvarlig og databehandler;VMware, Inc.\r\n");
    }

    @Test
    void headingsAreInTheInventorysFirstLanguageUnlessAskedOtherwise() {
        run("export", "csv", PRODUCTS);
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Aktivitets-ID,Behandlingsaktivitet,");

        run("export", "csv", PRODUCTS, "--lang", "en", "--delimiter", "tab");
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Activity id\tProcessing activity\t");

        run("export", "csv", CLINIC);
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Activity id,");
    }

    @Test
    void aDatabaseExportsTheSameBytesAsItsDocument() throws Exception {
        Path db = folder.resolve("inventory.db");
        assertThat(run("import", CLINIC, "--db", db.toString())).isZero();

        for (String layout : new String[] {"activities", "protocol"}) {
            run("export", "csv", CLINIC, "--layout", layout);
            byte[] fromDocument = out.toByteArray();
            assertThat(run("export", "csv", db.toString(), "--layout", layout)).isZero();
            assertThat(out.toByteArray()).as(layout).isEqualTo(fromDocument);
        }
    }

    @Test
    void unknownOptionValuesExitTwoAndWriteNothing() {
        Path csv = folder.resolve("out.csv");

        assertThat(run("export", "csv", CLINIC, "-o", csv.toString(), "--layout", "pivot"))
                .isEqualTo(2);
        assertThat(stderr()).contains("--layout").contains("activities, protocol");
        assertThat(run("export", "csv", CLINIC, "-o", csv.toString(), "--delimiter", "pipe"))
                .isEqualTo(2);
        assertThat(stderr()).contains("comma, semicolon, tab");
        assertThat(run("export", "csv", CLINIC, "-o", csv.toString(), "--lang", "de"))
                .isEqualTo(2);
        assertThat(stderr()).isEqualTo("error: --lang must be one of en, nb, not \"de\"" + System.lineSeparator());

        assertThat(folder).isEmptyDirectory();
    }

    @Test
    void aBrokenInventoryExitsTwoAndLeavesTheOutputAlone() throws Exception {
        Path bad = Files.writeString(folder.resolve("bad.json"), "{\"format\": \"privacy-inventory\",");
        Path csv = Files.writeString(folder.resolve("out.csv"), "the previous export");

        assertThat(run("export", "csv", bad.toString(), "-o", csv.toString())).isEqualTo(2);

        assertThat(stderr()).startsWith("error: " + bad).hasLineCount(1);
        assertThat(Files.readString(csv)).isEqualTo("the previous export");
        assertThat(folder)
                .isDirectoryNotContaining(path -> path.getFileName().toString().endsWith(".tmp"));
    }

    @Test
    void helpNamesEveryOption() {
        assertThat(run("export", "csv", "--help")).isZero();

        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("--layout")
                .contains("--lang")
                .contains("--delimiter")
                .contains("--bom")
                .contains("-o, --output")
                .contains("apostrophe");
    }
}
