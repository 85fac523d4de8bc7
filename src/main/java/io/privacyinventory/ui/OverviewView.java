package io.privacyinventory.ui;

import io.privacyinventory.model.Activity;
import io.privacyinventory.model.Coded;
import io.privacyinventory.model.DataCategory;
import io.privacyinventory.model.Entity;
import io.privacyinventory.model.Inventory;
import io.privacyinventory.model.InventoryValidator;
import io.privacyinventory.model.PurposeUse;
import io.privacyinventory.model.RetentionRule;
import io.privacyinventory.model.Terms;
import io.privacyinventory.model.Text;
import io.privacyinventory.model.Transfer;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A read-only overview of an inventory: the activities in a table and, beside it, everything the
 * record holds about the selected one.
 */
final class OverviewView {
    private final Messages messages;
    private final Terms terms;
    private final BorderPane root = new BorderPane();
    private final Label organisation = new Label();
    private final Label subtitle = new Label();
    private final Label statusPath = new Label();
    private final Label statusCounts = new Label();
    private final TableView<Activity> table = new TableView<>();
    private final VBox details = new VBox(14);
    private Inventory inventory;
    private String language;

    OverviewView(Messages messages) {
        this.messages = messages;
        this.terms = Terms.forLocale(messages.locale());
        organisation.getStyleClass().add("title");
        organisation.setId("organisationName");
        subtitle.getStyleClass().add("subtitle");
        VBox header = new VBox(2, organisation, subtitle);
        header.getStyleClass().add("header");

        table.setId("activityTable");
        table.getColumns().add(column("column.name", activity -> text(activity.name()), 240));
        table.getColumns().add(column("column.owner", activity -> orEmpty(activity.owner()), 125));
        table.getColumns().add(column("column.role", activity -> label(activity.role()), 150));
        table.getColumns().add(column("column.status", activity -> label(activity.status()), 90));
        table.getColumns().add(column("column.reviewDue", activity -> date(activity.reviewDue()), 105));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().selectedItemProperty().addListener((observable, old, selected) -> showDetails(selected));

        details.setId("activityDetails");
        details.setPadding(new Insets(16, 20, 20, 20));
        ScrollPane detailsScroll = new ScrollPane(details);
        detailsScroll.setFitToWidth(true);
        SplitPane split = new SplitPane(table, detailsScroll);
        split.setDividerPositions(0.58);

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label readOnly = new Label(messages.get("status.readOnly"));
        readOnly.getStyleClass().add("badge");
        HBox status = new HBox(12, statusPath, spacer, statusCounts, readOnly);
        status.getStyleClass().add("status-bar");
        statusPath.setId("statusPath");

        root.setTop(header);
        root.setCenter(split);
        root.setBottom(status);
    }

    BorderPane root() {
        return root;
    }

    void showLoading(Path file) {
        organisation.setText(file.getFileName().toString());
        subtitle.setText(messages.get("loading"));
        statusPath.setText(file.toAbsolutePath().toString());
        table.setPlaceholder(new ProgressIndicator());
        details.getChildren().setAll(hint(messages.get("details.loading")));
    }

    void showError(Path file, Throwable error) {
        organisation.setText(file.getFileName().toString());
        subtitle.setText("");
        Label message = new Label(messages.get("error.open", error.getMessage()));
        message.setWrapText(true);
        message.getStyleClass().add("error");
        message.setId("openError");
        VBox box = new VBox(message);
        box.setPadding(new Insets(24));
        root.setCenter(box);
    }

    void show(Path file, Inventory loaded) {
        this.inventory = loaded;
        String uiLanguage = messages.locale().getLanguage().equals("no") ? "nb" : messages.locale().getLanguage();
        this.language = loaded.languages().contains(uiLanguage) ? uiLanguage : loaded.defaultLanguage();
        organisation.setText(loaded.organisation().name());
        String effective = loaded.notice().effectiveDate() == null ? messages.get("notice.noDate")
                : messages.get("notice.effective", date(loaded.notice().effectiveDate()));
        subtitle.setText(effective + "  ·  " + messages.get("languages", String.join(", ", loaded.languages())));
        statusCounts.setText(messages.get("status.counts", loaded.activities().size(), loaded.dataCategories().size(),
                loaded.purposes().size(), loaded.recipients().size()));
        table.setPlaceholder(hint(messages.get("activities.empty")));
        table.getItems().setAll(loaded.activities());
        if (!loaded.activities().isEmpty()) {
            table.getSelectionModel().selectFirst();
        } else {
            details.getChildren().setAll(hint(messages.get("details.none")));
        }
    }

    private void showDetails(Activity activity) {
        if (activity == null) {
            details.getChildren().setAll(hint(messages.get("details.none")));
            return;
        }
        Map<String, DataCategory> categories = InventoryValidator.byId(inventory.dataCategories());
        VBox box = new VBox(14);
        Label name = new Label(text(activity.name()));
        name.getStyleClass().add("details-title");
        name.setWrapText(true);
        box.getChildren().add(name);
        if (activity.description() != null) {
            box.getChildren().add(paragraph(text(activity.description())));
        }
        box.getChildren().add(sectionOf("section.purposes", activity.purposes().stream().map(this::purposeLine).toList()));
        box.getChildren().add(section("section.dataCategories", activity.dataCategories().stream()
                .map(id -> categoryLine(categories.get(id))).toList()));
        box.getChildren().add(section("section.dataSubjects", names(activity.dataSubjects(), inventory.dataSubjects())));
        box.getChildren().add(section("section.recipients", names(activity.recipients(), inventory.recipients())));
        box.getChildren().add(section("section.transfers", activity.transfers().stream().map(this::transferLine).toList()));
        box.getChildren().add(section("section.retention", activity.retention().stream()
                .map(rule -> retentionLine(rule, categories)).toList()));
        box.getChildren().add(section("section.security", activity.securityMeasures() == null ? List.of()
                : List.of(text(activity.securityMeasures()))));
        String dpia = activity.dpia() == null ? null : label(activity.dpia().status())
                + (activity.dpia().reference() == null ? "" : " (" + activity.dpia().reference() + ")");
        box.getChildren().add(section("section.dpia", dpia == null ? List.of() : List.of(dpia)));
        String review = messages.get("review.line", orDash(date(activity.reviewedOn())), orDash(date(activity.reviewDue())));
        box.getChildren().add(section("section.review", List.of(review)));
        details.getChildren().setAll(box);
    }

    private Node purposeLine(PurposeUse use) {
        String purpose = names(List.of(use.purpose()), inventory.purposes()).get(0);
        String basis = use.legalBasis() == null ? messages.get("missing.legalBasis") : label(use.legalBasis());
        VBox item = new VBox(2, bullet(purpose + " — " + basis));
        if (use.specialCategoryCondition() != null) {
            item.getChildren().add(detail(label(use.specialCategoryCondition())));
        }
        if (use.legitimateInterest() != null) {
            item.getChildren().add(detail(text(use.legitimateInterest())));
        }
        return item;
    }

    private String categoryLine(DataCategory category) {
        String line = text(category.name());
        if (category.special()) {
            line += "  [" + messages.get("category.special") + "]";
        }
        if (category.criminal()) {
            line += "  [" + messages.get("category.criminal") + "]";
        }
        return line;
    }

    private String transferLine(Transfer transfer) {
        return terms.country(transfer.country()) + " — " + (transfer.safeguard() == null ? messages.get("missing.safeguard")
                : label(transfer.safeguard()));
    }

    private String retentionLine(RetentionRule rule, Map<String, DataCategory> categories) {
        String which = rule.isDefaultRule() ? messages.get("retention.otherCategories")
                : rule.dataCategories().stream().map(id -> text(categories.get(id).name())).collect(Collectors.joining(", "));
        String how = rule.period() != null ? rule.period() : "";
        if (rule.trigger() != null) {
            how = (how + " " + text(rule.trigger())).strip();
        }
        if (rule.description() != null) {
            how = (how + " " + text(rule.description())).strip();
        }
        return which + ": " + how;
    }

    private <T extends Entity> List<String> names(List<String> ids, List<T> items) {
        Map<String, T> byId = InventoryValidator.byId(items);
        return ids.stream().map(id -> byId.containsKey(id) ? text(byId.get(id).name()) : id).toList();
    }

    private Node section(String key, List<String> lines) {
        return sectionOf(key, lines.stream().map(OverviewView::bullet).toList());
    }

    private Node sectionOf(String key, List<? extends Node> items) {
        Label heading = new Label(messages.get(key));
        heading.getStyleClass().add("section-heading");
        VBox box = new VBox(4, heading);
        if (items.isEmpty()) {
            box.getChildren().add(hint(messages.get("section.empty")));
        }
        box.getChildren().addAll(items);
        return box;
    }

    private static Label bullet(String value) {
        return paragraph("•  " + value);
    }

    private static Label detail(String value) {
        Label label = paragraph(value);
        label.getStyleClass().add("detail");
        return label;
    }

    private static Label paragraph(String value) {
        Label label = new Label(value);
        label.setWrapText(true);
        return label;
    }

    private static Label hint(String value) {
        Label label = new Label(value);
        label.setWrapText(true);
        label.getStyleClass().add("hint");
        return label;
    }

    private TableColumn<Activity, String> column(String key, Function<Activity, String> value, double width) {
        TableColumn<Activity, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private String text(Text text) {
        return text == null ? "" : text.resolve(language, inventory.defaultLanguage());
    }

    private String label(Coded value) {
        return terms.label(value);
    }

    private String date(java.time.LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.locale()).format(date);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String orDash(String value) {
        return value.isEmpty() ? "—" : value;
    }
}
