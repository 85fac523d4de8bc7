package io.privacyinventory.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.privacyinventory.TestInventories;
import io.privacyinventory.model.ActivityStatus;
import io.privacyinventory.model.Edit;
import io.privacyinventory.model.EntityType;
import io.privacyinventory.model.Inventory;
import io.privacyinventory.model.PublishedNotice;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Several people on one team server: logins with the three roles, editing at once, and what the
 * server itself refuses whatever client (psql included) connects.
 */
class TeamServerTest {
    private static final String PASSWORD = "secret";
    private static final AtomicInteger SCHEMAS = new AtomicInteger();
    private static String database;
    private static String suffix;
    private ServerAddress address;

    @BeforeAll
    static void logins() {
        database = TestPostgres.freshDatabase("team");
        suffix = database.substring(database.lastIndexOf('_'));
        List<String> statements = new ArrayList<>();
        statements.add("CREATE ROLE " + login("owner") + " LOGIN CREATEROLE PASSWORD '" + PASSWORD + "'");
        statements.add("GRANT CREATE ON DATABASE " + database + " TO " + login("owner"));
        for (String name : List.of("alice", "bob", "carol", "victor")) {
            statements.add("CREATE ROLE " + login(name) + " LOGIN PASSWORD '" + PASSWORD + "'");
        }
        TestPostgres.asSuperuser(database, statements.toArray(String[]::new));
    }

    private static String login(String name) {
        return name + suffix;
    }

    /** A fresh schema set up by its owner, with alice and bob editors, carol approver and victor viewer. */
    @BeforeEach
    void schema() throws Exception {
        TestPostgres.Server server = TestPostgres.server();
        address = ServerAddress.parse(
                server.address(login("owner"), database) + "?schema=team_" + SCHEMAS.incrementAndGet());
        ServerStore.initialise(address, PASSWORD);
        ServerStore.grant(address, PASSWORD, login("alice"), TeamRole.EDITOR);
        ServerStore.grant(address, PASSWORD, login("bob"), TeamRole.EDITOR);
        ServerStore.grant(address, PASSWORD, login("carol"), TeamRole.APPROVER);
        ServerStore.grant(address, PASSWORD, login("victor"), TeamRole.VIEWER);
        try (ServerStore owner = ServerStore.open(address, PASSWORD)) {
            owner.initialContent(TestInventories.read(TestInventories.PRODUCT_SERVICES));
        }
    }

    private ServerStore as(String name) {
        return ServerStore.open(address.withUser(login(name)), PASSWORD);
    }

    private Connection sqlAs(String name) throws SQLException {
        TestPostgres.Server server = TestPostgres.server();
        return java.sql.DriverManager.getConnection(
                "jdbc:postgresql://" + server.host() + ":" + server.port() + "/" + database, login(name), PASSWORD);
    }

    @Test
    void twoPeopleEditingDifferentFieldsOfOneActivityAtOnceKeepBothValues() throws Exception {
        try (ServerStore alice = as("alice");
                ServerStore bob = as("bob")) {
            alice.load();
            bob.load();

            alice.apply(new Edit.SetField(EntityType.ACTIVITY, "support", "owner", "Alice's team"));
            bob.apply(new Edit.SetField(EntityType.ACTIVITY, "support", "status", ActivityStatus.IN_REVIEW));

            var support = RecordStoreContractTest.activity(alice, "support");
            assertThat(support.owner()).isEqualTo("Alice's team");
            assertThat(support.status()).isEqualTo(ActivityStatus.IN_REVIEW);
            assertThat(alice.verifyHistory().intact()).isTrue();
        }
    }

    @Test
    void theSecondChangeOfTheSameFieldIsRefusedNamingTheFirstAndReloadingShowsTheirValue() throws Exception {
        try (ServerStore alice = as("alice");
                ServerStore bob = as("bob")) {
            alice.load();
            bob.load();

            alice.apply(new Edit.SetField(EntityType.ACTIVITY, "support", "owner", "Alice's team"));

            assertThatThrownBy(
                            () -> bob.apply(new Edit.SetField(EntityType.ACTIVITY, "support", "owner", "Bob's team")))
                    .isInstanceOf(EditConflictException.class)
                    .hasMessageContaining(login("alice"))
                    .hasMessageContaining("activity \"support\" field \"owner\"");
            assertThat(RecordStoreContractTest.activity(bob, "support").owner()).isEqualTo("Alice's team");
            // having seen Alice's value, Bob may now change it
            bob.apply(new Edit.SetField(EntityType.ACTIVITY, "support", "owner", "Bob's team"));
            assertThat(RecordStoreContractTest.activity(alice, "support").owner())
                    .isEqualTo("Bob's team");
        }
    }

    @Test
    void manyClientsWritingAtOnceLoseNothingAndKeepOneUnbrokenChain() throws Exception {
        List<String> activities;
        try (ServerStore owner = ServerStore.open(address, PASSWORD)) {
            activities = owner.load().activities().stream().map(a -> a.id()).toList();
        }
        int rounds = 10;
        List<Thread> writers = new ArrayList<>();
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int w = 0; w < activities.size(); w++) {
            String activity = activities.get(w);
            String who = w % 2 == 0 ? "alice" : "bob";
            writers.add(new Thread(() -> {
                try (ServerStore store = as(who)) {
                    for (int i = 1; i <= rounds; i++) {
                        store.apply(new Edit.SetField(EntityType.ACTIVITY, activity, "owner", activity + " " + i));
                    }
                } catch (Throwable e) {
                    failures.add(e);
                }
            }));
        }
        writers.forEach(Thread::start);
        for (Thread writer : writers) {
            writer.join(60_000);
        }

        assertThat(failures).isEmpty();
        try (ServerStore owner = ServerStore.open(address, PASSWORD)) {
            assertThat(owner.load().activities())
                    .allSatisfy(a -> assertThat(a.owner()).isEqualTo(a.id() + " " + rounds));
            assertThat(owner.historyHead().rows()).isEqualTo(1 + (long) rounds * activities.size());
            assertThat(owner.verifyHistory().intact()).isTrue();
        }
    }

    @Test
    void theChangeLogNamesTheDatabaseUserAndAClientCannotClaimAnother() throws Exception {
        try (ServerStore alice = as("alice")) {
            ChangeSet set = alice.apply(new Edit.SetField(EntityType.ORGANISATION, null, "phone", "+47 1"));
            assertThat(set.entries())
                    .allSatisfy(entry -> assertThat(entry.user()).isEqualTo(login("alice")));
        }
        try (Connection alice = sqlAs("alice");
                Statement statement = alice.createStatement()) {
            assertThatThrownBy(() -> statement.execute("INSERT INTO " + address.schema() + ".change_log (seq,"
                            + " change_set, time, \"user\", entity_type, hash) VALUES (99, 99, 'now', 'someone-else',"
                            + " 'organisation', 'x')"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("must name the database user");
        }
    }

    @Test
    void aViewerCannotWriteThroughTheAppOrWithPlainSql() throws Exception {
        try (ServerStore victor = as("victor")) {
            assertThat(victor.isReadOnly()).isTrue();
            assertThat(victor.load().activities()).isNotEmpty();
            assertThatThrownBy(() -> victor.apply(new Edit.SetField(EntityType.ORGANISATION, null, "phone", "1")))
                    .isInstanceOf(EditRejectedException.class)
                    .hasMessageContaining("viewer");
        }
        try (Connection victor = sqlAs("victor");
                Statement statement = victor.createStatement()) {
            for (String write : List.of(
                    "UPDATE " + address.schema() + ".record_item SET body = '{}'",
                    "DELETE FROM " + address.schema() + ".record_item",
                    "INSERT INTO " + address.schema() + ".record_setting VALUES ('x', 'y')")) {
                assertThatThrownBy(() -> statement.execute(write))
                        .isInstanceOf(SQLException.class)
                        .hasMessageContaining("permission denied");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"victor", "alice", "carol", "owner"})
    void theChangeLogRefusesUpdateDeleteAndTruncateForEveryRole(String who) throws Exception {
        try (Connection connection = sqlAs(who);
                Statement statement = connection.createStatement()) {
            for (String write : List.of(
                    "UPDATE " + address.schema() + ".change_log SET \"user\" = 'nobody'",
                    "DELETE FROM " + address.schema() + ".change_log",
                    "TRUNCATE " + address.schema() + ".change_log")) {
                assertThatThrownBy(() -> statement.execute(write))
                        .as(who + ": " + write)
                        .isInstanceOf(SQLException.class)
                        .satisfies(e -> assertThat(e.getMessage()).containsAnyOf("permission denied", "append-only"));
            }
        }
        try (ServerStore owner = ServerStore.open(address, PASSWORD)) {
            assertThat(owner.historyHead().rows()).isEqualTo(1);
            assertThat(owner.verifyHistory().intact()).isTrue();
        }
    }

    @Test
    void onlyAnApproverMayApproveAnActivityEvenWithPlainSql() throws Exception {
        try (ServerStore alice = as("alice")) {
            alice.apply(new Edit.SetField(EntityType.ACTIVITY, "support", "status", ActivityStatus.DRAFT));
            assertThatThrownBy(() -> alice.apply(
                            new Edit.SetField(EntityType.ACTIVITY, "support", "status", ActivityStatus.APPROVED)))
                    .isInstanceOf(EditRejectedException.class)
                    .hasMessageContaining("only an approver");
        }
        try (Connection alice = sqlAs("alice");
                Statement statement = alice.createStatement()) {
            assertThatThrownBy(() -> statement.execute("UPDATE " + address.schema() + ".record_item SET body ="
                            + " jsonb_set(body::jsonb, '{status}', '\"approved\"')::text WHERE code = 'support'"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("only an approver");
        }
        try (ServerStore carol = as("carol")) {
            carol.apply(new Edit.SetField(EntityType.ACTIVITY, "support", "status", ActivityStatus.APPROVED));
            assertThat(RecordStoreContractTest.activity(carol, "support").status())
                    .isEqualTo(ActivityStatus.APPROVED);
        }
    }

    @Test
    void onlyAnApproverMayRemoveAnApprovedActivityAndThenUndoingTheRemovalPutsItBackApproved() throws Exception {
        try (ServerStore alice = as("alice")) {
            Inventory before = alice.load();
            assertThatThrownBy(() -> alice.apply(new Edit.Remove(EntityType.ACTIVITY, "support")))
                    .isInstanceOf(EditRejectedException.class)
                    .hasMessageContaining("only an approver may remove")
                    .hasMessageContaining("support")
                    .hasMessageContaining("in review first");
            assertThat(alice.load()).isEqualTo(before);
            assertThat(alice.historyHead().rows()).isEqualTo(1);
        }
        try (Connection alice = sqlAs("alice");
                Statement statement = alice.createStatement()) {
            assertThatThrownBy(() -> statement.execute(
                            "DELETE FROM " + address.schema() + ".record_item WHERE code = 'support'"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("only an approver may remove");
        }
        try (ServerStore carol = as("carol")) {
            int position = carol.load().activities().indexOf(RecordStoreContractTest.activity(carol, "support"));
            ChangeSet removal = carol.apply(new Edit.Remove(EntityType.ACTIVITY, "support"));
            assertThat(carol.load().activities())
                    .noneMatch(activity -> activity.id().equals("support"));

            carol.revert(removal.id());

            assertThat(RecordStoreContractTest.activity(carol, "support").status())
                    .isEqualTo(ActivityStatus.APPROVED);
            assertThat(carol.load().activities().get(position).id()).isEqualTo("support");
        }
    }

    @Test
    void anEditorRemovesAnActivitySetBackToReviewAndCanUndoThat() throws Exception {
        try (ServerStore alice = as("alice")) {
            alice.apply(new Edit.SetField(EntityType.ACTIVITY, "support", "status", ActivityStatus.IN_REVIEW));
            ChangeSet removal = alice.apply(new Edit.Remove(EntityType.ACTIVITY, "support"));

            alice.revert(removal.id());

            assertThat(RecordStoreContractTest.activity(alice, "support").status())
                    .isEqualTo(ActivityStatus.IN_REVIEW);
        }
    }

    @Test
    void onlyAnApproverMayPublishANotice() throws Exception {
        try (ServerStore alice = as("alice")) {
            Inventory current = alice.load();
            Inventory published = new Inventory(
                    current.languages(),
                    current.organisation(),
                    current.notice(),
                    current.dataSubjects(),
                    current.dataCategories(),
                    current.purposes(),
                    current.recipients(),
                    current.activities(),
                    List.of(publishedNotice(current)));
            assertThatThrownBy(() -> alice.apply(new Edit.ReplaceAll(published)))
                    .isInstanceOf(EditRejectedException.class)
                    .hasMessageContaining("only an approver may publish");
            assertThat(alice.load().publishedNotices()).isEmpty();
            try (ServerStore carol = as("carol")) {
                carol.apply(new Edit.ReplaceAll(published));
                assertThat(carol.load().publishedNotices()).hasSize(1);
            }
        }
    }

    private static PublishedNotice publishedNotice(Inventory inventory) {
        return new PublishedNotice(
                null,
                inventory.languages().get(0),
                1,
                java.time.Instant.parse("2026-01-01T00:00:00Z"),
                "carol",
                "0".repeat(64),
                "The notice as published.");
    }

    @Test
    void aClientCutOffInTheMiddleOfAChangeLeavesNothingOfIt() throws Exception {
        Inventory before;
        try (ServerStore owner = ServerStore.open(address, PASSWORD)) {
            before = owner.load();
        }
        Connection alice = sqlAs("alice");
        alice.setAutoCommit(false);
        int pid;
        try (Statement statement = alice.createStatement()) {
            var rows = statement.executeQuery("SELECT pg_backend_pid()");
            rows.next();
            pid = rows.getInt(1);
            // (an approved activity only an approver may remove)
            statement.execute("DELETE FROM " + address.schema() + ".record_item WHERE kind = 'activity'"
                    + " AND body::jsonb ->> 'status' IS DISTINCT FROM 'approved'");
            statement.execute("INSERT INTO " + address.schema() + ".change_log (seq, change_set, time, \"user\","
                    + " entity_type, hash) VALUES (2, 2, '2026-01-01T00:00:00Z', current_user, 'inventory', 'x')");
        }
        TestPostgres.asSuperuser(database, "SELECT pg_terminate_backend(" + pid + ")");
        assertThatThrownBy(alice::commit).isInstanceOf(SQLException.class);
        alice.close();

        try (ServerStore owner = ServerStore.open(address, PASSWORD)) {
            assertThat(owner.load()).isEqualTo(before);
            assertThat(owner.historyHead().rows()).isEqualTo(1);
            assertThat(owner.verifyHistory().intact()).isTrue();
        }
    }

    @Test
    void othersLearnOfAChangeWithinSeconds() throws Exception {
        BlockingQueue<Long> heard = new LinkedBlockingQueue<>();
        try (ServerStore alice = as("alice");
                ServerStore bob = as("bob");
                AutoCloseable listening = bob.listen(heard::add)) {
            alice.apply(new Edit.SetField(EntityType.ORGANISATION, null, "phone", "+47 2"));

            assertThat(heard.poll(5, TimeUnit.SECONDS)).isEqualTo(2L);
            assertThat(bob.changesAfter(1))
                    .singleElement()
                    .satisfies(entry -> assertThat(entry.user()).isEqualTo(login("alice")));
        }
    }

    @Test
    void aFileIsCarriedOverWithItsHistoryAndTheChainStillVerifies(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path folder) throws Exception {
        java.nio.file.Path file = folder.resolve("record.db");
        InventoryStore.createFile(file, TestInventories.read(TestInventories.CLINIC_GROUP));
        try (InventoryStore store = InventoryStore.open(file)) {
            store.apply(new Edit.SetField(EntityType.ORGANISATION, null, "phone", "+47 3"));
        }
        ServerAddress empty =
                ServerAddress.parse(address.withUser(login("owner")).toString().replaceAll("\\?.*", "")
                        + "?schema=carried_" + SCHEMAS.incrementAndGet());
        ServerStore.initialise(empty, PASSWORD);
        try (InventoryStore source = InventoryStore.openReadOnly(file);
                ServerStore target = ServerStore.open(empty, PASSWORD)) {
            List<ChangeLogEntry> oldestFirst = new ArrayList<>(source.history(0));
            java.util.Collections.reverse(oldestFirst);

            target.carryOver(source.load(), oldestFirst);

            assertThat(target.load()).isEqualTo(source.load());
            assertThat(target.history(0)).isEqualTo(source.history(0));
            assertThat(target.historyHead()).isEqualTo(source.historyHead());
            assertThat(target.verifyHistory().intact()).isTrue();
        }
    }
}
