package io.privacyinventory.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.privacyinventory.TestInventories;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Commands leave the folder as they found it apart from what they were asked to write: no lock
 * sidecar from a command that finished or was refused, and no file of the user's removed because
 * its name looks like a temporary one.
 */
class NothingLeftBehindCommandTest {
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

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writingCommandsLeaveNoLockSidecarWhetherTheyFinishOrAreRefused() throws Exception {
        Path db = folder.resolve("t.db");
        Path broken = Files.writeString(folder.resolve("broken.csv"), "Processing activity,Owner\r\nPayroll\r\n");
        String sample = TestInventories.PRODUCT_SERVICES.toString();

        assertThat(run("import", sample, "--db", db.toString())).isZero();
        assertThat(names()).containsExactly("broken.csv", "t.db");

        assertThat(run("import", sample, "--db", db.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("already holds an inventory");
        assertThat(names()).containsExactly("broken.csv", "t.db");

        assertThat(run("import", broken.toString(), "--db", db.toString(), "--replace"))
                .isEqualTo(2);
        assertThat(names()).containsExactly("broken.csv", "t.db");

        assertThat(run("import", TestInventories.CLINIC_GROUP.toString(), "--db", db.toString(), "--replace"))
                .isZero();
        assertThat(run(
                        "generate",
                        "--activities",
                        "3",
                        "-o",
                        folder.resolve("g.db").toString()))
                .isZero();
        assertThat(run(
                        "generate",
                        "--activities",
                        "3",
                        "-o",
                        folder.resolve("g.db").toString()))
                .isEqualTo(2);
        assertThat(names()).containsExactly("broken.csv", "g.db", "t.db");
    }

    @Test
    void anImportRemovesOnlyTemporaryFilesOfItsOwnMaking() throws Exception {
        Path db = folder.resolve("t.db");
        List<Path> users = List.of(
                folder.resolve(".t.db.notes.tmp"),
                folder.resolve(".t.db.backup.tmp"),
                folder.resolve(".t.db.tmp"),
                folder.resolve(".t.db.lock.tmp"),
                folder.resolve(".t.db.0123.tmp"));
        for (Path file : users) {
            Files.writeString(file, "the user's own " + file.getFileName());
        }

        assertThat(run("import", TestInventories.PRODUCT_SERVICES.toString(), "--db", db.toString()))
                .isZero();
        assertThat(run("import", TestInventories.CLINIC_GROUP.toString(), "--db", db.toString(), "--replace"))
                .isZero();

        for (Path file : users) {
            assertThat(file).hasContent("the user's own " + file.getFileName());
        }
    }
}
