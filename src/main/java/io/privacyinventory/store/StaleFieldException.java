package io.privacyinventory.store;

import io.privacyinventory.model.Edit;
import java.util.Optional;

/**
 * A change refused because a field no longer holds the value its {@link Edit.Unchanged} says the
 * user started from: someone changed it meanwhile. The store turns it into an {@link
 * EditConflictException} naming the newest change of that field once the transaction is undone.
 */
final class StaleFieldException extends EditRejectedException {
    private static final long serialVersionUID = 1L;

    private final transient Edit.Unchanged expected;

    StaleFieldException(Edit.Unchanged expected) {
        super(EditRows.describe(expected.type())
                + (expected.id() == null ? "" : " \"" + expected.id() + "\"")
                + " field \"" + expected.field()
                + "\" was changed since you started from it; your change was not saved");
        this.expected = expected;
    }

    /** The refusal as a conflict naming who changed the field last and when, if the change log tells. */
    EditRejectedException named(RecordStore store) {
        Optional<ChangeLogEntry> last = store.lastChangeOf(expected.type(), expected.id(), expected.field());
        return last.<EditRejectedException>map(EditConflictException::new).orElse(this);
    }
}
