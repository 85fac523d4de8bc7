package io.privacyinventory.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The same edits the store makes, applied to an inventory in memory, so that an editor can show
 * the result of a committed edit without reading the whole file again.
 */
public final class Inventories {
    private Inventories() {
    }

    /** The items of one list; empty for the singletons. */
    public static List<? extends Entity> items(Inventory inventory, EntityType type) {
        return switch (type) {
            case DATA_SUBJECT -> inventory.dataSubjects();
            case DATA_CATEGORY -> inventory.dataCategories();
            case PURPOSE -> inventory.purposes();
            case RECIPIENT -> inventory.recipients();
            case ACTIVITY -> inventory.activities();
            default -> List.of();
        };
    }

    public static int indexOf(Inventory inventory, EntityType type, String id) {
        List<? extends Entity> items = items(inventory, type);
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /** The inventory with the item now called {@code id} replaced (its id may change). */
    public static Inventory replaced(Inventory inventory, String id, Entity replacement) {
        EntityType type = EntityType.of(replacement);
        List<Entity> items = new ArrayList<>(items(inventory, type));
        int index = indexOf(inventory, type, id);
        if (index < 0) {
            throw new IllegalArgumentException("no " + type.code() + " \"" + id + "\"");
        }
        items.set(index, replacement);
        return withList(inventory, type, items);
    }

    /** The inventory with the item added at {@code position} (-1 or past the end: at the end). */
    public static Inventory added(Inventory inventory, Entity item, int position) {
        EntityType type = EntityType.of(item);
        List<Entity> items = new ArrayList<>(items(inventory, type));
        items.add(position < 0 || position > items.size() ? items.size() : position, item);
        return withList(inventory, type, items);
    }

    public static Inventory removed(Inventory inventory, EntityType type, String id) {
        List<Entity> items = new ArrayList<>(items(inventory, type));
        items.removeIf(item -> item.id().equals(id));
        return withList(inventory, type, items);
    }

    public static Inventory moved(Inventory inventory, EntityType type, String id, int position) {
        List<Entity> items = new ArrayList<>(items(inventory, type));
        int from = indexOf(inventory, type, id);
        if (from < 0) {
            return inventory;
        }
        Entity item = items.remove(from);
        items.add(Math.max(0, Math.min(position, items.size())), item);
        return withList(inventory, type, items);
    }

    public static Inventory withOrganisation(Inventory inventory, Organisation organisation) {
        return new Inventory(inventory.languages(), organisation, inventory.notice(), inventory.dataSubjects(),
                inventory.dataCategories(), inventory.purposes(), inventory.recipients(), inventory.activities(),
                inventory.publishedNotices());
    }

    public static Inventory withNotice(Inventory inventory, NoticeSettings notice) {
        return new Inventory(inventory.languages(), inventory.organisation(), notice, inventory.dataSubjects(),
                inventory.dataCategories(), inventory.purposes(), inventory.recipients(), inventory.activities(),
                inventory.publishedNotices());
    }

    public static Inventory withLanguages(Inventory inventory, List<String> languages) {
        return new Inventory(languages, inventory.organisation(), inventory.notice(), inventory.dataSubjects(),
                inventory.dataCategories(), inventory.purposes(), inventory.recipients(), inventory.activities(),
                inventory.publishedNotices());
    }

    @SuppressWarnings("unchecked")
    private static Inventory withList(Inventory inventory, EntityType type, List<Entity> items) {
        List<?> list = items;
        return new Inventory(inventory.languages(), inventory.organisation(), inventory.notice(),
                type == EntityType.DATA_SUBJECT ? (List<DataSubject>) list : inventory.dataSubjects(),
                type == EntityType.DATA_CATEGORY ? (List<DataCategory>) list : inventory.dataCategories(),
                type == EntityType.PURPOSE ? (List<Purpose>) list : inventory.purposes(),
                type == EntityType.RECIPIENT ? (List<Recipient>) list : inventory.recipients(),
                type == EntityType.ACTIVITY ? (List<Activity>) list : inventory.activities(),
                inventory.publishedNotices());
    }
}
