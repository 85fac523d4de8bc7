package io.privacyinventory.store;

import io.privacyinventory.model.EntityType;
import java.time.Instant;

/**
 * One row of the change log. A field edit has a {@code field}; adding an item has only
 * {@code after}, removing one only {@code before}, both with the item's {@code position}; a move
 * has the field {@value #POSITION_FIELD}; importing over the inventory is an
 * {@link EntityType#INVENTORY} row with the whole documents; publishing a notice an inventory row
 * of the field {@value #PUBLISHED_NOTICES_FIELD}. Values are JSON of the inventory
 * format. {@code entityId} is the item's id after the change (before it, for a removal).
 * {@code reverts} names the change set that this one undid.
 */
public record ChangeLogEntry(
        long seq,
        long changeSet,
        Long reverts,
        Instant time,
        String user,
        EntityType entityType,
        String entityId,
        String field,
        Integer position,
        String before,
        String after) {

    public static final String POSITION_FIELD = "@position";
    /**
     * The field of an {@link EntityType#INVENTORY} row that publishes a notice: {@code after} holds
     * the published version (its JSON in the format), {@code position} its place in the list.
     */
    public static final String PUBLISHED_NOTICES_FIELD = "publishedNotices";

    public Kind kind() {
        if (entityType == EntityType.INVENTORY && PUBLISHED_NOTICES_FIELD.equals(field)) {
            return Kind.PUBLISH;
        }
        if (field != null) {
            return field.equals(POSITION_FIELD) ? Kind.MOVE : Kind.FIELD;
        }
        if (entityType == EntityType.INVENTORY) {
            return Kind.REPLACE;
        }
        return before == null ? Kind.ADD : Kind.REMOVE;
    }

    /**
     * Whether this row changed {@code field} of the item {@code type}/{@code id}: a row of that
     * field, a row of the whole item (added, removed), or an import over the whole inventory.
     */
    public boolean touches(EntityType type, String id, String field) {
        if (entityType == EntityType.INVENTORY && this.field == null) {
            return true;
        }
        return entityType == type
                && java.util.Objects.equals(entityId, id)
                && (this.field == null || this.field.equals(field));
    }

    /** What a change-log row did. */
    public enum Kind {
        FIELD,
        ADD,
        REMOVE,
        MOVE,
        REPLACE,
        PUBLISH
    }
}
