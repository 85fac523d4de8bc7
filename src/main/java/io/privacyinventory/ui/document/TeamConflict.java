package io.privacyinventory.ui.document;

import io.privacyinventory.model.Edit;
import java.time.Instant;
import java.util.List;

/**
 * An edit a team server refused because {@code otherUser} changed the same thing at {@code when},
 * after this editor last read the record. Nothing of it was saved; {@code refused} are the edits
 * as sent (less the start values they were checked against), to show and to apply again over the other person's values if the user still wants them.
 */
public record TeamConflict(String message, String otherUser, Instant when, List<Edit> refused) {
    public TeamConflict {
        // applied again, the edits go over the other person's values: without the start values they carried
        refused = refused.stream()
                .filter(edit -> !(edit instanceof Edit.Unchanged))
                .toList();
    }

    /** The values refused, one per line ("owner: Bob's team"), for the user to see and re-apply. */
    public List<String> refusedValues() {
        return refused.stream().map(TeamConflict::describe).toList();
    }

    private static String describe(Edit edit) {
        if (edit instanceof Edit.SetField set) {
            return set.field() + ": " + String.valueOf(set.value());
        }
        return edit.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT);
    }
}
