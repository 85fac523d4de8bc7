package io.privacyinventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starts the real launcher in its own JVM (headless), as {@code java -jar … --smoke} does. */
@org.junit.jupiter.api.Tag("slow")
class SmokeStartTest {
    @TempDir
    Path folder;

    @Test
    void firstStartCreatesTheDefaultInventoryPaintsAndReportsStartupTime() throws Exception {
        Path data = folder.resolve("data");

        Result result = launch(List.of("-D" + DefaultInventory.DATA_DIR_PROPERTY + "=" + data), "--smoke");

        assertThat(result.exitCode).as(result.output).isZero();
        assertThat(result.output).containsPattern("(?m)^startup-ms=\\d+$");
        assertThat(data.resolve("inventory.db")).isRegularFile();
        // a class path of folders cannot have a class-data archive: the start ran in this JVM (decision 0027)
        assertThat(data.resolve("class-data")).doesNotExist();
    }

    @Test
    void fileThatIsNotAnInventoryIsReportedAndLeftUntouched() throws Exception {
        Path notOurs = Files.writeString(folder.resolve("notes.db"), "plain text");

        Result result = launch(List.of(), notOurs.toString(), "--smoke");

        assertThat(result.exitCode).as(result.output).isEqualTo(2);
        assertThat(result.output).contains("error: " + notOurs + ": is not a Privacy Inventory file");
        assertThat(Files.readString(notOurs)).isEqualTo("plain text");
    }

    @Test
    void aDefaultInventoryThatCannotBeMadeEndsTheSmokeStartWithItsError() throws Exception {
        Path plain = Files.writeString(folder.resolve("plain.txt"), "a file, not a folder");
        Path data = plain.resolve("data");

        Result result = launch(List.of("-D" + DefaultInventory.DATA_DIR_PROPERTY + "=" + data), "--smoke");

        assertThat(result.exitCode).as(result.output).isEqualTo(2);
        assertThat(result.output).containsPattern("(?m)^error: .*plain\\.txt");
        assertThat(result.output).doesNotContain("startup-ms=");
        assertThat(Files.readString(plain)).isEqualTo("a file, not a folder");
    }

    private record Result(int exitCode, String output) {}

    private Result launch(List<String> properties, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(
                // what the start does is tested here, not how fast: the first JIT tier costs less CPU
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
        command.addAll(ChildJvm.HEADLESS_FX);
        // the saved settings of this test's own, not the user's
        command.add("-Djava.util.prefs.userRoot=" + folder.resolve("prefs"));
        command.addAll(properties);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        Path log = folder.resolve("app.log");
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the app did not exit within 60 s");
        }
        return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }
}
