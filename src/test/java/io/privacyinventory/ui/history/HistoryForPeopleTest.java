package io.privacyinventory.ui.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.privacyinventory.TestInventories;
import io.privacyinventory.model.Activity;
import io.privacyinventory.model.ActivityStatus;
import io.privacyinventory.model.EntityType;
import io.privacyinventory.model.RetentionRule;
import io.privacyinventory.store.ChangeLogEntry;
import io.privacyinventory.store.InventoryStore;
import io.privacyinventory.ui.FxStageExtension;
import io.privacyinventory.ui.FxWait;
import io.privacyinventory.ui.Messages;
import io.privacyinventory.ui.TaskRunner;
import io.privacyinventory.ui.document.InventoryDocument;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** History rows name items and fields in words, in the interface language, with the stored JSON one click away. */
@ExtendWith(FxStageExtension.class)
class HistoryForPeopleTest {
    private static final Locale BOKMAAL = Locale.forLanguageTag("nb");

    @TempDir
    Path folder;

    private InventoryDocument document;
    private Stage stage;
    private HistoryView view;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close(FxRobot robot) {
        FxWait.run(() -> stage.hide());
        if (document != null) {
            document.close();
        }
    }

    /** The clinic sample, then: patient care's owner and status changed, one retention period changed, the status change undone. */
    private void editTheClinic(FxRobot robot, Locale locale) throws Exception {
        InventoryStore store =
                InventoryStore.create(folder.resolve("clinic.db"), TestInventories.read(TestInventories.CLINIC_GROUP));
        document = new InventoryDocument(store, store.load(), TaskRunner.direct());
        FxWait.run(() -> {
            document.change(EntityType.ACTIVITY, "patient-care", (Activity a) -> withOwner(a, "People & Culture"));
            document.change(
                    EntityType.ACTIVITY, "patient-care", (Activity a) -> withStatus(a, ActivityStatus.IN_REVIEW));
            document.undo();
            document.change(EntityType.ACTIVITY, "patient-care", (Activity a) -> withFirstPeriod(a, "P2Y"));
            view = new HistoryView(document, new Messages(locale));
            stage.setScene(new javafx.scene.Scene((javafx.scene.Parent) view.root(), 1000, 650));
            stage.show();
            view.activate();
        });
    }

    @Test
    void rowsNameTheActivityAndTheFieldInBokmaalNeverTheFormatsFieldName(FxRobot robot) throws Exception {
        editTheClinic(robot, BOKMAAL);
        List<String> what = new ArrayList<>();
        rows().forEach(entry -> what.add(view.describe(entry)));
        assertThat(what)
                .anySatisfy(row -> assertThat(row)
                        .contains("\"Patient examination, treatment and records\"")
                        .contains("Ansvarlig enhet endret"));
        assertThat(what)
                .anySatisfy(row -> assertThat(row)
                        .contains("\"Patient examination, treatment and records\"")
                        .contains("Lagringstid"));
        assertThat(what).noneSatisfy(row -> assertThat(row).containsIgnoringCase("owner endret"));
        assertThat(String.join("\n", what)).doesNotContain("status endret").doesNotContain("retention endret");
    }

    @Test
    void searchingTheActivitysNameFindsEveryChangeToIt(FxRobot robot) throws Exception {
        editTheClinic(robot, Locale.ENGLISH);
        int all = rows().size();
        FxWait.run(() -> ((TextField) view.root().lookup(".text-field")).setText("examination"));
        // owner, status, its undo, the period: four changes to the activity, none of them a rename (and the
        // creation of the record, whose stored JSON holds the name too)
        assertThat(rows().stream().filter(entry -> "patient-care".equals(entry.entityId())))
                .hasSize(4);
        assertThat(all).isEqualTo(5);
        FxWait.run(() -> ((TextField) view.root().lookup(".text-field")).setText("Ansvarlig"));
        assertThat(rows()).isEmpty();
    }

    @Test
    void detailsShowBeforeAndAfterInWordsMarkedBySignAndTheJsonOnlyOnAsking(FxRobot robot) throws Exception {
        editTheClinic(robot, Locale.ENGLISH);
        ChangeLogEntry period = rows().get(0);
        FxWait.run(() -> table().getSelectionModel().select(period));

        List<String> shown = texts(view.root().lookup("#differenceView"));
        assertThat(shown).contains("− 10 years", "+ 2 years");
        assertThat(String.join("\n", shown))
                .doesNotContain("P10Y")
                .doesNotContain("P2Y")
                .doesNotContain("{");

        TextArea raw = (TextArea) view.root().lookupAll(".text-area").iterator().next();
        assertThat(raw.getParent().isVisible())
                .as("the stored JSON is one click away, not in the way")
                .isFalse();
        FxWait.run(() -> ((ToggleButton) view.root().lookup("#historyShowRaw")).fire());
        assertThat(raw.getParent().isVisible()).isTrue();
        assertThat(raw.getText()).contains("P10Y");
    }

    @Test
    void anUndoSaysWhichChangeItUndoesInWords(FxRobot robot) throws Exception {
        editTheClinic(robot, BOKMAAL);
        ChangeLogEntry undo = rows().stream()
                .filter(entry -> entry.reverts() != null)
                .findFirst()
                .orElseThrow();
        String shown = (String) table().getColumns().get(3).getCellData(undo);
        assertThat(shown).isEqualTo("Endring " + undo.changeSet() + ", angrer endring " + undo.reverts());
    }

    private static Activity withOwner(Activity activity, String owner) {
        return (Activity) io.privacyinventory.model.RecordFields.with(activity, "owner", owner);
    }

    private static Activity withStatus(Activity activity, ActivityStatus status) {
        return (Activity) io.privacyinventory.model.RecordFields.with(activity, "status", status);
    }

    private static Activity withFirstPeriod(Activity activity, String period) {
        List<RetentionRule> rules = new ArrayList<>(activity.retention());
        RetentionRule first = rules.get(0);
        rules.set(0, (RetentionRule) io.privacyinventory.model.RecordFields.with(first, "period", period));
        return (Activity) io.privacyinventory.model.RecordFields.with(activity, "retention", rules);
    }

    private TableView<ChangeLogEntry> table() {
        @SuppressWarnings("unchecked")
        TableView<ChangeLogEntry> table =
                (TableView<ChangeLogEntry>) view.root().lookup("#historyTable");
        return table;
    }

    private List<ChangeLogEntry> rows() {
        return table().getItems();
    }

    private static List<String> texts(Node root) {
        List<String> texts = new ArrayList<>();
        root.lookupAll(".label").forEach(node -> texts.add(((Labeled) node).getText()));
        return texts;
    }
}
