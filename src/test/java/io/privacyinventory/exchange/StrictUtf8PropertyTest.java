package io.privacyinventory.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The strict UTF-8 check agrees with the JDK's own decoder set to report errors, on byte strings
 * made to hit the edges: overlong forms, encoded surrogates, code points past U+10FFFF, stray and
 * missing continuation bytes, mixed with plain text and line ends.
 */
class StrictUtf8PropertyTest {
    private static final Integer[] EDGES = {
        0x00, 0x0A, 0x0D, 0x2F, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xAF, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1,
        0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF, 0x61, 0x22
    };

    @Provide
    Arbitrary<byte[]> edgyBytes() {
        return Arbitraries.of(EDGES)
                .map(b -> (byte) b.intValue())
                .list()
                .ofMaxSize(12)
                .map(list -> {
                    byte[] bytes = new byte[list.size()];
                    for (int i = 0; i < bytes.length; i++) {
                        bytes[i] = list.get(i);
                    }
                    return bytes;
                });
    }

    @Property(tries = 2000)
    void acceptsExactlyWhatTheJdkDecoderAccepts(@ForAll("edgyBytes") byte[] bytes) {
        assertThat(strictAccepts(bytes))
                .as(java.util.HexFormat.of().formatHex(bytes))
                .isEqualTo(jdkAccepts(bytes));
    }

    @Property(tries = 300)
    void validTextAlwaysPassesUnchanged(@ForAll String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (!jdkAccepts(bytes)) {
            return; // a lone surrogate in the generated string becomes '?' in getBytes: not valid input anyway
        }
        try (StrictUtf8InputStream in = new StrictUtf8InputStream(new ByteArrayInputStream(bytes))) {
            assertThat(in.readAllBytes()).isEqualTo(bytes);
        }
    }

    /**
     * Reading a buffer at a time (which counts runs of plain ASCII at once) reports a bad byte at the
     * same line and column as reading a byte at a time; a bad byte at the end shows where the whole
     * input took the count.
     */
    @Property(tries = 2000)
    void bufferedReadingReportsTheSamePlaceAsReadingByteByByte(
            @ForAll("edgyBytes") byte[] edgy, @ForAll("plainText") String plain, @ForAll boolean badEnd) {
        byte[] text = plain.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[text.length + edgy.length + text.length + (badEnd ? 1 : 0)];
        System.arraycopy(text, 0, bytes, 0, text.length);
        System.arraycopy(edgy, 0, bytes, text.length, edgy.length);
        System.arraycopy(text, 0, bytes, text.length + edgy.length, text.length);
        if (badEnd) {
            bytes[bytes.length - 1] = (byte) 0xFF;
        }

        assertThat(placeOfError(bytes, true))
                .as(java.util.HexFormat.of().formatHex(bytes))
                .isEqualTo(placeOfError(bytes, false));
    }

    @Provide
    Arbitrary<String> plainText() {
        return Arbitraries.of("", "a", "{\"name\": \"Kunder\"}", "line\n", "cr\rlf\r\n", "tab\there", "ø", "\u20ac 😀 ")
                .list()
                .ofMaxSize(6)
                .map(parts -> String.join("", parts));
    }

    /** "line:column" of the first error, or "none". */
    private static String placeOfError(byte[] bytes, boolean buffered) {
        try (StrictUtf8InputStream in = new StrictUtf8InputStream(new ByteArrayInputStream(bytes))) {
            if (buffered) {
                in.readAllBytes();
            } else {
                while (in.read() >= 0) {
                    // each byte through the one-byte check
                }
            }
            return "none";
        } catch (StrictUtf8InputStream.MalformedException e) {
            return e.line() + ":" + e.column();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean strictAccepts(byte[] bytes) {
        try (StrictUtf8InputStream in = new StrictUtf8InputStream(new ByteArrayInputStream(bytes))) {
            in.readAllBytes();
            return true;
        } catch (StrictUtf8InputStream.MalformedException e) {
            return false;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean jdkAccepts(byte[] bytes) {
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
