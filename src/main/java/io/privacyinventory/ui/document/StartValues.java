package io.privacyinventory.ui.document;

import io.privacyinventory.model.Edit;
import io.privacyinventory.model.EntityType;
import io.privacyinventory.model.RecordFields;
import java.util.ArrayList;
import java.util.List;

/**
 * The values a change of fields starts from, sent with it: each field's {@link Edit.SetField} goes
 * after an {@link Edit.Unchanged} holding the value the document has for that field, so the store
 * refuses the change, in its transaction, when someone stored another value meanwhile.
 */
final class StartValues {
    private StartValues() {}

    /** {@code edits} of the item {@code current} (as the document has it), each field's start value first. */
    static List<Edit> guard(EntityType type, String id, Object current, List<Edit> edits) {
        if (!(current instanceof Record record)) {
            return edits;
        }
        List<Edit> guarded = new ArrayList<>();
        for (Edit edit : edits) {
            if (edit instanceof Edit.SetField set) {
                guarded.add(new Edit.Unchanged(type, id, set.field(), RecordFields.get(record, set.field())));
            }
        }
        guarded.addAll(edits);
        return guarded;
    }

    /** The first field the edits set, to name in a refusal; null if they set none. */
    static String firstField(List<Edit> edits) {
        return edits.stream()
                .filter(Edit.SetField.class::isInstance)
                .map(edit -> ((Edit.SetField) edit).field())
                .findFirst()
                .orElse(null);
    }
}
