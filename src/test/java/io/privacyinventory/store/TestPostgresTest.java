package io.privacyinventory.store;

import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

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
