package io.privacyinventory.model;

/** A person or body with contact details; every part may be missing in a draft. */
public record Contact(String name, String email, String phone, String address) {
    public boolean hasContactDetails() {
        return present(email) || present(phone) || present(address);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
