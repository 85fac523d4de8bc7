package io.privacyinventory.bench;

import io.privacyinventory.model.Activity;
import io.privacyinventory.model.Inventory;
import io.privacyinventory.store.InventoryStore;
import io.privacyinventory.ui.activities.ActivitiesViewModel;
import io.privacyinventory.ui.document.InventoryDocument;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

/**
 * The longest the FX thread stands still in the Activities view on a large inventory while the user
 * selects activities (ten, spread over the list) and sorts by each column (ascending, then
 * descending). An animation timer
 * keeps pulses coming; each interaction is started in a pulse and its figure is the longest gap
 * between two pulses over the next second. Each interaction is done once before it is measured, so
 * that loading its classes (a one-off) is not counted. Prints {@code stall-NAME-ms=N} lines.
 */
public final class ActivitiesStall {
    private static final int SETTLE_FRAMES = 60;
    /** Measured selections per run: one selection's gap varies by factors on a shared machine. */
    private static final int SELECTIONS = 10;

    private ActivitiesStall() {}

    public static void main(String[] args) {
        Application.launch(Probe.class, args);
    }

    /** The application: the Activities view on the file, a pulse clock, and the interactions. */
    public static final class Probe extends Application {
        private record Step(String name, Runnable action, boolean measured) {}

        private InventoryStore store;
        private InventoryDocument document;
        private ActivitiesViewModel model;
        private TableView<Activity> table;
        private final List<Step> steps = new ArrayList<>();
        private long lastPulse;
        private long longestGap;

        @Override
        public void init() throws Exception {
            store = InventoryStore.openReadOnly(Path.of(getParameters().getRaw().get(0)));
        }

        @Override
        public void start(Stage stage) throws Exception {
            ProbeWindow window = ProbeWindow.show(stage, store);
            document = window.document();
            model = window.model();
            Inventory inventory = window.inventory();
            plan(inventory);
            new AnimationTimer() {
                private int frames;
                private int step = -1;
                private int stepFrame;

                @Override
                public void handle(long now) {
                    frames++;
                    if (lastPulse != 0) {
                        longestGap = Math.max(longestGap, now - lastPulse);
                    }
                    lastPulse = now;
                    if (frames < 2 * SETTLE_FRAMES) {
                        return;
                    }
                    if (step >= 0 && frames - stepFrame < SETTLE_FRAMES) {
                        return;
                    }
                    if (step >= 0 && steps.get(step).measured()) {
                        System.out.println("stall-" + steps.get(step).name() + "-ms=" + longestGap / 1_000_000);
                    }
                    step++;
                    if (step == steps.size()) {
                        stop();
                        System.out.flush();
                        Platform.exit();
                        return;
                    }
                    stepFrame = frames;
                    longestGap = 0;
                    steps.get(step).action().run();
                }
            }.start();
        }

        private void plan(Inventory inventory) {
            List<Activity> activities = inventory.activities();
            // one unmeasured selection, then ten spread over the list (each printed; the figure is their median)
            for (int i = 0; i <= SELECTIONS; i++) {
                String id = activities
                        .get(
                                i == 0
                                        ? activities.size() / 3
                                        : (int) ((long) activities.size() * i * 7 / 71 % activities.size()))
                        .id();
                steps.add(new Step("select", () -> model.selectedIdProperty().set(id), i > 0));
            }
            steps.add(new Step("find-table", this::findTable, false));
        }

        @SuppressWarnings("unchecked")
        private void findTable() {
            table = (TableView<Activity>) Stage.getWindows().get(0).getScene().lookup("#activityTable");
            List<Step> sorts = new ArrayList<>();
            for (TableColumn<Activity, ?> column : table.getColumns()) {
                String name = column.getText().toLowerCase(Locale.ROOT).replace(' ', '-');
                sorts.add(new Step("warm-sort-" + name, () -> sort(column, TableColumn.SortType.ASCENDING), false));
                sorts.add(new Step("sort-" + name, () -> sort(column, TableColumn.SortType.DESCENDING), true));
            }
            sorts.add(new Step("unsorted", () -> table.getSortOrder().clear(), false));
            steps.addAll(sorts);
        }

        private void sort(TableColumn<Activity, ?> column, TableColumn.SortType type) {
            column.setSortType(type);
            table.getSortOrder().setAll(List.of(column));
        }

        @Override
        public void stop() throws Exception {
            document.close();
        }
    }
}
