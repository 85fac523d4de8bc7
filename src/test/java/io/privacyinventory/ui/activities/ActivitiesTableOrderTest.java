package io.privacyinventory.ui.activities;

import static org.assertj.core.api.Assertions.assertThat;

import io.privacyinventory.generate.InventoryGenerator;
import io.privacyinventory.model.Activity;
import io.privacyinventory.model.Edit;
import io.privacyinventory.model.EntityType;
import io.privacyinventory.model.Inventory;
import io.privacyinventory.model.Text;
import io.privacyinventory.store.InventoryStore;
import io.privacyinventory.ui.FxStageExtension;
import io.privacyinventory.ui.FxWait;
import io.privacyinventory.ui.Messages;
import io.privacyinventory.ui.SettledScene;
import io.privacyinventory.ui.TaskRunner;
import io.privacyinventory.ui.Theme;
import io.privacyinventory.ui.document.InventoryDocument;
import io.privacyinventory.ui.findings.FindingsModel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.Start;

/**
 * The Activities table sorts its rows exactly as a table column sorts them by default (each
 * column's comparator on both cells' values, the later columns of the sort order breaking ties, a
 * stable sort keeping the list's order among equal rows), for every column in both directions and
 * for two columns at once: on random names and owners with æ, ø, å, case, accents and many ties, in
 * English and in Norwegian collation, with the names' and owners' places made ahead, and with rows
 * changed since (compared by their texts' keys instead). And its rows keep the one height they
 * have, unless a name breaks over two lines.
 */
@ExtendWith(FxStageExtension.class)
class ActivitiesTableOrderTest {
    private static final String[] PARTS = {
        "Ærlig", "ærlig", "Aerlig", "Øvre", "øvre", "Ovre", "Åsen", "åsen", "Aasen", "Kafé", "Kafe", "kafé", "KAFE",
        "Zebra", "zebra", "Ésprit", "esprit", "Über", "uber", "10", "9", "a", "A", "-", "Lønn", "lonn", "Ærø"
    };

    @TempDir
    Path folder;

    private Stage stage;
    private InventoryDocument document;
    private ActivitiesTable rows;
    private Locale before;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Theme.apply(false);
    }

    @AfterEach
    void close() {
        FxWait.run(stage::hide);
        if (document != null) {
            document.close();
        }
        if (before != null) {
            Locale.setDefault(before);
        }
    }

    @Test
    void sortsAsTheColumnsDefaultComparatorInEnglish() throws Exception {
        sortsAsTheColumnsDefaultComparator(Locale.ENGLISH, 3);
    }

    @Test
    void sortsAsTheColumnsDefaultComparatorInNorwegian() throws Exception {
        sortsAsTheColumnsDefaultComparator(Locale.forLanguageTag("nb-NO"), 17);
    }

    private void sortsAsTheColumnsDefaultComparator(Locale locale, long seed) throws Exception {
        before = Locale.getDefault();
        // the collator of a table column's default comparator is that of the default locale
        Locale.setDefault(locale);
        Random random = new Random(seed);
        open(InventoryGenerator.generate(160, seed), random);

        rows.placesMade().get(30, TimeUnit.SECONDS);
        assertEveryOrder();

        // rows changed after the places were made (fewer than a tenth) are compared by their texts' keys,
        // beside those that were not
        CompletableFuture<Void> made = rows.placesMade();
        rename(12, random);
        assertEveryOrder();
        assertThat(rows.placesMade()).as("no places made again for a few edits").isSameAs(made);

        // after many edits the first sort has the places made again; every order stays the same
        rename(40, random);
        FxWait.run(
                () -> table().getSortOrder().setAll(List.of(table().getColumns().get(0))));
        assertThat(rows.placesMade()).as("places made again after many edits").isNotSameAs(made);
        rows.placesMade().get(30, TimeUnit.SECONDS);
        assertEveryOrder();
    }

    private void rename(int count, Random random) {
        List<Edit> renames = new ArrayList<>();
        List<Activity> activities = document.inventory().activities();
        for (int i = 0; i < count; i++) {
            Activity activity = activities.get(random.nextInt(activities.size()));
            renames.add(new Edit.Update(EntityType.ACTIVITY, activity.id(), shuffled(activity, random)));
        }
        FxWait.run(() -> document.apply(renames));
        FxWait.settle();
    }

    @Test
    void rowsKeepTheHeightTheyHaveAndANameOnTwoLinesLetsRowsMeasureThemselvesAgain() throws Exception {
        open(InventoryGenerator.generate(60, 2), null);
        double[] heights = new double[2];
        FxWait.run(() -> {
            heights[0] = table().getFixedCellSize();
            heights[1] = visibleRows().get(0).prefHeight(-1);
        });
        assertThat(heights[0]).as("fixed row height").isPositive();

        // the same rows measured by themselves
        FxWait.run(() -> table().setFixedCellSize(-1));
        FxWait.settle();
        FxWait.run(() -> heights[1] = visibleRows().get(0).prefHeight(-1));
        assertThat(heights[1]).isEqualTo(heights[0]);
        FxWait.run(() -> table().setFixedCellSize(heights[0]));

        Activity first = document.inventory().activities().get(0);
        Activity twoLines = first.withName(Text.of(Map.of("en", "Payroll\nand pensions", "nb", "Lønn\nog pensjon")));
        FxWait.run(() -> document.apply(List.of(new Edit.Update(EntityType.ACTIVITY, first.id(), twoLines))));
        FxWait.settle();

        double[] twoLineRow = {0, -1, -2};
        FxWait.run(() -> {
            twoLineRow[0] = table().getFixedCellSize();
            for (TableRow<Activity> row : visibleRows()) {
                if (row.getItem() != null && row.getItem().id().equals(first.id())) {
                    twoLineRow[1] = row.getHeight();
                    twoLineRow[2] = row.prefHeight(-1);
                }
            }
        });
        assertThat(twoLineRow[0]).as("no fixed height any more").isNegative();
        assertThat(twoLineRow[1]).as("the two-line row's height, its own").isEqualTo(twoLineRow[2]);
    }

    /** The inventory with random names, owners and review dates, in a table in a window. */
    private void open(Inventory generated, Random random) throws Exception {
        Path file = folder.resolve("inventory.db");
        try (InventoryStore store = InventoryStore.create(file, generated)) {
            if (random != null) {
                List<Edit> edits = new ArrayList<>();
                for (Activity activity : generated.activities()) {
                    edits.add(new Edit.Update(EntityType.ACTIVITY, activity.id(), shuffled(activity, random)));
                }
                store.apply(edits);
            }
        }
        InventoryStore store = InventoryStore.open(file);
        document = new InventoryDocument(store, store.load(), TaskRunner.direct());
        FxWait.run(() -> {
            ActivitiesViewModel model = new ActivitiesViewModel(document, "New activity", "copy");
            FindingsModel findings =
                    new FindingsModel(document, TaskRunner.direct(), Locale.ENGLISH, Clock.systemDefaultZone());
            rows = new ActivitiesTable(model, new Messages(Locale.ENGLISH), new SimpleStringProperty("en"), findings);
            stage.setScene(new Scene(rows.control(), 1000, 600));
            stage.show();
        });
        SettledScene.await(stage);
    }

    private static Activity shuffled(Activity activity, Random random) {
        Map<String, String> names = new LinkedHashMap<>();
        // some activities have no English name: the column shows the default language's
        if (random.nextInt(5) > 0) {
            names.put("en", text(random));
        }
        names.put("nb", text(random));
        LocalDate due = random.nextInt(4) == 0 ? null : LocalDate.of(2026, 1, 1).plusDays(random.nextInt(30));
        return activity.withName(Text.of(names)).withOwner(text(random)).withReviewDue(due);
    }

    /** One to three parts: few enough that many texts are equal, or equal but for case and accents. */
    private static String text(Random random) {
        StringBuilder text = new StringBuilder(PARTS[random.nextInt(PARTS.length)]);
        for (int parts = random.nextInt(3); parts > 0; parts--) {
            text.append(random.nextBoolean() ? " " : "").append(PARTS[random.nextInt(PARTS.length)]);
        }
        return text.toString();
    }

    @SuppressWarnings("unchecked")
    private void assertEveryOrder() {
        List<TableColumn<Activity, ?>> columns = new ArrayList<>();
        FxWait.run(() -> columns.addAll(table().getColumns()));
        assertThat(columns).hasSize(6);
        List<List<TableColumn<Activity, ?>>> orders = new ArrayList<>();
        for (TableColumn<Activity, ?> column : columns) {
            orders.add(List.of(column));
        }
        orders.add(List.of(columns.get(2), columns.get(0)));
        orders.add(List.of(columns.get(3), columns.get(1)));
        orders.add(List.of(columns.get(4), columns.get(5), columns.get(0)));
        for (List<TableColumn<Activity, ?>> order : orders) {
            for (TableColumn.SortType type : TableColumn.SortType.values()) {
                List<String> expected = new ArrayList<>();
                List<String> shown = new ArrayList<>();
                FxWait.run(() -> {
                    table().getSortOrder().clear();
                    List<Activity> unsorted = new ArrayList<>(table().getItems());
                    for (int i = 0; i < order.size(); i++) {
                        // the first column in the direction tested, the others the other way
                        order.get(i)
                                .setSortType(
                                        i == 0
                                                ? type
                                                : type == TableColumn.SortType.ASCENDING
                                                        ? TableColumn.SortType.DESCENDING
                                                        : TableColumn.SortType.ASCENDING);
                    }
                    unsorted.sort(columnsDefault(order));
                    unsorted.forEach(activity -> expected.add(activity.id()));
                    table().getSortOrder().setAll(order);
                    table().getItems().forEach(activity -> shown.add(activity.id()));
                });
                assertThat(shown)
                        .as(
                                "sorted by %s, %s",
                                order.stream().map(TableColumn::getText).toList(), type)
                        .containsExactlyElementsOf(expected);
            }
        }
    }

    /** What a table's own comparator does: each column's comparator on the two cells' values. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Comparator<Activity> columnsDefault(List<TableColumn<Activity, ?>> order) {
        return (a, b) -> {
            for (TableColumn<Activity, ?> column : order) {
                Comparator comparator = column.getComparator();
                Object first = column.getCellData(a);
                Object second = column.getCellData(b);
                int result = column.getSortType() == TableColumn.SortType.DESCENDING
                        ? comparator.compare(second, first)
                        : comparator.compare(first, second);
                if (result != 0) {
                    return result;
                }
            }
            return 0;
        };
    }

    private TableView<Activity> table() {
        return rows.control();
    }

    @SuppressWarnings("unchecked")
    private List<TableRow<Activity>> visibleRows() {
        List<TableRow<Activity>> found = new ArrayList<>();
        for (var node : table().lookupAll(".table-row-cell")) {
            TableRow<Activity> row = (TableRow<Activity>) node;
            if (!row.isEmpty() && row.isVisible()) {
                found.add(row);
            }
        }
        return found;
    }
}
