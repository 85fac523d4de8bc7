package io.privacyinventory.exchange;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;

import java.util.Locale;

/**
 * A limit of {@link JsonTree}'s reader said in the user's words: which limit, and how large it is.
 * Jackson's own text names its configuration methods, which mean nothing to someone who exported
 * a document from a spreadsheet.
 */
final class ReadLimits {
    private ReadLimits() {
    }

    static String describe(StreamConstraintsException e) {
        String text = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().toLowerCase(Locale.ROOT);
        if (text.startsWith("string value length")) {
            return "a text is longer than " + count(JsonTree.MAX_STRING_LENGTH) + " characters, the most one value may hold";
        }
        if (text.startsWith("name length")) {
            return "a field name is longer than " + JsonTree.MAX_NAME_LENGTH + " characters";
        }
        if (text.startsWith("number value length")) {
            return "a number is longer than " + JsonTree.MAX_NUMBER_LENGTH + " characters";
        }
        if (text.contains("nesting depth")) {
            return "the document is nested deeper than " + JsonTree.MAX_NESTING + " levels";
        }
        if (text.startsWith("document length")) {
            return "the document is larger than " + (JsonTree.MAX_DOCUMENT_BYTES >> 20) + " MB";
        }
        return "the document is beyond what the app reads";
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
