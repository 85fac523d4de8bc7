package io.privacyinventory.model;

import java.util.Objects;

/** Why data is processed; activities pair each purpose with a legal basis. */
public record Purpose(String id, Text name, Text description) implements Entity {
    public Purpose {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
