package io.privacyinventory.cli;

import io.privacyinventory.model.Inventory;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An INVENTORY argument that may name a moment in the file's history: {@code FILE.db@2026-03-01}
 * (the record as it stood at the start of that day) or {@code FILE.db@2026-03-01T14:30[:00]}, in
 * the computer's time zone. A name that merely contains an {@code @} stays a plain path, and so
 * does any argument that names an existing file as written.
 */
record InventoryArgument(Path file, LocalDateTime asOf) {
    private static final String MOMENT_SHAPE = "\\d{4}-\\d{2}-\\d{2}(?:T\\d{2}:\\d{2}(?::\\d{2})?)?";
    private static final Pattern AT_MOMENT = Pattern.compile("(.+)@(" + MOMENT_SHAPE + ")");
    private static final Pattern MOMENT = Pattern.compile(MOMENT_SHAPE);

    static InventoryArgument parse(String argument) throws CliException {
        Matcher matcher = AT_MOMENT.matcher(argument);
        if (!matcher.matches() || Files.exists(path(argument, argument))) {
            return new InventoryArgument(path(argument, argument), null);
        }
        Path file = path(matcher.group(1), argument);
        if (InventoryFiles.isJson(file)) {
            throw new CliException(argument + ": only an inventory database (.db) has a history to go back in; "
                    + "a .json document is read as it is");
        }
        return new InventoryArgument(file, moment(matcher.group(2), argument));
    }

    /**
     * A moment written {@code YYYY-MM-DD} (the start of that day) or {@code YYYY-MM-DDTHH:MM[:SS]},
     * in the computer's time zone; {@code where} names the argument or option in the error.
     */
    static LocalDateTime moment(String text, String where) throws CliException {
        if (!MOMENT.matcher(text).matches()) {
            throw notADate(text, where, null);
        }
        try {
            return text.contains("T")
                    ? LocalDateTime.parse(text)
                    : LocalDate.parse(text).atStartOfDay();
        } catch (DateTimeParseException e) {
            throw notADate(text, where, e);
        }
    }

    private static CliException notADate(String text, String where, Exception cause) {
        return new CliException(
                where + ": \"" + text + "\" is not a date (YYYY-MM-DD, optionally followed by THH:MM "
                        + "or THH:MM:SS)",
                cause);
    }

    static Instant instant(LocalDateTime moment) {
        return moment.atZone(ZoneId.systemDefault()).toInstant();
    }

    private static Path path(String name, String argument) throws CliException {
        try {
            return Path.of(name);
        } catch (InvalidPathException e) {
            throw new CliException(argument + ": not a valid file name (" + e.getReason() + ")", e);
        }
    }

    /** The record the argument names: the file as it is, or as it stood at the moment given. */
    Inventory load() throws CliException {
        if (asOf == null) {
            return InventoryFiles.load(file);
        }
        return RecordAsOf.read(file, instant(asOf));
    }
}
