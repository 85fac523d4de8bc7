package io.privacyinventory.notice;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which link targets a notice may make live. Only absolute http and https addresses and mailto
 * addresses qualify (and, in the HTML page, references to its own sections); anything else (a {@code javascript:} or {@code data:} address, an address with
 * spaces or control characters) is shown as text, never as a link, whatever the inventory says.
 */
final class Links {
    private static final Pattern FRAGMENT = Pattern.compile("#[a-z0-9][a-z0-9-]*");

    private Links() {}

    static boolean isSafe(String href) {
        if (href == null || href.isEmpty()) {
            return false;
        }
        for (int i = 0; i < href.length(); i++) {
            char c = href.charAt(i);
            if (c <= ' '
                    || c == 0x7f
                    || c == '"'
                    || c == '<'
                    || c == '>'
                    || c == '\\'
                    || c == '`'
                    || Character.isWhitespace(c)
                    || Character.isISOControl(c)) {
                return false;
            }
        }
        String lower = href.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            return href.length() > lower.indexOf("//") + 2;
        }
        if (lower.startsWith("mailto:")) {
            String address = href.substring("mailto:".length());
            int at = address.indexOf('@');
            return at > 0
                    && at == address.lastIndexOf('@')
                    && at < address.length() - 1
                    && address.indexOf(':') < 0
                    && address.indexOf('?') < 0;
        }
        return false;
    }

    /** A reference to a section of the same notice, such as {@code #contact}. */
    static boolean isFragment(String href) {
        return href != null && FRAGMENT.matcher(href).matches();
    }

    /** The text a reader of a plain-text notice needs: the address, or the label and the address. */
    static String inText(String label, String href) {
        if (!isSafe(href) || label.equals(href) || href.equalsIgnoreCase("mailto:" + label)) {
            return label;
        }
        return label + " (" + href + ")";
    }
}
