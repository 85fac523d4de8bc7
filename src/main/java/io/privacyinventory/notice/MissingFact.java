package io.privacyinventory.notice;

import io.privacyinventory.model.NoticeFact;

/**
 * A fact a notice needs and the inventory lacks, shown in the draft as a marker such as
 * {@code [MISSING: the date the notice takes effect]}. {@code fact} is the kind of gap (and so the
 * finding {@code check} gives for it); {@code what} is the marker's wording in the notice's
 * language; {@code marker} is the marker as it appears in the draft.
 */
public record MissingFact(NoticeFact fact, String what, String marker) {}
