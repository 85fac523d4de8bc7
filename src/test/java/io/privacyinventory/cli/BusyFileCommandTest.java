package io.privacyinventory.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.privacyinventory.ChildJvm;
import io.privacyinventory.TestInventories;
import io.privacyinventory.store.ChangeInProgress;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading a file while another process is in the middle of writing it (its journal beside the
 * file, SQLite's exclusive lock held longer than the busy timeout): the reader says the file is
 * busy and to try again; it does not call the live writer's journal a crash, and touches nothing.
 */
class BusyFileCommandTest {
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

    @Test
    void aReadDuringAnotherProcesssChangeSaysTheFileIsBusy() throws Exception {
        Path db = folder.resolve("inventory.db");
        assertThat(run("import", TestInventories.CLINIC_GROUP.toString(), "--db", db.toString()))
                .isZero();

        try (ChildJvm writer = ChildJvm.start(ChangeInProgress.class, db.toString())) {
            writer.awaitLine("writing", 60);
            assertThat(folder.resolve("inventory.db-journal")).exists();
            byte[] journal = Files.readAllBytes(folder.resolve("inventory.db-journal"));

            assertThat(run("export", "json", db.toString())).isEqualTo(2);

            assertThat(err.toString(StandardCharsets.UTF_8))
                    .isEqualTo("error: " + db + ": is busy: another Privacy "
                            + "Inventory window or command is writing it; try again when it has finished"
                            + System.lineSeparator());
            assertThat(Files.readAllBytes(folder.resolve("inventory.db-journal")))
                    .isEqualTo(journal);
            writer.kill();
        }

        assertThat(run("export", "json", db.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(Files.readString(TestInventories.CLINIC_GROUP));
    }
}
