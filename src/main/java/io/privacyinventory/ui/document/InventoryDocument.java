package io.privacyinventory.ui.document;

import io.privacyinventory.model.Edit;
import io.privacyinventory.model.Entity;
import io.privacyinventory.model.EntityType;
import io.privacyinventory.model.Inventories;
import io.privacyinventory.model.Inventory;
import io.privacyinventory.model.NoticeSettings;
import io.privacyinventory.model.Organisation;
import io.privacyinventory.notice.NoticeLanguage;
import io.privacyinventory.notice.publish.NoticePublisher;
import io.privacyinventory.store.ChangeSet;
import io.privacyinventory.store.EditConflictException;
import io.privacyinventory.store.InventoryStore;
import io.privacyinventory.store.RecordStore;
import io.privacyinventory.store.ServerStore;
import io.privacyinventory.ui.TaskRunner;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The open inventory file as the editor sees it: the inventory the file holds, and the one way to
 * change it. A change is described once, as {@link Edit}s: the store commits them (one
 * transaction, logged) on the background worker, and when it has, the document makes the same
 * edits in memory with {@link Inventories#apply}, so views update without reading the file again.
 * <p>
 * Views say what changed, never a whole item rebuilt from what they last showed: either the edits
 * themselves, or a function that {@link #change changes an item} and is applied to the latest
 * expected state (the committed inventory plus the edits still on their way to the file). Only the
 * fields that function changed are sent, so two quick edits of one item never undo each other.
 * Undo and redo revert this session's change sets through the store's change log.
 */
public final class InventoryDocument implements AutoCloseable {

    /** What became of an edit, for the status bar. */
    public enum SaveState {
        SAVED,
        SAVING,
        FAILED
    }

    private final RecordStore store;
    private final TaskRunner runner;
    private final ObjectProperty<Inventory> inventory;
    private final ObjectProperty<SaveState> saveState = new SimpleObjectProperty<>(SaveState.SAVED);
    private final ObjectProperty<Throwable> lastError = new SimpleObjectProperty<>();
    private final BooleanProperty canUndo = new SimpleBooleanProperty();
    private final BooleanProperty canRedo = new SimpleBooleanProperty();
    private final Deque<Long> undoStack = new ArrayDeque<>();
    private final Deque<Long> redoStack = new ArrayDeque<>();
    /** Changes sent to the store whose result has not come back yet, oldest first. */
    private final Deque<List<Edit>> inFlight = new ArrayDeque<>();

    private int pending;
    /** Looks for another window's changes while this document is read-only. */
    private final FileFollower follower;

    private final RecordReads reads;
    /** Others' changes to a shared record, and this editor's changes refused for them. */
    private final OthersChanges others;

    private final RecordLocation location;

    public InventoryDocument(InventoryStore store, Inventory loaded, TaskRunner runner) {
        this((RecordStore) store, loaded, runner);
    }

    InventoryDocument(RecordStore store, Inventory loaded, TaskRunner runner) {
        this.store = store;
        this.runner = runner;
        this.inventory = new SimpleObjectProperty<>(loaded);
        this.reads = new RecordReads(store, runner);
        this.follower = new FileFollower(store, runner, inventory::set, this::report);
        this.others = new OthersChanges(this, store, runner);
        this.location = new RecordLocation(store);
    }

    /** Where the record is: its file or server, as the window and the choosers name it. */
    public RecordLocation location() {
        return location;
    }

    /** The last edit refused for a conflict with someone else's change; the document shows theirs by then. */
    public ReadOnlyObjectProperty<TeamConflict> conflictProperty() {
        return others.conflictProperty();
    }

    public boolean isReadOnly() {
        return store.isReadOnly();
    }

    /** Reading the record without changing it: history pages, other moments, other files, a copy. */
    public RecordReads reads() {
        return reads;
    }

    /** The inventory as the file holds it (every committed change, none still on its way). */
    public ReadOnlyObjectProperty<Inventory> inventoryProperty() {
        return inventory;
    }

    public Inventory inventory() {
        return inventory.get();
    }

    /** The inventory as it will be once every change sent so far is committed. */
    public Inventory expected() {
        Inventory result = inventory.get();
        for (List<Edit> edits : inFlight) {
            result = Inventories.apply(result, edits);
        }
        return result;
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

    /**
     * Changes one item of a list: {@code change} is applied to the item as it is expected to be
     * (with the edits still in flight), and each field it changed is sent as one {@link Edit.SetField}.
     * Nothing is sent when the item is gone or nothing changed.
     */
    public <T> void change(EntityType type, String id, UnaryOperator<T> change) {
        String now = idInFlight(type, id);
        Object current = Inventories.current(expected(), type, now);
        List<Edit> edits;
        try {
            edits = fieldEdits(type, now, current, change);
        } catch (ChangedWhileTyping typedOver) {
            typedOver.typeOver();
            others.refuseTypedOver(type, now, fieldEdits(type, now, current, change));
            return;
        }
        apply(StartValues.guard(type, now, current, edits));
    }

    /** The id an item will have once the changes in flight are committed: a view may still show the old one. */
    private String idInFlight(EntityType type, String id) {
        String now = id;
        for (List<Edit> edits : inFlight) {
            for (Edit edit : edits) {
                if (edit instanceof Edit.SetField set
                        && set.type() == type
                        && set.field().equals("id")
                        && Objects.equals(set.id(), now)) {
                    now = (String) set.value();
                }
            }
        }
        return now;
    }

    public void changeOrganisation(UnaryOperator<Organisation> change) {
        change(EntityType.ORGANISATION, null, change);
    }

    public void changeNotice(UnaryOperator<NoticeSettings> change) {
        change(EntityType.NOTICE, null, change);
    }

    public void setLanguages(List<String> languages) {
        apply(List.of(new Edit.SetField(EntityType.INVENTORY, null, "languages", List.copyOf(languages))));
    }

    public void add(Entity item, int position) {
        apply(List.of(new Edit.Add(item, position)));
    }

    public void remove(EntityType type, String id) {
        apply(List.of(new Edit.Remove(type, id)));
    }

    public void move(EntityType type, String id, int position) {
        apply(List.of(new Edit.Move(type, id, position)));
    }

    /**
     * A change planned from the latest expected inventory (the committed one plus the edits still
     * in flight): {@code plan} returns the edits, which run as one change.
     */
    public void apply(Function<Inventory, List<Edit>> plan) {
        apply(plan.apply(expected()));
    }

    /**
     * Several edits as one change (one transaction, one undo step), e.g. removing a category
     * together with the references to it.
     */
    public void apply(List<Edit> edits) {
        if (store.isReadOnly()) {
            lastError.set(new IllegalStateException(store.location() + " is open read-only"));
            return;
        }
        if (edits.isEmpty()) {
            return;
        }
        List<Edit> change = List.copyOf(edits);
        inFlight.addLast(change);
        started();
        runner.run(
                () -> store.apply(change),
                set -> {
                    inFlight.remove(change);
                    if (!set.isEmpty()) {
                        undoStack.push(set.id());
                        redoStack.clear();
                    }
                    inventory.set(Inventories.apply(inventory.get(), change));
                    finished(null);
                },
                error -> {
                    inFlight.remove(change);
                    if (error instanceof EditConflictException refused) {
                        finished(null);
                        others.showNewest(new TeamConflict(
                                refused.getMessage(),
                                refused.other().user(),
                                refused.other().time(),
                                change));
                    } else {
                        finished(error);
                    }
                });
    }

    /** Shows {@code loaded} as the record (read again after someone else's change). */
    void show(Inventory loaded) {
        inventory.set(loaded);
    }

    /** Whether an edit of this editor is on its way to the store. */
    boolean editsInFlight() {
        return !inFlight.isEmpty();
    }

    /** Whether anything of this editor's is still being done by the store. */
    boolean busy() {
        return !inFlight.isEmpty() || pending > 0;
    }

    @SuppressWarnings("unchecked")
    private static <T> List<Edit> fieldEdits(EntityType type, String id, Object current, UnaryOperator<T> change) {
        if (!(current instanceof Record before)) {
            return List.of();
        }
        Object after = change.apply((T) current);
        return Inventories.fieldEdits(type, id, before, (Record) after);
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
        runner.run(
                () -> {
                    ChangeSet revert = store.revert(changeSet);
                    return new Reverted(revert, store.load());
                },
                reverted -> {
                    to.push(reverted.changeSet().id());
                    inventory.set(reverted.inventory());
                    finished(null);
                },
                error -> {
                    from.push(changeSet);
                    finished(error);
                });
    }

    private record Reverted(ChangeSet changeSet, Inventory inventory) {}

    // ---- published notices and the record at other moments -------------------------------------

    /**
     * Publishes today's notice draft for {@code audience} (null: the whole organisation) in
     * {@code language}, on the document's worker after the edits sent before it. When check's
     * errors or the draft's markers block it and {@code force} is not set, nothing is stored and
     * the outcome says why. A publication is evidence: it is not put on the undo stack.
     */
    public void publish(
            String audience,
            NoticeLanguage language,
            boolean force,
            Consumer<NoticePublisher.Outcome> onDone,
            Consumer<Throwable> onError) {
        if (store.isReadOnly()) {
            onError.accept(new IllegalStateException(store.location() + " is open read-only"));
            return;
        }
        started();
        runner.run(
                () -> NoticePublishing.publish(
                        store,
                        audience,
                        language,
                        force,
                        location.serverUser().orElse(System.getProperty("user.name", "unknown"))),
                published -> {
                    if (published.inventory() != null) {
                        inventory.set(published.inventory());
                    }
                    finished(null);
                    onDone.accept(published.outcome());
                },
                error -> {
                    finished(null);
                    onError.accept(error);
                });
    }

    /**
     * For a file opened read-only while another window edits it: reads it again every {@code
     * interval} that its change log has moved, so this window shows the other's edits.
     */
    public void followFile(javafx.util.Duration interval) {
        if (store.isReadOnly()) {
            follower.start(interval);
        }
    }

    void started() {
        pending++;
        saveState.set(SaveState.SAVING);
    }

    /** Shows a failure; cleared first so that the same failure twice is shown twice. */
    void report(Throwable error) {
        lastError.set(null);
        lastError.set(error);
    }

    void finished(Throwable error) {
        pending--;
        canUndo.set(!undoStack.isEmpty());
        canRedo.set(!redoStack.isEmpty());
        if (error != null) {
            report(error);
            saveState.set(SaveState.FAILED);
        } else if (pending == 0) {
            saveState.set(SaveState.SAVED);
        }
    }

    void listenTo(ServerStore server) {
        others.listenTo(server);
    }

    @Override
    public void close() {
        follower.stop();
        others.stop();
        store.close();
    }
}
