package io.privacyinventory.store;

import io.privacyinventory.model.Entity;
import io.privacyinventory.model.EntityType;
import io.privacyinventory.model.Inventory;

import java.util.List;

/**
 * One change to an inventory. Edits are applied through {@link InventoryStore#apply}, which runs
 * a list of them as one transaction and records each field they change in the change log.
 */
public sealed interface Edit {

    /** Adds an item to its list at {@code position} (-1: at the end). */
    record Add(Entity entity, int position) implements Edit {
        public Add(Entity entity) {
            this(entity, -1);
        }
    }

    /**
     * Replaces an item (or a singleton) with a new value, field by field. {@code id} names the item
     * as it is now; the new value may carry a new id. For {@link EntityType#ORGANISATION} the value
     * is an {@link io.privacyinventory.model.Organisation}, for {@link EntityType#NOTICE} a
     * {@link io.privacyinventory.model.NoticeSettings}, for {@link EntityType#INVENTORY} the list
     * of languages.
     */
    record Update(EntityType type, String id, Object value) implements Edit {
    }

    /** Sets one field of an item (or singleton) to a value given as JSON of the inventory format. */
    record SetField(EntityType type, String id, String field, String json) implements Edit {
    }

    /** Removes an item; refused while other items still refer to it. */
    record Remove(EntityType type, String id) implements Edit {
    }

    /** Moves an item to another place in its list. */
    record Move(EntityType type, String id, int position) implements Edit {
    }

    /** Replaces the whole inventory (an import over an existing one). */
    record ReplaceAll(Inventory inventory) implements Edit {
    }

    static Update languages(List<String> languages) {
        return new Update(EntityType.INVENTORY, null, List.copyOf(languages));
    }
}
