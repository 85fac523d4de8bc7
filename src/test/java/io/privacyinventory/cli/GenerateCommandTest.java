package io.privacyinventory.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {
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

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void generatedDocumentPassesCheckWithoutErrors() {
        Path json = folder.resolve("generated.json");

        assertThat(run("generate", "--activities", "60", "--seed", "3", "-o", json.toString()))
                .isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("Generated 60 activities")
                .contains(json.toString());

        assertThat(run("check", json.toString(), "--today", "2026-06-01"))
                .as(stderr())
                .isZero();
        assertThat(stderr()).startsWith("0 errors");
    }

    @Test
    void theSameSeedWritesTheSameBytes() throws Exception {
        Path first = folder.resolve("first.json");
        Path second = folder.resolve("second.json");
        Path other = folder.resolve("other.json");

        assertThat(run("generate", "--activities", "40", "--seed", "9", "-o", first.toString()))
                .isZero();
        assertThat(run("generate", "--activities", "40", "--seed", "9", "-o", second.toString()))
                .isZero();
        assertThat(run("generate", "--activities", "40", "--seed", "10", "-o", other.toString()))
                .isZero();

        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
        assertThat(Files.readAllBytes(other)).isNotEqualTo(Files.readAllBytes(first));
    }

    @Test
    void aDatabaseHoldsTheSameInventoryAsTheDocument() throws Exception {
        Path json = folder.resolve("generated.json");
        Path db = folder.resolve("generated.db");
        Path exported = folder.resolve("exported.json");

        assertThat(run("generate", "--activities", "25", "--seed", "4", "-o", json.toString()))
                .isZero();
        assertThat(run("generate", "--activities", "25", "--seed", "4", "-o", db.toString()))
                .as(stderr())
                .isZero();
        assertThat(run("export", "json", db.toString(), "-o", exported.toString()))
                .isZero();

        assertThat(Files.readString(exported)).isEqualTo(Files.readString(json));
    }

    @Test
    void withoutOutputTheDocumentGoesToStandardOutput() {
        assertThat(run("generate", "--activities", "2")).isZero();

        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("{\n  \"format\": \"privacy-inventory\"");
    }

    @Test
    void anExistingDatabaseIsNotOverwritten() throws Exception {
        Path db = folder.resolve("records.db");
        Files.writeString(db, "someone's data");

        assertThat(run("generate", "--activities", "5", "-o", db.toString())).isEqualTo(Cli.BAD_INPUT);

        assertThat(stderr()).contains("error: " + db + ": already exists");
        assertThat(Files.readString(db)).isEqualTo("someone's data");
    }

    @Test
    void badArgumentsAreRefusedAndNothingIsWritten() {
        Path csv = folder.resolve("generated.csv");

        assertThat(run("generate", "--activities", "5", "-o", csv.toString())).isEqualTo(Cli.BAD_INPUT);
        assertThat(stderr()).contains("must be a .json document or a .db database");
        assertThat(run(
                        "generate",
                        "--activities",
                        "0",
                        "-o",
                        folder.resolve("x.json").toString()))
                .isEqualTo(Cli.BAD_INPUT);
        assertThat(stderr()).contains("--activities must be between 1 and");
        assertThat(run("generate", "-o", folder.resolve("y.json").toString())).isEqualTo(Cli.BAD_INPUT);

        assertThat(folder).isEmptyDirectory();
    }
}
