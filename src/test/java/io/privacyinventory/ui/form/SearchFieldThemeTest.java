package io.privacyinventory.ui.form;

import static org.assertj.core.api.Assertions.assertThat;

import io.privacyinventory.ui.FxStageExtension;
import io.privacyinventory.ui.FxWait;
import io.privacyinventory.ui.Theme;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.layout.Background;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.framework.junit5.Start;

/**
 * The search field of a searchable choice (ControlsFX's searchable combo box, used for countries)
 * is styled for JavaFX's own theme: in the app's theme its colours must come from the theme too,
 * so that what the user types is legible in light and dark alike and nothing is logged as unresolved.
 */
@ExtendWith(FxStageExtension.class)
class SearchFieldThemeTest {
    private final List<String> cssWarnings = new CopyOnWriteArrayList<>();
    private final Handler collector = new Handler() {
        @Override
        public void publish(LogRecord record) {
            cssWarnings.add(record.getMessage());
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void listen() {
        Logger.getLogger("javafx.css").addHandler(collector);
    }

    @AfterEach
    void stopListening() {
        Logger.getLogger("javafx.css").removeHandler(collector);
        FxWait.run(() -> Theme.apply(false));
    }

    @ParameterizedTest(name = "dark theme: {0}")
    @ValueSource(booleans = {false, true})
    void theSearchFieldTakesTheThemesColours(boolean dark) {
        TextField plain = new TextField("Norge");
        Choices<String> countries = new Choices<>(List.of("NO", "SE", "DK"), true, code -> code, "", true, value -> {});
        FxWait.run(() -> {
            Theme.apply(dark);
            Scene scene = new Scene(new VBox(8, plain, countries.control()), 400, 200);
            Theme.style(scene);
            stage.setScene(scene);
            stage.show();
        });
        FxWait.run(() -> countries.control().show());

        Node search = countries.control().lookup(".custom-text-field");
        assertThat(search).as("the searchable box's search field").isInstanceOf(TextField.class);
        TextField field = (TextField) search;
        assertThat(field.getStyle()).isEmpty();
        assertThat(field.getBackground()).isNotNull().isNotEqualTo(Background.EMPTY);
        assertThat(field.getBackground().getFills()).isNotEmpty();
        // what the user types is drawn in the theme's text colour, as in every other field
        FxWait.run(() -> field.setText("No"));
        assertThat(typed(field).getFill()).isEqualTo(((Text) plain.lookup(".text")).getFill());
        assertThat(field.getBackground()
                        .getFills()
                        .get(field.getBackground().getFills().size() - 1)
                        .getFill())
                .isEqualTo(plain.getBackground()
                        .getFills()
                        .get(plain.getBackground().getFills().size() - 1)
                        .getFill());
        assertThat(cssWarnings).isEmpty();
        FxWait.run(() -> countries.control().hide());
    }

    @org.junit.jupiter.api.Test
    void theSearchFieldPromptsInTheLanguageGiven() {
        Choices<String> countries = new Choices<>(List.of("NO", "SE", "DK"), true, code -> code, "", true, value -> {})
                .searchPrompt("Søk …");
        FxWait.run(() -> {
            Scene scene = new Scene(new VBox(countries.control()), 400, 200);
            Theme.style(scene);
            stage.setScene(scene);
            stage.show();
        });
        FxWait.run(() -> countries.control().show());

        assertThat(((TextField) countries.control().lookup(".custom-text-field")).getPromptText())
                .isEqualTo("Søk …");
        FxWait.run(() -> countries.control().hide());
    }

    /** The text node that draws what was typed (beside it, another draws the prompt). */
    private static Text typed(TextField field) {
        return field.lookupAll(".text").stream()
                .filter(node -> node instanceof Text text && text.getText().equals(field.getText()))
                .map(Text.class::cast)
                .findFirst()
                .orElseThrow();
    }
}
