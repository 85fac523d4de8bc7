package io.privacyinventory.model;

import java.time.LocalDate;
import java.util.List;

/**
 * What the privacy notice says about itself: title, effective date, scope, introduction, and the
 * audiences that get a notice of their own.
 */
public record NoticeSettings(Text title, LocalDate effectiveDate, Text scope, Text introduction,
                             List<Audience> audiences) {
    public static final NoticeSettings EMPTY = new NoticeSettings(null, null, null, null, List.of());

    public NoticeSettings {
        audiences = audiences == null ? List.of() : List.copyOf(audiences);
    }

    /** Notice settings of format version 1, without audiences. */
    public NoticeSettings(Text title, LocalDate effectiveDate, Text scope, Text introduction) {
        this(title, effectiveDate, scope, introduction, List.of());
    }
}
