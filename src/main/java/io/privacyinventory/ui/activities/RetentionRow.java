package io.privacyinventory.ui.activities;

import io.privacyinventory.model.EntityType;
import io.privacyinventory.model.RetentionRule;
import io.privacyinventory.model.Syntax;
import io.privacyinventory.ui.form.Choices;
import io.privacyinventory.ui.form.Commit;
import io.privacyinventory.ui.form.FieldProblem;
import io.privacyinventory.ui.form.RowList;
import io.privacyinventory.ui.form.TextFieldBinding;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuButton;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * A retention rule: which of the activity's categories it covers (or all the others), for how
 * long (a number and a unit), from when, and why.
 */
final class RetentionRow implements RowList.Row<RetentionRule> {
    private static final Pattern SIMPLE = Pattern.compile("P(\\d+)([DWMY])");

    private final ActivityEditor editor;
    private final RowList<RetentionRule> list;
    private final int index;
    private final GridPane grid = new GridPane();
    private final MenuButton categories = new MenuButton();
    private final TextField amount = new TextField();
    private final Choices<String> unit;
    private final TextField trigger = new TextField();
    private final TextField description = new TextField();
    private final TextFieldBinding triggerBinding;
    private final TextFieldBinding descriptionBinding;
    private RetentionRule value;
    private final FieldProblem periodProblem = new FieldProblem(amount);

    RetentionRow(ActivityEditor editor, RowList<RetentionRule> list, int index) {
        this.editor = editor;
        this.list = list;
        this.index = index;
        categories.setMaxWidth(Double.MAX_VALUE);
        amount.setPrefColumnCount(5);
        amount.setMinWidth(60);
        amount.setPromptText(editor.messages.get("editor.period"));
        unit = new Choices<>(
                List.of("D", "W", "M", "Y"),
                true,
                code -> editor.messages.get("unit." + code),
                editor.messages.get("editor.noPeriod"),
                chosen -> commitPeriod());
        amount.setAccessibleText(editor.messages.get("editor.period"));
        unit.control().setAccessibleText(editor.messages.get("editor.period"));
        unit.control().setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        amount.setId("retentionPeriod-" + index);
        periodProblem.line().setId("retentionPeriodProblem-" + index);
        Commit.onDone(amount, this::commitPeriod, () -> {
            periodProblem.clear();
            amount.setText(periodText(value));
            show(value);
        });
        triggerBinding = new TextFieldBinding(
                trigger,
                false,
                change -> list.changed(
                        index,
                        rule -> new RetentionRule(
                                rule.dataCategories(),
                                rule.period(),
                                change.apply(rule.trigger()),
                                rule.description())));
        trigger.setPromptText(editor.messages.get("editor.trigger"));
        descriptionBinding = new TextFieldBinding(
                description,
                false,
                change -> list.changed(
                        index,
                        rule -> new RetentionRule(
                                rule.dataCategories(),
                                rule.period(),
                                rule.trigger(),
                                change.apply(rule.description()))));
        description.setPromptText(editor.messages.get("editor.retentionDescription"));
        Button remove = RowButtons.remove(editor.messages, () -> list.remove(index));

        grid.setHgap(8);
        grid.setVgap(6);
        // the categories take the row's width and the period goes under them, so neither is squeezed
        grid.add(categories, 0, 0, 2, 1);
        grid.add(remove, 2, 0);
        grid.add(new HBox(6, amount, unit.control()), 0, 1, 3, 1);
        grid.add(periodProblem.line(), 0, 2, 3, 1);
        grid.add(trigger, 0, 3, 3, 1);
        grid.add(description, 0, 4, 3, 1);
        GridPane.setHgrow(categories, Priority.ALWAYS);
        grid.getStyleClass().add("row-card");
    }

    private void commitPeriod() {
        if (value == null || editor.isShowing()) {
            return;
        }
        String typed = amount.getText() == null ? "" : amount.getText().strip();
        String period;
        if (typed.isEmpty()) {
            period = null;
        } else if (typed.matches("\\d{1,6}") && unit.control().getValue() != null) {
            period = "P" + Integer.parseInt(typed) + unit.control().getValue();
        } else if (Syntax.isPeriod(typed.toUpperCase(java.util.Locale.ROOT))) {
            period = typed.toUpperCase(java.util.Locale.ROOT);
        } else if (typed.matches("\\d{1,6}")) {
            periodProblem.clear();
            return;
        } else {
            periodProblem.show(editor.messages.get("editor.notAPeriod", typed));
            return;
        }
        periodProblem.clear();
        list.changed(
                index, rule -> new RetentionRule(rule.dataCategories(), period, rule.trigger(), rule.description()));
    }

    /** The period as the amount field shows it when it is not one of the simple forms. */
    private static String periodText(RetentionRule rule) {
        Matcher simple = rule == null || rule.period() == null ? null : SIMPLE.matcher(rule.period());
        return simple != null && simple.matches()
                ? simple.group(1)
                : rule == null || rule.period() == null ? "" : rule.period();
    }

    @Override
    public Node node() {
        return grid;
    }

    @Override
    public void show(RetentionRule rule) {
        value = rule;
        categories.setText(
                rule.isDefaultRule()
                        ? editor.messages.get("editor.otherCategories")
                        : rule.dataCategories().isEmpty()
                                ? editor.messages.get("editor.chooseCategories")
                                : rule.dataCategories().stream()
                                        .map(id -> editor.nameOf(EntityType.DATA_CATEGORY, id))
                                        .collect(Collectors.joining(", ")));
        categories.getItems().clear();
        CheckMenuItem others = new CheckMenuItem(editor.messages.get("editor.otherCategories"));
        others.setSelected(rule.isDefaultRule());
        others.setOnAction(event -> {
            boolean all = others.isSelected();
            list.changed(
                    index,
                    latest -> new RetentionRule(
                            all ? null : List.of(), latest.period(), latest.trigger(), latest.description()));
        });
        categories.getItems().addAll(others, new SeparatorMenuItem());
        for (String id : editor.activity().dataCategories()) {
            CheckMenuItem item = new CheckMenuItem(editor.nameOf(EntityType.DATA_CATEGORY, id));
            item.setSelected(!rule.isDefaultRule() && rule.dataCategories().contains(id));
            item.setOnAction(event -> {
                boolean on = item.isSelected();
                List<String> order = editor.activity().dataCategories();
                list.changed(index, latest -> {
                    List<String> chosen = new ArrayList<>();
                    for (String category : order) {
                        boolean covered = category.equals(id)
                                ? on
                                : !latest.isDefaultRule()
                                        && latest.dataCategories().contains(category);
                        if (covered) {
                            chosen.add(category);
                        }
                    }
                    return new RetentionRule(chosen, latest.period(), latest.trigger(), latest.description());
                });
            });
            categories.getItems().add(item);
        }
        if (!amount.isFocused() && !periodProblem.isShown()) {
            Matcher simple = rule.period() == null ? null : SIMPLE.matcher(rule.period());
            if (simple != null && simple.matches()) {
                amount.setText(simple.group(1));
                unit.set(simple.group(2));
            } else {
                amount.setText(rule.period() == null ? "" : rule.period());
                unit.set(null);
            }
        }
        String fallback = editor.inventory().defaultLanguage();
        triggerBinding.show(rule.trigger(), editor.language(), fallback);
        descriptionBinding.show(rule.description(), editor.language(), fallback);
    }
}
