package io.privacyinventory.ui.catalog;

import io.privacyinventory.exchange.InventoryJsonReader;
import io.privacyinventory.model.DataCategory;
import io.privacyinventory.model.DataSubject;
import io.privacyinventory.model.Edit;
import io.privacyinventory.model.Entity;
import io.privacyinventory.model.EntityType;
import io.privacyinventory.model.Inventories;
import io.privacyinventory.model.Inventory;
import io.privacyinventory.model.Purpose;
import io.privacyinventory.model.Text;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Common data subjects, data categories and purposes (in bokmål and English) that a new
 * inventory can start from. Only items whose id is still free are added, with the translations
 * the inventory keeps.
 */
public final class StarterCatalogue {
    private StarterCatalogue() {}

    public static Inventory bundled() {
        try (InputStream in =
                StarterCatalogue.class.getResourceAsStream("/io/privacyinventory/ui/starter-catalogue.json")) {
            return InventoryJsonReader.read(in, "starter-catalogue.json");
        } catch (Exception e) {
            throw new IllegalStateException("the bundled starter catalogue is broken: " + e.getMessage(), e);
        }
    }

    /** The additions as edits (one change set, one undo step); empty when all are there already. */
    public static List<Edit> additions(Inventory inventory) {
        Inventory starter = bundled();
        List<Edit> edits = new ArrayList<>();
        List<Entity> items = new ArrayList<>();
        items.addAll(starter.dataSubjects());
        items.addAll(starter.dataCategories());
        items.addAll(starter.purposes());
        for (Entity item : items) {
            EntityType type = EntityType.of(item);
            if (Inventories.indexOf(inventory, type, item.id()) < 0) {
                edits.add(new Edit.Add(adapted(item, inventory.languages()), -1));
            }
        }
        return edits;
    }

    private static Entity adapted(Entity item, List<String> languages) {
        if (item instanceof DataSubject subject) {
            return new DataSubject(
                    subject.id(), text(subject.name(), languages), text(subject.description(), languages));
        } else if (item instanceof DataCategory c) {
            return new DataCategory(
                    c.id(),
                    text(c.name(), languages),
                    text(c.description(), languages),
                    c.source(),
                    c.special(),
                    c.criminal());
        }
        Purpose purpose = (Purpose) item;
        return new Purpose(purpose.id(), text(purpose.name(), languages), text(purpose.description(), languages));
    }

    /** Keeps the translations the inventory has; an inventory in neither language gets the English text. */
    static Text text(Text text, List<String> languages) {
        if (text == null) {
            return null;
        }
        Map<String, String> kept = new LinkedHashMap<>();
        for (String language : languages) {
            text.get(language).ifPresent(value -> kept.put(language, value));
        }
        if (kept.isEmpty()) {
            kept.put(languages.get(0), text.get("en").orElse(text.resolve("en", "nb")));
        }
        return Text.of(kept);
    }
}
