package io.privacyinventory.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.privacyinventory.TestInventories;
import io.privacyinventory.model.Edit;
import io.privacyinventory.model.EntityType;
import io.privacyinventory.model.Text;
import io.privacyinventory.store.EditRejectedException;
import io.privacyinventory.store.ServerAddress;
import io.privacyinventory.store.ServerStore;
import io.privacyinventory.store.TestPostgres;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** notice publish, versions and diff on a team's schema on a real PostgreSQL server, by role. */
class TeamServerNoticeCommandTest {
    private static final String OLD_NAME = "Booking, reminders and invoicing";
    private static final String NEW_NAME = "Booking, reminders, invoicing and debt collection";
    private static final Instant MARCH = Instant.parse("2026-03-01T09:30:00Z");
    private static final Instant APRIL = Instant.parse("2026-04-01T14:00:00Z");
    private static String database;
    private static String suffix;
    private static String ownerUrl;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** A schema holding the clinic sample, with an editor and an approver (the test server trusts its logins). */
    @BeforeAll
    static void schemaWithAnEditorAndAnApprover() {
        database = TestPostgres.freshDatabase("notices");
        suffix = database.substring(database.lastIndexOf('_'));
        TestPostgres.asSuperuser(
                database, "CREATE ROLE " + login("ed") + " LOGIN", "CREATE ROLE " + login("ann") + " LOGIN");
        TestPostgres.Server server = TestPostgres.server();
        ownerUrl = server.address(server.superuser(), database) + "?schema=notices";
        Cli cli = new Cli(new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()));
        assertThat(cli.run("admin", "init", ownerUrl)).isZero();
        assertThat(cli.run("admin", "grant", ownerUrl, login("ed"), "editor")).isZero();
        assertThat(cli.run("admin", "grant", ownerUrl, login("ann"), "approver"))
                .isZero();
        assertThat(cli.run("import", TestInventories.CLINIC_GROUP.toString(), "--db", ownerUrl))
                .isZero();
    }

    private static String login(String name) {
        return name + suffix;
    }

    private static String as(String name) {
        return ServerAddress.parse(ownerUrl).withUser(login(name)).toString();
    }

    private int runAt(Instant time, String... args) {
        out.reset();
        err.reset();
        return new Cli(
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8),
                        Clock.fixed(time, ZoneOffset.UTC))
                .run(args);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void anApproverPublishesTwiceAnEditorIsRefusedNamingTheRoleAndVersionsAndDiffShowTheChange() throws Exception {
        assertThat(runAt(MARCH, "notice", "publish", as("ann"), "--lang", "en"))
                .as(stderr())
                .isZero();
        assertThat(stdout()).isEqualTo("published all en version 1\n");
        try (ServerStore editor = ServerStore.open(ServerAddress.parse(as("ed")), null)) {
            editor.load();
            editor.apply(new Edit.SetField(EntityType.ACTIVITY, "booking-billing", "name", Text.of("en", NEW_NAME)));
        }

        assertThat(runAt(APRIL, "notice", "publish", as("ed"), "--lang", "en")).isEqualTo(2);
        assertThat(stderr()).contains("only an approver may publish a notice").hasLineCount(1);
        assertThat(runAt(APRIL, "notice", "versions", as("ed"))).isZero();
        assertThat(stdout().lines()).hasSize(1);

        assertThat(runAt(APRIL, "notice", "publish", as("ann"), "--lang", "en"))
                .as(stderr())
                .isZero();
        assertThat(stdout()).isEqualTo("published all en version 2\n");

        assertThat(runAt(APRIL, "notice", "versions", as("ed"))).isZero();
        List<String> versions = stdout().lines().toList();
        assertThat(versions).hasSize(2);
        assertThat(versions.get(0)).startsWith("all\ten\tversion 1\t2026-03-01T09:30:00Z\t" + login("ann") + "\t");
        assertThat(versions.get(1)).startsWith("all\ten\tversion 2\t2026-04-01T14:00:00Z\t" + login("ann") + "\t");

        assertThat(runAt(APRIL, "notice", "diff", as("ed"), "--lang", "en", "--from", "1", "--to", "2"))
                .isEqualTo(1);
        List<String> removed =
                stdout().lines().filter(line -> line.startsWith("- ")).toList();
        List<String> added =
                stdout().lines().filter(line -> line.startsWith("+ ")).toList();
        assertThat(removed).isNotEmpty().allSatisfy(line -> assertThat(line).contains(OLD_NAME));
        assertThat(added)
                .containsExactlyElementsOf(removed.stream()
                        .map(line -> "+ " + line.substring(2).replace(OLD_NAME, NEW_NAME))
                        .toList());
        assertThat(runAt(APRIL, "notice", "diff", as("ed"), "--lang", "en")).isZero();

        assertThat(runAt(APRIL, "history", as("ed"), "--verify")).isZero();
        try (ServerStore approver = ServerStore.open(ServerAddress.parse(as("ann")), null)) {
            long publication = approver.history(1).get(0).changeSet();
            assertThatThrownBy(() -> approver.revert(publication))
                    .isInstanceOf(EditRejectedException.class)
                    .hasMessageContaining("cannot be undone");
        }
    }
}
