package io.privacyinventory.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.Start;

/** The window's icons, decoded off the FX thread before the window is shown: all six, whole, in their sizes. */
@ExtendWith(FxStageExtension.class)
class WindowIconsTest {
    @Start
    void start(Stage stage) {}

    @Test
    void theSixIconsAreDecodedInTheirSizesWithoutError() throws Exception {
        List<Image> icons = WindowIcons.decodeInBackground().get(30, TimeUnit.SECONDS);

        assertThat(icons).hasSize(WindowIcons.SIZES.length);
        for (int i = 0; i < icons.size(); i++) {
            Image icon = icons.get(i);
            assertThat(icon.isError()).as("icon %d", WindowIcons.SIZES[i]).isFalse();
            assertThat(icon.getProgress()).isEqualTo(1.0);
            assertThat(icon.getWidth()).isEqualTo(WindowIcons.SIZES[i]);
            assertThat(icon.getHeight()).isEqualTo(WindowIcons.SIZES[i]);
        }
    }
}
