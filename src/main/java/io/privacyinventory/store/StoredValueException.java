package io.privacyinventory.store;

import java.sql.SQLException;

/**
 * A value in the tables that the model cannot hold: an unknown code, a date that does not exist,
 * a text that is not one. The app never writes such a value, so it was written behind its back;
 * the loader adds which item and table it is in, so that the message can name the place.
 */
final class StoredValueException extends SQLException {
    private static final long serialVersionUID = 1L;

    private final String table;
    private final String item;
    private final String column;
    private final String problem;

    StoredValueException(String column, String problem) {
        this(null, null, column, problem);
    }

    private StoredValueException(String table, String item, String column, String problem) {
        super((item == null ? "" : item + " (table " + table + "), ") + column + ": " + problem);
        this.table = table;
        this.item = item;
        this.column = column;
        this.problem = problem;
    }

    /** The same problem placed in an item (such as {@code activity "hr"}) of {@code table}, unless it is placed already. */
    StoredValueException in(String table, String item) {
        return this.item != null ? this : new StoredValueException(table, item, column, problem);
    }
}
