package io.privacyinventory.model;

import java.time.LocalDate;
import java.util.List;

/**
 * What the privacy notice says about itself: title, effective date, scope, introduction, the
 * audiences that get a notice of their own, and whether the notice ends with the list of its
 * published versions ({@code listChanges}).
 */
public record NoticeSettings(
        Text title,
        LocalDate effectiveDate,
        Text scope,
        Text introduction,
        List<Audience> audiences,
        boolean listChanges) {
    public static final NoticeSettings EMPTY = new NoticeSettings(null, null, null, null, List.of());

    public NoticeSettings {
        audiences = audiences == null ? List.of() : List.copyOf(audiences);
    }

    /** Notice settings without the list of published versions at the end. */
    public NoticeSettings(
            Text title, LocalDate effectiveDate, Text scope, Text introduction, List<Audience> audiences) {
        this(title, effectiveDate, scope, introduction, audiences, false);
    }

    /** Notice settings of format version 1, without audiences. */
    public NoticeSettings(Text title, LocalDate effectiveDate, Text scope, Text introduction) {
        this(title, effectiveDate, scope, introduction, List.of());
    }
}
