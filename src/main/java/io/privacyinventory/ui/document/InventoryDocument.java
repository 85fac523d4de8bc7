package io.privacyinventory.ui.document;

import io.privacyinventory.model.Entity;
import io.privacyinventory.model.EntityType;
import io.privacyinventory.model.Inventories;
import io.privacyinventory.model.Inventory;
import io.privacyinventory.model.NoticeSettings;
import io.privacyinventory.model.Organisation;
import io.privacyinventory.store.ChangeSet;
import io.privacyinventory.store.Edit;
import io.privacyinventory.store.InventoryStore;
import io.privacyinventory.ui.TaskRunner;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The open inventory file as the editor sees it: the current inventory, and the one way to change
 * it. Every edit is committed through the store at once (one transaction, logged); on success the
 * same change is made to the inventory in memory, so views update without reading the file again.
 * Undo and redo revert this session's change sets through the store's change log.
 */
public final class InventoryDocument implements AutoCloseable {

    /** What became of an edit, for the status bar. */
    public enum SaveState { SAVED, SAVING, FAILED }

    private final InventoryStore store;
    private final TaskRunner runner;
    private final ObjectProperty<Inventory> inventory;
    private final ObjectProperty<SaveState> saveState = new SimpleObjectProperty<>(SaveState.SAVED);
    private final ObjectProperty<Throwable> lastError = new SimpleObjectProperty<>();
    private final BooleanProperty canUndo = new SimpleBooleanProperty();
    private final BooleanProperty canRedo = new SimpleBooleanProperty();
    private final Deque<Long> undoStack = new ArrayDeque<>();
    private final Deque<Long> redoStack = new ArrayDeque<>();
    private int pending;

    public InventoryDocument(InventoryStore store, Inventory loaded, TaskRunner runner) {
        this.store = store;
        this.runner = runner;
        this.inventory = new SimpleObjectProperty<>(loaded);
    }

    public Path file() {
        return store.file();
    }

    public boolean isReadOnly() {
        return store.isReadOnly();
    }

    public InventoryStore store() {
        return store;
    }

    public ReadOnlyObjectProperty<Inventory> inventoryProperty() {
        return inventory;
    }

    public Inventory inventory() {
        return inventory.get();
    }

    public ReadOnlyObjectProperty<SaveState> saveStateProperty() {
        return saveState;
    }

    /** The last edit that was refused or failed; views show it and keep the old value. */
    public ReadOnlyObjectProperty<Throwable> lastErrorProperty() {
        return lastError;
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo;
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo;
    }

    // ---- edits --------------------------------------------------------------------------------

    /** Replaces the item now called {@code id} with a new value (which may carry a new id). */
    public void update(String id, Entity value) {
        apply(List.of(new Edit.Update(EntityType.of(value), id, value)),
                current -> Inventories.replaced(current, id, value));
    }

    public void add(Entity item, int position) {
        apply(List.of(new Edit.Add(item, position)), current -> Inventories.added(current, item, position));
    }

    public void remove(EntityType type, String id) {
        apply(List.of(new Edit.Remove(type, id)), current -> Inventories.removed(current, type, id));
    }

    public void move(EntityType type, String id, int position) {
        apply(List.of(new Edit.Move(type, id, position)), current -> Inventories.moved(current, type, id, position));
    }

    public void updateOrganisation(Organisation organisation) {
        apply(List.of(new Edit.Update(EntityType.ORGANISATION, null, organisation)),
                current -> Inventories.withOrganisation(current, organisation));
    }

    public void updateNotice(NoticeSettings notice) {
        apply(List.of(new Edit.Update(EntityType.NOTICE, null, notice)),
                current -> Inventories.withNotice(current, notice));
    }

    public void updateLanguages(List<String> languages) {
        apply(List.of(Edit.languages(languages)), current -> Inventories.withLanguages(current, languages));
    }

    /**
     * Several edits as one change (one transaction, one undo step), e.g. removing a category
     * together with the references to it.
     */
    public void apply(List<Edit> edits, UnaryOperator<Inventory> inMemory) {
        if (store.isReadOnly()) {
            lastError.set(new IllegalStateException(store.file() + " is open read-only"));
            return;
        }
        started();
        runner.run(() -> store.apply(edits), set -> {
            if (!set.isEmpty()) {
                undoStack.push(set.id());
                redoStack.clear();
                inventory.set(inMemory.apply(inventory.get()));
            }
            finished(null);
        }, this::finished);
    }

    public void undo() {
        revertTop(undoStack, redoStack);
    }

    public void redo() {
        revertTop(redoStack, undoStack);
    }

    private void revertTop(Deque<Long> from, Deque<Long> to) {
        if (from.isEmpty() || store.isReadOnly()) {
            return;
        }
        long changeSet = from.pop();
        started();
        runner.run(() -> {
            ChangeSet revert = store.revert(changeSet);
            return new Reverted(revert, store.load());
        }, reverted -> {
            to.push(reverted.changeSet().id());
            inventory.set(reverted.inventory());
            finished(null);
        }, error -> {
            from.push(changeSet);
            finished(error);
        });
    }

    private record Reverted(ChangeSet changeSet, Inventory inventory) {
    }

    /** Reads the file again (after an import, say) and forgets this session's undo steps. */
    public void reload(Consumer<Inventory> onLoaded) {
        started();
        runner.run(store::load, loaded -> {
            undoStack.clear();
            redoStack.clear();
            inventory.set(loaded);
            finished(null);
            onLoaded.accept(loaded);
        }, this::finished);
    }

    private void started() {
        pending++;
        saveState.set(SaveState.SAVING);
    }

    private void finished(Throwable error) {
        pending--;
        canUndo.set(!undoStack.isEmpty());
        canRedo.set(!redoStack.isEmpty());
        if (error != null) {
            lastError.set(null);
            lastError.set(error);
            saveState.set(SaveState.FAILED);
        } else if (pending == 0) {
            saveState.set(SaveState.SAVED);
        }
    }

    @Override
    public void close() {
        store.close();
    }
}
