package io.privacyinventory.ui.findings;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.decoration.GraphicValidationDecoration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The marker a finding puts on the field it is about: an icon large enough to see and hover, in
 * the theme's danger or warning colour, whose tooltip wraps and takes its colours from the theme
 * (ControlsFX's own markers are 8-pixel images with a fixed pale-yellow tooltip that has too
 * little contrast and runs off the screen in one line).
 */
public final class FindingMarkers extends GraphicValidationDecoration {
    /** Wide enough for a finding's message in a few lines. */
    static final double TOOLTIP_WIDTH = 420;

    @Override
    protected Node createDecorationNode(ValidationMessage message) {
        boolean error = message.getSeverity() == Severity.ERROR;
        FontIcon icon = new FontIcon(error ? Material2AL.ERROR : Material2MZ.WARNING);
        icon.setIconSize(16);
        icon.getStyleClass().add(error ? "finding-error" : "finding-warning");
        Label marker = new Label(null, icon);
        marker.getStyleClass().addAll("finding-marker", error ? "finding-marker-error" : "finding-marker-warning");
        marker.setAlignment(Pos.CENTER);
        marker.setTooltip(createTooltip(message));
        marker.setAccessibleText(message.getText());
        return marker;
    }

    @Override
    protected Tooltip createTooltip(ValidationMessage message) {
        Tooltip tooltip = new Tooltip(message.getText());
        tooltip.getStyleClass()
                .add(message.getSeverity() == Severity.ERROR ? "finding-tooltip-error" : "finding-tooltip-warning");
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(TOOLTIP_WIDTH);
        tooltip.setShowDelay(Duration.millis(250));
        tooltip.setShowDuration(Duration.seconds(30));
        return tooltip;
    }
}
