package io.privacyinventory.ui.activities;

import io.privacyinventory.model.Activity;
import io.privacyinventory.model.Edit;
import io.privacyinventory.model.Entity;
import io.privacyinventory.model.EntityType;
import io.privacyinventory.model.Inventories;
import io.privacyinventory.model.Inventory;
import io.privacyinventory.model.InventoryIndex;
import io.privacyinventory.model.Text;
import io.privacyinventory.ui.document.InventoryDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.util.Subscription;

/**
 * The state behind the Activities view: the activities of the open inventory, the filter typed by
 * the user, the selected activity, and the list actions (new, duplicate, delete). No controls.
 */
public final class ActivitiesViewModel implements ActivityEditor.Actions {
    private final InventoryDocument document;
    private final ActivityFilter filtered = ActivityFilter.onFxThread();
    private final List<Activity> activities = filtered.rows();
    /** Each activity's position in {@link #activities}, made on first need after the rows changed. */
    private java.util.Map<String, Integer> positions;

    private final StringProperty filter = new SimpleStringProperty("");
    private final ReadOnlyIntegerWrapper matchCount = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper();
    private boolean filtering;
    private final StringProperty selectedId = new SimpleStringProperty();
    private final ObjectProperty<Activity> selected = new SimpleObjectProperty<>();
    private Subscription subscription;
    private final String newName;
    private final String copySuffix;
    /** Activities made by "New activity" that have not been named yet: their id comes from the first name typed. */
    private final java.util.Set<String> unnamed = new java.util.HashSet<>();
    /** Ids changed by the first name, old to new, until the list shows the new one. */
    private final java.util.Map<String, String> renamed = new java.util.HashMap<>();

    public ActivitiesViewModel(InventoryDocument document, String newName, String copySuffix) {
        this.document = document;
        this.newName = newName;
        this.copySuffix = copySuffix;
        filter.addListener((observable, old, text) -> {
            filtering = true;
            try {
                filtered.query(text);
            } finally {
                filtering = false;
            }
            counts();
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

    public ObservableList<Activity> visibleActivities() {
        return filtered.visible();
    }

    /** How many activities the filter shows. */
    public ReadOnlyIntegerProperty matchCountProperty() {
        return matchCount.getReadOnlyProperty();
    }

    /** How many activities there are, shown or not. */
    public ReadOnlyIntegerProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    /** True while the visible list changes because the filter did (not because the inventory did). */
    public boolean isFiltering() {
        return filtering;
    }

    /** Whether the filter shows the activity with this id. */
    public boolean isVisible(String id) {
        Integer position = positions().get(id);
        return position != null && filtered.isVisible(position);
    }

    private java.util.Map<String, Integer> positions() {
        if (positions == null) {
            positions = new java.util.HashMap<>(activities.size() * 2);
            for (int i = 0; i < activities.size(); i++) {
                positions.putIfAbsent(activities.get(i).id(), i);
            }
        }
        return positions;
    }

    private void counts() {
        matchCount.set(filtered.visible().size());
        total.set(filtered.total());
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public StringProperty selectedIdProperty() {
        return selectedId;
    }

    public ObjectProperty<Activity> selectedProperty() {
        return selected;
    }

    public Inventory inventory() {
        return document.inventory();
    }

    public boolean isReadOnly() {
        return document.isReadOnly();
    }

    /** Keeps the list in step with the document, changing only the rows that changed. */
    private void sync(Inventory inventory) {
        filtered.rows(inventory.activities());
        positions = null;
        counts();
        String id = selectedId.get();
        if (find(id) == null && renamed.containsKey(id) && find(renamed.get(id)) != null) {
            selectedId.set(renamed.remove(id));
        }
        Activity current = find(selectedId.get());
        if (current == null) {
            selectedId.set(null);
        }
        selected.set(current);
    }

    private Activity find(String id) {
        if (id == null) {
            return null;
        }
        Integer position = positions().get(id);
        return position == null ? null : activities.get(position);
    }

    // ---- actions ------------------------------------------------------------------------------

    public void createActivity(String language) {
        String id = InventoryIndex.of(document.expected()).newId(EntityType.ACTIVITY, newName);
        document.add(Activity.draft(id, Text.of(language, newName)), -1);
        unnamed.add(id);
        selectedId.set(id);
    }

    public void duplicate(String id, String language) {
        Activity original = find(id);
        if (original == null) {
            return;
        }
        String copyId = InventoryIndex.of(document.expected()).newId(EntityType.ACTIVITY, original.id() + "-copy");
        Text name = original.name();
        Text copyName = name.with(language, name.resolve(language, inventory().defaultLanguage()) + " " + copySuffix);
        int position = activities.indexOf(original) + 1;
        document.add(
                original.withId(copyId).withName(copyName).withStatus(io.privacyinventory.model.ActivityStatus.DRAFT),
                position);
        selectedId.set(copyId);
    }

    public void delete(String id) {
        int index = activities.indexOf(find(id));
        document.remove(EntityType.ACTIVITY, id);
        List<Activity> rest = activities.stream()
                .filter(activity -> !activity.id().equals(id))
                .toList();
        selectedId.set(
                rest.isEmpty()
                        ? null
                        : rest.get(Math.min(index, rest.size() - 1)).id());
    }

    /** Changes the activity as it is by the time the change is made (see {@link InventoryDocument#change}). */
    @Override
    public void change(String id, UnaryOperator<Activity> change) {
        if (unnamed.contains(id)) {
            Activity now = (Activity) Inventories.current(document.expected(), EntityType.ACTIVITY, id);
            String named;
            try {
                named = now == null ? null : firstName(now, change.apply(now));
            } catch (io.privacyinventory.ui.document.ChangedWhileTyping typedOver) {
                named = null; // the document refuses it below, naming who changed the value
            }
            if (named != null) {
                unnamed.remove(id);
                String newId = InventoryIndex.of(document.expected()).newId(EntityType.ACTIVITY, named);
                renamed.put(id, newId);
                document.change(
                        EntityType.ACTIVITY, id, (Activity a) -> change.apply(a).withId(newId));
                return;
            }
        }
        document.change(EntityType.ACTIVITY, id, change);
    }

    /** The name the user gave an activity still called by the placeholder, or null if the change does not name it. */
    private String firstName(Activity before, Activity after) {
        if (Objects.equals(before.name(), after.name()) || after.name() == null) {
            return null;
        }
        return after.name().values().values().stream()
                .filter(name -> !name.equals(newName))
                .findFirst()
                .orElse(null);
    }

    /**
     * Adds a catalogue item named {@code name}, with an id made free from it, and in the same change
     * lets the activity refer to it.
     */
    @Override
    public void createAndUse(
            EntityType type,
            Text name,
            String activityId,
            UnaryOperator<Entity> details,
            BiFunction<Activity, String, Activity> use) {
        String language = name.values().keySet().iterator().next();
        document.apply(expected -> {
            Activity activity = (Activity) Inventories.current(expected, EntityType.ACTIVITY, activityId);
            if (activity == null) {
                return List.of();
            }
            Entity item = details.apply(
                    InventoryIndex.of(expected).newItem(type, name.get(language).orElse(""), name));
            List<Edit> edits = new ArrayList<>();
            edits.add(new Edit.Add(item, -1));
            edits.addAll(
                    Inventories.fieldEdits(EntityType.ACTIVITY, activityId, activity, use.apply(activity, item.id())));
            return edits;
        });
    }
}
