package io.privacyinventory.ui;

import io.privacyinventory.exchange.InventoryFormatException;
import io.privacyinventory.exchange.SourceLocation;
import java.nio.file.Path;

/**
 * Why a file could not be imported, in the app's words: one line naming the file (by its name)
 * and the place in it, never a library's text.
 */
final class ImportProblem {
    private ImportProblem() {}

    static String describe(Messages messages, Path file, Throwable error) {
        String name = String.valueOf(file.getFileName());
        if (error instanceof InventoryFormatException format && !format.errors().isEmpty()) {
            InventoryFormatException.Error first = format.errors().get(0);
            SourceLocation location = first.location();
            String what = first.path() == null || first.path().isEmpty()
                    ? first.message()
                    : first.path() + ": " + first.message();
            String line = location != null && location.line() > 0
                    ? messages.get("import.problemAt", name, location.line(), location.column(), what)
                    : messages.get("import.problem", name, what);
            int more = format.errors().size() - 1;
            return more == 0 ? line : line + " " + messages.get("import.moreProblems", more);
        }
        return messages.get("import.problem", name, messages.get("import.unreadable"));
    }
}
