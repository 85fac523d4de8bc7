package io.privacyinventory.model;

import java.util.Objects;

/** A category of people whose data is processed (customers, applicants, employees …). */
public record DataSubject(String id, Text name, Text description) implements Entity {
    public DataSubject {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
