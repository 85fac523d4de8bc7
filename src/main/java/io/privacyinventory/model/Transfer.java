package io.privacyinventory.model;

import java.util.Objects;

/** A transfer of personal data to a country, optionally through one recipient, on a safeguard. */
public record Transfer(String country, String recipient, Safeguard safeguard, Text description) {
    public Transfer {
        Objects.requireNonNull(country, "country");
    }
}
