package io.privacyinventory.model;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;

/** Makes ids for new items from their names: "Kontaktopplysninger (e-post)" → "kontaktopplysninger-e-post". */
public final class Ids {
    private Ids() {}

    public static String fromName(String name, Collection<String> taken) {
        String base = slug(name);
        if (base.isEmpty()) {
            base = "item";
        }
        String id = base;
        for (int n = 2; taken.contains(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    static String slug(String name) {
        String ascii = name.toLowerCase(Locale.ROOT)
                .replace("æ", "ae")
                .replace("ø", "o")
                .replace("å", "a")
                .replace("ß", "ss");
        ascii = Normalizer.normalize(ascii, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-+$", "");
        }
        return slug;
    }
}
