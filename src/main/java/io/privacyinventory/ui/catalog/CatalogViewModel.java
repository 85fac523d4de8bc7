package io.privacyinventory.ui.catalog;

import io.privacyinventory.model.Activity;
import io.privacyinventory.model.Edit;
import io.privacyinventory.model.Entity;
import io.privacyinventory.model.EntityType;
import io.privacyinventory.model.Inventories;
import io.privacyinventory.model.Inventory;
import io.privacyinventory.model.InventoryIndex;
import io.privacyinventory.model.RecordFields;
import io.privacyinventory.model.References;
import io.privacyinventory.model.Text;
import io.privacyinventory.ui.document.InventoryDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.util.Subscription;

/** The state behind a catalogue view (data categories, purposes, recipients or data subjects). */
public final class CatalogViewModel {
    private final InventoryDocument document;
    private final EntityType type;
    private final ObservableList<Entity> items = FXCollections.observableArrayList();
    private final FilteredList<Entity> filtered = new FilteredList<>(items);
    private final StringProperty filter = new SimpleStringProperty("");
    private final StringProperty selectedId = new SimpleStringProperty();
    private final ObjectProperty<Entity> selected = new SimpleObjectProperty<>();
    private Subscription subscription;
    private Inventory countedInventory;
    private Map<String, Integer> usageCounts = Map.of();

    public CatalogViewModel(InventoryDocument document, EntityType type) {
        this.document = document;
        this.type = type;
        filter.addListener((observable, old, text) -> {
            String query = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
            filtered.setPredicate(item -> query.isEmpty()
                    || item.id().contains(query)
                    || item.name().values().values().stream()
                            .anyMatch(v -> v.toLowerCase(Locale.ROOT).contains(query)));
        });
        selectedId.addListener((observable, old, id) -> selected.set(find(id)));
        activate();
    }

    /** Follows the document again (its view is shown), catching up with it at once. */
    public void activate() {
        if (subscription == null) {
            subscription = document.inventoryProperty().subscribe(this::sync);
        }
    }

    /** Stops following the document (its view is hidden or closed). */
    public void deactivate() {
        if (subscription != null) {
            subscription.unsubscribe();
            subscription = null;
        }
    }

    public void dispose() {
        deactivate();
    }

    public EntityType type() {
        return type;
    }

    public Inventory inventory() {
        return document.inventory();
    }

    public boolean isReadOnly() {
        return document.isReadOnly();
    }

    public ObservableList<Entity> visibleItems() {
        return filtered;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public StringProperty selectedIdProperty() {
        return selectedId;
    }

    public ObjectProperty<Entity> selectedProperty() {
        return selected;
    }

    private void sync(Inventory inventory) {
        List<? extends Entity> now = Inventories.items(inventory, type);
        if (now.size() == items.size()) {
            for (int i = 0; i < now.size(); i++) {
                if (!now.get(i).equals(items.get(i))) {
                    items.set(i, now.get(i));
                }
            }
        } else {
            items.setAll(now);
        }
        Entity current = find(selectedId.get());
        if (current == null) {
            selectedId.set(null);
        }
        selected.set(current);
    }

    private Entity find(String id) {
        return id == null
                ? null
                : items.stream()
                        .filter(item -> item.id().equals(id))
                        .findFirst()
                        .orElse(null);
    }

    /** How many activities use each item, for the table: counted once per version of the inventory. */
    public long usageCount(String id) {
        Inventory inventory = document.inventory();
        if (inventory != countedInventory) {
            usageCounts = References.usageCounts(inventory, type);
            countedInventory = inventory;
        }
        return usageCounts.getOrDefault(id, 0);
    }

    public List<Activity> users(String id) {
        return References.users(document.inventory(), type, id);
    }

    public void create(String name, String language) {
        Entity item = InventoryIndex.of(document.expected()).newItem(type, name, Text.of(language, name));
        document.add(item, -1);
        selectedId.set(item.id());
    }

    /** Changes the item as it is by the time the change is made (see {@link InventoryDocument#change}). */
    public void change(String id, UnaryOperator<Entity> change) {
        document.change(type, id, change);
    }

    /** Gives the item a new id; activities that refer to it follow. */
    public void changeId(String id, String newId) {
        document.change(type, id, (Entity item) -> (Entity) RecordFields.with((Record) item, "id", newId));
        if (id.equals(selectedId.get())) {
            selectedId.set(newId);
        }
    }

    /** Removes the item and, in the same change, every reference to it. */
    public void deleteWithReferences(String id) {
        int index = items.indexOf(find(id));
        document.apply(expected -> {
            List<Edit> edits = new ArrayList<>();
            for (Activity activity : References.users(expected, type, id)) {
                edits.addAll(Inventories.fieldEdits(
                        EntityType.ACTIVITY, activity.id(), activity, References.withoutReference(activity, type, id)));
            }
            edits.add(new Edit.Remove(type, id));
            return edits;
        });
        List<Entity> rest = items.stream().filter(item -> !item.id().equals(id)).toList();
        selectedId.set(
                rest.isEmpty()
                        ? null
                        : rest.get(Math.max(0, Math.min(index, rest.size() - 1)))
                                .id());
    }
}
