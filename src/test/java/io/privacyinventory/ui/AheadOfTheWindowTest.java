package io.privacyinventory.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Collator;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.testfx.framework.junit5.Start;

/**
 * What is prepared off the FX thread while the window is built: once done, the icon font is loaded
 * and the icons of both halves of the pack are made with their glyphs in it, and the interface
 * language's collator orders as before.
 */
@ExtendWith(FxStageExtension.class)
class AheadOfTheWindowTest {
    @Start
    void start(Stage stage) {}

    @Test
    void iconsMadeAfterTheWorkAheadShowTheirGlyphsInTheIconFont() throws Exception {
        AheadOfTheWindow.start().get(30, TimeUnit.SECONDS);

        assertThat(javafx.scene.text.Font.getFamilies()).contains("Material Icons");

        for (var code : new org.kordamp.ikonli.Ikon[] {Material2AL.ERROR, Material2MZ.WARNING}) {
            FontIcon[] made = new FontIcon[1];
            FxWait.run(() -> made[0] = new FontIcon(code));
            FontIcon icon = made[0];
            assertThat(icon.getText()).isEqualTo(new String(Character.toChars(code.getCode())));
            assertThat(icon.getStyle()).contains("Material Icons");
        }
        assertThat(Collator.getInstance().compare("a", "B")).isNegative();
    }
}
