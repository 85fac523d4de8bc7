package io.privacyinventory.store;

import java.util.Locale;
import java.util.Optional;

/** What a login may do with a team's inventory on the server; each is a PostgreSQL role. */
public enum TeamRole {
    /** Reads. */
    VIEWER,
    /** Reads and edits, but cannot approve an activity or publish a notice. */
    EDITOR,
    /** Edits, approves activities and publishes notices. */
    APPROVER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<TeamRole> parse(String code) {
        for (TeamRole role : values()) {
            if (role.code().equals(code)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
