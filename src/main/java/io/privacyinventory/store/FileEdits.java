package io.privacyinventory.store;

import io.privacyinventory.exchange.EntityCodec;
import io.privacyinventory.exchange.InventoryFormatException;
import io.privacyinventory.model.Activity;
import io.privacyinventory.model.DataCategory;
import io.privacyinventory.model.DataSubject;
import io.privacyinventory.model.Edit;
import io.privacyinventory.model.Entity;
import io.privacyinventory.model.EntityType;
import io.privacyinventory.model.Inventories;
import io.privacyinventory.model.Inventory;
import io.privacyinventory.model.InventoryValidator;
import io.privacyinventory.model.ModelPath;
import io.privacyinventory.model.NoticeSettings;
import io.privacyinventory.model.Organisation;
import io.privacyinventory.model.Problem;
import io.privacyinventory.model.PublishedNotice;
import io.privacyinventory.model.Purpose;
import io.privacyinventory.model.Quoted;
import io.privacyinventory.model.Recipient;
import io.privacyinventory.model.RecordFields;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The edits of an inventory file's tables, inside the transaction of a change set: each {@link Edit}
 * checked against what the file holds, written to its rows, and logged in the change set, field by
 * field. {@link InventoryStore} opens and ends the transactions; this class does what runs in them.
 */
final class FileEdits {
    private final Connection connection;
    private final InventoryLoader loader;
    private final FileQueries queries;

    FileEdits(Connection connection, InventoryLoader loader) {
        this.connection = connection;
        this.loader = loader;
        this.queries = new FileQueries(connection, loader);
    }

    void apply(Edit edit, FileChangeSet context) throws SQLException, EditRejectedException {
        if (edit instanceof Edit.Add add) {
            add(add.entity(), add.position(), context);
        } else if (edit instanceof Edit.Update update) {
            update(update.type(), update.id(), update.value(), null, context);
        } else if (edit instanceof Edit.SetField set) {
            setField(set, context);
        } else if (edit instanceof Edit.Remove remove) {
            remove(remove.type(), remove.id(), context);
        } else if (edit instanceof Edit.Move move) {
            move(move.type(), move.id(), move.position(), context);
        } else if (edit instanceof Edit.ReplaceAll replace) {
            replaceAll(replace.inventory(), context);
        } else if (edit instanceof Edit.Publish publish) {
            publish(publish.notice(), context);
        } else if (edit instanceof Edit.Unchanged expected) {
            requireUnchanged(expected);
        }
    }

    /** Refuses the change when the field no longer holds the value the user started from. */
    private void requireUnchanged(Edit.Unchanged expected) throws SQLException, EditRejectedException {
        Object current;
        try {
            current = expected.type() == EntityType.INVENTORY
                    ? loader.languages()
                    : singletonOrExisting(expected.type(), expected.id());
        } catch (EditRejectedException gone) {
            throw new StaleFieldException(expected); // removed (or renamed) meanwhile
        }
        Object value;
        try {
            value = current instanceof Record record ? RecordFields.get(record, expected.field()) : current;
        } catch (IllegalArgumentException e) {
            throw new EditRejectedException(FileQueries.describe(expected.type()) + ": " + e.getMessage(), e);
        }
        if (!Objects.equals(value, expected.value())) {
            throw new StaleFieldException(expected);
        }
    }

    // ---- published notices ---------------------------------------------------------------------

    /**
     * Adds a published version of the notice after the others: only the next version of its
     * audience and language, so that two publishers at once cannot both make version 3.
     */
    private void publish(PublishedNotice notice, FileChangeSet context) throws SQLException, EditRejectedException {
        int expected = Inventories.nextVersion(loader.publishedNotices(), notice.audience(), notice.language());
        if (notice.version() != expected) {
            throw new EditRejectedException(
                    "the notice" + (notice.audience() == null ? "" : " for " + Quoted.of(notice.audience())) + " in "
                            + notice.language() + " was published meanwhile: the next "
                            + "version is " + expected + ", not " + notice.version());
        }
        rejectProblems(InventoryValidator.validatePublishedNotice(notice, ModelPath.ROOT));
        int position = queries.count("published_notice");
        try (RowWriter rows = new RowWriter(connection, false)) {
            rows.publishedNotice(nextRowId("published_notice"), notice, position);
        }
        context.append(
                EntityType.INVENTORY,
                null,
                ChangeLogEntry.PUBLISHED_NOTICES_FIELD,
                position,
                null,
                codec(loader.languages()).toJson(notice));
    }

    private long nextRowId(String table) throws SQLException {
        try (PreparedStatement statement =
                        connection.prepareStatement("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table);
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private void add(Entity entity, int requestedPosition, FileChangeSet context)
            throws SQLException, EditRejectedException {
        EntityType type = EntityType.of(entity);
        List<String> languages = loader.languages();
        rejectProblems(InventoryValidator.validateEntity(entity, languages, ModelPath.ROOT));
        if (queries.rowId(type, entity.id()) != null) {
            throw new EditRejectedException(
                    FileQueries.describe(type) + " with id \"" + entity.id() + "\" already exists");
        }
        String table = FileQueries.table(type);
        int count = queries.count(table);
        int position = requestedPosition < 0 || requestedPosition > count ? count : requestedPosition;
        update("UPDATE " + table + " SET position = position + 1 WHERE position >= ?", position);
        writeItem(RowWriter.maxId(connection, table) + 1, entity, position, null);
        context.append(type, entity.id(), null, position, null, codec(languages).toJson(entity));
    }

    /** Replaces an item or singleton; {@code current} is the item as it is now when the caller has just read it. */
    private void update(EntityType type, String id, Object value, Entity current, FileChangeSet context)
            throws SQLException, EditRejectedException {
        List<String> languages = loader.languages();
        switch (type) {
            case INVENTORY -> updateLanguages(value, languages, context);
            case ORGANISATION -> {
                Organisation organisation = cast(value, Organisation.class, type);
                rejectProblems(InventoryValidator.validateOrganisation(organisation, languages));
                if (!logChangedFields(type, null, loader.organisation(), organisation, languages, context)
                        .isEmpty()) {
                    try (RowWriter rows = new RowWriter(connection, false)) {
                        rows.organisation(organisation);
                    }
                }
            }
            case NOTICE -> {
                NoticeSettings notice = cast(value, NoticeSettings.class, type);
                rejectProblems(InventoryValidator.validateNotice(notice, languages));
                if (!logChangedFields(type, null, loader.notice(), notice, languages, context)
                        .isEmpty()) {
                    try (RowWriter rows = new RowWriter(connection, false)) {
                        rows.notice(notice, this::resolve);
                    }
                }
            }
            default -> {
                Entity entity = cast(value, entityClass(type), type);
                Entity old = current != null ? current : queries.existing(type, id);
                rejectProblems(InventoryValidator.validateEntity(entity, languages, ModelPath.ROOT));
                if (!entity.id().equals(id) && queries.rowId(type, entity.id()) != null) {
                    throw new EditRejectedException(
                            FileQueries.describe(type) + " with id \"" + entity.id() + "\" already exists");
                }
                Set<String> changed = logChangedFields(type, entity.id(), old, entity, languages, context);
                if (!changed.isEmpty()) {
                    long rowId = Objects.requireNonNull(queries.rowId(type, id));
                    writeItem(rowId, entity, queries.position(FileQueries.table(type), rowId), changed);
                }
            }
        }
    }

    private void updateLanguages(Object value, List<String> old, FileChangeSet context)
            throws SQLException, EditRejectedException {
        @SuppressWarnings("unchecked")
        List<String> languages = List.copyOf(cast(value, List.class, EntityType.INVENTORY));
        rejectProblems(InventoryValidator.validateLanguages(languages));
        if (languages.equals(old)) {
            return;
        }
        Inventory current = loader.inventory();
        rejectProblems(InventoryValidator.validate(new Inventory(
                languages,
                current.organisation(),
                current.notice(),
                current.dataSubjects(),
                current.dataCategories(),
                current.purposes(),
                current.recipients(),
                current.activities())));
        try (RowWriter rows = new RowWriter(connection, false)) {
            rows.languages(languages);
        }
        context.append(EntityType.INVENTORY, null, "languages", null, Columns.strings(old), Columns.strings(languages));
    }

    /** Logs one row per field whose JSON differs; returns the names of those fields. */
    private Set<String> logChangedFields(
            EntityType type, String id, Object old, Object updated, List<String> languages, FileChangeSet context)
            throws SQLException {
        EntityCodec codec = codec(languages);
        Map<String, String> before = codec.fields(old);
        Map<String, String> after = codec.fields(updated);
        Set<String> fields = new LinkedHashSet<>(after.keySet());
        fields.addAll(before.keySet());
        Set<String> changed = new LinkedHashSet<>();
        for (String field : fields) {
            if (!Objects.equals(before.get(field), after.get(field))) {
                context.append(type, id, field, null, before.get(field), after.get(field));
                changed.add(field);
            }
        }
        return changed;
    }

    private void setField(Edit.SetField set, FileChangeSet context) throws SQLException, EditRejectedException {
        EntityType type = set.type();
        if (type == EntityType.INVENTORY) {
            if (!"languages".equals(set.field())) {
                throw new EditRejectedException("the inventory has no field \"" + set.field() + "\"");
            }
            update(type, null, set.value(), null, context);
            return;
        }
        Object current = singletonOrExisting(type, set.id());
        Object updated;
        try {
            updated = RecordFields.with((Record) current, set.field(), set.value());
        } catch (IllegalArgumentException e) {
            throw new EditRejectedException(FileQueries.describe(type) + ": " + e.getMessage(), e);
        }
        update(type, set.id(), updated, current instanceof Entity entity ? entity : null, context);
    }

    /** Sets a field to a value given as the JSON the change log holds (undo and redo). */
    void setFieldJson(EntityType type, String id, String field, String json, FileChangeSet context)
            throws SQLException, EditRejectedException {
        if (type == EntityType.INVENTORY) {
            if (!"languages".equals(field)) {
                throw new EditRejectedException("the inventory has no field \"" + field + "\"");
            }
            try {
                update(type, null, Columns.strings(json), null, context);
            } catch (SQLException e) {
                throw new EditRejectedException("languages must be a list of language codes: " + json, e);
            }
            return;
        }
        Object current = singletonOrExisting(type, id);
        Object updated;
        try {
            updated = codec(loader.languages()).withField(type, current, field, json);
        } catch (InventoryFormatException e) {
            throw new EditRejectedException(
                    FileQueries.describe(type) + " field \"" + field + "\": "
                            + e.errors().get(0).message(),
                    e);
        }
        update(type, id, updated, current instanceof Entity entity ? entity : null, context);
    }

    private Object singletonOrExisting(EntityType type, String id) throws SQLException, EditRejectedException {
        return switch (type) {
            case ORGANISATION -> loader.organisation();
            case NOTICE -> loader.notice();
            default -> queries.existing(type, id);
        };
    }

    private void remove(EntityType type, String id, FileChangeSet context) throws SQLException, EditRejectedException {
        Entity old = queries.existing(type, id);
        String table = FileQueries.table(type);
        long rowId = Objects.requireNonNull(queries.rowId(type, id));
        List<String> usedBy = queries.usages(type, rowId);
        if (!usedBy.isEmpty()) {
            throw new EditRejectedException(FileQueries.describe(type) + " \"" + id + "\" is still used by "
                    + (usedBy.size() == 1 ? "activity " : "activities ") + String.join(", ", usedBy));
        }
        List<String> audiences = type == EntityType.DATA_SUBJECT ? queries.audiencesOf(rowId) : List.of();
        if (!audiences.isEmpty()) {
            throw new EditRejectedException(
                    FileQueries.describe(type) + " \"" + id + "\" is still named by the notice's "
                            + (audiences.size() == 1 ? "audience " : "audiences ") + String.join(", ", audiences));
        }
        int position = queries.position(table, rowId);
        update("DELETE FROM " + table + " WHERE id = ?", rowId);
        update("UPDATE " + table + " SET position = position - 1 WHERE position > ?", position);
        context.append(type, id, null, position, codec(loader.languages()).toJson(old), null);
    }

    private void move(EntityType type, String id, int requested, FileChangeSet context)
            throws SQLException, EditRejectedException {
        queries.existing(type, id);
        String table = FileQueries.table(type);
        long rowId = Objects.requireNonNull(queries.rowId(type, id));
        int from = queries.position(table, rowId);
        int to = Math.max(0, Math.min(requested, queries.count(table) - 1));
        if (from == to) {
            return;
        }
        if (to < from) {
            update("UPDATE " + table + " SET position = position + 1 WHERE position >= ? AND position < ?", to, from);
        } else {
            update("UPDATE " + table + " SET position = position - 1 WHERE position > ? AND position <= ?", from, to);
        }
        update("UPDATE " + table + " SET position = ? WHERE id = ?", to, rowId);
        context.append(type, id, ChangeLogEntry.POSITION_FIELD, to, Integer.toString(from), Integer.toString(to));
    }

    private void replaceAll(Inventory inventory, FileChangeSet context) throws SQLException, EditRejectedException {
        rejectProblems(InventoryValidator.validate(inventory));
        Inventory old = loader.inventory();
        String before = codec(old.languages()).toJson(old);
        Database.execute(connection, "PRAGMA defer_foreign_keys = ON");
        try (RowWriter rows = new RowWriter(connection, true)) {
            rows.deleteEverything();
        }
        insertInventory(inventory);
        context.append(
                EntityType.INVENTORY,
                null,
                null,
                null,
                before,
                codec(inventory.languages()).toJson(inventory));
    }

    void insertInventory(Inventory inventory) throws SQLException {
        Database.execute(connection, "PRAGMA defer_foreign_keys = ON");
        // the rows go in table by table; from about 50,000 activities the indexes of the largest tables
        // outgrow SQLite's default page cache (2 MB), and each insert into them would read and write
        // back pages of the file again: a larger cache for these inserts only
        int cacheSize = Database.pragmaInt(connection, "cache_size");
        Database.execute(connection, "PRAGMA cache_size = " + InventoryStore.WHOLE_INVENTORY_CACHE_SIZE);
        try (RowWriter rows = new RowWriter(connection, true)) {
            rows.insertInventory(inventory);
            rows.flush();
        } finally {
            Database.execute(connection, "PRAGMA cache_size = " + cacheSize);
        }
    }

    /**
     * Writes an item's row. {@code changedFields} is null for a new item; for one that is there
     * already it names the fields that changed, and of an activity's lists only those are written again.
     */
    private void writeItem(long rowId, Entity entity, int position, Set<String> changedFields) throws SQLException {
        try (RowWriter rows = new RowWriter(connection, false)) {
            if (entity instanceof DataSubject subject) {
                rows.dataSubject(rowId, subject, position);
            } else if (entity instanceof DataCategory category) {
                rows.dataCategory(rowId, category, position);
            } else if (entity instanceof Purpose purpose) {
                rows.purpose(rowId, purpose, position);
            } else if (entity instanceof Recipient recipient) {
                rows.recipient(rowId, recipient, position);
            } else if (entity instanceof Activity activity) {
                rows.activity(
                        rowId,
                        activity,
                        position,
                        this::resolve,
                        changedFields == null ? null : RowWriter.activityListsIn(changedFields));
            }
        }
    }

    private long resolve(EntityType type, String code) throws SQLException {
        Long id = queries.rowId(type, code);
        if (id == null) {
            throw new UnknownReferenceException("unknown " + FileQueries.describe(type) + " \"" + code + "\"");
        }
        return id;
    }

    /** A reference to an item that does not exist: the edit is refused, not a database failure. */
    static final class UnknownReferenceException extends SQLException {
        private static final long serialVersionUID = 1L;

        UnknownReferenceException(String message) {
            super(message);
        }
    }

    private void update(String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            Columns.bind(statement, values);
            statement.executeUpdate();
        }
    }

    static EntityCodec codec(List<String> languages) {
        return new EntityCodec(languages);
    }

    private static void rejectProblems(List<Problem> problems) throws EditRejectedException {
        if (!problems.isEmpty()) {
            throw new EditRejectedException(problems.get(0).toString());
        }
    }

    private static <T> T cast(Object value, Class<T> type, EntityType entityType) throws EditRejectedException {
        if (!type.isInstance(value)) {
            throw new EditRejectedException("the new value of " + FileQueries.describe(entityType) + " must be a "
                    + type.getSimpleName() + ", not "
                    + (value == null ? "nothing" : value.getClass().getSimpleName()));
        }
        return type.cast(value);
    }

    private static Class<? extends Entity> entityClass(EntityType type) {
        return switch (type) {
            case DATA_SUBJECT -> DataSubject.class;
            case DATA_CATEGORY -> DataCategory.class;
            case PURPOSE -> Purpose.class;
            case RECIPIENT -> Recipient.class;
            default -> Activity.class;
        };
    }
}
