package io.privacyinventory.ui.document;

import io.privacyinventory.model.Edit;
import io.privacyinventory.model.Inventories;
import io.privacyinventory.model.Inventory;
import io.privacyinventory.notice.NoticeLanguage;
import io.privacyinventory.notice.publish.NoticePublisher;
import io.privacyinventory.store.EditRejectedException;
import io.privacyinventory.store.RecordStore;
import java.time.Instant;

/**
 * Publishing today's notice on the store, on the document's worker: the record as stored now is
 * held to the gate; a publication that passes (or is forced) is stored as one edit, and the record
 * after it is that edit applied in memory, as for every other change (ADR 0006), not a second read.
 */
final class NoticePublishing {
    /** What the gate said, and the record after publishing (null when nothing was stored). */
    record Published(NoticePublisher.Outcome outcome, Inventory inventory) {}

    private NoticePublishing() {}

    static Published publish(RecordStore store, String audience, NoticeLanguage language, boolean force, String user)
            throws EditRejectedException {
        Inventory current = store.load();
        NoticePublisher.Outcome outcome =
                NoticePublisher.prepare(current, audience, language, Instant.now(), user, force);
        if (outcome.blocked() && !force) {
            return new Published(outcome, null);
        }
        Edit publish = new Edit.Publish(outcome.notice());
        store.apply(publish);
        return new Published(outcome, Inventories.apply(current, publish));
    }
}
