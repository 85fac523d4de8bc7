package io.privacyinventory.model;

import java.util.Objects;

/** The organisation that keeps the record: the controller (or processor) named in the notice. */
public record Organisation(
        String name,
        String address,
        String email,
        String phone,
        String website,
        Contact dpo,
        Contact representative,
        SupervisoryAuthority supervisoryAuthority) {

    public Organisation {
        Objects.requireNonNull(name, "organisation name");
    }

    public static Organisation named(String name) {
        return new Organisation(name, null, null, null, null, null, null, null);
    }
}
