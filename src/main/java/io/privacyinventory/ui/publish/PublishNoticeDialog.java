package io.privacyinventory.ui.publish;

import io.privacyinventory.model.Inventory;
import io.privacyinventory.model.findings.Finding;
import io.privacyinventory.notice.MissingFact;
import io.privacyinventory.notice.NoticeLanguage;
import io.privacyinventory.notice.publish.NoticePublisher;
import io.privacyinventory.ui.Messages;
import io.privacyinventory.ui.Theme;
import io.privacyinventory.ui.document.InventoryDocument;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * Export › Publish notice…: choose the audience and language, see what stands in the way (check's
 * errors, the draft's missing facts), and publish after a confirmation. Forcing a blocked notice
 * out is a separate, warned choice; the version then says it was forced.
 */
public final class PublishNoticeDialog {
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final InventoryDocument document;
    private final Messages messages;
    private final ComboBox<String> audience = new ComboBox<>();
    private final ComboBox<NoticeLanguage> language = new ComboBox<>();
    private final Label status = new Label();
    private final ListView<String> blocking = new ListView<>();
    private final CheckBox force = new CheckBox();
    private final Label forceWarning = new Label();
    private final ButtonType publishType;
    private NoticePublisher.Outcome outcome;

    public PublishNoticeDialog(Window owner, InventoryDocument document, Messages messages) {
        this.document = document;
        this.messages = messages;
        Inventory inventory = document.inventory();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("publish.title"));
        dialog.setHeaderText(messages.get("publish.title"));
        dialog.setResizable(true);
        Theme.style(dialog);

        audience.setId("publishAudience");
        audience.setItems(FXCollections.observableArrayList(Audiences.of(inventory)));
        audience.setConverter(converter(id -> Audiences.name(inventory, id, messages)));
        audience.getSelectionModel().selectFirst();
        language.setId("publishLanguage");
        language.setItems(FXCollections.observableArrayList(NoticeLanguage.values()));
        language.setConverter(converter(value -> messages.get("language." + value.code())));
        language.setValue(NoticeLanguage.parse(inventory.defaultLanguage()).orElse(NoticeLanguage.EN));
        audience.valueProperty().addListener((o, old, value) -> refresh());
        language.valueProperty().addListener((o, old, value) -> refresh());

        status.setId("publishStatus");
        status.setWrapText(true);
        blocking.setId("publishBlocking");
        blocking.setPrefSize(640, 220);
        blocking.setCellFactory(list -> new ListCell<>() {
            {
                setWrapText(true);
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(String line, boolean empty) {
                super.updateItem(line, empty);
                setText(empty ? null : line);
            }
        });
        force.setId("publishForce");
        force.setText(messages.get("publish.force"));
        forceWarning.setText(messages.get("publish.forceWarning"));
        forceWarning.setWrapText(true);
        forceWarning.getStyleClass().add("warning");
        forceWarning.visibleProperty().bind(force.selectedProperty());
        forceWarning.managedProperty().bind(force.selectedProperty());

        Label audienceLabel = new Label(messages.get("publish.audience"));
        audienceLabel.setLabelFor(audience);
        Label languageLabel = new Label(messages.get("publish.language"));
        languageLabel.setLabelFor(language);
        GridPane choices = new GridPane();
        choices.setHgap(10);
        choices.setVgap(8);
        choices.addRow(0, audienceLabel, audience);
        choices.addRow(1, languageLabel, language);
        VBox content = new VBox(10, choices, status, blocking, force, forceWarning);
        content.setPadding(new Insets(10));
        content.setPrefWidth(680);
        dialog.getDialogPane().setContent(content);

        publishType = new ButtonType(messages.get("publish.button"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(publishType, messages.cancel());
        Button publish = (Button) dialog.getDialogPane().lookupButton(publishType);
        publish.setId("publishButton");
        publish.disableProperty().bind(force.selectedProperty().not().and(Bindings.isNotEmpty(blocking.getItems())));
        publish.addEventFilter(javafx.event.ActionEvent.ACTION, event -> {
            event.consume();
            confirmAndPublish();
        });
        refresh();
    }

    public Dialog<ButtonType> dialog() {
        return dialog;
    }

    public void show() {
        dialog.show();
    }

    /** What publishing would do now, worked out from the record as the editor holds it. */
    private void refresh() {
        if (language.getValue() == null) {
            return;
        }
        outcome = NoticePublisher.prepare(
                document.expected(),
                audience.getValue(),
                language.getValue(),
                Instant.now(),
                System.getProperty("user.name", "unknown"),
                false);
        List<String> lines = new ArrayList<>();
        for (Finding error : outcome.errors()) {
            lines.add("✖ " + error.message());
        }
        for (MissingFact marker : outcome.markers()) {
            lines.add("[ ] " + marker.marker());
        }
        blocking.getItems().setAll(lines);
        blocking.setVisible(!lines.isEmpty());
        blocking.setManaged(!lines.isEmpty());
        force.setVisible(outcome.blocked());
        force.setManaged(outcome.blocked());
        if (!outcome.blocked()) {
            force.setSelected(false);
        }
        status.setText(
                outcome.blocked()
                        ? messages.get(
                                "publish.blocked",
                                outcome.errors().size(),
                                outcome.markers().size())
                        : messages.get("publish.ready", outcome.notice().version()));
    }

    private void confirmAndPublish() {
        Alert confirm = new Alert(
                Alert.AlertType.CONFIRMATION,
                messages.get(
                        "publish.confirm",
                        outcome.notice().version(),
                        audience.getConverter().toString(audience.getValue()),
                        language.getConverter().toString(language.getValue())),
                messages.ok(),
                messages.cancel());
        confirm.initOwner(dialog.getDialogPane().getScene().getWindow());
        confirm.setHeaderText(messages.get("publish.title"));
        if (confirm.showAndWait()
                .filter(button -> button.getButtonData() == ButtonBar.ButtonData.OK_DONE)
                .isEmpty()) {
            return;
        }
        boolean forced = force.isSelected();
        document.publish(
                audience.getValue(),
                language.getValue(),
                forced,
                done -> {
                    if (done.blocked() && !forced) {
                        refresh();
                        return;
                    }
                    status.setText(messages.get("publish.done", done.notice().version()));
                    dialog.setResult(ButtonType.OK);
                    dialog.close();
                },
                error -> status.setText(messages.get("publish.failed", error.getMessage())));
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }
}
