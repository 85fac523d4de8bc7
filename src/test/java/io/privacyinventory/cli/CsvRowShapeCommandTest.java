package io.privacyinventory.cli;

import static org.assertj.core.api.Assertions.assertThat;

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

/**
 * Rows that do not have the heading row's shape, edited into the app's own export as a
 * spreadsheet user would: a value typed into the column after the last heading, and a row whose
 * last cells were cut off. Both are errors at row and column, in --dry-run too, and neither a
 * replacing import nor an import into a new file writes anything; empty cells past the headings
 * are fine.
 */
class CsvRowShapeCommandTest {
    @TempDir
    Path folder;

    private Path db;
    private Path csv;
    private List<String> lines;
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

    /** The inventory, and its activities exported as CSV (English, tab-separated, one line per row: the sample has no tabs or line breaks in cells). */
    @BeforeEach
    void exported() throws Exception {
        db = folder.resolve("inventory.db");
        csv = folder.resolve("activities.csv");
        assertThat(run("import", TestInventories.CLINIC_GROUP.toString(), "--db", db.toString()))
                .isZero();
        assertThat(run("export", "csv", db.toString(), "--lang", "en", "--delimiter", "tab", "-o", csv.toString()))
                .isZero();
        lines = new ArrayList<>(List.of(Files.readString(csv).split("\r\n")));
        assertThat(lines).hasSize(10);
    }

    private int headings() {
        return lines.get(0).split("\t", -1).length;
    }

    private void write() throws Exception {
        Files.writeString(csv, String.join("\r\n", lines) + "\r\n");
    }

    private void assertRefusedAndNothingChanged(String message) throws Exception {
        byte[] before = Files.readAllBytes(db);
        for (String[] command : List.of(
                new String[] {"import", csv.toString(), "--db", db.toString(), "--replace"},
                new String[] {"import", csv.toString(), "--db", db.toString(), "--dry-run"},
                new String[] {
                    "import", csv.toString(), "--db", folder.resolve("new.db").toString()
                })) {
            assertThat(run(command)).as(String.join(" ", command)).isEqualTo(2);
            assertThat(stderr()).as(String.join(" ", command)).isEqualTo("error: " + message + System.lineSeparator());
        }
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
        assertThat(folder.resolve("new.db")).doesNotExist();
    }

    @Test
    void aValueBeyondTheLastHeadingIsAnErrorAtItsRowAndColumn() throws Exception {
        lines.set(3, lines.get(3) + "\tremember to check this");
        write();

        assertRefusedAndNothingChanged(csv + ":4:" + (headings() + 1) + ": column " + letters(headings())
                + " has no heading, but this row has a value there (\"remember to check this\"); give the column a "
                + "heading or empty the cell");
    }

    @Test
    void aRowCutShortIsAnErrorAndNeverClearsTheActivitysFields() throws Exception {
        String row = lines.get(2);
        int cut = 5;
        String[] cells = row.split("\t", -1);
        assertThat(cells.length).as("the sample row has no tabs inside cells").isEqualTo(headings());
        lines.set(2, String.join("\t", List.of(cells).subList(0, cut)));
        write();

        assertRefusedAndNothingChanged(csv + ":3:" + (cut + 1) + ": the row ends after column " + letters(cut - 1)
                + ", but the headings go on to column " + letters(headings() - 1)
                + " (\"DPIA screening criteria\"); every row "
                + "needs a cell for each heading, an empty one for an empty field, so nothing was read as cleared");
    }

    @Test
    void emptyCellsPastTheHeadingsAreFine() throws Exception {
        lines.replaceAll(line -> line + "\t\t");
        write();

        assertThat(run("import", csv.toString(), "--db", db.toString(), "--replace"))
                .as(stderr())
                .isZero();
    }

    private static String letters(int index) {
        StringBuilder out = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            out.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return out.toString();
    }
}
