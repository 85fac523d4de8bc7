package io.privacyinventory.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Where a value sits in an inventory, written as in the format: {@code activities[3].purposes[0].legalBasis}.
 * The JSON reader maps such a path back to a line and column.
 */
public final class ModelPath {
    public static final ModelPath ROOT = new ModelPath(List.of());

    private final List<Object> segments;

    private ModelPath(List<Object> segments) {
        this.segments = segments;
    }

    public ModelPath field(String name) {
        return append(name);
    }

    public ModelPath index(int index) {
        return append(index);
    }

    private ModelPath append(Object segment) {
        List<Object> next = new ArrayList<>(segments.size() + 1);
        next.addAll(segments);
        next.add(segment);
        return new ModelPath(Collections.unmodifiableList(next));
    }

    /** Field names as {@link String}, list positions as {@link Integer}. */
    public List<Object> segments() {
        return segments;
    }

    public boolean isRoot() {
        return segments.isEmpty();
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        for (Object segment : segments) {
            if (segment instanceof Integer index) {
                out.append('[').append(index).append(']');
            } else {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(segment);
            }
        }
        return out.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ModelPath path && segments.equals(path.segments);
    }

    @Override
    public int hashCode() {
        return segments.hashCode();
    }
}
