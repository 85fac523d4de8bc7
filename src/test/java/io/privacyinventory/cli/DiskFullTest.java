package io.privacyinventory.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.privacyinventory.ChildJvm;
import io.privacyinventory.Main;
import io.privacyinventory.TestInventories;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real full disk: a 1 MB tmpfs mounted for the test (Linux, as root, which is how CI runs; the
 * test is skipped where mounting is not allowed). Imports, replacing imports, -o outputs and
 * standard output redirected there all exit 2 with one line that names the user's file and says
 * the disk is full; what was there keeps its bytes and nothing is left beside it.
 */
@EnabledOnOs(OS.LINUX)
class DiskFullTest {
    @TempDir
    static Path shared;

    private static Path disk;
    private static Path large;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeAll
    static void mountSmallDisk() throws Exception {
        disk = Files.createDirectory(shared.resolve("disk"));
        assumeTrue(
                exec("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", disk.toString()) == 0,
                "mounting a tmpfs needs root");
        large = shared.resolve("large.json");
        assertThat(new DiskFullTest().run("generate", "--activities", "400", "-o", large.toString()))
                .isZero();
    }

    @AfterAll
    static void unmount() throws Exception {
        if (disk != null) {
            exec("umount", disk.toString());
        }
    }

    @AfterEach
    void emptyDisk() throws IOException {
        try (Stream<Path> files = Files.list(disk)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
    }

    private static int exec(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        return process.waitFor();
    }

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

    private static List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(disk)) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }

    /** Writes a filler file until the disk refuses more. */
    private static void fill() throws IOException {
        byte[] block = new byte[4096];
        try (OutputStream filler = Files.newOutputStream(disk.resolve("filler"))) {
            while (true) {
                filler.write(block);
                filler.flush();
            }
        } catch (IOException e) {
            assertThat(e).hasMessageContaining("No space left on device");
        }
    }

    @Test
    void anImportIntoANewFileOnAFullDiskNamesTheFileAndLeavesNothing() throws Exception {
        Path target = disk.resolve("new.db");

        assertThat(run("import", large.toString(), "--db", target.toString())).isEqualTo(2);

        assertThat(stderr())
                .isEqualTo("error: " + target + ": cannot be created: the disk is full; nothing was written"
                        + System.lineSeparator());
        assertThat(names()).isEmpty();
    }

    @Test
    void aReplacingImportOnAFullDiskLeavesTheInventoryAsItWas() throws Exception {
        Path target = disk.resolve("inventory.db");
        assertThat(run("import", TestInventories.PRODUCT_SERVICES.toString(), "--db", target.toString()))
                .isZero();
        fill();
        byte[] before = Files.readAllBytes(target);

        assertThat(run("import", large.toString(), "--db", target.toString(), "--replace"))
                .isEqualTo(2);

        assertThat(stderr())
                .isEqualTo("error: " + target + ": the change could not be saved: the disk is full; the "
                        + "file still holds what it held before" + System.lineSeparator());
        assertThat(Files.readAllBytes(target)).isEqualTo(before);
        // the lock's sidecar stays: giving it up needs one byte written into it, which a full disk refuses
        assertThat(names()).containsExactly(".inventory.db.lock", "filler", "inventory.db");
        Files.delete(disk.resolve("filler"));
        assertThat(run("history", target.toString(), "--verify")).isZero();
    }

    @Test
    void anOutputFileOnAFullDiskIsLeftAsItWas() throws Exception {
        Path output = Files.writeString(disk.resolve("out.json"), "old");
        fill();

        assertThat(run("export", "json", large.toString(), "-o", output.toString()))
                .isEqualTo(2);

        assertThat(stderr())
                .isEqualTo("error: " + output + ": cannot be written: the disk is full; the file was left "
                        + "as it was" + System.lineSeparator());
        assertThat(output).hasContent("old");
        assertThat(names()).containsExactly("filler", "out.json");
    }

    @Test
    void standardOutputRedirectedToAFullDiskExitsTwo() throws Exception {
        Path backup = disk.resolve("backup.json");
        Path errors = shared.resolve("stderr.txt");

        Process process = new ProcessBuilder(ChildJvm.command(Main.class, "export", "json", large.toString()))
                .redirectOutput(backup.toFile())
                .redirectError(errors.toFile())
                .start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).isEqualTo(2);
        assertThat(Files.readAllLines(errors))
                .containsExactly("error: standard output: cannot be written (the disk "
                        + "is full); what was written there is incomplete");
    }
}
