package io.privacyinventory.store;

import io.privacyinventory.model.Entity;
import io.privacyinventory.model.EntityType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** What the edits of a file ask of its tables: an item as it is, its row, its place, who uses it. */
final class FileQueries {
    private static final Map<EntityType, String> TABLES = new EnumMap<>(Map.of(
            EntityType.DATA_SUBJECT, "data_subject",
            EntityType.DATA_CATEGORY, "data_category",
            EntityType.PURPOSE, "purpose",
            EntityType.RECIPIENT, "recipient",
            EntityType.ACTIVITY, "activity"));

    private final Connection connection;
    private final InventoryLoader loader;

    FileQueries(Connection connection, InventoryLoader loader) {
        this.connection = connection;
        this.loader = loader;
    }

    /** The table of a list's items; null for what is not an item of a list. */
    static String table(EntityType type) {
        return TABLES.get(type);
    }

    Entity existing(EntityType type, String id) throws SQLException, EditRejectedException {
        List<? extends Entity> found = switch (type) {
            case DATA_SUBJECT -> loader.dataSubjects(id);
            case DATA_CATEGORY -> loader.dataCategories(id);
            case PURPOSE -> loader.purposes(id);
            case RECIPIENT -> loader.recipients(id);
            case ACTIVITY -> loader.activities(id);
            default -> throw new EditRejectedException(describe(type) + " is not an item of a list");
        };
        if (id == null || found.isEmpty()) {
            throw new EditRejectedException("there is no " + describe(type) + " with id \"" + id + "\"");
        }
        return found.get(0);
    }

    /** The audiences of the notice that name a data subject. */
    List<String> audiencesOf(long dataSubjectRowId) throws SQLException {
        List<String> codes = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT a.code FROM audience a"
                        + " JOIN audience_data_subject l ON l.audience_id = a.id WHERE l.data_subject_id = ? ORDER BY a.position")) {
            statement.setLong(1, dataSubjectRowId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    codes.add(rows.getString(1));
                }
            }
        }
        return codes;
    }

    List<String> usages(EntityType type, long rowId) throws SQLException {
        String sql = switch (type) {
            case DATA_SUBJECT -> "SELECT activity_id FROM activity_data_subject WHERE data_subject_id = ?1";
            case DATA_CATEGORY ->
                "SELECT activity_id FROM activity_data_category WHERE data_category_id = ?1"
                        + " UNION SELECT r.activity_id FROM retention_rule_category c"
                        + " JOIN retention_rule r ON r.id = c.rule_id WHERE c.data_category_id = ?1";
            case PURPOSE -> "SELECT activity_id FROM activity_purpose WHERE purpose_id = ?1";
            case RECIPIENT ->
                "SELECT activity_id FROM activity_recipient WHERE recipient_id = ?1"
                        + " UNION SELECT activity_id FROM transfer WHERE recipient_id = ?1";
            default -> null;
        };
        if (sql == null) {
            return List.of();
        }
        List<String> codes = new ArrayList<>();
        try (PreparedStatement statement =
                connection.prepareStatement("SELECT code FROM activity WHERE id IN (" + sql + ") ORDER BY position")) {
            statement.setLong(1, rowId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    codes.add(rows.getString(1));
                }
            }
        }
        return codes;
    }

    Long rowId(EntityType type, String code) throws SQLException {
        String table = TABLES.get(type);
        if (table == null || code == null) {
            return null;
        }
        try (PreparedStatement statement = connection.prepareStatement("SELECT id FROM " + table + " WHERE code = ?")) {
            statement.setString(1, code);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getLong(1) : null;
            }
        }
    }

    int position(String table, long rowId) throws SQLException {
        try (PreparedStatement statement =
                connection.prepareStatement("SELECT position FROM " + table + " WHERE id = ?")) {
            statement.setLong(1, rowId);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    int count(String table) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT COUNT(*) FROM " + table);
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getInt(1);
        }
    }

    /** The names of the items that use the item {@code type}/{@code id}; none when there is no such item. */
    List<String> usages(EntityType type, String id) throws SQLException {
        Long rowId = rowId(type, id);
        return rowId == null ? List.of() : usages(type, rowId);
    }

    /** An item type as a message names it: "data category". */
    static String describe(EntityType type) {
        return type.code().replace('-', ' ');
    }
}
