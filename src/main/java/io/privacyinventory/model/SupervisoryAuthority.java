package io.privacyinventory.model;

/** The authority a data subject may complain to, e.g. Datatilsynet. */
public record SupervisoryAuthority(String name, String website) {}
