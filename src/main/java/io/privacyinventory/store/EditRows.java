package io.privacyinventory.store;

import io.privacyinventory.exchange.EntityCodec;
import io.privacyinventory.exchange.InventoryFormatException;
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
import io.privacyinventory.model.Quoted;
import io.privacyinventory.model.RecordFields;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An edit made to an inventory in memory, with the change-log rows it makes: the rows the file's
 * store writes for the same edit (one per changed field; an added or removed item whole with its
 * position; a move with both positions; a replacement with both documents). A store that keeps the
 * record as documents (the server) applies edits through this and writes the difference.
 */
final class EditRows {
    /** A change-log row before it has its place in the log: no seq, change set, time or hash yet. */
    record Row(EntityType type, String id, String field, Integer position, String before, String after) {
        boolean isField() {
            return field != null && !field.equals(ChangeLogEntry.POSITION_FIELD);
        }
    }

    private Inventory state;
    private final List<Row> rows = new ArrayList<>();
    /** What the edits touched, for {@link #requireValid} to check only what they can have broken. */
    private final Set<String> editedActivities = new java.util.HashSet<>();

    private boolean catalogueRemoved;
    private boolean noticeChanged;
    private boolean wholeRecord;

    EditRows(Inventory start) {
        this.state = start;
    }

    Inventory state() {
        return state;
    }

    List<Row> rows() {
        return rows;
    }

    /** Checks the edit as the file's store does, applies it and notes its rows. */
    void apply(Edit edit) throws EditRejectedException {
        EntityCodec codec = new EntityCodec(state.languages());
        try {
            if (edit instanceof Edit.Add add) {
                add(add, codec);
            } else if (edit instanceof Edit.Update update) {
                update(update.type(), update.id(), update.value(), codec);
            } else if (edit instanceof Edit.SetField set) {
                Object current = Inventories.current(state, set.type(), set.id());
                Object value = set.type() == EntityType.INVENTORY
                        ? set.value()
                        : RecordFields.with(
                                (Record) requireExisting(current, set.type(), set.id()), set.field(), set.value());
                if (set.type() == EntityType.INVENTORY && !"languages".equals(set.field())) {
                    throw new EditRejectedException("the inventory has no field \"" + set.field() + "\"");
                }
                update(set.type(), set.id(), value, codec);
            } else if (edit instanceof Edit.Remove remove) {
                remove(remove, codec);
            } else if (edit instanceof Edit.Move move) {
                move(move);
            } else if (edit instanceof Edit.ReplaceAll replace) {
                reject(InventoryValidator.validate(replace.inventory()));
                rows.add(new Row(
                        EntityType.INVENTORY,
                        null,
                        null,
                        null,
                        codec.toJson(state),
                        new EntityCodec(replace.inventory().languages()).toJson(replace.inventory())));
                state = replace.inventory();
                wholeRecord = true;
            } else if (edit instanceof Edit.Publish publish) {
                publish(publish.notice(), codec);
            } else if (edit instanceof Edit.Unchanged expected && !Inventories.holds(state, expected)) {
                throw new StaleFieldException(expected);
            }
        } catch (IllegalArgumentException | ClassCastException e) {
            throw new EditRejectedException(e.getMessage(), e);
        }
    }

    /**
     * Undoes one change-log row (the rows of a change set are undone newest first): a field goes back
     * to the JSON the log holds for it, an added item is removed, a removed one comes back at its place.
     */
    void revert(ChangeLogEntry entry) throws EditRejectedException {
        EntityType type = entry.entityType();
        EntityCodec codec = new EntityCodec(state.languages());
        switch (entry.kind()) {
            case ADD -> apply(new Edit.Remove(type, entry.entityId()));
            case REMOVE -> apply(new Edit.Add((Entity) decode(codec, type, entry.before()), entry.position()));
            case MOVE -> apply(new Edit.Move(type, entry.entityId(), Integer.parseInt(entry.before())));
            case PUBLISH ->
                throw new EditRejectedException("a published notice is evidence of what readers were "
                        + "told: its publication cannot be undone");
            case REPLACE -> {
                if (entry.before() == null) {
                    throw new EditRejectedException("the creation of the inventory cannot be undone");
                }
                apply(new Edit.ReplaceAll((Inventory) decode(codec, type, entry.before())));
            }
            case FIELD -> {
                if (type == EntityType.INVENTORY) {
                    try {
                        apply(Edit.languages(Columns.strings(entry.before())));
                    } catch (java.sql.SQLException e) {
                        throw new EditRejectedException(
                                "languages must be a list of language codes: " + entry.before(), e);
                    }
                    return;
                }
                Object current =
                        requireExisting(Inventories.current(state, type, entry.entityId()), type, entry.entityId());
                Object updated;
                try {
                    updated = codec.withField(type, current, entry.field(), entry.before());
                } catch (InventoryFormatException e) {
                    throw new EditRejectedException(
                            describe(type) + " field \"" + entry.field() + "\": "
                                    + e.errors().get(0).message(),
                            e);
                }
                apply(new Edit.Update(type, entry.entityId(), updated));
            }
        }
    }

    /**
     * The inventory must still be valid (no reference left dangling), checked once after all edits: the
     * items they added or changed were checked on their own as they were made, so only the references
     * those items make, and the references to items they removed, are looked at; a change of languages
     * or of the whole inventory checks it all.
     */
    void requireValid() throws EditRejectedException {
        reject(
                wholeRecord
                        ? InventoryValidator.validate(state)
                        : InventoryValidator.validateEdited(state, editedActivities, catalogueRemoved, noticeChanged));
    }

    private void add(Edit.Add add, EntityCodec codec) throws EditRejectedException {
        Entity entity = add.entity();
        EntityType type = EntityType.of(entity);
        reject(InventoryValidator.validateEntity(entity, state.languages(), ModelPath.ROOT));
        if (Inventories.indexOf(state, type, entity.id()) >= 0) {
            throw new EditRejectedException(describe(type) + " with id \"" + entity.id() + "\" already exists");
        }
        state = Inventories.added(state, entity, add.position());
        if (type == EntityType.ACTIVITY) {
            editedActivities.add(entity.id());
        }
        rows.add(new Row(
                type, entity.id(), null, Inventories.indexOf(state, type, entity.id()), null, codec.toJson(entity)));
    }

    @SuppressWarnings("unchecked")
    private void update(EntityType type, String id, Object value, EntityCodec codec) throws EditRejectedException {
        Object old = Inventories.current(state, type, id);
        switch (type) {
            case INVENTORY -> {
                List<String> languages = List.copyOf((List<String>) value);
                reject(InventoryValidator.validateLanguages(languages));
                wholeRecord = true; // every text must still be in a language of the record
                if (!languages.equals(old)) {
                    rows.add(new Row(
                            type,
                            null,
                            "languages",
                            null,
                            Columns.strings((List<String>) old),
                            Columns.strings(languages)));
                }
            }
            case ORGANISATION ->
                reject(InventoryValidator.validateOrganisation((Organisation) value, state.languages()));
            case NOTICE -> {
                reject(InventoryValidator.validateNotice((NoticeSettings) value, state.languages()));
                noticeChanged = true;
            }
            default -> {
                requireExisting(old, type, id);
                Entity entity = (Entity) value;
                reject(InventoryValidator.validateEntity(entity, state.languages(), ModelPath.ROOT));
                if (!entity.id().equals(id) && Inventories.indexOf(state, type, entity.id()) >= 0) {
                    throw new EditRejectedException(describe(type) + " with id \"" + entity.id() + "\" already exists");
                }
                if (type == EntityType.ACTIVITY) {
                    editedActivities.add(entity.id());
                } else if (!entity.id().equals(id)) {
                    catalogueRemoved = true; // renamed: the references follow, and are all looked at again
                }
            }
        }
        if (type != EntityType.INVENTORY) {
            String rowId = value instanceof Entity entity ? entity.id() : null;
            logChangedFields(type, rowId, old, value, codec);
        }
        state = Inventories.apply(state, new Edit.Update(type, id, value));
    }

    private void logChangedFields(EntityType type, String id, Object old, Object updated, EntityCodec codec) {
        Map<String, String> before = codec.fields(old);
        Map<String, String> after = codec.fields(updated);
        Set<String> fields = new LinkedHashSet<>(after.keySet());
        fields.addAll(before.keySet());
        for (String field : fields) {
            if (!Objects.equals(before.get(field), after.get(field))) {
                rows.add(new Row(type, id, field, null, before.get(field), after.get(field)));
            }
        }
    }

    /**
     * Adds the next published version of a notice after the others, as the file's store does: a
     * version someone else published meanwhile is refused rather than numbered twice.
     */
    private void publish(PublishedNotice notice, EntityCodec codec) throws EditRejectedException {
        int expected = Inventories.nextVersion(state.publishedNotices(), notice.audience(), notice.language());
        if (notice.version() != expected) {
            throw new EditRejectedException(
                    "the notice" + (notice.audience() == null ? "" : " for " + Quoted.of(notice.audience())) + " in "
                            + notice.language() + " was published meanwhile: the next "
                            + "version is " + expected + ", not " + notice.version());
        }
        reject(InventoryValidator.validatePublishedNotice(notice, ModelPath.ROOT));
        int position = state.publishedNotices().size();
        state = Inventories.published(state, notice);
        rows.add(new Row(
                EntityType.INVENTORY,
                null,
                ChangeLogEntry.PUBLISHED_NOTICES_FIELD,
                position,
                null,
                codec.toJson(notice)));
    }

    private void remove(Edit.Remove remove, EntityCodec codec) throws EditRejectedException {
        Object old =
                requireExisting(Inventories.current(state, remove.type(), remove.id()), remove.type(), remove.id());
        int position = Inventories.indexOf(state, remove.type(), remove.id());
        state = Inventories.removed(state, remove.type(), remove.id());
        catalogueRemoved |= remove.type() != EntityType.ACTIVITY;
        rows.add(new Row(remove.type(), remove.id(), null, position, codec.toJson(old), null));
    }

    private void move(Edit.Move move) throws EditRejectedException {
        requireExisting(Inventories.current(state, move.type(), move.id()), move.type(), move.id());
        int from = Inventories.indexOf(state, move.type(), move.id());
        state = Inventories.moved(state, move.type(), move.id(), move.position());
        int to = Inventories.indexOf(state, move.type(), move.id());
        if (from != to) {
            rows.add(new Row(
                    move.type(),
                    move.id(),
                    ChangeLogEntry.POSITION_FIELD,
                    to,
                    Integer.toString(from),
                    Integer.toString(to)));
        }
    }

    private static Object requireExisting(Object current, EntityType type, String id) throws EditRejectedException {
        if (current == null) {
            throw new EditRejectedException("there is no " + describe(type) + " with id \"" + id + "\"");
        }
        return current;
    }

    private static Object decode(EntityCodec codec, EntityType type, String json) throws EditRejectedException {
        try {
            return codec.fromJson(type, json);
        } catch (InventoryFormatException e) {
            throw new EditRejectedException(
                    "the change log holds a value this version cannot read: " + e.getMessage(), e);
        }
    }

    private static void reject(List<Problem> problems) throws EditRejectedException {
        if (!problems.isEmpty()) {
            throw new EditRejectedException(problems.get(0).toString());
        }
    }

    static String describe(EntityType type) {
        return type.code().replace('-', ' ');
    }
}
