package io.privacyinventory.ui.document;

import io.privacyinventory.model.Edit;
import io.privacyinventory.model.EntityType;
import io.privacyinventory.store.EditConflictException;
import io.privacyinventory.store.RecordStore;
import io.privacyinventory.store.ServerStore;
import io.privacyinventory.ui.TaskRunner;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * What other people change in a shared record, as the document takes it in: a team server's notice
 * that the record changed (the document reads it again), and a change of this editor refused
 * because someone changed the same thing first (the document shows their values, then the refusal
 * with the refused edits, to apply again).
 */
final class OthersChanges {
    private final InventoryDocument document;
    private final RecordStore store;
    private final TaskRunner runner;
    /** The edit refused because someone changed the same thing first (null: none). */
    private final ObjectProperty<TeamConflict> conflict = new SimpleObjectProperty<>();
    /** Following a team server's changes (null for a file): stopped before the store closes. */
    private AutoCloseable listening;

    OthersChanges(InventoryDocument document, RecordStore store, TaskRunner runner) {
        this.document = document;
        this.store = store;
        this.runner = runner;
    }

    ReadOnlyObjectProperty<TeamConflict> conflictProperty() {
        return conflict;
    }

    /**
     * A value typed over one that changed while the user typed: nothing is sent; the user is told who
     * changed it and when (the newest change-log row of the field), with their own value to apply again.
     */
    void refuseTypedOver(EntityType type, String id, List<Edit> mine) {
        String field = StartValues.firstField(mine);
        if (field == null) {
            return; // what was typed is the value there now: nothing to refuse, nothing to send
        }
        document.started();
        runner.run(
                () -> store.lastChangeOf(type, id, field),
                last -> {
                    document.finished(null);
                    if (last.isEmpty()) {
                        document.report(new IllegalStateException(store.location() + ": " + field
                                + " was changed while you typed; your change was not saved"));
                        return;
                    }
                    showNewest(new TeamConflict(
                            EditConflictException.describe(last.get()),
                            last.get().user(),
                            last.get().time(),
                            mine));
                },
                document::finished);
    }

    /**
     * After a refused edit: reads the record as it now is, then tells the views (which by then show
     * the other person's values) about the refusal, keeping the refused edits to apply again.
     */
    void showNewest(TeamConflict refused) {
        document.started();
        runner.run(
                store::load,
                loaded -> {
                    document.show(loaded);
                    document.finished(null);
                    announce(refused);
                },
                error -> {
                    document.finished(error);
                    announce(refused);
                });
    }

    /** Cleared first, so that the same refusal twice is shown twice. */
    private void announce(TeamConflict refused) {
        conflict.set(null);
        conflict.set(refused);
    }

    /**
     * Reads the record again when someone else changed it, unless an edit of this editor is on its
     * way (its own reply brings the record up to date, and the next notice follows anyway). Views and
     * History update only when something did change.
     */
    void othersChanged() {
        if (document.busy()) {
            return;
        }
        runner.run(
                store::load,
                loaded -> {
                    if (!document.editsInFlight() && !loaded.equals(document.inventory())) {
                        document.show(loaded);
                    }
                },
                document::report);
    }

    void listenTo(ServerStore server) {
        listening = server.listen(seq -> Platform.runLater(this::othersChanged));
    }

    /** Stops following the server; the store closes next. */
    void stop() {
        if (listening != null) {
            try {
                listening.close();
            } catch (Exception e) {
                // the store closes next; a listener that cannot stop cleanly goes with the connection
            }
        }
    }
}
