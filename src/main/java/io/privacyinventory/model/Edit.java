package io.privacyinventory.model;

import java.util.List;

/**
 * One change to an inventory, described once. {@link Inventories#apply(Inventory, Edit)} makes it
 * in memory; the store makes the same change to the file (a list of edits as one transaction and
 * one change set of its log). A change set is simply a list of edits applied in order.
 */
public sealed interface Edit {

    /** Adds an item to its list at {@code position} (-1 or past the end: at the end). */
    record Add(Entity entity, int position) implements Edit {
        public Add(Entity entity) {
            this(entity, -1);
        }
    }

    /**
     * Replaces an item (or a singleton) with a new value. {@code id} names the item as it is now;
     * the new value may carry a new id, and references to the item follow it. For
     * {@link EntityType#ORGANISATION} the value is an {@link Organisation}, for
     * {@link EntityType#NOTICE} a {@link NoticeSettings}, for {@link EntityType#INVENTORY} the list
     * of languages.
     */
    record Update(EntityType type, String id, Object value) implements Edit {}

    /**
     * Sets one field of an item (or singleton) to a value of the model's own type for that field
     * ({@link Text}, a list of ids, an enum, a date …; null clears it). Field names are those of the
     * inventory format, which are the record components of the model: see {@link RecordFields}.
     * The inventory's one field is {@code languages}.
     */
    record SetField(EntityType type, String id, String field, Object value) implements Edit {}

    /**
     * Changes nothing, but refuses the change it is part of when the field no longer holds
     * {@code value}: the value the user started from. It goes before the edits of that field, so
     * that a value someone else stored while the user was typing is never overwritten unseen.
     */
    record Unchanged(EntityType type, String id, String field, Object value) implements Edit {}

    /** Removes an item; refused while other items still refer to it. */
    record Remove(EntityType type, String id) implements Edit {}

    /** Moves an item to another place in its list (clamped to the list). */
    record Move(EntityType type, String id, int position) implements Edit {}

    /**
     * Adds a published version of the notice. It must be the next version for its audience and
     * language; once added it is never changed, and the publication is not undone.
     */
    record Publish(PublishedNotice notice) implements Edit {}

    /** Replaces the whole inventory (an import over an existing one). */
    record ReplaceAll(Inventory inventory) implements Edit {}

    static Update languages(List<String> languages) {
        return new Update(EntityType.INVENTORY, null, List.copyOf(languages));
    }
}
