package io.privacyinventory.ui.form;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;

/**
 * Dates as the user interface shows and reads them: the short form of the interface language
 * (bokmål 30.06.2027, English after the locale, always with the full year) and ISO 2027-06-30,
 * which is read in every language. The date pickers and the tables use the same form.
 */
public final class Dates {
    private final DateTimeFormatter shown;
    private final DateTimeFormatter read;

    private Dates(Locale locale) {
        String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(
                FormatStyle.SHORT, null, IsoChronology.INSTANCE, locale);
        String fullYear = pattern.replaceAll("y+", "yyyy");
        shown = DateTimeFormatter.ofPattern(fullYear, locale);
        // Reading accepts one or two digits for day and month, and a year of two or four digits.
        String lenient = fullYear.replaceAll("d+", "d").replaceAll("M+", "M").replace("yyyy", "[uuuu][uu]");
        read = new DateTimeFormatterBuilder()
                .appendPattern(lenient)
                .toFormatter(locale)
                .withResolverStyle(ResolverStyle.STRICT);
    }

    public static Dates forLocale(Locale locale) {
        return new Dates(locale);
    }

    public String format(LocalDate date) {
        return date == null ? "" : shown.format(date);
    }

    /** The date in {@code text}, in ISO or the short form; empty if it is neither. */
    public Optional<LocalDate> parse(String text) {
        String typed = text == null ? "" : text.strip();
        for (DateTimeFormatter format : new DateTimeFormatter[] {DateTimeFormatter.ISO_LOCAL_DATE, read}) {
            try {
                return Optional.of(LocalDate.from(format.parse(typed)));
            } catch (DateTimeException e) {
                // try the next form
            }
        }
        return Optional.empty();
    }

    /** The formatter the tables use, so that they agree with the pickers. */
    public DateTimeFormatter formatter() {
        return shown;
    }
}
