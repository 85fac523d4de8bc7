package io.privacyinventory.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class TestPostgresTest {
    @Test
    void theBuildStartsARealPostgreSql17WithAFreshDatabasePerCaller() throws Exception {
        String first = TestPostgres.freshDatabase("one");
        String second = TestPostgres.freshDatabase("one");
        assertThat(first).isNotEqualTo(second);
        TestPostgres.Server server = TestPostgres.server();
        try (Connection connection = server.connect(first, server.superuser());
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SHOW server_version_num")) {
            rows.next();
            assertThat(rows.getInt(1)).isGreaterThanOrEqualTo(170000);
        }
    }
}
