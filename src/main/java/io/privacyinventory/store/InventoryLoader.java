package io.privacyinventory.store;

import io.privacyinventory.model.Activity;
import io.privacyinventory.model.ActivityStatus;
import io.privacyinventory.model.Audience;
import io.privacyinventory.model.AutomatedDecisions;
import io.privacyinventory.model.Contact;
import io.privacyinventory.model.DataCategory;
import io.privacyinventory.model.DataSource;
import io.privacyinventory.model.DataSubject;
import io.privacyinventory.model.Dpia;
import io.privacyinventory.model.DpiaCriterion;
import io.privacyinventory.model.DpiaStatus;
import io.privacyinventory.model.Inventory;
import io.privacyinventory.model.LegalBasis;
import io.privacyinventory.model.NoticeSettings;
import io.privacyinventory.model.Organisation;
import io.privacyinventory.model.PublishedNotice;
import io.privacyinventory.model.Purpose;
import io.privacyinventory.model.PurposeUse;
import io.privacyinventory.model.Quoted;
import io.privacyinventory.model.Recipient;
import io.privacyinventory.model.RecipientKind;
import io.privacyinventory.model.RetentionRule;
import io.privacyinventory.model.Role;
import io.privacyinventory.model.Safeguard;
import io.privacyinventory.model.SpecialCategoryCondition;
import io.privacyinventory.model.SupervisoryAuthority;
import io.privacyinventory.model.Text;
import io.privacyinventory.model.Transfer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the model out of the tables: one query per table (links joined to their targets), never
 * one per row, so loading grows linearly with the inventory. Every query can be narrowed to one
 * item, which is how an edit reads the item it changes.
 */
final class InventoryLoader {
    private final Connection connection;
    /** While a whole inventory is read: each distinct text value, so that repeated texts are one object. */
    private Map<String, Text> texts;

    InventoryLoader(Connection connection) {
        this.connection = connection;
    }

    Inventory inventory() throws SQLException {
        texts = new HashMap<>();
        try {
            return new Inventory(
                    languages(),
                    organisation(),
                    notice(),
                    dataSubjects(null),
                    dataCategories(null),
                    purposes(null),
                    recipients(null),
                    activities(null),
                    publishedNotices());
        } finally {
            texts = null;
        }
    }

    private Text text(ResultSet rows, String column) throws SQLException {
        return texts == null ? Columns.text(rows, column) : Columns.text(rows, column, texts);
    }

    List<String> languages() throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT languages FROM inventory");
                ResultSet rows = statement.executeQuery()) {
            if (!rows.next()) {
                throw new SQLException("the inventory table is empty");
            }
            return Columns.strings(rows.getString(1));
        }
    }

    Organisation organisation() throws SQLException {
        Contact dpo = null;
        Contact representative = null;
        try (PreparedStatement statement = connection.prepareStatement(
                        "SELECT role, name, email, phone, address FROM contact WHERE activity_id IS NULL ORDER BY position");
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                Contact contact = contact(rows);
                if (rows.getString("role").equals("dpo")) {
                    dpo = contact;
                } else {
                    representative = contact;
                }
            }
        }
        SupervisoryAuthority authority = null;
        try (PreparedStatement statement =
                        connection.prepareStatement("SELECT name, website FROM supervisory_authority");
                ResultSet rows = statement.executeQuery()) {
            if (rows.next()) {
                authority = new SupervisoryAuthority(rows.getString("name"), rows.getString("website"));
            }
        }
        try (PreparedStatement statement = connection.prepareStatement(
                        "SELECT name, address, email, phone, website, country FROM organisation");
                ResultSet rows = statement.executeQuery()) {
            if (!rows.next()) {
                throw new SQLException("the organisation table is empty");
            }
            return new Organisation(
                    rows.getString("name"),
                    rows.getString("address"),
                    rows.getString("email"),
                    rows.getString("phone"),
                    rows.getString("website"),
                    dpo,
                    representative,
                    authority,
                    rows.getString("country"));
        }
    }

    NoticeSettings notice() throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                        "SELECT title, effective_date, scope, introduction, list_changes FROM notice");
                ResultSet rows = statement.executeQuery()) {
            if (!rows.next()) {
                return NoticeSettings.EMPTY;
            }
            return new NoticeSettings(
                    text(rows, "title"),
                    Columns.date(rows, "effective_date"),
                    text(rows, "scope"),
                    text(rows, "introduction"),
                    audiences(),
                    rows.getInt("list_changes") != 0);
        } catch (StoredValueException e) {
            throw e.in("notice", "the notice");
        }
    }

    private List<Audience> audiences() throws SQLException {
        Map<Long, List<String>> subjects = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT l.audience_id, s.code"
                        + " FROM audience_data_subject l JOIN data_subject s ON s.id = l.data_subject_id"
                        + " ORDER BY l.audience_id, l.position");
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                subjects.computeIfAbsent(rows.getLong(1), k -> new ArrayList<>())
                        .add(rows.getString(2));
            }
        }
        List<Audience> audiences = new ArrayList<>();
        try (PreparedStatement statement =
                        connection.prepareStatement("SELECT id, code, title, scope FROM audience ORDER BY position");
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                try {
                    audiences.add(new Audience(
                            rows.getString("code"),
                            text(rows, "title"),
                            subjects.getOrDefault(rows.getLong("id"), List.of()),
                            text(rows, "scope")));
                } catch (StoredValueException e) {
                    throw e.in("audience", item("audience", rows));
                }
            }
        }
        return audiences;
    }

    List<PublishedNotice> publishedNotices() throws SQLException {
        List<PublishedNotice> published = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                        "SELECT audience, language, version,"
                                + " published_at, published_by, inventory_sha256, text, forced FROM published_notice ORDER BY position");
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                published.add(new PublishedNotice(
                        rows.getString("audience"),
                        rows.getString("language"),
                        rows.getInt("version"),
                        publishedAt(rows),
                        rows.getString("published_by"),
                        rows.getString("inventory_sha256"),
                        rows.getString("text"),
                        rows.getInt("forced") != 0));
            }
        }
        return published;
    }

    private static Instant publishedAt(ResultSet rows) throws SQLException {
        String value = rows.getString("published_at");
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException | NullPointerException e) {
            StoredValueException problem = new StoredValueException(
                    "published_at", Quoted.of(value) + " is not a time (YYYY-MM-DDTHH:MM:SSZ)");
            problem.initCause(e);
            throw problem.in("published_notice", "version " + rows.getInt("version") + " of a published notice");
        }
    }

    List<DataSubject> dataSubjects(String code) throws SQLException {
        List<DataSubject> items = new ArrayList<>();
        try (ResultSet rows = select("SELECT code, name, description FROM data_subject", code)) {
            while (rows.next()) {
                try {
                    items.add(new DataSubject(rows.getString("code"), text(rows, "name"), text(rows, "description")));
                } catch (StoredValueException e) {
                    throw e.in("data_subject", item("data subject", rows));
                }
            }
        }
        return items;
    }

    List<DataCategory> dataCategories(String code) throws SQLException {
        List<DataCategory> items = new ArrayList<>();
        try (ResultSet rows =
                select("SELECT code, name, description, source, special, criminal FROM data_category", code)) {
            while (rows.next()) {
                try {
                    items.add(new DataCategory(
                            rows.getString("code"),
                            text(rows, "name"),
                            text(rows, "description"),
                            Columns.code(rows, "source", DataSource.class),
                            rows.getInt("special") == 1,
                            rows.getInt("criminal") == 1));
                } catch (StoredValueException e) {
                    throw e.in("data_category", item("data category", rows));
                }
            }
        }
        return items;
    }

    List<Purpose> purposes(String code) throws SQLException {
        List<Purpose> items = new ArrayList<>();
        try (ResultSet rows = select("SELECT code, name, description, direct_marketing FROM purpose", code)) {
            while (rows.next()) {
                try {
                    items.add(new Purpose(
                            rows.getString("code"),
                            text(rows, "name"),
                            text(rows, "description"),
                            rows.getInt("direct_marketing") == 1));
                } catch (StoredValueException e) {
                    throw e.in("purpose", item("purpose", rows));
                }
            }
        }
        return items;
    }

    List<Recipient> recipients(String code) throws SQLException {
        List<Recipient> items = new ArrayList<>();
        try (ResultSet rows = select(
                "SELECT code, name, description, kind, country, tracking, opt_out_url, "
                        + "contract_url, strictly_necessary FROM recipient",
                code)) {
            while (rows.next()) {
                try {
                    items.add(new Recipient(
                            rows.getString("code"),
                            text(rows, "name"),
                            text(rows, "description"),
                            Columns.code(rows, "kind", RecipientKind.class),
                            rows.getString("country"),
                            rows.getInt("tracking") == 1,
                            rows.getString("opt_out_url"),
                            rows.getString("contract_url"),
                            rows.getInt("strictly_necessary") == 1));
                } catch (StoredValueException e) {
                    throw e.in("recipient", item("recipient", rows));
                }
            }
        }
        return items;
    }

    /** All activities, or only the one with {@code code}. */
    List<Activity> activities(String code) throws SQLException {
        Map<Long, ActivityParts> parts = new LinkedHashMap<>();
        String filter = code == null ? "" : " WHERE a.code = ?";
        try (PreparedStatement statement =
                connection.prepareStatement("SELECT * FROM activity a" + filter + " ORDER BY a.position")) {
            if (code != null) {
                statement.setString(1, code);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    try {
                        parts.put(rows.getLong("id"), new ActivityParts(rows));
                    } catch (StoredValueException e) {
                        throw e.in("activity", item("activity", rows));
                    }
                }
            }
        }
        if (parts.isEmpty()) {
            return List.of();
        }
        String only = code == null ? "" : " AND a.code = ?";
        links(
                "SELECT l.activity_id, t.code FROM activity_data_subject l JOIN data_subject t ON t.id = l.data_subject_id"
                        + " JOIN activity a ON a.id = l.activity_id WHERE 1 = 1" + only
                        + " ORDER BY l.activity_id, l.position",
                code,
                parts,
                (rows, activity) -> parts.get(activity).dataSubjects.add(rows.getString(2)));
        links(
                "SELECT l.activity_id, t.code FROM activity_data_category l"
                        + " JOIN data_category t ON t.id = l.data_category_id JOIN activity a ON a.id = l.activity_id"
                        + " WHERE 1 = 1" + only + " ORDER BY l.activity_id, l.position",
                code,
                parts,
                (rows, activity) -> parts.get(activity).dataCategories.add(rows.getString(2)));
        links(
                "SELECT l.activity_id, t.code FROM activity_recipient l JOIN recipient t ON t.id = l.recipient_id"
                        + " JOIN activity a ON a.id = l.activity_id WHERE 1 = 1" + only
                        + " ORDER BY l.activity_id, l.position",
                code,
                parts,
                (rows, activity) -> parts.get(activity).recipients.add(rows.getString(2)));
        links(
                "SELECT l.activity_id, p.code, l.legal_basis, l.legal_basis_reference, l.legitimate_interest,"
                        + " l.special_category_condition, l.criminal_offence_authority"
                        + " FROM activity_purpose l JOIN purpose p ON p.id = l.purpose_id"
                        + " JOIN activity a ON a.id = l.activity_id WHERE 1 = 1" + only
                        + " ORDER BY l.activity_id, l.position",
                code,
                parts,
                (rows, activity) -> parts.get(activity)
                        .purposes
                        .add(new PurposeUse(
                                rows.getString(2),
                                Columns.code(rows, "legal_basis", LegalBasis.class),
                                text(rows, "legal_basis_reference"),
                                text(rows, "legitimate_interest"),
                                Columns.code(rows, "special_category_condition", SpecialCategoryCondition.class),
                                text(rows, "criminal_offence_authority"))));
        links(
                "SELECT l.activity_id, l.country, r.code AS recipient, l.safeguard, l.description FROM transfer l"
                        + " LEFT JOIN recipient r ON r.id = l.recipient_id JOIN activity a ON a.id = l.activity_id"
                        + " WHERE 1 = 1" + only + " ORDER BY l.activity_id, l.position",
                code,
                parts,
                (rows, activity) -> parts.get(activity)
                        .transfers
                        .add(new Transfer(
                                rows.getString("country"),
                                rows.getString("recipient"),
                                Columns.code(rows, "safeguard", Safeguard.class),
                                text(rows, "description"))));
        links(
                "SELECT l.activity_id, l.name, l.email, l.phone, l.address FROM contact l"
                        + " JOIN activity a ON a.id = l.activity_id WHERE l.role = 'controller'" + only
                        + " ORDER BY l.activity_id, l.position",
                code,
                parts,
                (rows, activity) -> parts.get(activity).controllers.add(contact(rows)));
        Map<Long, List<String>> ruleCategories = new LinkedHashMap<>();
        links(
                "SELECT r.activity_id, r.id, c.code FROM retention_rule_category l"
                        + " JOIN retention_rule r ON r.id = l.rule_id JOIN data_category c ON c.id = l.data_category_id"
                        + " JOIN activity a ON a.id = r.activity_id WHERE 1 = 1" + only
                        + " ORDER BY l.rule_id, l.position",
                code,
                parts,
                (rows, activity) -> ruleCategories
                        .computeIfAbsent(rows.getLong(2), k -> new ArrayList<>())
                        .add(rows.getString(3)));
        links(
                "SELECT l.activity_id, l.id, l.covers_other, l.period, l.trigger_text, l.description"
                        + " FROM retention_rule l JOIN activity a ON a.id = l.activity_id WHERE 1 = 1" + only
                        + " ORDER BY l.activity_id, l.position",
                code,
                parts,
                (rows, activity) -> {
                    List<String> categories = rows.getInt("covers_other") == 1
                            ? null
                            : ruleCategories.getOrDefault(rows.getLong(2), List.of());
                    parts.get(activity)
                            .retention
                            .add(new RetentionRule(
                                    categories,
                                    rows.getString("period"),
                                    text(rows, "trigger_text"),
                                    text(rows, "description")));
                });
        List<Activity> activities = new ArrayList<>(parts.size());
        for (ActivityParts activity : parts.values()) {
            activities.add(activity.build());
        }
        return activities;
    }

    private ResultSet select(String sql, String code) throws SQLException {
        PreparedStatement statement =
                connection.prepareStatement(sql + (code == null ? "" : " WHERE code = ?") + " ORDER BY position");
        if (code != null) {
            statement.setString(1, code);
        }
        statement.closeOnCompletion();
        return statement.executeQuery();
    }

    @FunctionalInterface
    private interface RowHandler {
        void handle(ResultSet rows, long activityId) throws SQLException;
    }

    /** Runs a query of an activity's list rows; {@code parts} names the activity when a row holds a bad value. */
    private void links(String sql, String code, Map<Long, ActivityParts> parts, RowHandler handler)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            if (code != null) {
                statement.setString(1, code);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    try {
                        handler.handle(rows, rows.getLong(1));
                    } catch (StoredValueException e) {
                        ActivityParts activity = parts.get(rows.getLong(1));
                        String table = sql.replaceFirst("(?s).* FROM (\\w+) l\\b.*", "$1");
                        throw e.in(table, "activity " + Quoted.of(activity == null ? "?" : activity.code));
                    }
                }
            }
        }
    }

    private static String item(String kind, ResultSet rows) throws SQLException {
        return kind + " " + Quoted.of(rows.getString("code"));
    }

    private static Contact contact(ResultSet rows) throws SQLException {
        return new Contact(
                rows.getString("name"), rows.getString("email"), rows.getString("phone"), rows.getString("address"));
    }

    /** An activity's row and, as they are read, its lists. */
    private final class ActivityParts {
        private final String code;
        private final Text name;
        private final Text description;
        private final String owner;
        private final Role role;
        private final ActivityStatus status;
        private final Text securityMeasures;
        private final Text statutoryRequirement;
        private final AutomatedDecisions automatedDecisions;
        private final Dpia dpia;
        private final java.time.LocalDate reviewedOn;
        private final java.time.LocalDate reviewDue;
        private final Text notes;
        private final List<DpiaCriterion> dpiaScreening;
        final List<Contact> controllers = new ArrayList<>();
        final List<String> dataSubjects = new ArrayList<>();
        final List<String> dataCategories = new ArrayList<>();
        final List<String> recipients = new ArrayList<>();
        final List<PurposeUse> purposes = new ArrayList<>();
        final List<Transfer> transfers = new ArrayList<>();
        final List<RetentionRule> retention = new ArrayList<>();

        ActivityParts(ResultSet rows) throws SQLException {
            code = rows.getString("code");
            name = text(rows, "name");
            description = text(rows, "description");
            owner = rows.getString("owner");
            role = Columns.code(rows, "role", Role.class);
            status = Columns.code(rows, "status", ActivityStatus.class);
            securityMeasures = text(rows, "security_measures");
            statutoryRequirement = text(rows, "statutory_requirement");
            Integer used = Columns.nullableInt(rows, "automated_decisions_used");
            automatedDecisions =
                    used == null ? null : new AutomatedDecisions(used == 1, text(rows, "automated_decisions_logic"));
            DpiaStatus dpiaStatus = Columns.code(rows, "dpia_status", DpiaStatus.class);
            dpia = dpiaStatus == null ? null : new Dpia(dpiaStatus, rows.getString("dpia_reference"));
            reviewedOn = Columns.date(rows, "reviewed_on");
            reviewDue = Columns.date(rows, "review_due");
            notes = text(rows, "notes");
            dpiaScreening = Columns.codes(rows, "dpia_screening", DpiaCriterion.class);
        }

        Activity build() {
            return new Activity(
                    code,
                    name,
                    description,
                    owner,
                    role,
                    controllers,
                    status,
                    dataSubjects,
                    dataCategories,
                    recipients,
                    purposes,
                    transfers,
                    retention,
                    securityMeasures,
                    statutoryRequirement,
                    automatedDecisions,
                    dpia,
                    reviewedOn,
                    reviewDue,
                    notes,
                    dpiaScreening);
        }
    }
}
