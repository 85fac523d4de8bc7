package io.privacyinventory.store;

import io.privacyinventory.exchange.EntityCodec;
import io.privacyinventory.exchange.InventoryFormatException;
import io.privacyinventory.model.Coded;
import io.privacyinventory.model.Entity;
import io.privacyinventory.model.EntityType;
import io.privacyinventory.model.Inventories;
import io.privacyinventory.model.Inventory;
import io.privacyinventory.model.NoticeSettings;
import io.privacyinventory.model.Organisation;
import io.privacyinventory.model.Quoted;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The record's rows on the server: one per item, as the inventory format's JSON, and the settings.
 * Reading gives the whole inventory; writing writes only the rows that differ between two states.
 */
final class ServerTables {
    static final List<EntityType> LISTS = List.of(
            EntityType.DATA_SUBJECT,
            EntityType.DATA_CATEGORY,
            EntityType.PURPOSE,
            EntityType.RECIPIENT,
            EntityType.ACTIVITY);

    private final Connection connection;
    private final String items;
    private final String settings;

    ServerTables(Connection connection, String schema) {
        this.connection = connection;
        this.items = ServerSchema.quoted(schema) + ".record_item";
        this.settings = ServerSchema.quoted(schema) + ".record_setting";
    }

    /** Null when nothing has been stored yet (a schema fresh from {@code admin init}). */
    Inventory read() throws SQLException {
        Map<String, String> values = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT name, body FROM " + settings);
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                values.put(rows.getString(1), rows.getString(2));
            }
        }
        if (!values.containsKey(ServerSchema.LANGUAGES)) {
            return null;
        }
        List<String> languages = Columns.strings(values.get(ServerSchema.LANGUAGES));
        EntityCodec codec = new EntityCodec(languages);
        Map<EntityType, List<Entity>> lists = new EnumMap<>(EntityType.class);
        for (EntityType type : LISTS) {
            lists.put(type, new ArrayList<>());
        }
        try (PreparedStatement statement = connection.prepareStatement(
                        "SELECT kind, code, body FROM " + items + " ORDER BY kind, position");
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                String kind = rows.getString(1);
                EntityType type = Coded.parse(EntityType.class, kind)
                        .filter(LISTS::contains)
                        .orElseThrow(() -> new SQLException("an item row of unknown kind \"" + kind + "\""));
                lists.get(type).add((Entity) decode(codec, type, rows.getString(3), rows.getString(2)));
            }
        }
        Organisation organisation = (Organisation)
                decode(codec, EntityType.ORGANISATION, values.get(ServerSchema.ORGANISATION), "organisation");
        NoticeSettings notice = values.containsKey(ServerSchema.NOTICE)
                ? (NoticeSettings) decode(codec, EntityType.NOTICE, values.get(ServerSchema.NOTICE), "notice")
                : null;
        String published = values.get(ServerSchema.PUBLISHED);
        return new Inventory(
                languages,
                organisation,
                notice,
                cast(lists.get(EntityType.DATA_SUBJECT)),
                cast(lists.get(EntityType.DATA_CATEGORY)),
                cast(lists.get(EntityType.PURPOSE)),
                cast(lists.get(EntityType.RECIPIENT)),
                cast(lists.get(EntityType.ACTIVITY)),
                published == null
                        ? List.of()
                        : ((Inventory) decode(codec, EntityType.INVENTORY, published, "published notices"))
                                .publishedNotices());
    }

    /** Writes what differs between {@code before} (null: nothing stored yet) and {@code after}. */
    void write(Inventory before, Inventory after) throws SQLException {
        EntityCodec codec = new EntityCodec(after.languages());
        boolean languagesChanged = before == null || !before.languages().equals(after.languages());
        if (languagesChanged) {
            setting(ServerSchema.LANGUAGES, Columns.strings(after.languages()));
        }
        // texts are written for the inventory's languages: a change of them rewrites every row
        Inventory old = languagesChanged ? null : before;
        boolean rewriteAll = languagesChanged && before != null;
        if (old == null || !old.organisation().equals(after.organisation())) {
            setting(ServerSchema.ORGANISATION, codec.toJson(after.organisation()));
        }
        if (old == null || !old.notice().equals(after.notice())) {
            setting(ServerSchema.NOTICE, codec.toJson(after.notice()));
        }
        if (old == null || !old.publishedNotices().equals(after.publishedNotices())) {
            publishedNotices(after, codec);
        }
        for (EntityType type : LISTS) {
            writeList(
                    type,
                    before == null ? List.of() : Inventories.items(before, type),
                    Inventories.items(after, type),
                    codec,
                    rewriteAll);
        }
    }

    /**
     * Items that were there are updated, new ones inserted: never an upsert, whose insert half would
     * show the server's approval check a new row where there is a changed one.
     */
    private void writeList(
            EntityType type,
            List<? extends Entity> was,
            List<? extends Entity> is,
            EntityCodec codec,
            boolean rewriteAll)
            throws SQLException {
        String kind = type.code();
        Map<String, Integer> wasAt = new HashMap<>();
        for (int i = 0; i < was.size(); i++) {
            wasAt.put(was.get(i).id(), i);
        }
        Map<String, Boolean> present = new HashMap<>();
        try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO " + items + " (kind, code, position, body) VALUES (?, ?, ?, ?)");
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE " + items + " SET position = ?, body = ? WHERE kind = ? AND code = ?");
                PreparedStatement reposition = connection.prepareStatement(
                        "UPDATE " + items + " SET position = ? WHERE kind = ? AND code = ?")) {
            for (int i = 0; i < is.size(); i++) {
                Entity item = is.get(i);
                present.put(item.id(), true);
                Integer at = wasAt.get(item.id());
                Entity previous = at == null ? null : was.get(at);
                if (previous == null) {
                    insert.setString(1, kind);
                    insert.setString(2, item.id());
                    insert.setInt(3, i);
                    insert.setString(4, codec.toJson(item));
                    insert.addBatch();
                } else if (rewriteAll || !(previous == item || previous.equals(item))) {
                    update.setInt(1, i);
                    update.setString(2, codec.toJson(item));
                    update.setString(3, kind);
                    update.setString(4, item.id());
                    update.addBatch();
                } else if (at != i) {
                    reposition.setInt(1, i);
                    reposition.setString(2, kind);
                    reposition.setString(3, item.id());
                    reposition.addBatch();
                }
            }
            try (PreparedStatement delete =
                    connection.prepareStatement("DELETE FROM " + items + " WHERE kind = ? AND code = ?")) {
                for (Entity item : was) {
                    if (!present.containsKey(item.id())) {
                        delete.setString(1, kind);
                        delete.setString(2, item.id());
                        delete.addBatch();
                    }
                }
                delete.executeBatch();
            }
            update.executeBatch();
            reposition.executeBatch();
            insert.executeBatch();
        }
    }

    /** Published notices are kept as a document holding only them (with what a document must have). */
    private void publishedNotices(Inventory after, EntityCodec codec) throws SQLException {
        if (after.publishedNotices().isEmpty()) {
            try (PreparedStatement delete =
                    connection.prepareStatement("DELETE FROM " + settings + " WHERE name = ?")) {
                delete.setString(1, ServerSchema.PUBLISHED);
                delete.executeUpdate();
            }
            return;
        }
        Inventory only = new Inventory(
                after.languages(),
                after.organisation(),
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                after.publishedNotices());
        setting(ServerSchema.PUBLISHED, codec.toJson(only));
    }

    private void setting(String name, String body) throws SQLException {
        try (PreparedStatement update =
                connection.prepareStatement("UPDATE " + settings + " SET body = ? WHERE name = ?")) {
            update.setString(1, body);
            update.setString(2, name);
            if (update.executeUpdate() > 0) {
                return;
            }
        }
        try (PreparedStatement insert =
                connection.prepareStatement("INSERT INTO " + settings + " (name, body) VALUES (?, ?)")) {
            insert.setString(1, name);
            insert.setString(2, body);
            insert.executeUpdate();
        }
    }

    private static Object decode(EntityCodec codec, EntityType type, String json, String where) throws SQLException {
        if (json == null) {
            throw new SQLException("the " + where + " row is missing");
        }
        try {
            return codec.fromJson(type, json);
        } catch (InventoryFormatException e) {
            throw new SQLException(
                    describe(type) + " " + Quoted.of(where) + " holds a value this version cannot read: "
                            + e.getMessage(),
                    e);
        }
    }

    private static String describe(EntityType type) {
        return EditRows.describe(type);
    }

    /** Each list holds items of its one kind only, as read above. */
    @SuppressWarnings("unchecked")
    private static <T> List<T> cast(List<Entity> list) {
        return (List<T>) (List<?>) list;
    }
}
