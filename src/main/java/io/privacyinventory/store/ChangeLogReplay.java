package io.privacyinventory.store;

import io.privacyinventory.exchange.EntityCodec;
import io.privacyinventory.exchange.InventoryFormatException;
import io.privacyinventory.model.DataCategory;
import io.privacyinventory.model.DataSubject;
import io.privacyinventory.model.Entity;
import io.privacyinventory.model.EntityType;
import io.privacyinventory.model.Inventories;
import io.privacyinventory.model.Inventory;
import io.privacyinventory.model.NoticeSettings;
import io.privacyinventory.model.Organisation;
import io.privacyinventory.model.Purpose;
import io.privacyinventory.model.Recipient;
import io.privacyinventory.model.References;
import io.privacyinventory.model.Activity;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

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
 * index in {@code after}.
 */
public final class ChangeLogReplay {
    private Inventory state;
    private long lastSeq;

    /** A replay that has read no row yet: there is no inventory before the first row. */
    public ChangeLogReplay() {
    }

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
            case FIELD -> {
                if (type == EntityType.INVENTORY) {
                    List<String> languages;
                    try {
                        languages = Columns.strings(entry.after());
                    } catch (SQLException e) {
                        throw new ReplayException(entry, e.getMessage(), e);
                    }
                    return with(state, languages, state.organisation(), state.notice());
                }
                if (type == EntityType.ORGANISATION) {
                    return with(state, state.languages(),
                            (Organisation) codec.withField(type, state.organisation(), entry.field(), entry.after()),
                            state.notice());
                }
                if (type == EntityType.NOTICE) {
                    return with(state, state.languages(), state.organisation(),
                            (NoticeSettings) codec.withField(type, state.notice(), entry.field(), entry.after()));
                }
                List<Entity> items = new ArrayList<>(items(state, type));
                int index = indexOf(items, entry.entityId());
                if (index < 0 && "id".equals(entry.field()) && entry.before() != null) {
                    index = indexOf(items, Columns.string(entry.before()));
                }
                if (index < 0) {
                    throw new ReplayException(entry, "there is no " + type.code() + " \"" + entry.entityId() + "\"", null);
                }
                String oldId = items.get(index).id();
                Entity changed = (Entity) codec.withField(type, items.get(index), entry.field(), entry.after());
                // a new id is carried into every reference, as the tables' row links do by themselves
                return Inventories.replaced(state, oldId, changed);
            }
            case ADD -> {
                List<Entity> items = new ArrayList<>(items(state, type));
                Entity item = (Entity) codec.fromJson(type, entry.after());
                int position = entry.position() == null ? items.size() : Math.min(entry.position(), items.size());
                items.add(position, item);
                return withItems(state, type, items);
            }
            case REMOVE -> {
                List<Entity> items = new ArrayList<>(items(state, type));
                int index = indexOf(items, entry.entityId());
                if (index < 0) {
                    throw new ReplayException(entry, "there is no " + type.code() + " \"" + entry.entityId() + "\"", null);
                }
                items.remove(index);
                return withItems(state, type, items);
            }
            case MOVE -> {
                List<Entity> items = new ArrayList<>(items(state, type));
                int index = indexOf(items, entry.entityId());
                if (index < 0) {
                    throw new ReplayException(entry, "there is no " + type.code() + " \"" + entry.entityId() + "\"", null);
                }
                Entity item = items.remove(index);
                items.add(Math.max(0, Math.min(Integer.parseInt(entry.after()), items.size())), item);
                return withItems(state, type, items);
            }
            default -> throw new ReplayException(entry, "unknown kind of row", null);
        }
    }

    private static int indexOf(List<Entity> items, String id) {
        for (int i = 0; i < items.size(); i++) {
            if (Objects.equals(items.get(i).id(), id)) {
                return i;
            }
        }
        return -1;
    }

    static List<? extends Entity> items(Inventory inventory, EntityType type) {
        return switch (type) {
            case DATA_SUBJECT -> inventory.dataSubjects();
            case DATA_CATEGORY -> inventory.dataCategories();
            case PURPOSE -> inventory.purposes();
            case RECIPIENT -> inventory.recipients();
            case ACTIVITY -> inventory.activities();
            default -> throw new IllegalArgumentException(type + " is not a list");
        };
    }

    @SuppressWarnings("unchecked")
    private static Inventory withItems(Inventory inventory, EntityType type, List<Entity> items) {
        return new Inventory(inventory.languages(), inventory.organisation(), inventory.notice(),
                type == EntityType.DATA_SUBJECT ? (List<DataSubject>) (List<?>) items : inventory.dataSubjects(),
                type == EntityType.DATA_CATEGORY ? (List<DataCategory>) (List<?>) items : inventory.dataCategories(),
                type == EntityType.PURPOSE ? (List<Purpose>) (List<?>) items : inventory.purposes(),
                type == EntityType.RECIPIENT ? (List<Recipient>) (List<?>) items : inventory.recipients(),
                type == EntityType.ACTIVITY ? (List<Activity>) (List<?>) items : inventory.activities(),
                inventory.publishedNotices());
    }

    private static Inventory with(Inventory inventory, List<String> languages, Organisation organisation,
                                  NoticeSettings notice) {
        return new Inventory(languages, organisation, notice, inventory.dataSubjects(), inventory.dataCategories(),
                inventory.purposes(), inventory.recipients(), inventory.activities(), inventory.publishedNotices());
    }

    /** A row the replay cannot apply to the state the rows before it give. */
    public static final class ReplayException extends Exception {
        private static final long serialVersionUID = 1L;

        ReplayException(ChangeLogEntry entry, String message, Throwable cause) {
            super("row " + entry.seq() + " cannot be replayed: " + message, cause);
        }
    }
}
