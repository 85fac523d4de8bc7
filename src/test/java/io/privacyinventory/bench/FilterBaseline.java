package io.privacyinventory.bench;

import io.privacyinventory.model.Activity;
import io.privacyinventory.model.Inventory;
import io.privacyinventory.model.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;

/**
 * The Activities filter as it was before its own index (decision 0015): a {@link FilteredList}
 * whose predicate is replaced at each keystroke and lower-cases every text of every activity. Kept
 * in the benchmark only, so that both are measured side by side on the same machine and load.
 */
final class FilterBaseline {
    private FilterBaseline() {}

    static Timing keystrokes(Inventory inventory, List<String> queries, int runs) {
        ObservableList<Activity> activities = FXCollections.observableArrayList(inventory.activities());
        FilteredList<Activity> filtered = new FilteredList<>(activities);
        SortedList<Activity> table = new SortedList<>(filtered);
        List<Double> keystrokes = new ArrayList<>();
        for (int round = 0; round < 1 + Math.max(1, runs / 2); round++) {
            for (String query : queries) {
                for (String text : Benchmark.typedAndErased(query)) {
                    long start = System.nanoTime();
                    filtered.setPredicate(matching(text));
                    int visible = table.size();
                    long took = System.nanoTime() - start;
                    if (round >= 1) {
                        keystrokes.add(took / 1e6);
                    }
                    if (visible < 0) {
                        throw new IllegalStateException();
                    }
                }
            }
        }
        return Timing.of(keystrokes);
    }

    private static Predicate<Activity> matching(String text) {
        String query = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (query.isEmpty()) {
            return activity -> true;
        }
        return activity -> contains(activity.name(), query)
                || contains(activity.description(), query)
                || (activity.owner() != null
                        && activity.owner().toLowerCase(Locale.ROOT).contains(query))
                || activity.id().contains(query);
    }

    private static boolean contains(Text text, String query) {
        return text != null
                && text.values().values().stream()
                        .anyMatch(value -> value.toLowerCase(Locale.ROOT).contains(query));
    }
}
