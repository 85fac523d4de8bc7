package io.privacyinventory.ui.findings;

import io.privacyinventory.model.Inventory;
import io.privacyinventory.model.findings.Finding;
import io.privacyinventory.model.findings.InventoryChecker;
import io.privacyinventory.ui.TaskRunner;
import io.privacyinventory.ui.document.InventoryDocument;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Subscription;

/**
 * The findings of the open inventory, checked again after every change (in the background, so
 * a large inventory never stalls typing), with the counts the status bar shows.
 */
public final class FindingsModel {
    private final TaskRunner runner;
    private final Locale locale;
    private final Clock clock;
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    private final IntegerProperty errors = new SimpleIntegerProperty();
    private final IntegerProperty warnings = new SimpleIntegerProperty();
    private final ObjectProperty<Throwable> failure = new SimpleObjectProperty<>();
    private final Subscription subscription;
    /** The findings by the item they are about (see {@link #item}), in their order. */
    private Map<String, List<Finding>> byItem = Map.of();
    /** The same lists of the activities, by the activity's id alone: the table asks per row and comparison. */
    private Map<String, List<Finding>> byActivity = Map.of();

    private Inventory checking;
    private Inventory queued;

    public FindingsModel(InventoryDocument document, TaskRunner runner, Locale locale, Clock clock) {
        this.runner = runner;
        this.locale = locale;
        this.clock = clock;
        subscription = document.inventoryProperty().subscribe(this::check);
    }

    /** Stops checking (the window closed or was rebuilt). */
    public void dispose() {
        subscription.unsubscribe();
    }

    public ObservableList<Finding> findings() {
        return findings;
    }

    /** Why the last check failed (shown to the user); null while checks succeed. */
    public ReadOnlyObjectProperty<Throwable> failureProperty() {
        return failure;
    }

    public ReadOnlyIntegerProperty errorCountProperty() {
        return errors;
    }

    public ReadOnlyIntegerProperty warningCountProperty() {
        return warnings;
    }

    /** The findings about one thing: the path itself or anything below it. */
    public List<Finding> about(String pathPrefix) {
        if (pathPrefix.indexOf('/') > 0 && pathPrefix.indexOf('/') == pathPrefix.lastIndexOf('/')) {
            // an item such as "activities/payroll": looked up, since tables ask for every row and comparison
            return byItem.getOrDefault(pathPrefix, List.of());
        }
        return findings.stream()
                .filter(finding ->
                        finding.path().equals(pathPrefix) || finding.path().startsWith(pathPrefix + "/"))
                .toList();
    }

    /**
     * The findings about one activity and anything in it, by its id: the same as
     * {@code about("activities/" + id)}, without making that path for every row and comparison.
     */
    public List<Finding> aboutActivity(String id) {
        return byActivity.getOrDefault(id, List.of());
    }

    /** "activities/payroll" for "activities/payroll/purposes/0/legalBasis": the first two parts of a path. */
    private static String item(String path) {
        int first = path.indexOf('/');
        int second = first < 0 ? -1 : path.indexOf('/', first + 1);
        return second < 0 ? path : path.substring(0, second);
    }

    /** Checks at most one inventory at a time; edits made meanwhile are checked once it is done. */
    private void check(Inventory inventory) {
        if (checking != null) {
            queued = inventory;
            return;
        }
        checking = inventory;
        LocalDate today = LocalDate.now(clock);
        runner.run(
                () -> Checked.of(InventoryChecker.check(inventory, today, locale), inventory),
                checked -> {
                    byItem = checked.byItem();
                    byActivity = checked.byActivity();
                    findings.setAll(checked.findings());
                    errors.set(checked.errors());
                    warnings.set(checked.findings().size() - checked.errors());
                    failure.set(null);
                    done();
                },
                error -> {
                    failure.set(error);
                    done();
                });
    }

    private void done() {
        checking = null;
        Inventory next = queued;
        queued = null;
        if (next != null) {
            check(next);
        }
    }

    /** A check's findings with their look-ups, made on the checking thread rather than the FX thread. */
    private record Checked(
            List<Finding> findings,
            Map<String, List<Finding>> byItem,
            Map<String, List<Finding>> byActivity,
            int errors) {
        private static final String ACTIVITIES = "activities/";

        static Checked of(List<Finding> findings, Inventory inventory) {
            // keyed by the activities' own id strings, which a look-up by an activity's id then finds
            // by identity instead of comparing the characters (a table sort looks up thousands)
            Map<String, String> ids = new HashMap<>(inventory.activities().size() * 2);
            for (var activity : inventory.activities()) {
                ids.putIfAbsent(activity.id(), activity.id());
            }
            Map<String, List<Finding>> byItem = new HashMap<>();
            Map<String, List<Finding>> byActivity = new HashMap<>();
            int errors = 0;
            for (Finding finding : findings) {
                String item = item(finding.path());
                List<Finding> list = byItem.get(item);
                if (list == null) {
                    list = new ArrayList<>();
                    byItem.put(item, list);
                    if (item.startsWith(ACTIVITIES) && item.length() > ACTIVITIES.length()) {
                        String id = item.substring(ACTIVITIES.length());
                        byActivity.put(ids.getOrDefault(id, id), list);
                    }
                }
                list.add(finding);
                if (finding.isError()) {
                    errors++;
                }
            }
            return new Checked(findings, byItem, byActivity, errors);
        }
    }
}
