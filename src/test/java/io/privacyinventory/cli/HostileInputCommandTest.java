package io.privacyinventory.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.privacyinventory.ChildJvm;
import io.privacyinventory.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input made to hurt: a short number with a huge exponent, bytes that are not UTF-8, half of a
 * character pair, a named pipe, hundreds of thousands of objects in an unknown field, a value of a
 * megabyte in a message. Each is refused at once with one short line naming the file and place,
 * exit 2, and no database is made.
 */
class HostileInputCommandTest {
    private static final String HEAD = "{\"format\":\"privacy-inventory\",\"formatVersion\":1,\"languages\":[\"en\"],";

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void aHugeExponentIsNeverExpanded() throws Exception {
        Path input = write("num.json", "{\"format\":\"privacy-inventory\",\"formatVersion\":1e999999999}");
        assertRefused(input, input + ":1:47: formatVersion: expected a whole number, found the number 1e999999999");
    }

    @Test
    void aNumberPastTheLengthLimitGetsAPlainSentenceAndAPlace() throws Exception {
        Path input =
                write("long.json", "{\"format\":\"privacy-inventory\",\n\"formatVersion\":" + "1".repeat(40) + "}");

        assertRefused(input, input + ":2:57: a number longer than 30 characters");
    }

    @Test
    void anOverlongUtf8FormIsRefusedAtItsPlace() throws Exception {
        byte[] head = (HEAD + "\n\"organisation\":{\"name\":\"A").getBytes(StandardCharsets.UTF_8);
        byte[] tail = "B\"}}".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + 2 + tail.length];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xC0;
        bytes[head.length + 1] = (byte) 0xAF;
        System.arraycopy(tail, 0, bytes, head.length + 2, tail.length);
        Path input = Files.write(folder.resolve("overlong.json"), bytes);

        assertRefused(
                input,
                input + ":2:26: byte C0 cannot start a UTF-8 character "
                        + "(the file is not valid UTF-8: an overlong form)");
    }

    @Test
    void aLoneSurrogateEscapeIsRefusedAtItsPlace() throws Exception {
        Path input = write("surrogate.json", HEAD + "\n\"organisation\":{\"name\":\"A\\ud800B\"}}");

        assertRefused(
                input,
                input + ":2:24: organisation.name: the escape \\ud800 is half of a character pair "
                        + "(a lone surrogate), not a character");
    }

    @Test
    void aNamedPipeIsRefusedWithoutWaitingForAWriter() throws Exception {
        Path pipe = folder.resolve("x.json");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
        } catch (IOException e) {
            mkfifo = null;
        }
        assumeTrue(mkfifo != null && mkfifo.waitFor() == 0, "mkfifo is available");

        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            assertRefused(pipe, pipe + ": is not a regular file (a named pipe, device or socket is not read)");
            assertThat(run("check", pipe.toString())).isEqualTo(2);
        });
    }

    @Test
    void aFolderNamedLikeADocumentIsRefused() throws Exception {
        Path input = Files.createDirectory(folder.resolve("folder.json"));

        assertRefused(input, input + ": is a folder, not a file");
    }

    @Test
    void aLongValueIsQuotedShortInTheMessage() throws Exception {
        Path input = write(
                "long-value.json",
                HEAD + "\"organisation\":{\"name\":\"A\"},\"dataSubjects\":[{\"id\":\"" + "X".repeat(500_000)
                        + "\",\"name\":\"n\"}]}");

        run("import", input.toString(), "--db", folder.resolve("t.db").toString());

        String line = err.toString(StandardCharsets.UTF_8);
        assertThat(line)
                .startsWith("error: " + input + ":1:")
                .contains("is not a valid id")
                .contains("… (500000 characters)")
                .hasLineCount(1);
        assertThat(line.length()).isLessThan(600);
    }

    /**
     * 400,000 empty objects in an unknown field take far more memory as a tree than the child's
     * 48 MB heap: passed over unbuilt, they cost nothing, and the field is named.
     */
    @Test
    void anUnknownFieldBombIsPassedOverUnbuilt() throws Exception {
        Path input = folder.resolve("bomb.json");
        try (OutputStream file = Files.newOutputStream(input)) {
            file.write((HEAD + "\"organisation\":{\"name\":\"A\"},\n\"junk\":[").getBytes(StandardCharsets.UTF_8));
            byte[] chunk = "{},".repeat(10_000).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 40; i++) {
                file.write(chunk);
            }
            file.write("{}]}".getBytes(StandardCharsets.UTF_8));
        }
        Path db = folder.resolve("b.db");

        ChildJvm.Run run = ChildJvm.run(
                List.of("-Xmx48m"), Map.of(), 120, Main.class, "import", input.toString(), "--db", db.toString());

        assertThat(run.err())
                .isEqualTo("error: " + input + ":2:1: junk: unknown field \"junk\" (expected one of: "
                        + "format, formatVersion, languages, organisation, notice, dataSubjects, dataCategories, purposes, "
                        + "recipients, activities)\n");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(db).doesNotExist();
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content);
    }

    /** import and check both refuse the file with exactly {@code message}; import leaves no file behind. */
    private void assertRefused(Path input, String message) throws Exception {
        Path db = folder.resolve("target.db");
        assertThat(run("import", input.toString(), "--db", db.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("error: " + message + System.lineSeparator());
        assertThat(db).doesNotExist();
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(file -> file.getFileName().toString())).noneMatch(name -> name.startsWith(".target"));
        }
        err.reset();
        assertThat(run("check", input.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("error: " + message + System.lineSeparator());
        err.reset();
    }

    private int run(String... args) {
        return new Cli(
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(args);
    }
}
