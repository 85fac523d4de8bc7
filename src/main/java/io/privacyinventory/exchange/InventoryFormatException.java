package io.privacyinventory.exchange;

import java.util.List;

/**
 * An inventory document that cannot be read. The message is one line in the form
 * {@code file:line:column: json.path: what is wrong}, followed by a count of further errors.
 */
public class InventoryFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    /** One error: where it is and what is wrong. */
    public record Error(String source, SourceLocation location, String path, String message) {
        @Override
        public String toString() {
            StringBuilder out = new StringBuilder(source);
            if (location != null && location.line() > 0) {
                out.append(':').append(location);
            }
            out.append(": ");
            if (path != null && !path.isEmpty()) {
                out.append(path).append(": ");
            }
            return out.append(message).toString();
        }
    }

    private final List<Error> errors;

    public InventoryFormatException(List<Error> errors) {
        super(summary(errors));
        this.errors = List.copyOf(errors);
    }

    public InventoryFormatException(Error error) {
        this(List.of(error));
    }

    public List<Error> errors() {
        return errors;
    }

    private static String summary(List<Error> errors) {
        String first = errors.get(0).toString();
        int more = errors.size() - 1;
        return more == 0 ? first : first + " (and " + more + " more " + (more == 1 ? "error" : "errors") + ")";
    }
}
