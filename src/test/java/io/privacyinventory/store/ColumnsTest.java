package io.privacyinventory.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.privacyinventory.model.DpiaCriterion;
import io.privacyinventory.model.Text;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** Text columns are written as Jackson wrote them before, and dates are read as the ISO parser reads them. */
class ColumnsTest {
    private static final ObjectMapper JACKSON = new ObjectMapper();

    @Property(tries = 500)
    void aTextColumnIsWhatJacksonWritesForItsMap(
            @ForAll
                    @StringLength(max = 40)
                    @CharRange(from = '\u0000', to = '\u00ff')
                    @Chars({'"', '\\', '\u2028', 'ø', '€', '\ud83d', '\ude00'})
                    String nb,
            @ForAll @StringLength(max = 40) String en)
            throws Exception {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("nb", nb);
        values.put("en", en);
        Text text = Text.of(values);

        String column = Columns.text(text);

        assertThat(column).isEqualTo(JACKSON.writeValueAsString(values));
        assertThat(JACKSON.readTree(column).get("nb").asText()).isEqualTo(nb);
    }

    @Property(tries = 200)
    void aListOfCodesIsWhatJacksonWritesForIt(@ForAll @Size(max = 12) List<DpiaCriterion> criteria) throws Exception {
        assertThat(Columns.codes(criteria))
                .isEqualTo(JACKSON.writeValueAsString(
                        criteria.stream().map(DpiaCriterion::code).toList()));
    }

    @Test
    void controlCharactersUseJacksonsEscapes() {
        assertThat(Columns.text(Text.of("en", "a\"b\\c\nd\te\u0001f\u001fg\bh\fi\rj")))
                .isEqualTo("{\"en\":\"a\\\"b\\\\c\\nd\\te\\u0001f\\u001Fg\\bh\\fi\\rj\"}");
    }

    @Property(tries = 300)
    void datesReadAsTheIsoParserReadsThem(
            @ForAll @IntRange(min = 1, max = 9999) int year,
            @ForAll @IntRange(min = 1, max = 12) int month,
            @ForAll @IntRange(min = 1, max = 28) int day) {
        String iso = LocalDate.of(year, month, day).toString();

        assertThat(Columns.date(iso)).isEqualTo(LocalDate.parse(iso));
    }

    @Test
    void datesOutsideTheShortFormGoThroughTheIsoParser() {
        assertThat(Columns.date("+10000-01-01")).isEqualTo(LocalDate.of(10000, 1, 1));
        assertThatThrownBy(() -> Columns.date("2026-02-30")).isInstanceOf(java.time.DateTimeException.class);
        assertThatThrownBy(() -> Columns.date("2026-1-011")).isInstanceOf(DateTimeParseException.class);
    }

    @Property(tries = 300)
    void aListColumnReadsAsJacksonReadsIt(
            @ForAll @StringLength(max = 20) @Chars({'"', '\\', 'ø', '\u0001', ','}) String first,
            @ForAll @StringLength(max = 20) String second)
            throws Exception {
        String column = JACKSON.writeValueAsString(java.util.Arrays.asList(first, null, second));

        assertThat(Columns.strings(column)).isEqualTo(jacksonList(column));
    }

    @Test
    void oddListColumnsReadAsJacksonReadsThem() throws Exception {
        for (String column : new String[] {"null", "[]", "[1, 2.50, true, null, \"x\"]", " [\"a\"] trailing"}) {
            assertThat(Columns.strings(column)).as(column).isEqualTo(jacksonList(column));
        }
        for (String column : new String[] {"", "{}", "\"a\"", "12", "[[\"a\"]]", "[{}]", "[\"a\""}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> jacksonList(column))
                    .as(column)
                    .isInstanceOf(java.io.IOException.class);
            assertThatThrownBy(() -> Columns.strings(column))
                    .as(column)
                    .isInstanceOf(java.sql.SQLException.class)
                    .hasMessage("not a list of strings: " + column);
        }
    }

    private static java.util.List<String> jacksonList(String column) throws java.io.IOException {
        return JACKSON.readValue(
                column, new com.fasterxml.jackson.core.type.TypeReference<java.util.List<String>>() {});
    }
}
