package io.privacyinventory.store;

import io.privacyinventory.model.Activity;
import io.privacyinventory.model.Audience;
import io.privacyinventory.model.Contact;
import io.privacyinventory.model.DataCategory;
import io.privacyinventory.model.DataSubject;
import io.privacyinventory.model.EntityType;
import io.privacyinventory.model.Inventory;
import io.privacyinventory.model.NoticeSettings;
import io.privacyinventory.model.Organisation;
import io.privacyinventory.model.PublishedNotice;
import io.privacyinventory.model.Purpose;
import io.privacyinventory.model.PurposeUse;
import io.privacyinventory.model.Recipient;
import io.privacyinventory.model.RetentionRule;
import io.privacyinventory.model.Transfer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes model values into the tables. In batch mode (a whole inventory at once) statements are
 * collected and run per table at {@link #flush()}, in the order the tables were first written, the
 * rows of an insert several to a statement ({@code INSERT … VALUES (…), (…), …}); otherwise every
 * statement runs at once. Callers own the transaction.
 */
final class RowWriter implements AutoCloseable {
    static final List<String> TABLES_CHILDREN_FIRST = List.of(
            "published_notice",
            "audience_data_subject",
            "audience",
            "retention_rule_category",
            "retention_rule",
            "transfer",
            "activity_purpose",
            "activity_recipient",
            "activity_data_category",
            "activity_data_subject",
            "contact",
            "activity",
            "recipient",
            "purpose",
            "data_category",
            "data_subject",
            "notice",
            "supervisory_authority",
            "organisation",
            "inventory");

    /** Finds the internal row id of an item by its format id. */
    interface Resolver {
        long id(EntityType type, String code) throws SQLException;
    }

    private final Connection connection;
    private final boolean batch;
    private final Map<String, PreparedStatement> statements = new LinkedHashMap<>();
    /** In batch mode, the values of the statements not run yet, by statement in the order of first use. */
    private final Map<String, List<Object[]>> pending = new LinkedHashMap<>();
    /**
     * Of an insert of one row and a count of rows (at most {@link #ROWS_PER_INSERT}), the same insert
     * of that many rows; the statement itself if it is no such insert.
     */
    private final Map<String, String> multiRowStatements = new HashMap<>();

    private final Map<String, String> linkStatements = new HashMap<>();
    private long nextRuleId = -1;

    RowWriter(Connection connection, boolean batch) {
        this.connection = connection;
        this.batch = batch;
    }

    // ---- whole inventories --------------------------------------------------------------------

    void deleteEverything() throws SQLException {
        for (String table : TABLES_CHILDREN_FIRST) {
            Database.execute(connection, "DELETE FROM " + table);
        }
    }

    /** Writes a whole inventory into empty tables, items numbered by their place in their list. */
    void insertInventory(Inventory inventory) throws SQLException {
        languages(inventory.languages());
        organisation(inventory.organisation());
        Map<EntityType, Map<String, Long>> ids = new EnumMap<>(EntityType.class);
        for (int i = 0; i < inventory.dataSubjects().size(); i++) {
            dataSubject(i + 1, inventory.dataSubjects().get(i), i);
            ids.computeIfAbsent(EntityType.DATA_SUBJECT, k -> new HashMap<>())
                    .put(inventory.dataSubjects().get(i).id(), i + 1L);
        }
        for (int i = 0; i < inventory.dataCategories().size(); i++) {
            dataCategory(i + 1, inventory.dataCategories().get(i), i);
            ids.computeIfAbsent(EntityType.DATA_CATEGORY, k -> new HashMap<>())
                    .put(inventory.dataCategories().get(i).id(), i + 1L);
        }
        for (int i = 0; i < inventory.purposes().size(); i++) {
            purpose(i + 1, inventory.purposes().get(i), i);
            ids.computeIfAbsent(EntityType.PURPOSE, k -> new HashMap<>())
                    .put(inventory.purposes().get(i).id(), i + 1L);
        }
        for (int i = 0; i < inventory.recipients().size(); i++) {
            recipient(i + 1, inventory.recipients().get(i), i);
            ids.computeIfAbsent(EntityType.RECIPIENT, k -> new HashMap<>())
                    .put(inventory.recipients().get(i).id(), i + 1L);
        }
        Resolver resolver = (type, code) -> {
            Long id = ids.getOrDefault(type, Map.of()).get(code);
            if (id == null) {
                throw new SQLException("unknown " + type.code() + " \"" + code + "\"");
            }
            return id;
        };
        for (int i = 0; i < inventory.activities().size(); i++) {
            activity(i + 1, inventory.activities().get(i), i, resolver, null);
        }
        // after the data subjects: the audiences refer to them
        notice(inventory.notice(), resolver);
        for (int i = 0; i < inventory.publishedNotices().size(); i++) {
            publishedNotice(i + 1, inventory.publishedNotices().get(i), i);
        }
    }

    // ---- singletons ---------------------------------------------------------------------------

    void languages(List<String> languages) throws SQLException {
        run(
                "INSERT INTO inventory (singleton, languages) VALUES (1, ?)"
                        + " ON CONFLICT (singleton) DO UPDATE SET languages = excluded.languages",
                Columns.strings(languages));
    }

    void organisation(Organisation organisation) throws SQLException {
        run(
                "INSERT INTO organisation (singleton, name, address, email, phone, website, country)"
                        + " VALUES (1, ?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT (singleton) DO UPDATE SET name = excluded.name, address = excluded.address,"
                        + " email = excluded.email, phone = excluded.phone, website = excluded.website,"
                        + " country = excluded.country",
                organisation.name(),
                organisation.address(),
                organisation.email(),
                organisation.phone(),
                organisation.website(),
                organisation.country());
        run("DELETE FROM contact WHERE activity_id IS NULL");
        if (organisation.dpo() != null) {
            contact("dpo", null, 0, organisation.dpo());
        }
        if (organisation.representative() != null) {
            contact("representative", null, 0, organisation.representative());
        }
        run("DELETE FROM supervisory_authority");
        if (organisation.supervisoryAuthority() != null) {
            run(
                    "INSERT INTO supervisory_authority (singleton, name, website) VALUES (1, ?, ?)",
                    organisation.supervisoryAuthority().name(),
                    organisation.supervisoryAuthority().website());
        }
    }

    /** The notice settings and their audiences, which replace the audiences there were. */
    void notice(NoticeSettings notice, Resolver resolver) throws SQLException {
        run(
                "INSERT INTO notice (singleton, title, effective_date, scope, introduction, list_changes)"
                        + " VALUES (1, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT (singleton) DO UPDATE SET title = excluded.title,"
                        + " effective_date = excluded.effective_date, scope = excluded.scope,"
                        + " introduction = excluded.introduction, list_changes = excluded.list_changes",
                Columns.text(notice.title()),
                Columns.date(notice.effectiveDate()),
                Columns.text(notice.scope()),
                Columns.text(notice.introduction()),
                notice.listChanges());
        run("DELETE FROM audience");
        for (int i = 0; i < notice.audiences().size(); i++) {
            Audience audience = notice.audiences().get(i);
            long audienceId = i + 1L;
            run(
                    "INSERT INTO audience (id, code, position, title, scope) VALUES (?, ?, ?, ?, ?)",
                    audienceId,
                    audience.id(),
                    i,
                    Columns.text(audience.title()),
                    Columns.text(audience.scope()));
            links(
                    "audience_data_subject",
                    "data_subject_id",
                    audienceId,
                    audience.dataSubjects(),
                    EntityType.DATA_SUBJECT,
                    resolver,
                    "audience_id");
        }
    }

    void publishedNotice(long id, PublishedNotice published, int position) throws SQLException {
        run(
                "INSERT INTO published_notice (id, position, audience, language, version, published_at, published_by,"
                        + " inventory_sha256, text, forced) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                id,
                position,
                published.audience(),
                published.language(),
                published.version(),
                published.publishedAt().toString(),
                published.publishedBy(),
                published.inventorySha256(),
                published.text(),
                published.forced() ? 1 : 0);
    }

    // ---- list items ---------------------------------------------------------------------------

    void dataSubject(long id, DataSubject subject, int position) throws SQLException {
        run(
                "INSERT INTO data_subject (id, code, position, name, description) VALUES (?, ?, ?, ?, ?)"
                        + " ON CONFLICT (id) DO UPDATE SET code = excluded.code, position = excluded.position,"
                        + " name = excluded.name, description = excluded.description",
                id,
                subject.id(),
                position,
                Columns.text(subject.name()),
                Columns.text(subject.description()));
    }

    void dataCategory(long id, DataCategory category, int position) throws SQLException {
        run(
                "INSERT INTO data_category (id, code, position, name, description, source, special, criminal)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT (id) DO UPDATE SET code = excluded.code, position = excluded.position,"
                        + " name = excluded.name, description = excluded.description, source = excluded.source,"
                        + " special = excluded.special, criminal = excluded.criminal",
                id,
                category.id(),
                position,
                Columns.text(category.name()),
                Columns.text(category.description()),
                Columns.code(category.source()),
                category.special(),
                category.criminal());
    }

    void purpose(long id, Purpose purpose, int position) throws SQLException {
        run(
                "INSERT INTO purpose (id, code, position, name, description, direct_marketing) VALUES (?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT (id) DO UPDATE SET code = excluded.code, position = excluded.position,"
                        + " name = excluded.name, description = excluded.description,"
                        + " direct_marketing = excluded.direct_marketing",
                id,
                purpose.id(),
                position,
                Columns.text(purpose.name()),
                Columns.text(purpose.description()),
                purpose.directMarketing());
    }

    void recipient(long id, Recipient recipient, int position) throws SQLException {
        run(
                "INSERT INTO recipient (id, code, position, name, description, kind, country, tracking, opt_out_url,"
                        + " contract_url, strictly_necessary) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT (id) DO UPDATE SET code = excluded.code, position = excluded.position,"
                        + " name = excluded.name, description = excluded.description, kind = excluded.kind,"
                        + " country = excluded.country, tracking = excluded.tracking,"
                        + " opt_out_url = excluded.opt_out_url, contract_url = excluded.contract_url,"
                        + " strictly_necessary = excluded.strictly_necessary",
                id,
                recipient.id(),
                position,
                Columns.text(recipient.name()),
                Columns.text(recipient.description()),
                Columns.code(recipient.kind()),
                recipient.country(),
                recipient.tracking(),
                recipient.optOutUrl(),
                recipient.contractUrl(),
                recipient.strictlyNecessary());
    }

    /** The tables that hold an activity's lists, by the name of the list in the inventory format. */
    private static final Map<String, String> ACTIVITY_LIST_TABLES = Map.of(
            "controllers", "contact",
            "dataSubjects", "activity_data_subject",
            "dataCategories", "activity_data_category",
            "recipients", "activity_recipient",
            "purposes", "activity_purpose",
            "transfers", "transfer",
            "retention", "retention_rule");

    /** The order the lists were always cleared in (children of the activity, contacts last). */
    private static final List<String> ACTIVITY_LIST_ORDER = List.of(
            "dataSubjects", "dataCategories", "recipients", "purposes", "transfers", "retention", "controllers");

    /** Of the given fields of an activity, those that are lists kept in tables of their own. */
    static Set<String> activityListsIn(Set<String> fields) {
        Set<String> lists = new HashSet<>(fields);
        lists.retainAll(ACTIVITY_LIST_TABLES.keySet());
        return lists;
    }

    /**
     * Writes an activity's row and its lists. {@code replacedLists} is null for a new activity, whose
     * lists are all written; for one that is there already it names the lists that changed, which are
     * cleared and written again, while the rows of the others stay as they are (so a renamed activity
     * costs one row, not all of its lists).
     */
    void activity(long id, Activity activity, int position, Resolver resolver, Set<String> replacedLists)
            throws SQLException {
        run(
                "INSERT INTO activity (id, code, position, name, description, owner, role, status, security_measures,"
                        + " statutory_requirement, automated_decisions_used, automated_decisions_logic, dpia_status,"
                        + " dpia_reference, reviewed_on, review_due, notes, dpia_screening)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT (id) DO UPDATE SET code = excluded.code, position = excluded.position,"
                        + " name = excluded.name, description = excluded.description, owner = excluded.owner,"
                        + " role = excluded.role, status = excluded.status,"
                        + " security_measures = excluded.security_measures,"
                        + " statutory_requirement = excluded.statutory_requirement,"
                        + " automated_decisions_used = excluded.automated_decisions_used,"
                        + " automated_decisions_logic = excluded.automated_decisions_logic,"
                        + " dpia_status = excluded.dpia_status, dpia_reference = excluded.dpia_reference,"
                        + " reviewed_on = excluded.reviewed_on, review_due = excluded.review_due, notes = excluded.notes,"
                        + " dpia_screening = excluded.dpia_screening",
                id,
                activity.id(),
                position,
                Columns.text(activity.name()),
                Columns.text(activity.description()),
                activity.owner(),
                Columns.code(activity.role()),
                Columns.code(activity.status()),
                Columns.text(activity.securityMeasures()),
                Columns.text(activity.statutoryRequirement()),
                activity.automatedDecisions() == null
                        ? null
                        : activity.automatedDecisions().used(),
                activity.automatedDecisions() == null
                        ? null
                        : Columns.text(activity.automatedDecisions().logic()),
                activity.dpia() == null ? null : Columns.code(activity.dpia().status()),
                activity.dpia() == null ? null : activity.dpia().reference(),
                Columns.date(activity.reviewedOn()),
                Columns.date(activity.reviewDue()),
                Columns.text(activity.notes()),
                Columns.codes(activity.dpiaScreening()));
        if (replacedLists != null) {
            for (String list : ACTIVITY_LIST_ORDER) {
                if (replacedLists.contains(list)) {
                    run("DELETE FROM " + ACTIVITY_LIST_TABLES.get(list) + " WHERE activity_id = ?", id);
                }
            }
        }
        if (writes(replacedLists, "controllers")) {
            for (int i = 0; i < activity.controllers().size(); i++) {
                contact("controller", id, i, activity.controllers().get(i));
            }
        }
        if (writes(replacedLists, "dataSubjects")) {
            links(
                    "activity_data_subject",
                    "data_subject_id",
                    id,
                    activity.dataSubjects(),
                    EntityType.DATA_SUBJECT,
                    resolver);
        }
        if (writes(replacedLists, "dataCategories")) {
            links(
                    "activity_data_category",
                    "data_category_id",
                    id,
                    activity.dataCategories(),
                    EntityType.DATA_CATEGORY,
                    resolver);
        }
        if (writes(replacedLists, "recipients")) {
            links("activity_recipient", "recipient_id", id, activity.recipients(), EntityType.RECIPIENT, resolver);
        }
        if (writes(replacedLists, "purposes")) {
            purposes(id, activity, resolver);
        }
        if (writes(replacedLists, "transfers")) {
            transfers(id, activity, resolver);
        }
        if (writes(replacedLists, "retention")) {
            retention(id, activity, resolver);
        }
    }

    private static boolean writes(Set<String> replacedLists, String list) {
        return replacedLists == null || replacedLists.contains(list);
    }

    private void purposes(long id, Activity activity, Resolver resolver) throws SQLException {
        for (int i = 0; i < activity.purposes().size(); i++) {
            PurposeUse use = activity.purposes().get(i);
            run(
                    "INSERT INTO activity_purpose (activity_id, position, purpose_id, legal_basis, legal_basis_reference,"
                            + " legitimate_interest, special_category_condition, criminal_offence_authority)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    id,
                    i,
                    resolver.id(EntityType.PURPOSE, use.purpose()),
                    Columns.code(use.legalBasis()),
                    Columns.text(use.legalBasisReference()),
                    Columns.text(use.legitimateInterest()),
                    Columns.code(use.specialCategoryCondition()),
                    Columns.text(use.criminalOffenceAuthority()));
        }
    }

    private void transfers(long id, Activity activity, Resolver resolver) throws SQLException {
        for (int i = 0; i < activity.transfers().size(); i++) {
            Transfer transfer = activity.transfers().get(i);
            Long recipient =
                    transfer.recipient() == null ? null : resolver.id(EntityType.RECIPIENT, transfer.recipient());
            run(
                    "INSERT INTO transfer (activity_id, position, country, recipient_id, safeguard, description)"
                            + " VALUES (?, ?, ?, ?, ?, ?)",
                    id,
                    i,
                    transfer.country(),
                    recipient,
                    Columns.code(transfer.safeguard()),
                    Columns.text(transfer.description()));
        }
    }

    private void retention(long id, Activity activity, Resolver resolver) throws SQLException {
        for (int i = 0; i < activity.retention().size(); i++) {
            RetentionRule rule = activity.retention().get(i);
            long ruleId = nextRuleId();
            run(
                    "INSERT INTO retention_rule (id, activity_id, position, covers_other, period, trigger_text,"
                            + " description) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    ruleId,
                    id,
                    i,
                    rule.isDefaultRule(),
                    rule.period(),
                    Columns.text(rule.trigger()),
                    Columns.text(rule.description()));
            if (rule.dataCategories() != null) {
                links(
                        "retention_rule_category",
                        "data_category_id",
                        ruleId,
                        rule.dataCategories(),
                        EntityType.DATA_CATEGORY,
                        resolver,
                        "rule_id");
            }
        }
    }

    private void links(
            String table, String targetColumn, long ownerId, List<String> codes, EntityType type, Resolver resolver)
            throws SQLException {
        links(table, targetColumn, ownerId, codes, type, resolver, "activity_id");
    }

    private void links(
            String table,
            String targetColumn,
            long ownerId,
            List<String> codes,
            EntityType type,
            Resolver resolver,
            String ownerColumn)
            throws SQLException {
        // the statement is made once per table, not once per row: an import writes a hundred thousand links
        String sql = linkStatements.computeIfAbsent(
                table,
                key -> "INSERT INTO " + key + " (" + ownerColumn + ", " + targetColumn
                        + ", position) VALUES (?, ?, ?)");
        for (int i = 0; i < codes.size(); i++) {
            run(sql, ownerId, resolver.id(type, codes.get(i)), i);
        }
    }

    private void contact(String role, Long activityId, int position, Contact contact) throws SQLException {
        run(
                "INSERT INTO contact (role, activity_id, position, name, email, phone, address)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)",
                role,
                activityId,
                position,
                contact.name(),
                contact.email(),
                contact.phone(),
                contact.address());
    }

    private long nextRuleId() throws SQLException {
        if (nextRuleId < 0) {
            nextRuleId = maxId(connection, "retention_rule") + 1;
        }
        return nextRuleId++;
    }

    static long maxId(Connection connection, String table) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT COALESCE(MAX(id), 0) FROM " + table);
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private void run(String sql, Object... values) throws SQLException {
        if (batch) {
            pending.computeIfAbsent(sql, key -> new ArrayList<>()).add(values);
            return;
        }
        PreparedStatement statement = statement(sql);
        Columns.bind(statement, values);
        statement.executeUpdate();
    }

    private PreparedStatement statement(String sql) throws SQLException {
        PreparedStatement statement = statements.get(sql);
        if (statement == null) {
            statement = connection.prepareStatement(sql);
            statements.put(sql, statement);
        }
        return statement;
    }

    /**
     * Rows of one insert statement at most (and {@link #MAX_PARAMETERS} values). Each statement SQLite
     * runs opens the table and each of its indexes, and the driver crosses into native code for it
     * several times: a row to a statement, about half of writing a whole inventory's rows was that.
     */
    static final int ROWS_PER_INSERT = 64;
    /** A row of values that is only placeholders: {@code (?, ?, ?)}. */
    private static final java.util.regex.Pattern PLACEHOLDERS =
            java.util.regex.Pattern.compile("\\(\\s*\\?(\\s*,\\s*\\?)*\\s*\\)");

    /** Values one statement binds at most: SQLite's smallest limit (before version 3.32). */
    private static final int MAX_PARAMETERS = 999;

    /**
     * Runs the collected statements, table by table in the order they were first used, each one's rows
     * in the order they were given: an insert's rows several to a statement, the same rows in the same
     * order as one at a time.
     */
    void flush() throws SQLException {
        if (!batch) {
            return;
        }
        for (Map.Entry<String, List<Object[]>> collected : pending.entrySet()) {
            List<Object[]> rows = collected.getValue();
            if (!rows.isEmpty()) {
                execute(collected.getKey(), rows);
                rows.clear();
            }
        }
    }

    private void execute(String sql, List<Object[]> rows) throws SQLException {
        int done = 0;
        int perStatement = Math.min(ROWS_PER_INSERT, MAX_PARAMETERS / Math.max(1, rows.get(0).length));
        String multiRow = perStatement > 1 && rows.size() >= perStatement ? multiRow(sql, perStatement) : null;
        if (multiRow != null) {
            PreparedStatement statement = statement(multiRow);
            for (; done + perStatement <= rows.size(); done += perStatement) {
                int parameters = 0;
                for (int row = done; row < done + perStatement; row++) {
                    Columns.bind(statement, parameters, rows.get(row));
                    parameters += rows.get(row).length;
                }
                statement.addBatch();
            }
            statement.executeBatch();
        }
        if (done < rows.size()) {
            PreparedStatement statement = statement(sql);
            for (; done < rows.size(); done++) {
                Columns.bind(statement, rows.get(done));
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    /** {@link #multiRowInsert}, made once per statement and count of rows; null where it gives none. */
    private String multiRow(String sql, int rows) {
        String multiRow = multiRowStatements.computeIfAbsent(rows + " " + sql, key -> {
            String several = multiRowInsert(sql, rows);
            return several == null ? sql : several;
        });
        return multiRow.equals(sql) ? null : multiRow;
    }

    /**
     * {@code INSERT INTO t (…) VALUES (?, …) …} as the insert of {@code rows} rows ({@code VALUES (?, …),
     * (?, …), …}, the rest of the statement after them); null for a statement that is no such insert, or
     * whose row holds anything but placeholders.
     */
    static String multiRowInsert(String single, int rows) {
        int values = single.startsWith("INSERT INTO ") ? single.indexOf(" VALUES (") : -1;
        int end = values < 0 ? -1 : single.indexOf(')', values);
        if (end < 0) {
            return null;
        }
        String row = single.substring(values + " VALUES ".length(), end + 1);
        if (!PLACEHOLDERS.matcher(row).matches()) {
            return null; // a row with an expression in it (a function's parentheses) is written a row at a time
        }
        StringBuilder out = new StringBuilder(single.length() + rows * (row.length() + 2));
        out.append(single, 0, values + " VALUES ".length()).append(row);
        for (int i = 1; i < rows; i++) {
            out.append(", ").append(row);
        }
        return out.append(single, end + 1, single.length()).toString();
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement statement : statements.values()) {
            statement.close();
        }
        statements.clear();
        pending.clear();
    }
}
