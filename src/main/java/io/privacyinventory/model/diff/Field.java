package io.privacyinventory.model.diff;

import io.privacyinventory.model.Text;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * How one component of a record is compared and put in words. Each kind knows what "the same"
 * means for its values: a list of references is the same in any order, a text is compared per
 * language, a list of entries (purpose entries, transfers …) is matched entry by entry.
 */
sealed interface Field<T> {
    /** The record component this entry covers. */
    String component();

    /** Adds to {@code comparison} how {@code before} and {@code after} differ in this field; either may be null. */
    void compare(T before, T after, String label, Comparison comparison);

    /** Puts a value of one side in words; never called with null. */
    @FunctionalInterface
    interface Render<V> {
        String apply(V value, Side side);
    }

    /** A value shown whole: a string, a date, a fixed value, a reference or a list of references. */
    record Value<T, V>(String component, Function<T, V> get, Render<V> render, BiPredicate<V, V> same)
            implements Field<T> {
        @Override
        public void compare(T before, T after, String label, Comparison comparison) {
            V was = before == null ? null : get.apply(before);
            V is = after == null ? null : get.apply(after);
            if (was == null && is == null || was != null && is != null && same.test(was, is)) {
                return;
            }
            comparison.add(
                    component,
                    label,
                    null,
                    was == null ? null : render.apply(was, comparison.before()),
                    is == null ? null : render.apply(is, comparison.after()));
        }
    }

    /** A translatable text: each language is compared on its own. */
    record Translated<T>(String component, Function<T, Text> get) implements Field<T> {
        @Override
        public void compare(T before, T after, String label, Comparison comparison) {
            Text was = before == null ? null : get.apply(before);
            Text is = after == null ? null : get.apply(after);
            Set<String> languages =
                    new LinkedHashSet<>(comparison.after().inventory().languages());
            languages.addAll(comparison.before().inventory().languages());
            for (Text text : new Text[] {was, is}) {
                if (text != null) {
                    languages.addAll(text.languages());
                }
            }
            for (String language : languages) {
                String old = was == null ? null : was.get(language).orElse(null);
                String now = is == null ? null : is.get(language).orElse(null);
                if (!Objects.equals(old, now)) {
                    comparison.add(component, label, comparison.multilingual() ? language : null, old, now);
                }
            }
        }
    }

    /** A record inside the record (the DPO's contact, the DPIA): its fields are compared one by one. */
    record Part<T, N>(String component, Function<T, N> get, FieldTable<N> table) implements Field<T> {
        @Override
        public void compare(T before, T after, String label, Comparison comparison) {
            N was = before == null ? null : get.apply(before);
            N is = after == null ? null : get.apply(after);
            if (!Objects.equals(was, is)) {
                table.compare(was, is, comparison.within(component, label));
            }
        }
    }

    /**
     * A list of entries without ids (an activity's purpose entries, transfers, retention rules,
     * controllers). Entries are matched by their keys, tried in order (the strictest first), so an
     * entry whose details changed is reported as changed, not as removed and added; an entry is
     * named by its summary in words.
     */
    record Entries<T, E>(
            String component,
            Function<T, List<E>> get,
            List<Function<E, Object>> keys,
            Render<E> summary,
            FieldTable<E> table)
            implements Field<T> {
        @Override
        public void compare(T before, T after, String label, Comparison comparison) {
            List<E> was = before == null ? List.of() : get.apply(before);
            List<E> is = after == null ? List.of() : get.apply(after);
            if (was.equals(is)) {
                return;
            }
            int[] partner = match(was, is);
            boolean[] matched = new boolean[was.size()];
            for (int now = 0; now < is.size(); now++) {
                int old = partner[now];
                String step = component + "/" + now;
                if (old < 0) {
                    comparison.add(step, label, null, null, summary.apply(is.get(now), comparison.after()));
                } else {
                    matched[old] = true;
                    String name = summary.apply(is.get(now), comparison.after());
                    table.compare(
                            was.get(old),
                            is.get(now),
                            comparison.within(step, label + Comparison.LABEL_SEPARATOR + name));
                }
            }
            for (int old = 0; old < was.size(); old++) {
                if (!matched[old]) {
                    comparison.add(
                            component + "/" + old, label, null, summary.apply(was.get(old), comparison.before()), null);
                }
            }
        }

        /** For each new entry, the index of the old entry it continues, or -1 for a new one. */
        private int[] match(List<E> was, List<E> is) {
            int[] partner = new int[is.size()];
            Arrays.fill(partner, -1);
            boolean[] taken = new boolean[was.size()];
            List<Function<E, Object>> stages = new ArrayList<>();
            stages.add(entry -> entry);
            stages.addAll(keys);
            for (Function<E, Object> key : stages) {
                for (int now = 0; now < is.size(); now++) {
                    if (partner[now] >= 0) {
                        continue;
                    }
                    Object wanted = key.apply(is.get(now));
                    for (int old = 0; old < was.size(); old++) {
                        if (!taken[old] && Objects.equals(key.apply(was.get(old)), wanted)) {
                            taken[old] = true;
                            partner[now] = old;
                            break;
                        }
                    }
                }
            }
            return partner;
        }
    }

    /** A component that is deliberately not compared as a field, and why (an item's id: items are matched by it). */
    record NotCompared<T>(String component, String why) implements Field<T> {
        @Override
        public void compare(T before, T after, String label, Comparison comparison) {
            // nothing to report: the reason is in {@code why}
        }
    }
}
