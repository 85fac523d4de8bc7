package io.privacyinventory.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A frozen copy of a notice as it was published: evidence of what readers were told, never
 * edited. {@code audience} is null for the notice of the whole organisation; it names the
 * audience by id as it was then, so it is kept even if that audience is later removed.
 */
public record PublishedNotice(
        String audience,
        String language,
        int version,
        Instant publishedAt,
        String publishedBy,
        String inventorySha256,
        String text,
        boolean forced) {
    public PublishedNotice {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(publishedAt, "publishedAt");
        Objects.requireNonNull(publishedBy, "publishedBy");
        Objects.requireNonNull(inventorySha256, "inventorySha256");
        Objects.requireNonNull(text, "text");
    }

    /** A version published with a clean record: not forced. */
    public PublishedNotice(
            String audience,
            String language,
            int version,
            Instant publishedAt,
            String publishedBy,
            String inventorySha256,
            String text) {
        this(audience, language, version, publishedAt, publishedBy, inventorySha256, text, false);
    }

    /** Whether this version is of the notice for {@code audience} (null: the whole organisation) in {@code language}. */
    public boolean isFor(String audience, String language) {
        return Objects.equals(this.audience, audience) && this.language.equals(language);
    }
}
