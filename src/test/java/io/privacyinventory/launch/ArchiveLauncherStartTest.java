package io.privacyinventory.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.privacyinventory.ChildJvm;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Window starts from the packaged jar, as {@code java -cp privacy-inventory.jar …} runs them: the
 * first writes the class-data archive, later ones map it, a damaged one is made again, and the user's
 * JVM sees the child's exit code. Commands and opted-out starts run in the JVM the user started.
 */
@Tag("slow")
class ArchiveLauncherStartTest {
    @TempDir
    Path folder;

    private Path data;
    private String classPath;

    @BeforeEach
    void packagedJar() {
        Path jar = Path.of("target", "privacy-inventory.jar").toAbsolutePath();
        String monocle = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> entry.contains("openjfx-monocle"))
                .findFirst()
                .orElse(null);
        assumeTrue(Files.isRegularFile(jar) && monocle != null, "needs target/privacy-inventory.jar (mvn package)");
        classPath = jar + File.pathSeparator + monocle;
        data = folder.resolve("data");
    }

    @Test
    void theFirstWindowStartWritesTheArchiveTheNextStartsFromItAndADamagedOneIsMadeAgain() throws Exception {
        Result first = launch(List.of(), Map.of(), "--smoke");

        assertThat(first.exitCode).as(first.output).isZero();
        assertThat(first.output).containsPattern("(?m)^startup-ms=\\d+$");
        List<Path> archives = archives();
        assertThat(archives).hasSize(1);
        assertThat(ArchiveLauncher.whole(archives.get(0))).isTrue();
        assertThat(files())
                .as("no temporary files left")
                .allMatch(file -> file.toString().endsWith(".jsa"));

        Path log = folder.resolve("classes-%p.log");
        Result second = launch(List.of(), Map.of("JAVA_TOOL_OPTIONS", "-Xlog:class+load=info:file=" + log), "--smoke");

        assertThat(second.exitCode).as(second.output).isZero();
        assertThat(second.output).containsPattern("(?m)^startup-ms=\\d+$");
        assertThat(classLogs())
                .as("the window's classes come from the archive in the child JVM")
                .anyMatch(
                        text -> text.contains("io.privacyinventory.ui.InventoryApp source: shared objects file (top)"));
        assertThat(archives()).isEqualTo(archives);

        Path archive = archives.get(0);
        byte[] bytes = Files.readAllBytes(archive);
        archive.toFile().setWritable(true);
        // cut short: Java 17 crashes on such a file instead of starting without it
        Files.write(archive, Arrays.copyOf(bytes, bytes.length / 2));

        Result afterDamage = launch(List.of(), Map.of(), "--smoke");

        assertThat(afterDamage.exitCode).as(afterDamage.output).isZero();
        assertThat(afterDamage.output).containsPattern("(?m)^startup-ms=\\d+$");
        assertThat(archives()).as("made again").hasSize(1).allMatch(ArchiveLauncher::whole);
    }

    @Test
    void theUsersJavaEndsWithTheWindowsExitCodeAndKeepsNoArchiveOfAFailedStart() throws Exception {
        Path notOurs = Files.writeString(folder.resolve("notes.db"), "plain text");

        Result result = launch(List.of(), Map.of(), notOurs.toString(), "--smoke");

        assertThat(result.exitCode).as(result.output).isEqualTo(2);
        assertThat(result.output).contains("error: " + notOurs + ": is not a Privacy Inventory file");
        assertThat(Files.readString(notOurs)).isEqualTo("plain text");
        assertThat(files()).isEmpty();
    }

    @Test
    void optedOutStartsStartsWithoutClassSharingAndCommandsRunInTheUsersJava() throws Exception {
        // the environment variable's values: ArchiveLauncherTest
        Result property = launch(List.of("-D" + ArchiveLauncher.RELAUNCH_PROPERTY + "=false"), Map.of(), "--smoke");
        Result command = launch(List.of(), Map.of(), "--version");
        // without the JDK's own archive a child asked to write one would not start: the window opens here
        Result noSharing = launch(List.of("-XX:-UseSharedSpaces"), Map.of(), "--smoke");

        assertThat(property.exitCode).as(property.output).isZero();
        assertThat(property.output).containsPattern("(?m)^startup-ms=\\d+$");
        assertThat(noSharing.exitCode).as(noSharing.output).isZero();
        assertThat(noSharing.output).containsPattern("(?m)^startup-ms=\\d+$");
        assertThat(command.exitCode).as(command.output).isZero();
        assertThat(command.output).contains("Privacy Inventory ");
        assertThat(data.resolve("class-data")).doesNotExist();
    }

    private List<Path> archives() throws IOException {
        return files().stream().filter(file -> file.toString().endsWith(".jsa")).toList();
    }

    private List<Path> files() throws IOException {
        Path classData = data.resolve("class-data");
        if (!Files.isDirectory(classData)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(classData)) {
            return files.sorted().toList();
        }
    }

    private List<String> classLogs() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            List<String> logs = new ArrayList<>();
            for (Path log : files.filter(file -> file.getFileName().toString().startsWith("classes-"))
                    .toList()) {
                logs.add(Files.readString(log, StandardCharsets.UTF_8));
            }
            return logs;
        }
    }

    private record Result(int exitCode, String output) {}

    private Result launch(List<String> properties, Map<String, String> environment, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-XX:+UseSerialGC");
        // the client compiler only, as the relaunched child has it: a start compiles far less (the build's CPU time)
        command.add("-XX:TieredStopAtLevel=1");
        command.addAll(ChildJvm.HEADLESS_FX);
        command.addAll(
                List.of("-Djava.util.prefs.userRoot=" + folder.resolve("prefs"), "-Dprivacyinventory.dataDir=" + data));
        command.addAll(properties);
        command.add("-cp");
        command.add(classPath);
        command.add("io.privacyinventory.Main");
        command.addAll(List.of(args));
        Path log = folder.resolve("app.log");
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().remove(ArchiveLauncher.RELAUNCH_VARIABLE);
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError("the app did not exit within 180 s");
        }
        return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }
}
