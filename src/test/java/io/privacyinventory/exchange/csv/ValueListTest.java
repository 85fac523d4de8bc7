package io.privacyinventory.exchange.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class ValueListTest {
    @Test
    void valuesAreJoinedWithSemicolonAndSpace() {
        assertThat(ValueList.join(List.of("Patients", "Next of kin"))).isEqualTo("Patients; Next of kin");
        assertThat(ValueList.join(List.of())).isEmpty();
    }

    @Test
    void aValueWithASemicolonIsQuotedSoItStaysOneValue() {
        String cell = ValueList.join(List.of("Employment contract", "A-reporting Act; Tax Payment Act", "say \"hi\""));

        assertThat(cell).isEqualTo("Employment contract; \"A-reporting Act; Tax Payment Act\"; say \"hi\"");
        assertThat(ValueList.split(cell))
                .containsExactly("Employment contract", "A-reporting Act; Tax Payment Act", "say \"hi\"");
    }

    @Test
    void aValueStartingWithAQuoteIsQuotedWithItsQuotesDoubled() {
        String cell = ValueList.join(List.of("\"Normen\" code", "x"));

        assertThat(cell).isEqualTo("\"\"\"Normen\"\" code\"; x");
        assertThat(ValueList.split(cell)).containsExactly("\"Normen\" code", "x");
    }

    @Test
    void alignedValuesKeepEmptyPlacesButAnAllEmptyListIsAnEmptyCell() {
        assertThat(ValueList.joinAligned(List.of("", "+47 64 00 00 00"))).isEqualTo("; +47 64 00 00 00");
        assertThat(ValueList.split("; +47 64 00 00 00")).containsExactly("", "+47 64 00 00 00");
        assertThat(ValueList.joinAligned(List.of("", ""))).isEmpty();
    }

    @Test
    void aCellThatIsNotAJoinedListIsRejected() {
        assertThatThrownBy(() -> ValueList.split("a;b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ValueList.split("\"open")).isInstanceOf(IllegalArgumentException.class);
    }

    @Property(tries = 500)
    void splitGivesBackWhatJoinJoined(@ForAll List<String> values) {
        if (values.equals(List.of(""))) {
            return; // the one list that joins to the same cell as the empty list
        }
        assertThat(ValueList.split(ValueList.join(values))).isEqualTo(values);
    }
}
