package io.privacyinventory.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.privacyinventory.model.Activity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Background;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * Every view of the main window and its dialogs, at the first-start window size, in English and
 * bokmål, light and dark, looked at as a user would: no text cut off, every input named, no light
 * editor in the dark theme, tooltips readable.
 */
@ExtendWith(FxStageExtension.class)
class RenderChecksTest {
    /** Mean luminance above this is a light area: Primer Dark's background is about 0.01. */
    private static final double DARK_ENOUGH = 0.12;

    private static final String[][] DIALOGS = {
        {"menu.help", "menu.help.shortcuts"},
        {"menu.help", "menu.help.about"},
        {"menu.export", "menu.export.csv"},
        {"menu.edit", "menu.edit.delete"},
        {"menu.export", "menu.export.notice"},
        {"menu.export", "menu.export.publish"},
    };

    @TempDir
    static Path folder;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void englishLight(FxRobot robot) throws Exception {
        check(robot, Locale.ENGLISH, false);
    }

    @Test
    void englishDark(FxRobot robot) throws Exception {
        check(robot, Locale.ENGLISH, true);
    }

    @Test
    void bokmalLight(FxRobot robot) throws Exception {
        check(robot, Locale.forLanguageTag("nb-NO"), false);
    }

    @Test
    void bokmalDark(FxRobot robot) throws Exception {
        check(robot, Locale.forLanguageTag("nb-NO"), true);
    }

    private void check(FxRobot robot, Locale locale, boolean dark) throws Exception {
        List<String> problems = new ArrayList<>();
        try (RenderedWindow window = RenderedWindow.open(robot, stage, folder, locale, dark)) {
            for (Section section : Section.values()) {
                window.show(section);
                Node root = window.root();
                ViewChecks.cutTexts(root).forEach(cut -> problems.add(section + ": cut text " + cut));
                ViewChecks.unnamedInputs(root)
                        .forEach(input -> problems.add(section + ": input without a name " + input));
                ViewChecks.tablesWiderThanShown(root)
                        .forEach(where -> problems.add(section + ": columns cut " + where));
                ViewChecks.sidewaysScrolling(root)
                        .forEach(where -> problems.add(section + ": scrolls sideways " + where));
            }
            window.show(Section.ACTIVITIES);
            if (dark) {
                checkEditorStaysDark(window, problems);
            }
            checkFindingTooltips(window, problems);
            for (String[] dialog : DIALOGS) {
                DialogPane pane = window.openDialog(dialog[0], dialog[1])
                        .orElseThrow(() -> new AssertionError(dialog[1] + " opened no dialog"));
                FxWait.run(() -> {
                    pane.applyCss();
                    pane.layout();
                });
                ViewChecks.cutTexts(pane).forEach(cut -> problems.add(dialog[1] + ": cut text " + cut));
                ViewChecks.unnamedInputs(pane)
                        .forEach(input -> problems.add(dialog[1] + ": input without a name " + input));
                ViewChecks.outsideTheWindow(pane)
                        .forEach(control -> problems.add(dialog[1] + ": outside the window " + control));
                String title = ((Stage) pane.getScene().getWindow()).getTitle();
                if (List.of("Confirmation", "Warning", "Error", "Message").contains(title)) {
                    problems.add(dialog[1] + ": JavaFX's own dialog title \"" + title + "\"");
                }
                if (dialog[1].equals("menu.help.shortcuts")) {
                    checkShortcutsLineUp(pane, problems);
                }
                window.close(pane);
            }
        }
        assertThat(problems).isEmpty();
    }

    /** F1's list: every shortcut's meaning starts at the same x, whatever the width of its keys. */
    private static void checkShortcutsLineUp(DialogPane pane, List<String> problems) {
        java.util.Set<Double> starts = new java.util.TreeSet<>();
        ViewChecks.visit(pane, node -> {
            if (node.getStyleClass().contains("shortcut-action")) {
                starts.add(Math.rint(node.localToScene(0, 0).getX()));
            }
        });
        if (starts.size() != 1) {
            problems.add("shortcut list: meanings start at " + starts.size() + " different places " + starts);
        }
    }

    private static void checkEditorStaysDark(RenderedWindow window, List<String> problems) {
        List<Activity> activities = window.document.inventory().activities();
        for (Activity activity : activities) {
            FxWait.run(() -> window.window.goTo(new io.privacyinventory.model.findings.Finding(
                    io.privacyinventory.model.findings.Severity.WARNING, "render", "activities/" + activity.id(), "")));
            window.settle();
            Node editor = window.root().lookup("#activityEditor");
            double luminance = ViewChecks.meanLuminance(window.snapshot(), editor);
            if (luminance > DARK_ENOUGH) {
                problems.add("editor of " + activity.id() + " is light in the dark theme: mean luminance "
                        + String.format(Locale.ROOT, "%.2f", luminance));
            }
        }
    }

    /** The tooltips of the finding markers, shown, with their text and background colours as CSS resolved them. */
    private static void checkFindingTooltips(RenderedWindow window, List<String> problems) {
        List<Tooltip> tooltips = new ArrayList<>();
        ViewChecks.visit(window.root(), node -> {
            if (node.getStyleClass().contains("finding-marker")
                    && node instanceof javafx.scene.control.Control control
                    && control.getTooltip() != null) {
                tooltips.add(control.getTooltip());
            }
        });
        if (tooltips.isEmpty()) {
            problems.add("no finding markers in the editor of the first activity");
        }
        for (Tooltip tooltip : tooltips) {
            FxWait.run(() -> tooltip.show(window.stage));
            FxWait.run(() -> {
                Label shown = (Label) tooltip.getSkin().getNode();
                shown.applyCss();
                Color text = (Color) shown.getTextFill();
                Background background = shown.getBackground();
                Color fill = (Color) background
                        .getFills()
                        .get(background.getFills().size() - 1)
                        .getFill();
                double contrast = ViewChecks.contrast(text, fill);
                if (contrast < 4.5) {
                    problems.add("tooltip \"" + tooltip.getText() + "\": " + text + " on " + fill + " is "
                            + String.format(Locale.ROOT, "%.1f", contrast) + ":1");
                }
                if (tooltip.getMaxWidth() > 600 || !tooltip.isWrapText()) {
                    problems.add("tooltip \"" + tooltip.getText() + "\" runs as one line");
                }
                tooltip.hide();
            });
        }
    }
}
