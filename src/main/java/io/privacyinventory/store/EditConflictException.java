package io.privacyinventory.store;

/**
 * An edit refused because someone else changed the same thing since this client last read the
 * record: nothing was written. {@link #other()} is the other person's change, to show with the
 * newest values; the refused value stays with the caller to apply again.
 */
public final class EditConflictException extends EditRejectedException {
    private static final long serialVersionUID = 1L;

    private final transient ChangeLogEntry other;

    EditConflictException(ChangeLogEntry other) {
        super(describe(other));
        this.other = other;
    }

    public ChangeLogEntry other() {
        return other;
    }

    /** What the refusal says: who changed what and when, and that this change was not saved. */
    public static String describe(ChangeLogEntry other) {
        String what = EditRows.describe(other.entityType())
                + (other.entityId() == null ? "" : " \"" + other.entityId() + "\"")
                + (other.field() == null || ChangeLogEntry.POSITION_FIELD.equals(other.field())
                        ? ""
                        : " field \"" + other.field() + "\"");
        return other.user() + " changed " + what + " at " + other.time() + " (change " + other.changeSet()
                + ") after you last loaded it; your change was not saved: reload to see theirs, then apply yours again";
    }
}
