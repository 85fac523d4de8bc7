package io.privacyinventory.model;

import java.time.LocalDate;

/** What the privacy notice says about itself: title, effective date, scope, introduction. */
public record NoticeSettings(Text title, LocalDate effectiveDate, Text scope, Text introduction) {
    public static final NoticeSettings EMPTY = new NoticeSettings(null, null, null, null);
}
