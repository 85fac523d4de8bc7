package io.privacyinventory.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import io.privacyinventory.TestInventories;
import io.privacyinventory.exchange.InventoryJsonWriter;
import io.privacyinventory.model.Activity;
import io.privacyinventory.model.ActivityStatus;
import io.privacyinventory.model.EntityType;
import io.privacyinventory.model.RecordFields;
import io.privacyinventory.model.RetentionRule;
import io.privacyinventory.store.InventoryStore;
import io.privacyinventory.ui.FxStageExtension;
import io.privacyinventory.ui.FxWait;
import io.privacyinventory.ui.Messages;
import io.privacyinventory.ui.TaskRunner;
import io.privacyinventory.ui.document.InventoryDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** File › Compare with…: the differences grouped by item, in words, in the interface language. */
@ExtendWith(FxStageExtension.class)
class CompareWithWindowTest {
    @TempDir
    Path folder;

    private InventoryDocument document;
    private Stage stage;

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

    @Test
    void anotherFileIsComparedItemByItemWithLabelsAndValuesInBokmaal(FxRobot robot) throws Exception {
        Path saved = folder.resolve("last-audit.json");
        Files.write(saved, InventoryJsonWriter.toBytes(TestInventories.read(TestInventories.CLINIC_GROUP)));
        InventoryStore store =
                InventoryStore.create(folder.resolve("clinic.db"), TestInventories.read(TestInventories.CLINIC_GROUP));
        document = new InventoryDocument(store, store.load(), TaskRunner.direct());
        FxWait.run(() -> {
            document.change(
                    EntityType.ACTIVITY,
                    "recruitment",
                    (Activity a) -> RecordFields.with(a, "status", ActivityStatus.APPROVED));
            document.change(EntityType.ACTIVITY, "recruitment", (Activity a) -> {
                List<RetentionRule> rules = new ArrayList<>(a.retention());
                rules.set(0, RecordFields.with(rules.get(0), "period", "P1Y"));
                return RecordFields.with(a, "retention", rules);
            });
        });

        CompareWithWindow[] window = new CompareWithWindow[1];
        FxWait.run(() -> {
            window[0] = new CompareWithWindow(null, document, new Messages(Locale.forLanguageTag("nb")));
            window[0].show();
            window[0].compareWith(saved);
        });
        Node root = window[0].stage().getScene().getRoot();
        List<String> shown = labels(root.lookup("#differenceView"));
        assertThat(shown.get(0))
                .startsWith("Behandlingsaktivitet \"Recruitment\" (recruitment)")
                .endsWith("endret");
        assertThat(shown).contains("Status", "− Til gjennomgang", "+ Godkjent", "− 6 måneder", "+ 1 år");
        assertThat(String.join("\n", shown))
                .doesNotContain("P1Y")
                .doesNotContain("in-review")
                .doesNotContain("[\"");
        assertThat(((Label) root.lookup("#compareResult")).getText()).contains("last-audit.json");
        FxWait.run(() -> window[0].stage().close());
    }

    @Test
    void thisFileBeforeItExistedSaysSo(FxRobot robot) throws Exception {
        InventoryStore store =
                InventoryStore.create(folder.resolve("clinic.db"), TestInventories.read(TestInventories.CLINIC_GROUP));
        document = new InventoryDocument(store, store.load(), TaskRunner.direct());
        CompareWithWindow[] window = new CompareWithWindow[1];
        FxWait.run(() -> {
            window[0] = new CompareWithWindow(null, document, new Messages(Locale.ENGLISH));
            window[0].show();
            window[0].compareAt(LocalDate.of(2000, 1, 1));
        });
        assertThat(((Label) window[0].stage().getScene().getRoot().lookup("#compareResult")).getText())
                .isEqualTo("This file had no record yet at that date.");
        FxWait.run(() -> window[0].compareAt(LocalDate.now().plusDays(1)));
        assertThat(labels(window[0].stage().getScene().getRoot().lookup("#differenceView")))
                .containsExactly("No differences.");
        FxWait.run(() -> window[0].stage().close());
    }

    private static List<String> labels(Node root) {
        List<String> texts = new ArrayList<>();
        root.lookupAll(".label").forEach(node -> texts.add(((Labeled) node).getText()));
        return texts;
    }
}
