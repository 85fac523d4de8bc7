package io.privacyinventory.exchange;

/** A line and column (both counted from 1) in a source document. */
public record SourceLocation(int line, int column) {
    public static final SourceLocation UNKNOWN = new SourceLocation(0, 0);

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
