package io.privacyinventory.model.diff;

import java.util.List;

/**
 * Where field differences of one item are collected while its fields are compared: the two sides,
 * and the path and label of the part being compared (a contact inside the organisation, a purpose
 * entry inside an activity), so that each difference names where it is.
 */
final class Comparison {
    static final String LABEL_SEPARATOR = " › ";

    private final Side before;
    private final Side after;
    private final boolean multilingual;
    private final String path;
    private final String label;
    private final List<FieldDiff> out;

    Comparison(Side before, Side after, boolean multilingual, List<FieldDiff> out) {
        this(before, after, multilingual, "", "", out);
    }

    private Comparison(Side before, Side after, boolean multilingual, String path, String label, List<FieldDiff> out) {
        this.before = before;
        this.after = after;
        this.multilingual = multilingual;
        this.path = path;
        this.label = label;
        this.out = out;
    }

    Side before() {
        return before;
    }

    Side after() {
        return after;
    }

    boolean multilingual() {
        return multilingual;
    }

    DiffWords words() {
        return after.words();
    }

    /** The same collection, for a part of the item: its differences are named within that part. */
    Comparison within(String pathStep, String labelStep) {
        return new Comparison(before, after, multilingual, path(pathStep), label(labelStep), out);
    }

    void add(String pathStep, String labelStep, String language, String was, String is) {
        out.add(new FieldDiff(path(pathStep), label(labelStep), language, was, is));
    }

    private String path(String step) {
        return path.isEmpty() ? step : path + "/" + step;
    }

    private String label(String step) {
        return label.isEmpty() ? step : label + LABEL_SEPARATOR + step;
    }
}
