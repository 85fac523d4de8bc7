package io.privacyinventory.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.privacyinventory.TestInventories;
import io.privacyinventory.model.Activity;
import io.privacyinventory.model.Inventory;
import io.privacyinventory.model.Text;
import io.privacyinventory.model.findings.Finding;
import io.privacyinventory.model.findings.FindingCode;
import io.privacyinventory.model.findings.Severity;
import io.privacyinventory.store.InventoryStore;
import io.privacyinventory.ui.document.InventoryDocument;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Going to a finding from the Findings view lands on its field, visible, in the language it lacks. */
@ExtendWith(FxStageExtension.class)
class FindingsNavigationTest {
    @TempDir
    static Path folder;

    private Stage stage;
    private MainWindow window;
    private InventoryDocument document;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close(FxRobot robot) {
        FxWait.run(() -> {
            stage.hide();
            window.dispose();
        });
        document.close();
    }

    private void open(FxRobot robot, Inventory inventory) throws Exception {
        Path file = folder.resolve("navigation-" + System.nanoTime() + ".db");
        InventoryStore store = InventoryStore.create(file, inventory);
        document = new InventoryDocument(store, store.load(), TaskRunner.direct());
        FxWait.run(() -> {
            Theme.apply(false);
            window = new MainWindow(document, new Messages(Locale.ENGLISH), new NoAppActions(), TaskRunner.direct());
            Scene scene = new Scene(new WindowFrame(window.root()).root(), RenderedWindow.WIDTH, RenderedWindow.HEIGHT);
            Theme.style(scene);
            stage.setScene(scene);
            stage.show();
        });
        SettledScene.await(stage);
    }

    @Test
    void aReviewDateBelowTheFoldIsScrolledIntoView(FxRobot robot) throws Exception {
        open(robot, TestInventories.read(TestInventories.PRODUCT_SERVICES));
        List<Activity> activities = document.inventory().activities();
        for (Activity activity : List.of(activities.get(activities.size() - 1), activities.get(0), activities.get(1))) {
            // as from the Findings view: the activities are not on screen when the finding is chosen
            FxWait.run(() -> window.show(Section.FINDINGS));
            FxWait.settle();
            FxWait.run(() -> window.goTo(
                    new Finding(Severity.WARNING, "review-overdue", "activities/" + activity.id() + "/reviewDue", "")));
            FxWait.settle();
            ScrollPane editor = (ScrollPane) window.root().lookup("#activityEditor");
            Node field = window.root().lookup("#reviewDue");
            Bounds shown = editor.localToScene(editor.getLayoutBounds());
            Bounds at = field.localToScene(field.getLayoutBounds());
            assertThat(at.getMinY())
                    .as("top of the review date of " + activity.id())
                    .isGreaterThanOrEqualTo(shown.getMinY());
            assertThat(at.getMaxY())
                    .as("bottom of the review date of " + activity.id())
                    .isLessThanOrEqualTo(shown.getMaxY());
        }
    }

    @Test
    void aMissingTranslationIsShownInTheLanguageThatLacksIt(FxRobot robot) throws Exception {
        Inventory sample = TestInventories.read(TestInventories.PRODUCT_SERVICES);
        assertThat(sample.languages()).contains("en", "nb");
        List<Activity> activities = new ArrayList<>(sample.activities());
        Activity first = activities.get(0).withDescription(Text.of(Map.of("en", "Only in English")));
        activities.set(0, first);
        open(
                robot,
                new Inventory(
                        sample.languages(),
                        sample.organisation(),
                        sample.notice(),
                        sample.dataSubjects(),
                        sample.dataCategories(),
                        sample.purposes(),
                        sample.recipients(),
                        activities,
                        sample.publishedNotices()));
        FxWait.run(() -> window.contentLanguageProperty().set("en"));

        FxWait.run(() -> window.goTo(new Finding(
                Severity.WARNING,
                FindingCode.TRANSLATION_MISSING.code(),
                "activities/" + first.id() + "/description",
                "")));
        FxWait.settle();

        assertThat(window.contentLanguageProperty().get()).isEqualTo("nb");
    }
}
