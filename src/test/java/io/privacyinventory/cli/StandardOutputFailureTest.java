package io.privacyinventory.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.privacyinventory.ChildJvm;
import io.privacyinventory.Main;
import io.privacyinventory.TestInventories;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A command whose standard output cannot be written ({@code > /dev/full}, which fails every write
 * with "no space left on device", as a full disk behind a redirection does) exits 2 and says so,
 * instead of exiting 0 with its output cut off. Real child processes, as a shell would start them.
 */
@EnabledOnOs(OS.LINUX)
class StandardOutputFailureTest {
    @TempDir
    Path folder;

    private Path inventory;

    @BeforeEach
    void inventory() {
        inventory = folder.resolve("inventory.db");
        int exit = new Cli(
                        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
                .run("import", TestInventories.CLINIC_GROUP.toString(), "--db", inventory.toString());
        assertThat(exit).isZero();
    }

    /**
     * One command per way of writing standard output (JSON, the notice, a check report, the
     * history, the generator, picocli's usage) in every build, each a child JVM; all of them with
     * {@code -Dlong.runs=true}.
     */
    static List<String> commands() {
        List<String> perWay = List.of(
                "export json DB",
                "export notice DB",
                "check DB --format json",
                "history DB --verify",
                "generate --activities 5",
                "--help");
        if (!Boolean.getBoolean("long.runs")) {
            return perWay;
        }
        List<String> all = new ArrayList<>(perWay);
        all.addAll(List.of(
                "export csv DB", "check DB", "history DB", "import SAMPLE --db DB --dry-run", "export json --help"));
        return all;
    }

    @ParameterizedTest
    @MethodSource("commands")
    void aFullStandardOutputExitsTwoWithOneLine(String command) throws Exception {
        List<String> args = new ArrayList<>();
        for (String word : command.split(" ")) {
            args.add(
                    word.equals("DB")
                            ? inventory.toString()
                            : word.equals("SAMPLE") ? TestInventories.PRODUCT_SERVICES.toString() : word);
        }
        byte[] before = Files.readAllBytes(inventory);
        Path errors = folder.resolve("stderr.txt");
        Process process = new ProcessBuilder(ChildJvm.command(Main.class, args.toArray(String[]::new)))
                .redirectOutput(new File("/dev/full"))
                .redirectError(errors.toFile())
                .start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();

        List<String> lines = Files.readAllLines(errors, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(String.join("\n", lines)).isEqualTo(2);
        assertThat(lines)
                .last()
                .isEqualTo("error: standard output: cannot be written (the disk is full); what was "
                        + "written there is incomplete");
        assertThat(Files.readAllBytes(inventory)).isEqualTo(before);
    }
}
