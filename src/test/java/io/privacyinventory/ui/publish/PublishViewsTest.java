package io.privacyinventory.ui.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.privacyinventory.TestInventories;
import io.privacyinventory.model.Activity;
import io.privacyinventory.model.EntityType;
import io.privacyinventory.model.PublishedNotice;
import io.privacyinventory.model.RecordFields;
import io.privacyinventory.notice.NoticeLanguage;
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
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Publishing from the editor, and reading and comparing the published versions. */
@ExtendWith(FxStageExtension.class)
class PublishViewsTest {
    @TempDir
    Path folder;

    private InventoryDocument document;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void openTheClinic() throws Exception {
        InventoryStore store =
                InventoryStore.create(folder.resolve("clinic.db"), TestInventories.read(TestInventories.CLINIC_GROUP));
        document = new InventoryDocument(store, store.load(), TaskRunner.direct());
    }

    @AfterEach
    void close(FxRobot robot) {
        FxWait.run(() -> stage.hide());
        document.close();
    }

    private static Button publishButton(PublishNoticeDialog dialog) {
        return (Button) dialog.dialog()
                .getDialogPane()
                .lookupButton(dialog.dialog().getDialogPane().getButtonTypes().get(0));
    }

    @Test
    void aCleanRecordCanBePublishedAndABlockedOneShowsWhyAndNeedsForce(FxRobot robot) {
        PublishNoticeDialog[] dialog = new PublishNoticeDialog[1];
        FxWait.run(() -> dialog[0] = new PublishNoticeDialog(null, document, new Messages(Locale.ENGLISH)));
        Node pane = dialog[0].dialog().getDialogPane();
        assertThat(((Label) pane.lookup("#publishStatus")).getText()).isEqualTo("Ready to publish as version 1.");
        assertThat(publishButton(dialog[0]).isDisabled()).isFalse();
        assertThat(pane.lookup("#publishForce").isVisible()).isFalse();

        FxWait.run(() -> document.change(
                EntityType.ACTIVITY, "booking-billing", (Activity a) -> RecordFields.with(a, "purposes", List.of())));
        FxWait.run(() -> dialog[0] = new PublishNoticeDialog(null, document, new Messages(Locale.ENGLISH)));
        Node blockedPane = dialog[0].dialog().getDialogPane();
        assertThat(((Label) blockedPane.lookup("#publishStatus")).getText())
                .startsWith("Not ready: 1 error from the checks and 1 missing fact in the draft");
        @SuppressWarnings("unchecked")
        ListView<String> why = (ListView<String>) blockedPane.lookup("#publishBlocking");
        assertThat(why.getItems()).anySatisfy(line -> assertThat(line).contains("Booking, reminders and invoicing"));
        assertThat(publishButton(dialog[0]).isDisabled()).isTrue();
        CheckBox force = (CheckBox) blockedPane.lookup("#publishForce");
        assertThat(force.isVisible()).isTrue();
        FxWait.run(() -> force.setSelected(true));
        assertThat(publishButton(dialog[0]).isDisabled()).isFalse();
    }

    @Test
    void publishedVersionsAreListedReadOnlyAndComparedWithMarkedWords(FxRobot robot) {
        FxWait.run(() -> document.publish(null, NoticeLanguage.EN, false, done -> {}, error -> {
            throw new AssertionError(error);
        }));
        FxWait.run(() -> document.change(
                EntityType.ACTIVITY,
                "booking-billing",
                (Activity a) ->
                        RecordFields.with(a, "name", io.privacyinventory.model.Text.of("en", "Booking and billing"))));
        FxWait.run(() -> document.publish(null, NoticeLanguage.EN, false, done -> {}, error -> {
            throw new AssertionError(error);
        }));
        assertThat(document.inventory().publishedNotices()).hasSize(2);

        PublishedNoticesWindow[] window = new PublishedNoticesWindow[1];
        FxWait.run(() -> {
            window[0] = new PublishedNoticesWindow(stage, document, new Messages(Locale.ENGLISH));
            window[0].show();
        });
        Node root = window[0].stage().getScene().getRoot();
        @SuppressWarnings("unchecked")
        TableView<PublishedNotice> versions = (TableView<PublishedNotice>) root.lookup("#publishedVersions");
        assertThat(versions.getItems()).extracting(PublishedNotice::version).containsExactly(1, 2);
        TextArea text = (TextArea) root.lookup("#publishedText");
        assertThat(text.isEditable()).isFalse();
        assertThat(text.getText()).contains("Booking and billing");

        FxWait.run(() -> versions.getSelectionModel().select(0));
        assertThat(text.getText()).contains("Booking, reminders and invoicing");
        List<String> words = new ArrayList<>();
        root.lookupAll(".diff-removed-word").forEach(node -> words.add(((Text) node).getText()));
        root.lookupAll(".diff-added-word").forEach(node -> words.add(((Text) node).getText()));
        assertThat(words).isNotEmpty().allSatisfy(word -> assertThat(word).matches("\\[[−+].*\\]"));
        assertThat(String.join("", words)).contains("reminders").contains("billing");
        FxWait.run(() -> window[0].stage().close());
    }

    @Test
    void aPublicationIsNotAnUndoStep(FxRobot robot) {
        FxWait.run(() -> document.publish(null, NoticeLanguage.EN, false, done -> {}, error -> {
            throw new AssertionError(error);
        }));
        assertThat(document.inventory().publishedNotices()).hasSize(1);
        assertThat(document.canUndoProperty().get()).isFalse();
    }
}
