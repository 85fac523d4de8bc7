package io.privacyinventory.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where a transfer lands, legally: inside the EEA, in a country with an adequacy decision (and
 * whether that decision has a condition to confirm), or in a third country that needs a
 * safeguard. The lists are data files beside this class so they can be updated without code.
 */
public final class Countries {
    private static final Set<String> EEA =
            Collections.unmodifiableSet(read("eea-countries.txt").keySet());
    private static final Map<String, String> ADEQUACY = Collections.unmodifiableMap(read("adequacy-decisions.txt"));

    /** How a destination country stands for transfers. */
    public enum Standing {
        EEA,
        ADEQUATE,
        THIRD_COUNTRY
    }

    private Countries() {}

    public static Standing standing(String country) {
        if (EEA.contains(country)) {
            return Standing.EEA;
        }
        return ADEQUACY.containsKey(country) ? Standing.ADEQUATE : Standing.THIRD_COUNTRY;
    }

    public static boolean isInEea(String country) {
        return EEA.contains(country);
    }

    public static boolean hasAdequacyDecision(String country) {
        return ADEQUACY.containsKey(country);
    }

    /** The condition an adequacy decision is limited by (e.g. certification), if it has one. */
    public static Optional<String> adequacyCondition(String country) {
        String condition = ADEQUACY.get(country);
        return condition == null || condition.isEmpty() ? Optional.empty() : Optional.of(condition);
    }

    private static Map<String, String> read(String resource) {
        Map<String, String> entries = new LinkedHashMap<>();
        try (InputStream in = Countries.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing data file " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int space = line.indexOf(' ');
                String code = space < 0 ? line : line.substring(0, space);
                if (!Syntax.isCountry(code)) {
                    throw new IllegalStateException(resource + ": \"" + code + "\" is not a country code");
                }
                entries.put(code, space < 0 ? "" : line.substring(space + 1).strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }
}
