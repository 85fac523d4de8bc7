package io.privacyinventory.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.privacyinventory.TestInventories;
import io.privacyinventory.generate.InventoryGenerator;
import io.privacyinventory.model.Audience;
import io.privacyinventory.model.Inventory;
import io.privacyinventory.model.NoticeSettings;
import io.privacyinventory.notice.NoticeComposer;
import io.privacyinventory.notice.NoticeFormat;
import io.privacyinventory.notice.NoticeLanguage;
import io.privacyinventory.ui.FxStageExtension;
import io.privacyinventory.ui.FxWait;
import io.privacyinventory.ui.Messages;
import io.privacyinventory.ui.TaskRunner;
import io.privacyinventory.ui.Theme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(FxStageExtension.class)
class NoticeExportDialogTest {
    @TempDir
    Path folder;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Theme.apply(false);
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @Test
    void previewFollowsTheChoicesAndSaveWritesExactlyThat(FxRobot robot) throws Exception {
        Inventory inventory = TestInventories.read(TestInventories.PRODUCT_SERVICES);
        NoticeExportDialog[] dialog = new NoticeExportDialog[1];
        FxWait.run(() -> {
            dialog[0] = new NoticeExportDialog(
                    stage, new Messages(Locale.ENGLISH), inventory, folder, "inventory", TaskRunner.direct());
            dialog[0].show();
        });
        TextArea preview = robot.lookup("#noticePreview").queryAs(TextArea.class);
        // the preview is composed once the dialog's first frame is on screen
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !preview.getText().isEmpty());
        assertThat(preview.getText()).startsWith("VMware Products and Services Privacy Notice");

        @SuppressWarnings("unchecked")
        ComboBox<NoticeLanguage> language = robot.lookup("#noticeLanguage").queryAs(ComboBox.class);
        @SuppressWarnings("unchecked")
        ComboBox<NoticeFormat> format = robot.lookup("#noticeFormat").queryAs(ComboBox.class);
        FxWait.run(() -> {
            language.setValue(NoticeLanguage.NB);
            format.setValue(NoticeFormat.HTML);
        });

        String expected = NoticeComposer.compose(inventory, NoticeLanguage.NB).render(NoticeFormat.HTML);
        assertThat(preview.getText()).isEqualTo(expected).contains("<html lang=\"nb\">");
        assertThat(robot.lookup("#noticeStatus").queryAs(Label.class).getText()).contains("Nothing is missing");

        Path target = folder.resolve("notice.nb.html");
        FxWait.run(() -> dialog[0].save(target, TaskRunner.direct()));

        assertThat(Files.readString(target)).isEqualTo(expected);
        assertThat(robot.lookup("#noticeStatus").queryAs(Label.class).getText()).contains("Saved to " + target);
        FxWait.run(() -> dialog[0].dialog().close());
    }

    @Test
    void theAudienceChoiceNarrowsTheNoticeAndGapsAreListedInTheDraftsLanguage(FxRobot robot) throws Exception {
        Inventory clinic = TestInventories.read(TestInventories.CLINIC_GROUP);
        NoticeSettings n = clinic.notice();
        Inventory undated = new Inventory(
                clinic.languages(),
                clinic.organisation(),
                new NoticeSettings(n.title(), null, n.scope(), n.introduction(), n.audiences()),
                clinic.dataSubjects(),
                clinic.dataCategories(),
                clinic.purposes(),
                clinic.recipients(),
                clinic.activities(),
                clinic.publishedNotices());
        NoticeExportDialog[] dialog = new NoticeExportDialog[1];
        FxWait.run(() -> {
            dialog[0] = new NoticeExportDialog(
                    stage, new Messages(Locale.ENGLISH), undated, folder, "inventory", TaskRunner.direct());
            dialog[0].show();
        });
        TextArea preview = robot.lookup("#noticePreview").queryAs(TextArea.class);
        // the preview is composed once the dialog's first frame is on screen
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !preview.getText().isEmpty());
        @SuppressWarnings("unchecked")
        ComboBox<Audience> audience = robot.lookup("#noticeAudience").queryAs(ComboBox.class);
        @SuppressWarnings("unchecked")
        ComboBox<NoticeLanguage> language = robot.lookup("#noticeLanguage").queryAs(ComboBox.class);
        @SuppressWarnings("unchecked")
        ListView<String> missing = robot.lookup("#noticeMissingFacts").queryAs(ListView.class);
        assertThat(audience.getItems()).hasSize(4);
        assertThat(preview.getText()).contains("Employment administration and payroll", "Patient examination");

        FxWait.run(() -> {
            audience.setValue(undated.notice().audiences().get(1));
            language.setValue(NoticeLanguage.NB);
        });

        assertThat(preview.getText())
                .startsWith("Privacy notice for employees and applicants of Fjellvik Helse")
                .contains("Employment administration and payroll")
                .doesNotContain("Patient examination")
                .contains("[MANGLER: datoen erklæringen gjelder fra]");
        Label statusLabel = robot.lookup("#noticeStatus").queryAs(Label.class);
        String status = statusLabel.getText();
        assertThat(status)
                .contains("1 fact is missing (marked [MANGLER: …] in the draft", "fell back to another language (en)")
                .doesNotContain("[MISSING");
        // the gaps stand out in the theme's warning colour, not in the text colour of the labels around them
        Label plain = robot.lookup(".dialog-pane .label").queryAllAs(Label.class).stream()
                .filter(label -> label.getStyleClass().equals(java.util.List.of("label")))
                .findFirst()
                .orElseThrow();
        assertThat(statusLabel.getTextFill()).isNotEqualTo(plain.getTextFill());
        assertThat(missing.isVisible()).isTrue();
        assertThat(missing.getItems()).containsExactly("datoen erklæringen gjelder fra");
        FxWait.run(() -> dialog[0].dialog().close());
    }

    @Test
    void aLargeNoticeIsPreviewedFromItsStartWhileSaveAndCopyTakeTheWholeOfIt(FxRobot robot) throws Exception {
        // the notice of 300 activities is written while it is composed, never held as a tree
        Inventory large = InventoryGenerator.generate(300, 5);
        String expected = NoticeComposer.compose(large, NoticeLanguage.EN).render(NoticeFormat.TEXT);
        assertThat(expected.length()).isGreaterThan(2 * NoticeExportDialog.SHOWN_CHARACTERS);
        NoticeExportDialog[] dialog = new NoticeExportDialog[1];
        FxWait.run(() -> {
            dialog[0] = new NoticeExportDialog(
                    stage, new Messages(Locale.ENGLISH), large, folder, "inventory", TaskRunner.direct());
            dialog[0].show();
        });
        TextArea preview = robot.lookup("#noticePreview").queryAs(TextArea.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !preview.getText().isEmpty());
        FxWait.settle();

        assertThat(preview.getText())
                .startsWith(expected.substring(0, NoticeExportDialog.SHOWN_CHARACTERS))
                .hasSizeLessThan(NoticeExportDialog.SHOWN_CHARACTERS + 200)
                .doesNotContain(expected.substring(expected.length() - 200));
        Button save = robot.lookup("#saveNotice").queryAs(Button.class);
        assertThat(save.isDisabled()).isFalse();

        Path target = folder.resolve("notice.en.txt");
        FxWait.run(() -> dialog[0].save(target, TaskRunner.direct()));
        assertThat(Files.readString(target)).isEqualTo(expected);

        FxWait.run(() -> {
            Clipboard.getSystemClipboard().clear();
            robot.lookup("#copyNotice").queryAs(Button.class).fire();
        });
        String[] copied = new String[1];
        FxWait.run(() -> copied[0] = Clipboard.getSystemClipboard().getString());
        assertThat(copied[0]).isEqualTo(expected);
        FxWait.run(() -> dialog[0].dialog().close());
    }
}
