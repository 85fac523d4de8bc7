package io.privacyinventory.exchange.csv;

import io.privacyinventory.model.Coded;
import io.privacyinventory.model.EntityType;
import io.privacyinventory.model.LegalBasis;
import io.privacyinventory.model.RecipientKind;
import io.privacyinventory.model.Terms;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words an import reads in a file's language and, failing that, in the other one: the fixed
 * names of the format's values, yes and no, country names, and what the export adds to a name in
 * its readable columns (a category's Art. 9/10 mark, a purpose's legal basis, a recipient's kind
 * and country).
 */
final class CsvVocabulary {
    private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

    private final List<Terms> terms;
    private final List<CsvWording> wordings;
    private Map<String, String> countryCodes;

    CsvVocabulary(String language) {
        String other = language.equals("nb") ? "en" : "nb";
        this.terms = List.of(Terms.forLanguage(language), Terms.forLanguage(other));
        this.wordings = List.of(new CsvWording(language), new CsvWording(other));
    }

    /** A name as a readable column shows it, with what the export added to it taken off. */
    static final class Named {
        String name;
        boolean special;
        boolean criminal;
        LegalBasis basis;
        RecipientKind kind;
        String country;
        /** Made from an id alone: the name is the id until a cell shows the real one. */
        boolean idOnly;

        Named(String name) {
            this.name = name;
        }

        static Named idOnly(String id) {
            Named named = new Named(id);
            named.idOnly = true;
            return named;
        }
    }

    Named parseName(EntityType type, String value) {
        Named named = new Named(value);
        switch (type) {
            case DATA_CATEGORY -> takeOffMarks(named);
            case PURPOSE -> {
                int pair = named.name.lastIndexOf(CsvValues.PAIR);
                if (pair >= 0) {
                    LegalBasis basis = label(LegalBasis.class, named.name.substring(pair + CsvValues.PAIR.length()));
                    if (basis != null) {
                        named.basis = basis;
                        named.name = named.name.substring(0, pair);
                    }
                }
            }
            case RECIPIENT -> parseRecipient(named);
            default -> {}
        }
        return named;
    }

    /** "Health data (special category, Art. 9)": the marks, in either language, become flags. */
    private void takeOffMarks(Named named) {
        boolean found = true;
        while (found) {
            found = false;
            for (CsvWording wording : wordings) {
                String special = " " + wording.get("word.special-category");
                String criminal = " " + wording.get("word.criminal");
                if (named.name.endsWith(criminal)) {
                    named.name = named.name.substring(0, named.name.length() - criminal.length());
                    named.criminal = true;
                    found = true;
                } else if (named.name.endsWith(special)) {
                    named.name = named.name.substring(0, named.name.length() - special.length());
                    named.special = true;
                    found = true;
                }
            }
        }
    }

    /**
     * "Journalia AS (Processor, Norway)": the part in brackets, if it is a kind and/or a country, is
     * taken off. Kind names may hold brackets of their own, so each opening bracket is tried from
     * the right.
     */
    private void parseRecipient(Named named) {
        String value = named.name;
        if (!value.endsWith(")")) {
            return;
        }
        for (int open = value.lastIndexOf(" ("); open >= 0; open = value.lastIndexOf(" (", open - 1)) {
            String inside = value.substring(open + 2, value.length() - 1);
            if (kindAndCountry(named, inside)) {
                named.name = value.substring(0, open);
                return;
            }
        }
    }

    /** "Processor", "Norway" or "Processor, Norway" into the entry; false if it is neither. */
    private boolean kindAndCountry(Named named, String inside) {
        for (Terms in : terms) {
            for (RecipientKind kind : RecipientKind.values()) {
                String label = in.label(kind);
                if (inside.equals(label)) {
                    named.kind = kind;
                    return true;
                }
                if (inside.startsWith(label + ", ")) {
                    String country = countryCode(inside.substring(label.length() + 2));
                    if (country != null) {
                        named.kind = kind;
                        named.country = country;
                        return true;
                    }
                }
            }
        }
        String country = countryCode(inside);
        if (country != null) {
            named.country = country;
            return true;
        }
        return false;
    }

    /** A fixed value by its name in either language (any case), or by its code; null if neither. */
    <E extends Enum<E> & Coded> E label(Class<E> type, String cell) {
        String wanted = cell.strip();
        for (Terms in : terms) {
            for (E value : type.getEnumConstants()) {
                if (in.label(value).equalsIgnoreCase(wanted)) {
                    return value;
                }
            }
        }
        return Coded.parse(type, wanted.toLowerCase(Locale.ROOT)).orElse(null);
    }

    /** The names of a type's values in the file's language, for messages. */
    <E extends Enum<E> & Coded> List<String> labels(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(terms.get(0)::label).toList();
    }

    String yes() {
        return wordings.get(0).get("word.yes");
    }

    String no() {
        return wordings.get(0).get("word.no");
    }

    /** Yes/No in either language, or true/false; null for anything else. */
    Boolean yesNo(String cell) {
        String value = cell.strip();
        for (CsvWording wording : wordings) {
            if (value.equalsIgnoreCase(wording.get("word.yes"))) {
                return true;
            }
            if (value.equalsIgnoreCase(wording.get("word.no"))) {
                return false;
            }
        }
        if (value.equalsIgnoreCase("true")) {
            return true;
        }
        return value.equalsIgnoreCase("false") ? false : null;
    }

    /** An ISO 3166 code as it is, or a country's name in English or Norwegian as its code; null if neither. */
    String countryCode(String cell) {
        String value = cell.strip();
        if (value.matches("[A-Za-z]{2}")) {
            String code = value.toUpperCase(Locale.ROOT);
            return ISO_COUNTRIES.contains(code) ? code : null;
        }
        if (countryCodes == null) {
            countryCodes = new HashMap<>();
            for (String code : Locale.getISOCountries()) {
                for (Terms in : terms) {
                    countryCodes.putIfAbsent(CsvHeadings.normalise(in.country(code)), code);
                }
            }
        }
        return countryCodes.get(CsvHeadings.normalise(value));
    }
}
