package io.privacyinventory.exchange.csv;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FormulaGuardTest {
    @ParameterizedTest
    @ValueSource(
            strings = {"=cmd|' /C calc'!A0", "+1", "-2", "@SUM(A1:A9)", "\t=1+1", "\r=1+1", "\n=1+1", "'s-Hertogenbosch"
            })
    void cellsASpreadsheetWouldRunAndCellsStartingWithTheMarkGetALeadingApostrophe(String cell) {
        assertThat(FormulaGuard.neutralise(cell)).isEqualTo("'" + cell);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Patients", " =1+1", "1+1", "a=b", "æøå 😀", "\"=1\""})
    void otherCellsAreLeftAlone(String cell) {
        assertThat(FormulaGuard.neutralise(cell)).isEqualTo(cell);
    }

    @Property(tries = 500)
    void restoreUndoesNeutralise(@ForAll String cell) {
        String written = FormulaGuard.neutralise(cell);

        assertThat(FormulaGuard.restore(written)).isEqualTo(cell);
        assertThat(written)
                .doesNotStartWith("=")
                .doesNotStartWith("+")
                .doesNotStartWith("-")
                .doesNotStartWith("@")
                .doesNotStartWith("\t")
                .doesNotStartWith("\r")
                .doesNotStartWith("\n");
    }
}
