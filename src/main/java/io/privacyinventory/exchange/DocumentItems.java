package io.privacyinventory.exchange;

import io.privacyinventory.model.Organisation;
import java.util.List;

/**
 * Told of a document's items while the document is still being read, so that they can be put to
 * use before the reading ends (decision 0020: import writes them into the new file meanwhile).
 * What it is told is not yet known to be good: the document may turn out to have an error further
 * on, and only a reading that returns an inventory says that it is whole and valid; the items of
 * that inventory are then the very objects that were passed here.
 */
public interface DocumentItems {
    /** Told nothing: the reading as it always was. */
    DocumentItems NONE = new DocumentItems() {
        @Override
        public void start(List<String> languages, Organisation organisation) {}

        @Override
        public void item(String list, int index, Object item) {}
    };

    /**
     * Called once, before the first item: the document's languages and, when the document gives it
     * before its lists (as every document this program writes does), its organisation; else null.
     */
    void start(List<String> languages, Organisation organisation);

    /**
     * One item of a root list ({@code dataSubjects}, {@code dataCategories}, {@code purposes},
     * {@code recipients}, {@code activities}, {@code publishedNotices}), in document order.
     */
    void item(String list, int index, Object item);
}
