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
        String text) {
    public PublishedNotice {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(publishedAt, "publishedAt");
        Objects.requireNonNull(publishedBy, "publishedBy");
        Objects.requireNonNull(inventorySha256, "inventorySha256");
        Objects.requireNonNull(text, "text");
    }
}
