package io.privacyinventory.ui.export;

import io.privacyinventory.exchange.AtomicFiles;
import io.privacyinventory.model.Audience;
import io.privacyinventory.model.Inventory;
import io.privacyinventory.notice.MissingFact;
import io.privacyinventory.notice.NoticeComposer;
import io.privacyinventory.notice.NoticeFormat;
import io.privacyinventory.notice.NoticeLanguage;
import io.privacyinventory.notice.RenderedNotice;
import io.privacyinventory.notice.TextFallback;
import io.privacyinventory.ui.BackgroundWork;
import io.privacyinventory.ui.Browser;
import io.privacyinventory.ui.Messages;
import io.privacyinventory.ui.TaskRunner;
import io.privacyinventory.ui.Theme;
import io.privacyinventory.ui.form.Choices;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * Export › Notice…: the privacy notice draft for the chosen audience, in the chosen language and
 * format, previewed live, with the facts that are missing listed, to copy, to save or, for HTML,
 * to open in the browser as the page it is.
 */
public final class NoticeExportDialog {
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final Choices<NoticeLanguage> language;
    private final Choices<NoticeFormat> format;
    private final Choices<Audience> audience;
    /** The facts the notice lacks: made when there are any (most notices have none). */
    private ListView<String> missingFacts;

    private final VBox content;
    private final Button openInBrowser = new Button();
    private final TextArea preview = new TextArea();
    private final Label status = new Label();
    private final Messages messages;
    private final Inventory inventory;
    /**
     * A text area lays out all of its text on the FX thread: a notice of thousands of activities
     * (megabytes) would freeze the window for seconds. The preview shows its start, which holds
     * every notice of a real organisation (the samples' are 21,000 to 34,000 characters); Save
     * and Copy take the whole notice.
     */
    static final int SHOWN_CHARACTERS = 50_000;

    private final TaskRunner runner;
    /**
     * A still sign that the notice is being composed: a spinner or a moving bar is repainted on
     * every frame, which for a large notice took a core away from composing it.
     */
    private final FontIcon composing = new FontIcon(Material2AL.HOURGLASS_EMPTY);

    private final Button save = new Button();
    private final Button copy = new Button();
    private String rendered = "";
    /** Counts the previews asked for: one that comes back after a newer one was asked for is dropped. */
    private int generation;
    /** False until the window's first frame is on screen: nothing is composed before. */
    private boolean started;

    public NoticeExportDialog(
            Window owner, Messages messages, Inventory inventory, Path folder, String baseName, TaskRunner runner) {
        this.messages = messages;
        this.inventory = inventory;
        dialog.initOwner(owner);
        Theme.style(dialog);
        dialog.setTitle(messages.get("notice.dialog.title"));
        dialog.setHeaderText(messages.get("notice.dialog.header"));
        dialog.setResizable(true);
        language = new Choices<>(
                List.of(NoticeLanguage.values()),
                false,
                value -> messages.get("language." + value.code()),
                "",
                value -> refresh());
        NoticeLanguage initial = NoticeLanguage.parse(Messages.inventoryLanguage(messages.locale()))
                .filter(value -> inventory.languages().contains(value.code()))
                .or(() -> NoticeLanguage.parse(inventory.defaultLanguage()))
                .orElse(NoticeLanguage.EN);
        language.set(initial);
        format = new Choices<>(
                List.of(NoticeFormat.values()),
                false,
                value -> messages.get("notice.format." + value.extension()),
                "",
                value -> refresh());
        format.set(NoticeFormat.values()[0]);
        audience = new Choices<>(
                inventory.notice().audiences(),
                true,
                this::audienceName,
                messages.get("notice.dialog.audience.all"),
                value -> refresh());
        audience.set(null);
        audience.control().setId("noticeAudience");
        language.control().setId("noticeLanguage");
        format.control().setId("noticeFormat");
        preview.setId("noticePreview");
        preview.setEditable(false);
        preview.setWrapText(true);
        preview.setPrefSize(820, 520);
        status.setWrapText(true);
        status.setId("noticeStatus");

        this.runner = runner;
        copy.setText(messages.get("notice.dialog.copy"));
        copy.setId("copyNotice");
        copy.setOnAction(event -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(rendered);
            Clipboard.getSystemClipboard().setContent(content);
        });
        save.setText(messages.get("notice.dialog.save"));
        save.setId("saveNotice");
        save.setDefaultButton(true);
        save.setOnAction(event -> {
            NoticeFormat chosen = format.control().getValue();
            FileChooser chooser = new FileChooser();
            chooser.setTitle(messages.get("notice.dialog.title"));
            String extension = chosen.extension();
            chooser.getExtensionFilters()
                    .add(new FileChooser.ExtensionFilter(
                            messages.get("notice.format." + chosen.extension()), "*." + extension));
            if (folder != null) {
                chooser.setInitialDirectory(folder.toFile());
            }
            chooser.setInitialFileName(
                    baseName + "-notice." + language.control().getValue().code() + "." + extension);
            File chosenFile =
                    chooser.showSaveDialog(dialog.getDialogPane().getScene().getWindow());
            if (chosenFile != null) {
                save(chosenFile.toPath(), runner);
            }
        });
        openInBrowser.setText(messages.get("notice.dialog.openInBrowser"));
        openInBrowser.setId("openNoticeInBrowser");
        openInBrowser.setOnAction(event -> openInBrowser());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label audienceLabel = new Label(messages.get("notice.dialog.audience"));
        audienceLabel.setMinWidth(Region.USE_PREF_SIZE);
        Label languageLabel = new Label(messages.get("notice.dialog.language"));
        Label formatLabel = new Label(messages.get("notice.dialog.format"));
        // screen readers name each control by its label
        audienceLabel.setLabelFor(audience.control());
        languageLabel.setLabelFor(language.control());
        formatLabel.setLabelFor(format.control());
        preview.setAccessibleText(messages.get("notice.dialog.preview"));
        for (javafx.scene.control.Labeled fixed :
                new javafx.scene.control.Labeled[] {languageLabel, formatLabel, copy, save}) {
            fixed.setMinWidth(Region.USE_PREF_SIZE);
        }
        // the audience on a row of its own: its titles are long, and the tools must keep their labels
        HBox audienceRow = new HBox(10, audienceLabel, audience.control());
        audienceRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox.setHgrow(audience.control(), Priority.ALWAYS);
        openInBrowser.setMinWidth(Region.USE_PREF_SIZE);
        language.control().setMinWidth(Region.USE_PREF_SIZE);
        format.control().setMinWidth(Region.USE_PREF_SIZE);
        // what to make on top, what to do with it below the preview: on one row with the choices,
        // the buttons did not fit a dialog of its smallest width
        HBox tools = new HBox(10, languageLabel, language.control(), formatLabel, format.control());
        tools.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        composing.setId("noticeComposing");
        HBox actions = new HBox(10, spacer, openInBrowser, copy, save);
        actions.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        // the status on a row of its own, where a long line can wrap
        HBox footer = new HBox(8, composing, status);
        footer.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        content = new VBox(10, audienceRow, tools, preview, actions, footer);
        VBox.setVgrow(preview, Priority.ALWAYS);
        content.setPadding(new Insets(8, 4, 4, 4));
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setPrefSize(960, 720);
        dialog.getDialogPane().setMinWidth(860);
        dialog.getDialogPane().setId("noticeDialog");
        dialog.getDialogPane().getButtonTypes().add(messages.close());
        busy(true);
        status.setText(messages.get("notice.dialog.composing"));
    }

    /**
     * Shows the dialog at once and composes its preview after: the composing starts once the
     * window's first frame has been laid out and painted, so that building the window and
     * composing a large notice do not compete for the same cores.
     */
    public void show() {
        dialog.show();
        Scene scene = dialog.getDialogPane().getScene();
        Runnable[] once = new Runnable[1];
        int[] pulses = {0};
        once[0] = () -> {
            // the second pulse starts only when the first frame's painting is done
            if (++pulses[0] == 2) {
                scene.removePostLayoutPulseListener(once[0]);
                started = true;
                refresh();
            }
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    public Dialog<ButtonType> dialog() {
        return dialog;
    }

    /**
     * Composes the preview on the worker (seconds for a large inventory) while the dialog is
     * already on screen; saving and copying wait for it.
     */
    private void refresh() {
        if (!started) {
            return;
        }
        NoticeLanguage chosenLanguage = language.control().getValue();
        NoticeFormat chosenFormat = format.control().getValue();
        if (chosenLanguage == null || chosenFormat == null) {
            return;
        }
        Audience chosenAudience = audience.control().getValue();
        String audienceId = chosenAudience == null ? null : chosenAudience.id();
        int asked = ++generation;
        busy(true);
        status.setText(messages.get("notice.dialog.composing"));
        runner.run(
                // written while composed: the tree of a large notice would be megabytes of young
                // objects for the collector to copy while the dialog waits (decision 0019)
                () -> NoticeComposer.render(inventory, chosenLanguage, audienceId, chosenFormat),
                result -> {
                    if (asked == generation) {
                        show(result);
                    }
                },
                error -> {
                    if (asked == generation) {
                        busy(false);
                        status.setText(messages.get("notice.dialog.failed", error.getMessage()));
                        status.getStyleClass().setAll("label", "notice-gaps");
                    }
                });
    }

    private void busy(boolean on) {
        composing.setVisible(on);
        composing.setManaged(on);
        save.setDisable(on);
        copy.setDisable(on);
        openInBrowser.setDisable(
                on || !Browser.available() || !isHtml(format.control().getValue()));
    }

    private static boolean isHtml(NoticeFormat chosen) {
        return chosen == NoticeFormat.HTML || chosen == NoticeFormat.HTML_FRAGMENT;
    }

    /** The audience by its title in the UI's language (its id when it has no title). */
    private String audienceName(Audience value) {
        String ui = Messages.inventoryLanguage(messages.locale());
        return value.title()
                .get(ui)
                .or(() -> value.title().get(inventory.defaultLanguage()))
                .or(() -> value.title().values().values().stream().findFirst())
                .filter(title -> !title.isBlank())
                .orElse(value.id());
    }

    /**
     * Shows the HTML notice as a page in the user's browser, from a temporary file; a fragment is
     * wrapped in a minimal page first, as a site would hold it.
     */
    private void openInBrowser() {
        String page = format.control().getValue() == NoticeFormat.HTML_FRAGMENT
                ? "<!DOCTYPE html>\n<html lang=\""
                        + language.control().getValue().code() + "\">\n<head>\n<meta charset=\"utf-8\">\n" + "<title>"
                        + messages.get("notice.dialog.title") + "</title>\n</head>\n<body>\n" + rendered
                        + "</body>\n</html>\n"
                : rendered;
        try {
            Path file = Files.createTempFile("privacy-notice-", ".html");
            file.toFile().deleteOnExit();
            Files.writeString(file, page, StandardCharsets.UTF_8);
            Browser.open(file.toUri());
        } catch (IOException e) {
            status.setText(messages.get("notice.dialog.failed", e.getMessage()));
        }
    }

    private void show(RenderedNotice result) {
        rendered = result.text();
        busy(false);
        preview.setText(
                rendered.length() <= SHOWN_CHARACTERS
                        ? rendered
                        : rendered.substring(0, SHOWN_CHARACTERS) + "\n\n… "
                                + messages.get("notice.dialog.truncated", rendered.length() - SHOWN_CHARACTERS));
        preview.positionCaret(0);
        int missing = result.missingFacts().size();
        int fallbacks = result.fallbacks().size();
        // the languages the texts actually fell back to, which need not be the inventory's default
        String fellBackTo =
                result.fallbacks().stream().map(TextFallback::used).distinct().collect(Collectors.joining(", "));
        String marker = NoticeComposer.markerExample(language.control().getValue());
        status.setText(
                missing == 0 && fallbacks == 0
                        ? messages.get("notice.dialog.complete")
                        : messages.get("notice.dialog.gapsIn", missing, fallbacks, fellBackTo, marker));
        status.getStyleClass().setAll("label", missing == 0 ? "hint" : "notice-gaps");
        if (missing > 0 && missingFacts == null) {
            missingFacts = new ListView<>();
            missingFacts.setId("noticeMissingFacts");
            missingFacts.setPrefHeight(110);
            content.getChildren().add(missingFacts);
        }
        if (missingFacts != null) {
            missingFacts
                    .getItems()
                    .setAll(result.missingFacts().stream()
                            .map(MissingFact::what)
                            .distinct()
                            .toList());
            missingFacts.setVisible(missing > 0);
            missingFacts.setManaged(missing > 0);
        }
    }

    /** Saves the notice, atomically, in the background (with progress and Cancel when it takes a while). */
    void save(Path target, TaskRunner runner) {
        byte[] bytes = rendered.getBytes(StandardCharsets.UTF_8);
        BackgroundWork.run(
                runner,
                dialog.getDialogPane().getScene().getWindow(),
                messages,
                messages.get("work.writing", target.getFileName()),
                cancellation -> {
                    AtomicFiles.write(target, out -> out.write(bytes), cancellation::check);
                    return target;
                },
                saved -> status.setText(messages.get("notice.dialog.saved", saved)),
                error -> {
                    Alert alert = new Alert(Alert.AlertType.ERROR, error.getMessage());
                    alert.setHeaderText(messages.get("error.exportHeader"));
                    alert.initOwner(dialog.getDialogPane().getScene().getWindow());
                    alert.show();
                });
    }
}
