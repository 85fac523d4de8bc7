package io.privacyinventory.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A team's schema on PostgreSQL: the tables, the append-only change log, and the three roles, with
 * the rules the server itself enforces whatever client connects (psql included).
 *
 * <p>Items are stored one row each as the inventory format's JSON ({@code record_item}); the
 * organisation, the notice settings, the languages and the published notices are rows of
 * {@code record_setting}. The change log has the columns of the file's and the same hash chain.
 */
final class ServerSchema {
    /** The one setting rows: what {@code record_setting.name} may be. */
    static final String LANGUAGES = "languages";

    static final String ORGANISATION = "organisation";
    static final String NOTICE = "notice";
    static final String PUBLISHED = "published-notices";

    private ServerSchema() {}

    /**
     * Creates the schema, its tables, triggers and roles, as one transaction; refused when the schema
     * exists already. The login that runs it owns the tables.
     */
    static void create(Connection connection, ServerAddress address) throws SQLException {
        String s = quoted(address.schema());
        String viewer = quoted(address.role(TeamRole.VIEWER));
        String editor = quoted(address.role(TeamRole.EDITOR));
        String approver = quoted(address.role(TeamRole.APPROVER));
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            for (TeamRole role : TeamRole.values()) {
                if (!roleExists(connection, address.role(role))) {
                    statement.execute("CREATE ROLE " + quoted(address.role(role)) + " NOLOGIN");
                }
            }
            statement.execute("GRANT " + viewer + " TO " + editor);
            statement.execute("GRANT " + editor + " TO " + approver);
            statement.execute("CREATE SCHEMA " + s);
            statement.execute("CREATE TABLE " + s + ".record_item (kind text NOT NULL, code text NOT NULL,"
                    + " position integer NOT NULL, body text NOT NULL, PRIMARY KEY (kind, code))");
            statement.execute("CREATE TABLE " + s + ".record_setting (name text PRIMARY KEY, body text NOT NULL)");
            statement.execute("CREATE TABLE " + s + ".change_log (seq bigint PRIMARY KEY, change_set bigint NOT NULL,"
                    + " reverts bigint, time text NOT NULL, \"user\" text NOT NULL, entity_type text NOT NULL,"
                    + " entity_id text, field text, position integer, before text, after text, hash text NOT NULL)");
            statement.execute("CREATE INDEX ON " + s + ".change_log (change_set)");
            statement.execute("CREATE INDEX ON " + s + ".change_log (entity_type, entity_id)");
            // append-only for every role, the owner included: only a superuser dropping the trigger gets past it
            statement.execute("CREATE FUNCTION " + s + ".refuse_log_change() RETURNS trigger LANGUAGE plpgsql AS $$"
                    + " BEGIN RAISE EXCEPTION 'the change log is append-only: % is refused', TG_OP"
                    + " USING ERRCODE = 'insufficient_privilege'; END $$");
            statement.execute("CREATE TRIGGER append_only BEFORE UPDATE OR DELETE ON " + s + ".change_log"
                    + " FOR EACH ROW EXECUTE FUNCTION " + s + ".refuse_log_change()");
            statement.execute("CREATE TRIGGER append_only_truncate BEFORE TRUNCATE ON " + s + ".change_log"
                    + " FOR EACH STATEMENT EXECUTE FUNCTION " + s + ".refuse_log_change()");
            // the log names the database user that made the change, not what a client claims; only the
            // schema's owner may carry over a file's log with the names it holds
            statement.execute("CREATE FUNCTION " + s + ".require_session_user() RETURNS trigger LANGUAGE plpgsql AS $$"
                    + " BEGIN IF NEW.\"user\" IS DISTINCT FROM session_user::text AND NOT pg_has_role(session_user,"
                    + " (SELECT nspowner FROM pg_namespace WHERE nspname = TG_TABLE_SCHEMA), 'MEMBER') THEN"
                    + " RAISE EXCEPTION 'a change-log row must name the database user %, not %', session_user, NEW.\"user\""
                    + " USING ERRCODE = 'insufficient_privilege'; END IF; RETURN NEW; END $$");
            statement.execute("CREATE TRIGGER names_session_user BEFORE INSERT ON " + s + ".change_log"
                    + " FOR EACH ROW EXECUTE FUNCTION " + s + ".require_session_user()");
            statement.execute("CREATE FUNCTION " + s + ".require_approver_for_approval() RETURNS trigger"
                    + " LANGUAGE plpgsql AS $$ BEGIN"
                    + " IF NEW.kind = 'activity' AND (NEW.body::jsonb ->> 'status') = 'approved'"
                    + " AND (TG_OP = 'INSERT' OR (OLD.body::jsonb ->> 'status') IS DISTINCT FROM 'approved')"
                    + " AND NOT pg_has_role(session_user, '" + address.role(TeamRole.APPROVER) + "', 'MEMBER') THEN"
                    + " RAISE EXCEPTION 'only an approver may approve activity %', NEW.code"
                    + " USING ERRCODE = 'insufficient_privilege'; END IF; RETURN NEW; END $$");
            statement.execute("CREATE TRIGGER approval_needs_approver BEFORE INSERT OR UPDATE ON " + s + ".record_item"
                    + " FOR EACH ROW EXECUTE FUNCTION " + s + ".require_approver_for_approval()");
            // an approved activity leaves the record only by an approver's hand, as it entered it: otherwise an
            // editor could remove it and not put it back (undo would insert an approved activity)
            statement.execute("CREATE FUNCTION " + s + ".require_approver_for_removal() RETURNS trigger"
                    + " LANGUAGE plpgsql AS $$ BEGIN"
                    + " IF OLD.kind = 'activity' AND (OLD.body::jsonb ->> 'status') = 'approved'"
                    + " AND NOT pg_has_role(session_user, '" + address.role(TeamRole.APPROVER) + "', 'MEMBER') THEN"
                    + " RAISE EXCEPTION 'only an approver may remove (or rename) approved activity %; set it back to"
                    + " in review first, or ask an approver', OLD.code"
                    + " USING ERRCODE = 'insufficient_privilege'; END IF; RETURN OLD; END $$");
            statement.execute("CREATE TRIGGER removal_needs_approver BEFORE DELETE ON " + s + ".record_item"
                    + " FOR EACH ROW EXECUTE FUNCTION " + s + ".require_approver_for_removal()");
            statement.execute("CREATE FUNCTION " + s + ".require_approver_for_publishing() RETURNS trigger"
                    + " LANGUAGE plpgsql AS $$ BEGIN"
                    + " IF NEW.name = '" + PUBLISHED + "' AND (TG_OP = 'INSERT' OR OLD.body IS DISTINCT FROM NEW.body)"
                    + " AND NOT pg_has_role(session_user, '" + address.role(TeamRole.APPROVER) + "', 'MEMBER') THEN"
                    + " RAISE EXCEPTION 'only an approver may publish a notice'"
                    + " USING ERRCODE = 'insufficient_privilege'; END IF; RETURN NEW; END $$");
            statement.execute("CREATE TRIGGER publishing_needs_approver BEFORE INSERT OR UPDATE ON " + s
                    + ".record_setting FOR EACH ROW EXECUTE FUNCTION " + s + ".require_approver_for_publishing()");
            statement.execute("REVOKE ALL ON ALL TABLES IN SCHEMA " + s + " FROM PUBLIC");
            statement.execute("GRANT USAGE ON SCHEMA " + s + " TO " + viewer);
            statement.execute("GRANT SELECT ON ALL TABLES IN SCHEMA " + s + " TO " + viewer);
            statement.execute(
                    "GRANT INSERT, UPDATE, DELETE ON " + s + ".record_item, " + s + ".record_setting TO " + editor);
            statement.execute("GRANT INSERT ON " + s + ".change_log TO " + editor);
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /** Whether {@code admin init} has made the schema. */
    static boolean exists(Connection connection, ServerAddress address) throws SQLException {
        try (var statement = connection.prepareStatement(
                "SELECT 1 FROM information_schema.tables WHERE table_schema = ? AND table_name = 'change_log'")) {
            statement.setString(1, address.schema());
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }

    /** Makes {@code login} a member of exactly one of the schema's roles. */
    static void grant(Connection connection, ServerAddress address, String login, TeamRole role) throws SQLException {
        if (!roleExists(connection, login)) {
            throw new SQLException("there is no login \"" + login + "\" on the server; create it first "
                    + "(CREATE ROLE " + login + " LOGIN PASSWORD '…')");
        }
        try (Statement statement = connection.createStatement()) {
            for (TeamRole other : TeamRole.values()) {
                if (other != role) {
                    statement.execute("REVOKE " + quoted(address.role(other)) + " FROM " + quoted(login));
                }
            }
            statement.execute("GRANT " + quoted(address.role(role)) + " TO " + quoted(login));
        }
    }

    private static boolean roleExists(Connection connection, String role) throws SQLException {
        try (var statement = connection.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
            statement.setString(1, role);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }

    static String quoted(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
