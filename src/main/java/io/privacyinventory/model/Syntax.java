package io.privacyinventory.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The syntax rules of the inventory format for ids, languages, countries, periods and links. */
public final class Syntax {
    private static final Pattern PERIOD = Pattern.compile("P(?=\\d)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    public static final int MAX_ID_LENGTH = 100;

    private Syntax() {}

    /** {@code [a-z0-9][a-z0-9-]*}, at most {@link #MAX_ID_LENGTH} characters (checked without a regex: there are many ids). */
    public static boolean isId(String value) {
        if (value == null || value.isEmpty() || value.length() > MAX_ID_LENGTH || value.charAt(0) == '-') {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    public static boolean isLanguage(String value) {
        // the pattern's test by hand: the reader asks it of every language name of every text
        if (value == null) {
            return false;
        }
        int letters = value.indexOf('-') < 0 ? value.length() : value.indexOf('-');
        if (letters < 2 || letters > 3 || !lettersIn(value, 0, letters, 'a', 'z')) {
            return false;
        }
        return letters == value.length()
                || (value.length() == letters + 3 && lettersIn(value, letters + 1, value.length(), 'A', 'Z'));
    }

    /** The message for a value that {@link #isLanguage} refuses. */
    public static String notALanguageCode(String value) {
        return Quoted.of(value) + " is not a language code such as \"nb\" or \"en\"";
    }

    private static boolean lettersIn(String value, int from, int to, char first, char last) {
        for (int i = from; i < to; i++) {
            if (value.charAt(i) < first || value.charAt(i) > last) {
                return false;
            }
        }
        return true;
    }

    /** An ISO 3166-1 alpha-2 code, upper case. */
    public static boolean isCountry(String value) {
        return value != null && COUNTRIES.contains(value);
    }

    /** An ISO-8601 period of years, months, weeks and days, such as {@code P90D} or {@code P1Y6M}. */
    public static boolean isPeriod(String value) {
        if (value == null || !PERIOD.matcher(value).matches()) {
            return false;
        }
        try {
            Period.parse(value);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** An absolute http or https address. */
    public static boolean isWebAddress(String value) {
        if (value == null) {
            return false;
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme();
            return ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme)) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /**
     * An e-mail address as people write them: one {@code @}, something before it, a domain with a
     * dot after it, no spaces. Not RFC 5322 in full: a finding, not a load error, asks about it.
     */
    public static boolean isEmail(String value) {
        return value != null && EMAIL.matcher(value).matches();
    }

    /** A SHA-256 hash as 64 lower-case hexadecimal digits. */
    public static boolean isSha256(String value) {
        if (value == null || value.length() != 64) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }
}
