package io.privacyinventory.model;

import java.util.Objects;

/**
 * Why data is processed; activities pair each purpose with a legal basis. {@code directMarketing}
 * marks a purpose that people may object to without giving reasons (Art. 21(2) and (3)).
 */
public record Purpose(String id, Text name, Text description, boolean directMarketing) implements Entity {
    public Purpose {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }

    /** A purpose of format version 1: not direct marketing. */
    public Purpose(String id, Text name, Text description) {
        this(id, name, description, false);
    }
}
