package io.privacyinventory.ui;

import io.privacyinventory.model.findings.Finding;
import io.privacyinventory.model.findings.Severity;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * Renders every section, the dialogs and the Findings and History views at the first-start window
 * size, in English and bokmål, light and dark, to {@code target/screenshots/} (run with
 * {@code mvn -Pscreenshots verify}). README's pictures in {@code docs/screenshots/} are copied
 * from here.
 */
@Tag("screenshots")
@ExtendWith(FxStageExtension.class)
class ScreenshotRun {
    static final Path OUT = Path.of("target", "screenshots");
    private static final String[][] DIALOGS = {
        {"menu.help", "menu.help.shortcuts", "shortcuts"},
        {"menu.help", "menu.help.about", "about"},
        {"menu.export", "menu.export.csv", "csv-export"},
        {"menu.export", "menu.export.notice", "notice-export"},
        {"menu.edit", "menu.edit.delete", "delete-activity"},
        {"menu.export", "menu.export.publish", "publish-notice"},
    };

    @TempDir
    static Path folder;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void renderEveryViewInBothLanguagesAndThemes(FxRobot robot) throws Exception {
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.forLanguageTag("nb-NO")}) {
            for (boolean dark : new boolean[] {false, true}) {
                render(robot, locale, dark);
            }
        }
    }

    private void render(FxRobot robot, Locale locale, boolean dark) throws Exception {
        try (RenderedWindow window = RenderedWindow.open(robot, stage, folder, locale, dark)) {
            Path out = OUT.resolve(window.variant());
            int number = 1;
            for (Section section : Section.values()) {
                window.show(section);
                RenderedWindow.writePng(
                        window.snapshot(),
                        out.resolve(String.format(
                                Locale.ROOT,
                                "%02d-%s.png",
                                number++,
                                section.name().toLowerCase(Locale.ROOT).replace('_', '-'))));
            }
            String lastActivity = window.document
                    .inventory()
                    .activities()
                    .get(window.document.inventory().activities().size() - 1)
                    .id();
            FxWait.run(() -> window.window.goTo(
                    new Finding(Severity.WARNING, "screenshot", "activities/" + lastActivity + "/reviewDue", "")));
            window.settle();
            RenderedWindow.writePng(window.snapshot(), out.resolve("09-activity-review-date.png"));
            for (String[] dialog : DIALOGS) {
                window.show(Section.ACTIVITIES);
                DialogPane pane = window.openDialog(dialog[0], dialog[1]).orElseThrow();
                FxWait.run(() -> {
                    pane.applyCss();
                    pane.layout();
                });
                RenderedWindow.writePng(window.snapshot(pane.getScene()), out.resolve("dialog-" + dialog[2] + ".png"));
                window.close(pane);
            }
        }
    }
}
