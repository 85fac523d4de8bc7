package io.privacyinventory.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The early flush of a file being made: it never makes, changes or keeps the file. */
class WriteBackTest {
    @TempDir
    Path folder;

    @Test
    void aFileThatIsNotThereIsNotMade() {
        Path file = folder.resolve("new.db");

        WriteBack.start(file).close();

        assertThat(file).doesNotExist();
    }

    @Test
    void theFileMadeMeanwhileKeepsWhatWasWrittenAndCanBeRemovedOnceClosed() throws Exception {
        Path file = folder.resolve("new.db");
        WriteBack writeBack = WriteBack.start(file);
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE t (x TEXT)");
            for (int i = 0; i < 200; i++) {
                statement.execute("INSERT INTO t VALUES ('" + "row ".repeat(100) + i + "')");
            }
        }
        writeBack.close();

        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT count(*), max(x) FROM t")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getInt(1)).isEqualTo(200);
            assertThat(rows.getString(2)).isEqualTo("row ".repeat(100) + 99);
        }
        Files.delete(file);
        try (var files = Files.list(folder)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aFileThatIsThereIsLeftAsItWas() throws Exception {
        Path file = Files.writeString(folder.resolve("notes.txt"), "unchanged", StandardCharsets.UTF_8);

        WriteBack.start(file).close();

        assertThat(file).hasContent("unchanged");
    }
}
