package io.privacyinventory.notice;

/**
 * A fact a notice needs and the inventory lacks, shown in the draft as a marker such as
 * {@code [MISSING: the date the notice takes effect]}. {@code what} is the marker's wording in the
 * notice's language; {@code marker} is the marker as it appears in the draft.
 */
public record MissingFact(String what, String marker) {
}
