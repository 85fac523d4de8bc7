package io.privacyinventory.store;

import io.privacyinventory.exchange.EntityCodec;
import io.privacyinventory.exchange.InventoryFormatException;
import io.privacyinventory.model.Entity;
import io.privacyinventory.model.EntityType;
import io.privacyinventory.model.Inventories;
import io.privacyinventory.model.Inventory;
import io.privacyinventory.model.NoticeSettings;
import io.privacyinventory.model.Organisation;
import java.sql.SQLException;
import java.util.List;

/**
 * The inventory rebuilt from the change log alone, row by row, without the data tables. Each row
 * holds the whole new value of what it changed (a field, an item, the inventory), so the rows
 * from the first (the inventory as created or imported) up to any row give the inventory as it
 * was right after that row. {@code history --verify} compares the replay of the whole log with
 * the tables; the same replay, stopped at a row or a time, gives an earlier state.
 *
 * <p>Rules, precise enough for another program to follow: rows in {@code seq} order; a row with
 * no field on the inventory replaces everything with the document in {@code after}; the field
 * "languages" of the inventory sets the languages; a field of the organisation, the notice or an
 * item sets that field of the format to {@code after} (JSON; absent when null) on the item whose
 * id is {@code entity_id} (for a change of the id itself, the item whose id was {@code before}, and
 * every reference to that item in the activities takes the new id);
 * an item row with only {@code after} inserts that item at {@code position}; one with only
 * {@code before} removes the item {@code entity_id}; the field "@position" moves the item to the
 * index in {@code after}; the field "publishedNotices" of the inventory appends the published
 * notice in {@code after} to the published versions.
 */
public final class ChangeLogReplay {
    private Inventory state;
    private long lastSeq;

    /** A replay that has read no row yet: there is no inventory before the first row. */
    public ChangeLogReplay() {}

    /** The inventory after the last row applied; null before the first row. */
    public Inventory state() {
        return state;
    }

    /** The {@code seq} of the last row applied; 0 before the first. */
    public long lastSeq() {
        return lastSeq;
    }

    /** Applies one row, the next in {@code seq} order; a row that does not fit the state so far is refused. */
    public void apply(ChangeLogEntry entry) throws ReplayException {
        try {
            state = next(entry);
        } catch (InventoryFormatException | RuntimeException e) {
            throw new ReplayException(entry, e.getMessage(), e);
        }
        lastSeq = entry.seq();
    }

    private Inventory next(ChangeLogEntry entry) throws InventoryFormatException, ReplayException {
        EntityType type = entry.entityType();
        if (entry.kind() == ChangeLogEntry.Kind.REPLACE) {
            return (Inventory) new EntityCodec(List.of("en")).fromJson(EntityType.INVENTORY, entry.after());
        }
        if (state == null) {
            throw new ReplayException(entry, "the log does not start with the creation of the inventory", null);
        }
        EntityCodec codec = new EntityCodec(state.languages());
        switch (entry.kind()) {
            case PUBLISH -> {
                return Inventories.published(state, codec.publishedNotice(entry.after()));
            }
            case FIELD -> {
                if (type == EntityType.INVENTORY) {
                    try {
                        return Inventories.withLanguages(state, Columns.strings(entry.after()));
                    } catch (SQLException e) {
                        throw new ReplayException(entry, e.getMessage(), e);
                    }
                }
                if (type == EntityType.ORGANISATION) {
                    return Inventories.withOrganisation(state, (Organisation)
                            codec.withField(type, state.organisation(), entry.field(), entry.after()));
                }
                if (type == EntityType.NOTICE) {
                    return Inventories.withNotice(state, (NoticeSettings)
                            codec.withField(type, state.notice(), entry.field(), entry.after()));
                }
                int index = Inventories.indexOf(state, type, entry.entityId());
                if (index < 0 && "id".equals(entry.field()) && entry.before() != null) {
                    index = Inventories.indexOf(state, type, Columns.string(entry.before()));
                }
                Entity item = existing(entry, index);
                Entity changed = (Entity) codec.withField(type, item, entry.field(), entry.after());
                // a new id is carried into every reference, as the tables' row links do by themselves
                return Inventories.replaced(state, item.id(), changed);
            }
            case ADD -> {
                Entity item = (Entity) codec.fromJson(type, entry.after());
                if (entry.position() != null && entry.position() < 0) {
                    throw new ReplayException(entry, "position " + entry.position() + " is not in the list", null);
                }
                return Inventories.added(state, item, entry.position() == null ? -1 : entry.position());
            }
            case REMOVE -> {
                existing(entry, Inventories.indexOf(state, type, entry.entityId()));
                return Inventories.removed(state, type, entry.entityId());
            }
            case MOVE -> {
                existing(entry, Inventories.indexOf(state, type, entry.entityId()));
                return Inventories.moved(state, type, entry.entityId(), Integer.parseInt(entry.after()));
            }
            default -> throw new ReplayException(entry, "unknown kind of row", null);
        }
    }

    /** The list item at {@code index} of the row's type, or the row's failure when there is none. */
    private Entity existing(ChangeLogEntry entry, int index) throws ReplayException {
        if (index < 0) {
            throw new ReplayException(
                    entry, "there is no " + entry.entityType().code() + " \"" + entry.entityId() + "\"", null);
        }
        return Inventories.items(state, entry.entityType()).get(index);
    }

    /** A row the replay cannot apply to the state the rows before it give. */
    public static final class ReplayException extends Exception {
        private static final long serialVersionUID = 1L;

        ReplayException(ChangeLogEntry entry, String message, Throwable cause) {
            super("row " + entry.seq() + " cannot be replayed: " + message, cause);
        }
    }
}
