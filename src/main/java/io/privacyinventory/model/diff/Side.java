package io.privacyinventory.model.diff;

import io.privacyinventory.model.Entity;
import io.privacyinventory.model.EntityType;
import io.privacyinventory.model.Inventory;
import io.privacyinventory.model.Text;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One of the two inventories being compared, as its values are put in words: a reference names
 * the item it points to in this inventory (a removed category keeps its old name on the old side).
 */
final class Side {
    static final String LIST_SEPARATOR = "; ";

    private final Inventory inventory;
    private final DiffWords words;
    private final Map<EntityType, Map<String, Entity>> items = new HashMap<>();

    Side(Inventory inventory, DiffWords words) {
        this.inventory = inventory;
        this.words = words;
        index(EntityType.DATA_SUBJECT, inventory.dataSubjects());
        index(EntityType.DATA_CATEGORY, inventory.dataCategories());
        index(EntityType.PURPOSE, inventory.purposes());
        index(EntityType.RECIPIENT, inventory.recipients());
        index(EntityType.ACTIVITY, inventory.activities());
    }

    private void index(EntityType kind, List<? extends Entity> entities) {
        Map<String, Entity> byId = new HashMap<>();
        entities.forEach(entity -> byId.put(entity.id(), entity));
        items.put(kind, byId);
    }

    DiffWords words() {
        return words;
    }

    Inventory inventory() {
        return inventory;
    }

    /** A text in the diff's language, else in this inventory's default language; "" for none. */
    String text(Text text) {
        return text == null ? "" : text.resolve(words.language(), inventory.defaultLanguage());
    }

    /** The name of the item with this id, or the id itself if there is no such item. */
    String name(EntityType kind, String id) {
        Entity entity = items.get(kind).get(id);
        return entity == null ? id : text(entity.name());
    }

    String names(EntityType kind, List<String> ids) {
        return ids.stream().map(id -> name(kind, id)).collect(Collectors.joining(LIST_SEPARATOR));
    }
}
