package io.privacyinventory.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An inventory's items by id, and the domain rules that follow from its references: which data an
 * activity uses that needs an Art. 9(2) condition, who uses a catalogue item, how many use each,
 * and a free id for a new item. One place for these, so the checker, the notice, the exports and
 * the editor decide them alike. Built once per version of the (immutable) inventory.
 */
public final class InventoryIndex {
    private final Inventory inventory;
    private final Map<String, DataSubject> subjects;
    private final Map<String, DataCategory> categories;
    private final Map<String, Purpose> purposes;
    private final Map<String, Recipient> recipients;
    private final Map<String, Activity> activities;

    private InventoryIndex(Inventory inventory) {
        this.inventory = inventory;
        this.subjects = byId(inventory.dataSubjects());
        this.categories = byId(inventory.dataCategories());
        this.purposes = byId(inventory.purposes());
        this.recipients = byId(inventory.recipients());
        this.activities = byId(inventory.activities());
    }

    public static InventoryIndex of(Inventory inventory) {
        return new InventoryIndex(inventory);
    }

    public Inventory inventory() {
        return inventory;
    }

    public DataSubject dataSubject(String id) {
        return subjects.get(id);
    }

    public DataCategory dataCategory(String id) {
        return categories.get(id);
    }

    public Purpose purpose(String id) {
        return purposes.get(id);
    }

    public Recipient recipient(String id) {
        return recipients.get(id);
    }

    public Activity activity(String id) {
        return activities.get(id);
    }

    /** The item of a list by id; null for an unknown id or a singleton type. */
    public Entity item(EntityType type, String id) {
        return switch (type) {
            case DATA_SUBJECT -> subjects.get(id);
            case DATA_CATEGORY -> categories.get(id);
            case PURPOSE -> purposes.get(id);
            case RECIPIENT -> recipients.get(id);
            case ACTIVITY -> activities.get(id);
            default -> null;
        };
    }

    /** The activity's data categories that are special (Art. 9) or about criminal offences (Art. 10), in its order. */
    public List<DataCategory> sensitiveCategories(Activity activity) {
        List<DataCategory> sensitive = new ArrayList<>();
        for (String id : activity.dataCategories()) {
            DataCategory category = categories.get(id);
            if (category != null && (category.special() || category.criminal())) {
                sensitive.add(category);
            }
        }
        return sensitive;
    }

    /** Whether the activity uses special-category data (Art. 9), which needs an Art. 9(2) condition on its purposes. */
    public boolean usesSpecialData(Activity activity) {
        return sensitiveCategories(activity).stream().anyMatch(DataCategory::needsSpecialCondition);
    }

    /** Whether the activity uses data about criminal convictions and offences (Art. 10). */
    public boolean usesCriminalData(Activity activity) {
        return sensitiveCategories(activity).stream().anyMatch(DataCategory::needsCriminalAuthority);
    }

    /**
     * Whether the activity must name an Art. 9(2) condition: it uses such data and decides on its
     * own legal basis (a processor acts on its controller's).
     */
    public boolean needsSpecialCondition(Activity activity) {
        return activity.role() != Role.PROCESSOR && usesSpecialData(activity);
    }

    /**
     * Whether the editor asks a purpose of the activity for its Art. 9(2) condition: when the
     * activity uses such data, or when the purpose names one already (so that it can be cleared).
     */
    public boolean asksSpecialCondition(Activity activity, PurposeUse use) {
        return usesSpecialData(activity) || use.specialCategoryCondition() != null;
    }

    /** The activities that refer to a catalogue item, in their order. */
    public List<Activity> users(EntityType type, String id) {
        return References.users(inventory, type, id);
    }

    /** How many activities use each item of a catalogue, by id (unused items are missing). */
    public Map<String, Integer> usageCounts(EntityType type) {
        return References.usageCounts(inventory, type);
    }

    /** An id made from {@code name} that no item of the list has yet. */
    public String newId(EntityType type, String name) {
        return Ids.fromName(
                name,
                Inventories.items(inventory, type).stream().map(Entity::id).toList());
    }

    /** A new catalogue item named {@code name} (in the words of {@code text}) with a free id. */
    public Entity newItem(EntityType type, String name, Text text) {
        String id = newId(type, name);
        return switch (type) {
            case DATA_SUBJECT -> new DataSubject(id, text, null);
            case DATA_CATEGORY -> new DataCategory(id, text, null, null, false, false);
            case PURPOSE -> new Purpose(id, text, null);
            case RECIPIENT -> new Recipient(id, text, null, null, null, false, null, null);
            default -> throw new IllegalArgumentException("not a catalogue: " + type);
        };
    }

    private static <T extends Entity> Map<String, T> byId(List<T> items) {
        Map<String, T> byId = new HashMap<>(items.size() * 2);
        for (T item : items) {
            byId.putIfAbsent(item.id(), item);
        }
        return byId;
    }
}
