package io.privacyinventory.model.diff;

/**
 * One field that differs. {@code path} names it for machines, relative to its item, in the
 * inventory format's names ({@code purposes/0/legalBasis}; an index counts in the newer list, or
 * in the older one for an entry that was removed). {@code label} names it for people, in the
 * diff's language. {@code language} is set for a translatable text when the record has more than
 * one language: each translation is compared on its own. {@code before} and {@code after} are the
 * values in words; null where there was none.
 */
public record FieldDiff(String path, String label, String language, String before, String after) {}
