package io.privacyinventory.model;

import java.util.Objects;

/**
 * Someone data is disclosed to. {@code country} is where the recipient processes the data;
 * {@code tracking} marks cookie and tracking tools that the notice lists with their opt-out link.
 */
public record Recipient(
        String id,
        Text name,
        Text description,
        RecipientKind kind,
        String country,
        boolean tracking,
        String optOutUrl,
        String contractUrl) implements Entity {
    public Recipient {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
