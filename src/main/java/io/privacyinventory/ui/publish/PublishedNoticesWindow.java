package io.privacyinventory.ui.publish;

import io.privacyinventory.model.Inventory;
import io.privacyinventory.model.PublishedNotice;
import io.privacyinventory.notice.NoticeFormat;
import io.privacyinventory.notice.NoticeLanguage;
import io.privacyinventory.notice.diff.TextDiffer;
import io.privacyinventory.notice.publish.NoticePublisher;
import io.privacyinventory.ui.Messages;
import io.privacyinventory.ui.Theme;
import io.privacyinventory.ui.diff.DifferenceView;
import io.privacyinventory.ui.document.InventoryDocument;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * Export › Published notices…: every published version per audience and language, each readable
 * (never editable), and what changed between any two versions of one notice or between a version
 * and today's draft, with removed and added text marked by sign and colour.
 */
public final class PublishedNoticesWindow {
    /** "Today's draft" in the list of what to compare with. */
    private static final int DRAFT = Integer.MAX_VALUE;

    private final Stage stage = new Stage();
    private final Inventory inventory;
    private final Messages messages;
    private final DateTimeFormatter time;
    private final TableView<PublishedNotice> versions = new TableView<>();
    private final TextArea text = new TextArea();
    private final ComboBox<Integer> from = new ComboBox<>();
    private final ComboBox<Integer> to = new ComboBox<>();
    private final DifferenceView changes;
    private final TabPane tabs = new TabPane();
    private final DateTimeFormatter day;

    public PublishedNoticesWindow(Window owner, InventoryDocument document, Messages messages) {
        this.inventory = document.inventory();
        this.messages = messages;
        this.changes = new DifferenceView(messages);
        this.time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(messages.locale())
                .withZone(ZoneId.systemDefault());
        this.day = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT)
                .withLocale(messages.locale())
                .withZone(ZoneId.systemDefault());
        stage.initOwner(owner);
        stage.setTitle(messages.get("published.title"));

        versions.setId("publishedVersions");
        versions.getColumns()
                .add(column(
                        "published.audience", notice -> Audiences.name(inventory, notice.audience(), messages), 150));
        versions.getColumns()
                .add(column("published.language", notice -> messages.get("language." + notice.language()), 90));
        versions.getColumns()
                .add(column(
                        "published.version",
                        notice -> notice.version() + (notice.forced() ? " — " + messages.get("published.forced") : ""),
                        90));
        versions.getColumns().add(column("published.when", notice -> time.format(notice.publishedAt()), 150));
        versions.getColumns().add(column("published.by", PublishedNotice::publishedBy, 90));
        versions.getColumns()
                .add(column("published.sha", notice -> notice.inventorySha256().substring(0, 16) + "…", 140));
        versions.setItems(FXCollections.observableArrayList(inventory.publishedNotices().stream()
                .sorted(Comparator.comparing((PublishedNotice notice) -> Objects.toString(notice.audience(), ""))
                        .thenComparing(PublishedNotice::language)
                        .thenComparingInt(PublishedNotice::version))
                .toList()));
        Label none = new Label(messages.get("published.none"));
        none.setWrapText(true);
        none.getStyleClass().add("hint");
        versions.setPlaceholder(none);
        versions.getSelectionModel().selectedItemProperty().addListener((o, old, notice) -> select(notice));

        text.setId("publishedText");
        text.setEditable(false);
        text.setWrapText(true);
        from.setId("publishedFrom");
        to.setId("publishedTo");
        from.valueProperty().addListener((o, old, value) -> compare());
        to.valueProperty().addListener((o, old, value) -> compare());
        Label fromLabel = new Label(messages.get("published.from"));
        fromLabel.setLabelFor(from);
        Label toLabel = new Label(messages.get("published.to"));
        toLabel.setLabelFor(to);
        fromLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        toLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox choose = new HBox(8, fromLabel, from, toLabel, to);
        choose.setAlignment(Pos.CENTER_LEFT);
        VBox diffBox = new VBox(8, choose, changes.root());
        diffBox.setPadding(new Insets(8));
        VBox.setVgrow(changes.root(), Priority.ALWAYS);
        Tab textTab = new Tab(messages.get("published.text"), text);
        Tab changesTab = new Tab(messages.get("published.changes"), diffBox);
        changesTab.setId("publishedChangesTab");
        for (Tab tab : List.of(textTab, changesTab)) {
            tab.setClosable(false);
        }
        tabs.getTabs().addAll(textTab, changesTab);

        SplitPane split = new SplitPane(versions, tabs);
        split.getStyleClass().add("publish-window");
        split.setDividerPositions(0.45);
        Scene scene = new Scene(split, 1100, 640);
        Theme.style(scene);
        stage.setScene(scene);
        if (!versions.getItems().isEmpty()) {
            versions.getSelectionModel().selectLast();
        }
    }

    public Stage stage() {
        return stage;
    }

    public void show() {
        stage.show();
    }

    /** Shows one version's text, and offers the other versions of the same notice (and today's draft) to compare. */
    private void select(PublishedNotice notice) {
        text.setText(notice == null ? "" : notice.text());
        if (notice == null) {
            return;
        }
        List<Integer> numbers =
                new ArrayList<>(NoticePublisher.versions(inventory, notice.audience(), notice.language()).stream()
                        .map(PublishedNotice::version)
                        .toList());
        StringConverter<Integer> names = converter(number -> number == DRAFT
                ? messages.get("published.draft")
                : messages.get(
                        "published.versionLabel",
                        number,
                        day.format(version(notice, number).publishedAt())));
        from.setConverter(names);
        to.setConverter(names);
        from.setItems(FXCollections.observableArrayList(numbers));
        List<Integer> targets = new ArrayList<>(numbers);
        targets.add(DRAFT);
        to.setItems(FXCollections.observableArrayList(targets));
        from.setValue(notice.version());
        to.setValue(notice.version() == numbers.get(numbers.size() - 1) ? DRAFT : notice.version() + 1);
        compare();
    }

    private void compare() {
        PublishedNotice selected = versions.getSelectionModel().getSelectedItem();
        if (selected == null || from.getValue() == null || to.getValue() == null) {
            return;
        }
        String newer = to.getValue() == DRAFT
                ? draft(selected)
                : version(selected, to.getValue()).text();
        changes.showText(TextDiffer.compare(version(selected, from.getValue()).text(), newer));
    }

    private String draft(PublishedNotice notice) {
        try {
            return NoticePublisher.draft(
                            inventory,
                            notice.audience(),
                            NoticeLanguage.parse(notice.language()).orElse(NoticeLanguage.EN))
                    .render(NoticeFormat.TEXT);
        } catch (IllegalArgumentException e) {
            // the audience has been removed since: there is no draft for it any more
            return "";
        }
    }

    private PublishedNotice version(PublishedNotice of, int number) {
        return NoticePublisher.versions(inventory, of.audience(), of.language()).stream()
                .filter(notice -> notice.version() == number)
                .findFirst()
                .orElse(of);
    }

    private TableColumn<PublishedNotice, String> column(
            String key, Function<PublishedNotice, String> value, double width) {
        TableColumn<PublishedNotice, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }
}
