package io.privacyinventory.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.privacyinventory.ChildJvm;
import io.privacyinventory.TestInventories;
import io.privacyinventory.store.HoldOpenForEditing;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code -o FILE} on real files: an inventory, a file open in another process, the command's own
 * input (by any name), links, permissions, long names and missing folders. A refused output exits
 * 2 with one line naming the file, and every file in the folder keeps its bytes.
 */
class OutputFileCommandTest {
    private static final String[][] EXPORTS = {{"export", "json"}, {"export", "csv"}, {"export", "notice"}};

    @TempDir
    Path folder;

    private Path inventory;
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

    private static String[] with(String[] command, String... more) {
        List<String> all = new ArrayList<>(List.of(command));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    /** Every file in the folder (links not followed) with its bytes, to show that nothing changed. */
    private List<String> snapshot() throws IOException {
        List<String> files = new ArrayList<>();
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path path : all.sorted().toList()) {
                String name = folder.relativize(path).toString();
                if (Files.isSymbolicLink(path)) {
                    files.add(name + " -> " + Files.readSymbolicLink(path));
                } else if (Files.isRegularFile(path)) {
                    files.add(
                            name + " " + java.util.Arrays.hashCode(Files.readAllBytes(path)) + " " + Files.size(path));
                } else {
                    files.add(name + "/");
                }
            }
        }
        return files;
    }

    @BeforeEach
    void inventory() {
        inventory = folder.resolve("inventory.db");
        assertThat(run("import", TestInventories.PRODUCT_SERVICES.toString(), "--db", inventory.toString()))
                .isZero();
    }

    @Test
    void anExportOntoItsOwnInputIsRefusedUnderAnyOfItsNames() throws Exception {
        Path link = Files.createSymbolicLink(folder.resolve("link.db"), inventory.getFileName());
        Path dotted = folder.resolve(".").resolve("inventory.db");
        List<String> before = snapshot();

        for (String[] export : EXPORTS) {
            for (Path output : List.of(inventory, link, dotted)) {
                assertThat(run(with(export, inventory.toString(), "-o", output.toString())))
                        .isEqualTo(2);
                assertThat(stderr())
                        .isEqualTo("error: " + output + ": is the input of this command; write the "
                                + "output to another file" + System.lineSeparator());
            }
            assertThat(run(with(export, link.toString(), "-o", inventory.toString())))
                    .isEqualTo(2);
            assertThat(stderr()).contains("is the input of this command");
        }
        assertThat(snapshot()).isEqualTo(before);
        assertThat(run("history", inventory.toString(), "--verify")).isZero();
    }

    @Test
    void anExportNeverReplacesAnotherInventory() throws Exception {
        Path other = folder.resolve("other.db");
        assertThat(run("import", TestInventories.CLINIC_GROUP.toString(), "--db", other.toString()))
                .isZero();
        Path renamed = Files.copy(other, folder.resolve("other-copy.json"));
        List<String> before = snapshot();

        for (String[] export : EXPORTS) {
            for (Path output : List.of(other, renamed)) {
                assertThat(run(with(export, inventory.toString(), "-o", output.toString())))
                        .isEqualTo(2);
                assertThat(stderr())
                        .isEqualTo("error: " + output + ": is an inventory (or another SQLite database); "
                                + "an output never replaces one, so it was left as it is: choose another name"
                                + System.lineSeparator());
            }
        }
        assertThat(run("generate", "--activities", "3", "-o", renamed.toString()))
                .isEqualTo(2);
        assertThat(stderr()).contains(renamed + ": is an inventory");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void anExportOntoAFileOpenInAnotherProcessIsRefused() throws Exception {
        Path open = folder.resolve("open.db");
        assertThat(run("import", TestInventories.CLINIC_GROUP.toString(), "--db", open.toString()))
                .isZero();

        try (ChildJvm window = ChildJvm.start(HoldOpenForEditing.class, open.toString())) {
            window.awaitLine("open", 60);
            List<String> before = snapshot();

            for (String[] export : EXPORTS) {
                assertThat(run(with(export, inventory.toString(), "-o", open.toString())))
                        .isEqualTo(2);
                assertThat(stderr())
                        .isEqualTo("error: " + open + ": is open in another Privacy Inventory window (or a "
                                + "command is writing it); it was left as it is" + System.lineSeparator());
            }
            assertThat(snapshot()).isEqualTo(before);
            window.kill();
        }
    }

    @Test
    void anyOtherFileIsReplacedWholeAndNothingElseIsLeftBeside() throws Exception {
        Path output = Files.writeString(folder.resolve("out.json"), "old");

        assertThat(run("export", "json", inventory.toString(), "-o", output.toString()))
                .isZero();

        assertThat(output).hasContent(Files.readString(TestInventories.PRODUCT_SERVICES));
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(path -> path.getFileName().toString()))
                    .containsExactlyInAnyOrder("inventory.db", "out.json");
        }
    }

    @Test
    void anOutputThroughALinkReplacesTheFileItPointsToAndKeepsTheLink() throws Exception {
        Path real = Files.writeString(
                Files.createDirectory(folder.resolve("exports")).resolve("notice.txt"), "old");
        Path link = Files.createSymbolicLink(folder.resolve("notice.txt"), Path.of("exports", "notice.txt"));

        assertThat(run("export", "notice", inventory.toString(), "-o", link.toString()))
                .isZero();

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readSymbolicLink(link)).isEqualTo(Path.of("exports", "notice.txt"));
        assertThat(Files.readString(real)).startsWith("Personvernerklæring");
        try (Stream<Path> files = Files.list(real.getParent())) {
            assertThat(files).containsExactly(real);
        }
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aReplacedFileKeepsItsPermissionsAndAReadOnlyOneIsLeftAlone() throws Exception {
        Path secret = Files.writeString(folder.resolve("secret.csv"), "old");
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-------"));

        assertThat(run("export", "csv", inventory.toString(), "-o", secret.toString()))
                .isZero();

        assertThat(Files.readString(secret)).startsWith("Aktivitets-ID,");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secret)))
                .isEqualTo("rw-------");

        Path frozen = Files.writeString(folder.resolve("frozen.json"), "kept");
        Files.setPosixFilePermissions(frozen, PosixFilePermissions.fromString("r--r--r--"));
        List<String> before = snapshot();

        assertThat(run("export", "json", inventory.toString(), "-o", frozen.toString()))
                .isEqualTo(2);

        assertThat(stderr())
                .isEqualTo("error: " + frozen + ": cannot be written: the file is read-only, so it was "
                        + "not replaced (make it writable, or choose another name); the file was left as it was"
                        + System.lineSeparator());
        assertThat(snapshot()).isEqualTo(before);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(frozen)))
                .isEqualTo("r--r--r--");
    }

    @ParameterizedTest
    @ValueSource(ints = {250, 255})
    void theLongestNamesAFileSystemAllowsCanBeWritten(int length) throws Exception {
        Path output = folder.resolve("n".repeat(length - ".json".length()) + ".json");

        assertThat(run("export", "json", inventory.toString(), "-o", output.toString()))
                .as(stderr())
                .isZero();

        assertThat(output).hasContent(Files.readString(TestInventories.PRODUCT_SERVICES));
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).hasSize(2);
        }
    }

    @Test
    void aMissingFolderIsNamedAsTheOutputsFolder() throws Exception {
        Path output = folder.resolve("missing").resolve("dir").resolve("out.json");
        List<String> before = snapshot();

        for (String[] export : EXPORTS) {
            assertThat(run(with(export, inventory.toString(), "-o", output.toString())))
                    .isEqualTo(2);
            assertThat(stderr())
                    .isEqualTo("error: " + output + ": cannot be written: the folder " + output.getParent()
                            + " does not exist" + System.lineSeparator());
        }
        assertThat(run("generate", "--activities", "2", "-o", output.toString()))
                .isEqualTo(2);
        assertThat(stderr())
                .isEqualTo("error: " + output + ": cannot be written: the folder " + output.getParent()
                        + " does not exist" + System.lineSeparator());
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aFolderAsInputOrOutputIsNamedAsAFolder() throws Exception {
        Path sub = Files.createDirectory(folder.resolve("sub.json"));

        assertThat(run("export", "json", inventory.toString(), "-o", sub.toString()))
                .isEqualTo(2);
        assertThat(stderr())
                .isEqualTo(
                        "error: " + sub + ": cannot be written: it is a folder, not a file" + System.lineSeparator());
        for (String[] command : List.of(
                new String[] {"export", "json", sub.toString()}, new String[] {"check", sub.toString()}, new String[] {
                    "import", sub.toString(), "--db", folder.resolve("new.db").toString()
                })) {
            assertThat(run(command)).isEqualTo(2);
            assertThat(stderr()).isEqualTo("error: " + sub + ": is a folder, not a file" + System.lineSeparator());
        }
        Path subDb = Files.createDirectory(folder.resolve("sub.db"));
        assertThat(run("history", subDb.toString())).isEqualTo(2);
        assertThat(stderr()).isEqualTo("error: " + subDb + ": is a folder, not a file" + System.lineSeparator());
        assertThat(folder.resolve("new.db")).doesNotExist();
    }
}
