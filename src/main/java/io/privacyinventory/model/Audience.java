package io.privacyinventory.model;

import java.util.List;
import java.util.Objects;

/**
 * A group of readers with a notice of their own (patients, employees, website visitors). Its
 * notice covers the approved activities that concern at least one of its data subjects.
 */
public record Audience(String id, Text title, List<String> dataSubjects, Text scope) {
    public Audience {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        dataSubjects = List.copyOf(dataSubjects);
    }
}
