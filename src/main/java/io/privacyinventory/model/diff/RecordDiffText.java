package io.privacyinventory.model.diff;

/**
 * A record diff as text for people: one heading line per item ("Activity "Newsletter"
 * (newsletter): removed"), its changed fields indented under it. A short value pair stays on one
 * line ("Status: Draft → Approved"); a long or multi-line one gets a line each for before and after.
 */
public final class RecordDiffText {
    private static final int ONE_LINE_WIDTH = 100;
    private static final String FIELD_INDENT = "  ";
    private static final String VALUE_INDENT = "    ";

    private RecordDiffText() {}

    public static String render(RecordDiff diff) {
        DiffWords words = DiffWords.forLanguage(diff.language());
        StringBuilder out = new StringBuilder();
        for (ItemDiff item : diff.items()) {
            out.append(heading(item))
                    .append(": ")
                    .append(words.get("change." + item.change().code()))
                    .append('\n');
            for (FieldDiff field : item.fields()) {
                field(field, words, out);
            }
        }
        return out.toString();
    }

    /** "Activity "Patient care" (patient-care)"; a singleton by its kind and, if it has one, its name. */
    public static String heading(ItemDiff item) {
        StringBuilder heading = new StringBuilder(item.kindLabel());
        if (!item.name().isEmpty()) {
            // a name is one line here even if someone typed a line break into it
            heading.append(" \"").append(item.name().replaceAll("\\R", " ")).append('"');
        }
        if (item.id() != null) {
            heading.append(" (").append(item.id()).append(')');
        }
        return heading.toString();
    }

    /** The field's label, with the language of a translation when the record has several. */
    public static String label(FieldDiff field) {
        return field.language() == null ? field.label() : field.label() + " [" + field.language() + "]";
    }

    private static void field(FieldDiff field, DiffWords words, StringBuilder out) {
        String before = value(field.before(), words);
        String after = value(field.after(), words);
        String line = FIELD_INDENT + label(field) + ": " + before + " → " + after;
        if (line.length() <= ONE_LINE_WIDTH && !before.contains("\n") && !after.contains("\n")) {
            out.append(line).append('\n');
            return;
        }
        out.append(FIELD_INDENT).append(label(field)).append(":\n");
        out.append(VALUE_INDENT)
                .append(words.get("value.before"))
                .append(": ")
                .append(indented(before))
                .append('\n');
        out.append(VALUE_INDENT)
                .append(words.get("value.after"))
                .append(": ")
                .append(indented(after))
                .append('\n');
    }

    private static String value(String value, DiffWords words) {
        return value == null || value.isEmpty() ? words.get("word.none") : value;
    }

    /** Later lines of a multi-line value start under the value, so they cannot be taken for a new field. */
    private static String indented(String value) {
        return value.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\n" + VALUE_INDENT + "  ");
    }
}
