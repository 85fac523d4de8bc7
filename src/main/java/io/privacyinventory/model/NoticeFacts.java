package io.privacyinventory.model;

import java.util.Map;

/**
 * Facts the privacy notice needs, decided once for the notice (which shows a marker where one is
 * missing) and for the checker (which reports the same gap as a finding), so that a record without
 * findings gives a notice without markers.
 */
public final class NoticeFacts {
    private NoticeFacts() {
    }

    /**
     * Whether the notice must say if providing the data is a statutory or contractual requirement
     * (Art. 13(2)(e)): so for an activity that collects data from the people themselves.
     */
    public static boolean needsStatutoryRequirement(Activity activity, Map<String, DataCategory> categories) {
        return activity.dataCategories().stream().map(categories::get)
                .anyMatch(category -> category != null && category.source() == DataSource.DATA_SUBJECT);
    }
}
