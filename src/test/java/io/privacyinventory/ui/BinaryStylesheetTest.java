package io.privacyinventory.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;
import javafx.css.CssParser;
import javafx.css.Declaration;
import javafx.css.Rule;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;

/**
 * JavaFX reads the app's stylesheet from its binary form, {@code app.bss}, when that lies beside
 * {@code app.css} (decision 0032). The build makes it from the text at every run; a build that
 * copied a changed {@code app.css} without making it again would show the old look. So the binary
 * form must hold exactly the text's rules.
 */
class BinaryStylesheetTest {
    @Test
    void theBinaryStylesheetHoldsTheSameRulesAsTheText() throws Exception {
        URL text = Theme.class.getResource("app.css");
        URL binary = Theme.class.getResource("app.bss");
        assertThat(text).isNotNull();
        assertThat(binary).as("app.bss beside app.css (made by the build)").isNotNull();

        List<String> fromText = rules(new CssParser().parse(text));
        List<String> fromBinary = rules(Stylesheet.loadBinary(binary));

        assertThat(fromText).as("the rules of app.css").hasSizeGreaterThan(20);
        assertThat(fromBinary).containsExactlyElementsOf(fromText);
    }

    private static List<String> rules(Stylesheet stylesheet) {
        return stylesheet.getRules().stream().map(BinaryStylesheetTest::rule).toList();
    }

    /** A rule's selectors and each of its declarations: property, value as parsed, importance. */
    private static String rule(Rule rule) {
        StringBuilder text = new StringBuilder();
        rule.getSelectors().forEach(selector -> text.append(selector).append(' '));
        for (Declaration declaration : rule.getDeclarations()) {
            text.append("\n  ")
                    .append(declaration.getProperty())
                    .append(": ")
                    .append(declaration.getParsedValue())
                    .append(declaration.isImportant() ? " !important" : "");
        }
        return text.toString();
    }
}
