package io.privacyinventory.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.privacyinventory.model.EntityType;
import io.privacyinventory.model.PublishedNotice;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Entities as JSON values, field by field: what the change log records as "before" and "after",
 * and how an old value is put back. Values are the inventory format's own JSON, so a log entry
 * reads like the document it came from.
 */
public final class EntityCodec {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final List<String> languages;

    public EntityCodec(List<String> languages) {
        this.languages = List.copyOf(languages);
    }

    public String toJson(Object entity) {
        return InventoryJsonWriter.entity(entity, languages);
    }

    /**
     * {@link #toJson}'s text as UTF-8, byte for byte {@code toJson(entity).getBytes(UTF_8)}, without
     * making that string: for a whole inventory (the change log's first row) it is hundreds of
     * megabytes, and converting it was most of the cost of that row.
     */
    public byte[] toJsonUtf8(Object entity) {
        // Jackson's UTF-8 generator writes the same JSON straight as bytes, a character pair as its four
        // bytes; only half of a pair alone, which String.getBytes turns into '?', it writes as an escape
        ByteArrayBuilder bytes = new ByteArrayBuilder();
        try {
            InventoryJsonWriter.entity(entity, languages, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] json = bytes.toByteArray();
        return escapesHalfAPair(json) ? toJsonUtf8AsString(entity) : json;
    }

    /** The string's text through a character writer, encoded as String.getBytes encodes it. */
    private byte[] toJsonUtf8AsString(Object entity) {
        ByteArrayBuilder bytes = new ByteArrayBuilder();
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            InventoryJsonWriter.entity(entity, languages, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * Whether the JSON holds an escape of half of a character pair ({@code \\uD800} to {@code \\uDFFF}).
     * Outside strings JSON has no backslash, and inside one each backslash starts an escape, so the
     * escapes are read one after the other. Eight bytes without a backslash are passed over at once
     * (the first row of a whole inventory is hundreds of megabytes, with a backslash in few places).
     */
    static boolean escapesHalfAPair(byte[] json) {
        int i = 0;
        while (i < json.length) {
            if (i + Long.BYTES <= json.length && !hasBackslash((long) LONGS.get(json, i))) {
                i += Long.BYTES;
                continue;
            }
            // byte by byte to the end of these eight (or one further, past an escaped character)
            int end = Math.min(i + Long.BYTES, json.length);
            for (; i < end; i++) {
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
                i++; // the escaped character (or the u of a \\u escape) is not the start of another escape
            }
        }
        return false;
    }

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private static final long BACKSLASHES = 0x5C5C_5C5C_5C5C_5C5CL;
    private static final long LOW_BITS = 0x0101_0101_0101_0101L;
    private static final long HIGH_BITS = 0x8080_8080_8080_8080L;

    /** Whether any of the eight bytes is a backslash: a byte of zero in their exclusive or with backslashes. */
    private static boolean hasBackslash(long eightBytes) {
        long x = eightBytes ^ BACKSLASHES;
        return ((x - LOW_BITS) & ~x & HIGH_BITS) != 0;
    }

    public Object fromJson(EntityType type, String json) throws InventoryFormatException {
        return InventoryJsonReader.readEntity(type, json, languages);
    }

    /** A published notice as the change log records its publication. */
    public PublishedNotice publishedNotice(String json) throws InventoryFormatException {
        return InventoryJsonReader.readPublishedNotice(json);
    }

    /** Each field that has a value, in the format's order, as compact JSON. */
    public Map<String, String> fields(Object entity) {
        ObjectNode node = parse(toJson(entity));
        Map<String, String> fields = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> members = node.fields();
        while (members.hasNext()) {
            Map.Entry<String, JsonNode> member = members.next();
            fields.put(member.getKey(), member.getValue().toString());
        }
        return fields;
    }

    /** The entity with one field set to a JSON value ({@code null} removes the field). */
    public Object withField(EntityType type, Object entity, String field, String valueJson)
            throws InventoryFormatException {
        ObjectNode node = parse(toJson(entity));
        if (valueJson == null) {
            node.remove(field);
        } else {
            node.set(field, parseValue(valueJson));
        }
        return fromJson(type, node.toString());
    }

    private static ObjectNode parse(String json) {
        JsonNode node = parseValue(json);
        if (!(node instanceof ObjectNode object)) {
            throw new IllegalArgumentException("not a JSON object: " + json);
        }
        return object;
    }

    private static JsonNode parseValue(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + json, e);
        }
    }
}
