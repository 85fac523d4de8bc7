package io.privacyinventory.notice;

import java.util.List;

/** A notice was asked for an audience the inventory does not define; the message names the known ones. */
public final class UnknownAudienceException extends IllegalArgumentException {
    private final String audience;
    private final List<String> known;

    public UnknownAudienceException(String audience, List<String> known) {
        super("unknown audience \"" + audience + "\"; "
                + (known.isEmpty()
                        ? "the inventory defines no audiences"
                        : "known audiences: " + String.join(", ", known)));
        this.audience = audience;
        this.known = List.copyOf(known);
    }

    public String audience() {
        return audience;
    }

    public List<String> known() {
        return known;
    }
}
