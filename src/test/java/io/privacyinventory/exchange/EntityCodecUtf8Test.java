package io.privacyinventory.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import io.privacyinventory.RandomInventory;
import io.privacyinventory.model.DataSubject;
import io.privacyinventory.model.Inventory;
import io.privacyinventory.model.Text;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

/** The change log's JSON as UTF-8 is exactly its string's UTF-8: the stored text and its hash depend on it. */
class EntityCodecUtf8Test {

    @Provide
    Arbitrary<Inventory> inventories() {
        return Arbitraries.randomValue(RandomInventory::generate);
    }

    @Property(tries = 100)
    void aWholeInventoryInUtf8IsItsJsonStringEncoded(@ForAll("inventories") Inventory inventory) {
        EntityCodec codec = new EntityCodec(inventory.languages());

        assertThat(codec.toJsonUtf8(inventory))
                .isEqualTo(codec.toJson(inventory).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Pairs of surrogates (an emoji), surrogates alone (which UTF-8 cannot hold: encoded as {@code ?}
     * as {@link String#getBytes} does), escapes and multi-byte characters, anywhere in a long text,
     * so that some fall on the edges of the writers' buffers; and text that reads like the escape of a
     * surrogate (a backslash, then {@code uD8}), which is no surrogate.
     */
    @Property(tries = 300)
    void awkwardCharactersEncodeAsTheStringDoesWhereverTheyFall(
            @ForAll @IntRange(max = 20_000) int before,
            @ForAll
                    @Chars({'\ud83d', '\ude00', '"', '\\', '\n', '\u0001', 'ø', '€', '\u2028', 'a', 'u', 'D', '8'})
                    @StringLength(max = 40)
                    String awkward) {
        DataSubject subject = new DataSubject("s", Text.of("nb", "x".repeat(before) + awkward + awkward), null);
        EntityCodec codec = new EntityCodec(List.of("nb"));

        assertThat(codec.toJsonUtf8(subject)).isEqualTo(codec.toJson(subject).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Whole characters only (emoji as pairs, never a lone half), so that the UTF-8 writer's own path
     * is taken every time, with a pair, an escape or a multi-byte character on each of its buffer's edges.
     */
    @Property(tries = 300)
    void wholeCharactersTakeTheDirectPathAndEncodeAsTheStringDoes(
            @ForAll @IntRange(max = 20_000) int before, @ForAll("wholeCharacters") String awkward) {
        DataSubject subject = new DataSubject("s", Text.of("nb", "x".repeat(before) + awkward + awkward), null);
        EntityCodec codec = new EntityCodec(List.of("nb"));

        assertThat(codec.toJsonUtf8(subject)).isEqualTo(codec.toJson(subject).getBytes(StandardCharsets.UTF_8));
    }

    @Provide
    Arbitrary<String> wholeCharacters() {
        return Arbitraries.of("\ud83d\ude00", "\ud83c\udff3", "\"", "\\", "\n", "\u0001", "ø", "€", "\u2028", "a")
                .list()
                .ofMaxSize(40)
                .map(parts -> String.join("", parts));
    }

    /**
     * The scan for an escaped half of a character pair, which passes over eight bytes at a time, finds
     * exactly what reading the escapes one byte at a time finds, wherever the escapes fall among the words.
     */
    @Property(tries = 1000)
    void theScanForAnEscapedHalfPairFindsWhatReadingByteByByteFinds(@ForAll("jsonLike") String json) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);

        assertThat(EntityCodec.escapesHalfAPair(bytes)).isEqualTo(escapesHalfAPairByteByByte(bytes));
    }

    @Provide
    Arbitrary<String> jsonLike() {
        return Arbitraries.of(
                        "\\", "\\uD800", "\\ud9ff", "\\uDC00", "\\udfff", "\\uD7FF", "\\uE000", "\\u00e9", "u", "D",
                        "8", "a", "\"", "ø")
                .list()
                .ofMaxSize(60)
                .map(parts -> String.join("", parts));
    }

    private static boolean escapesHalfAPairByteByByte(byte[] json) {
        for (int i = 0; i < json.length; i++) {
            if (json[i] != '\\') {
                continue;
            }
            if (i + 5 < json.length && json[i + 1] == 'u' && (json[i + 2] == 'D' || json[i + 2] == 'd')) {
                byte third = json[i + 3];
                if ((third >= '8' && third <= '9')
                        || (third >= 'A' && third <= 'F')
                        || (third >= 'a' && third <= 'f')) {
                    return true;
                }
            }
            i++;
        }
        return false;
    }
}
