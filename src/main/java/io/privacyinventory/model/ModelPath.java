package io.privacyinventory.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Where a value sits in an inventory, written as in the format: {@code activities[3].purposes[0].legalBasis}.
 * The JSON reader maps such a path back to a line and column.
 *
 * <p>A path is its parent plus one segment, so making a longer path costs the same at any depth:
 * the reader and the validator make one for nearly every value they visit and need the segments
 * only when they report a problem.
 */
public final class ModelPath {
    public static final ModelPath ROOT = new ModelPath(null, null, 0);

    private final ModelPath parent;
    private final Object segment;
    private final int depth;

    private ModelPath(ModelPath parent, Object segment, int depth) {
        this.parent = parent;
        this.segment = segment;
        this.depth = depth;
    }

    public ModelPath field(String name) {
        return new ModelPath(this, name, depth + 1);
    }

    public ModelPath index(int index) {
        return new ModelPath(this, index, depth + 1);
    }

    /** Field names as {@link String}, list positions as {@link Integer}. */
    public List<Object> segments() {
        Object[] segments = new Object[depth];
        for (ModelPath path = this; path.depth > 0; path = path.parent) {
            segments[path.depth - 1] = path.segment;
        }
        return Collections.unmodifiableList(Arrays.asList(segments));
    }

    public boolean isRoot() {
        return depth == 0;
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        for (Object segment : segments()) {
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
        return other instanceof ModelPath path
                && depth == path.depth
                && segments().equals(path.segments());
    }

    @Override
    public int hashCode() {
        return segments().hashCode();
    }
}
