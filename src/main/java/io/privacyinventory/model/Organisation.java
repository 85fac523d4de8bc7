package io.privacyinventory.model;

import java.util.Objects;

/**
 * The organisation that keeps the record: the controller (or processor) named in the notice.
 * {@code country} is where it is established; outside the EEA it needs a representative (Art. 27).
 */
public record Organisation(
        String name,
        String address,
        String email,
        String phone,
        String website,
        Contact dpo,
        Contact representative,
        SupervisoryAuthority supervisoryAuthority,
        String country) {

    public Organisation {
        Objects.requireNonNull(name, "organisation name");
    }

    /** An organisation of format version 1, without the country it is established in. */
    public Organisation(
            String name,
            String address,
            String email,
            String phone,
            String website,
            Contact dpo,
            Contact representative,
            SupervisoryAuthority supervisoryAuthority) {
        this(name, address, email, phone, website, dpo, representative, supervisoryAuthority, null);
    }

    public static Organisation named(String name) {
        return new Organisation(name, null, null, null, null, null, null, null, null);
    }

    public Organisation withCountry(String value) {
        return new Organisation(name, address, email, phone, website, dpo, representative, supervisoryAuthority, value);
    }
}
