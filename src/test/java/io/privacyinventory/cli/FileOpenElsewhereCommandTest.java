package io.privacyinventory.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.privacyinventory.ChildJvm;
import io.privacyinventory.TestInventories;
import io.privacyinventory.store.HoldOpenForEditing;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file open for editing in another window: writing commands exit 2 and change nothing, reading ones work. */
class FileOpenElsewhereCommandTest {
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
    void writingCommandsAreRefusedWhileAnotherProcessHasTheFileAndWorkAfterItDies() throws Exception {
        Path db = folder.resolve("inventory.db");
        Path csv = folder.resolve("activities.csv");
        assertThat(run("import", TestInventories.PRODUCT_SERVICES.toString(), "--db", db.toString()))
                .isZero();
        assertThat(run("export", "csv", TestInventories.CLINIC_GROUP.toString(), "-o", csv.toString()))
                .isZero();
        byte[] before = Files.readAllBytes(db);

        try (ChildJvm window = ChildJvm.start(HoldOpenForEditing.class, db.toString())) {
            window.awaitLine("open", 60);

            for (String input : new String[] {TestInventories.CLINIC_GROUP.toString(), csv.toString()}) {
                assertThat(run("import", input, "--db", db.toString(), "--replace"))
                        .isEqualTo(2);
                assertThat(err.toString(StandardCharsets.UTF_8))
                        .isEqualTo("error: " + db
                                + ": is open in another Privacy Inventory window (or a command is writing it); it can be "
                                + "opened read-only until that window is closed" + System.lineSeparator());
            }
            assertThat(run("import", TestInventories.CLINIC_GROUP.toString(), "--db", db.toString()))
                    .isEqualTo(2);
            assertThat(Files.readAllBytes(db)).isEqualTo(before);

            assertThat(run("export", "json", db.toString())).isZero();
            assertThat(out.toString(StandardCharsets.UTF_8))
                    .isEqualTo(Files.readString(TestInventories.PRODUCT_SERVICES));
            assertThat(run("check", db.toString())).isIn(0, 1);
            assertThat(run("history", db.toString(), "--verify")).isZero();
            assertThat(run("import", csv.toString(), "--db", db.toString(), "--dry-run"))
                    .isZero();

            window.kill();
        }

        assertThat(run("import", TestInventories.CLINIC_GROUP.toString(), "--db", db.toString(), "--replace"))
                .isZero();
    }
}
