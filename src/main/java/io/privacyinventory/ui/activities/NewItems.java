package io.privacyinventory.ui.activities;

import io.privacyinventory.model.DataCategory;
import io.privacyinventory.model.DataSubject;
import io.privacyinventory.model.Entity;
import io.privacyinventory.model.EntityType;
import io.privacyinventory.model.Ids;
import io.privacyinventory.model.Inventories;
import io.privacyinventory.model.Inventory;
import io.privacyinventory.model.Purpose;
import io.privacyinventory.model.Recipient;
import io.privacyinventory.model.Text;

/** New catalogue items made from a name, with an id derived from it that is still free. */
public final class NewItems {
    private NewItems() {
    }

    public static Entity create(EntityType type, String name, Text text, Inventory inventory) {
        String id = Ids.fromName(name, ActivityEditor.ids(Inventories.items(inventory, type)));
        return switch (type) {
            case DATA_SUBJECT -> new DataSubject(id, text, null);
            case DATA_CATEGORY -> new DataCategory(id, text, null, null, false, false);
            case PURPOSE -> new Purpose(id, text, null);
            case RECIPIENT -> new Recipient(id, text, null, null, null, false, null, null);
            default -> throw new IllegalArgumentException("not a catalogue: " + type);
        };
    }
}
