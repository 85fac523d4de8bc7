package io.privacyinventory.model;

import java.util.Objects;

/**
 * Someone data is disclosed to. {@code country} is where the recipient processes the data;
 * {@code tracking} marks cookie and tracking tools that the notice lists with their opt-out link;
 * {@code strictlyNecessary} marks such a tool that the service cannot work without, which needs no
 * consent (ePrivacy Art. 5(3), ekomloven § 3-15).
 */
public record Recipient(
        String id,
        Text name,
        Text description,
        RecipientKind kind,
        String country,
        boolean tracking,
        String optOutUrl,
        String contractUrl,
        boolean strictlyNecessary)
        implements Entity {
    public Recipient {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }

    /** A recipient of format version 1: not marked strictly necessary. */
    public Recipient(
            String id,
            Text name,
            Text description,
            RecipientKind kind,
            String country,
            boolean tracking,
            String optOutUrl,
            String contractUrl) {
        this(id, name, description, kind, country, tracking, optOutUrl, contractUrl, false);
    }
}
